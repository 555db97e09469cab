/**
 * Shelters, AEDs, public toilets and Wi-Fi spots (`#/places`, one place at `#/places/<id>`): the nearest ones from
 * the resident's home area, another area or a typed latitude and longitude, as a list that needs no map (no tiles
 * are reachable offline) — distance, direction in words with an arrow beside it, address, and for shelters the
 * hazards, capacity and whether a message has opened them. Each place opens in the system's maps app (`geo:`) or,
 * where that is not understood, on OpenStreetMap.
 *
 * In disaster mode (a warning or worse in force for the resident's area) the screen starts on open shelters and
 * puts the alerts in force on top. The core measures, filters, sorts and picks the language of every name; this
 * screen only shows what it answered.
 */

import './places.css';
import {
  call,
  type Compass,
  type Hazard,
  type InboxSummary,
  type NearPlace,
  type PlaceKind,
  type PlaceOrigin,
  type PlacesNearby,
  type PlacesNearestArgs,
  type PlaceView,
} from '../backend';
import { h, withJapaneseNames } from '../dom';
import { FEATURES } from '../features';
import { formatList, formatNumber, intlLocale, t } from '../i18n';
import { icon, type IconName } from '../icons';
import { featureHash, messageHash } from '../router';
import { describeError, getState } from '../store';
import { backLink, type ScreenContext } from '../widgets';
import { alertsInForce, categoryChip, contentLang, entryBadges, messageText, spaced } from './inbox';
import type { Screen } from './registry';

const KINDS: readonly { kind: PlaceKind; icon: IconName }[] = [
  { kind: 'shelter', icon: 'shelter' },
  { kind: 'aed', icon: 'aed' },
  { kind: 'toilet', icon: 'toilet' },
  { kind: 'wifi', icon: 'wifi' },
];

const HAZARDS: readonly Hazard[] = ['flood', 'landslide', 'storm_surge', 'earthquake', 'tsunami', 'large_fire', 'inland_flood', 'volcano'];

/** Places one list shows. */
const LIST_LIMIT = 10;

type From = 'home' | 'area' | 'point';

/** What the resident asked for, kept while they open a place and come back. */
interface PlacesForm {
  kind: PlaceKind;
  from: From;
  area: string;
  lat: string;
  lon: string;
  hazard: Hazard | '';
  openOnly: boolean;
  /** Whether these defaults were set in disaster mode (a new emergency resets them to open shelters). */
  disaster: boolean;
}

let form: PlacesForm | null = null;

function formFor(disaster: boolean): PlacesForm {
  if (form && (form.disaster || !disaster)) return form;
  const previous = form;
  form = {
    kind: 'shelter',
    from: previous?.from ?? 'home',
    area: previous?.area ?? getState().settings.home_area ?? getState().areas[0]?.id ?? '',
    lat: previous?.lat ?? '',
    lon: previous?.lon ?? '',
    hazard: '',
    openOnly: disaster,
    disaster,
  };
  return form;
}

export function kindLabel(kind: PlaceKind): string {
  return t(`places-kind-${kind}`);
}

export function hazardLabel(hazard: Hazard): string {
  return t(`places-hazard-${hazard.replace(/_/g, '-')}`);
}

function compassLabel(direction: Compass): string {
  return t(`places-compass-${direction.toLowerCase()}`);
}

/** Metres below a kilometre, else kilometres to one decimal, with the resident's digits. */
export function distanceText(metres: number): string {
  const format = (n: number, digits: number): string => {
    try {
      return formatNumber(n, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    } catch {
      return n.toFixed(digits);
    }
  };
  return metres < 1000
    ? t('places-distance-m', { metres: format(metres, 0) })
    : t('places-distance-km', { km: format(metres / 1000, 1) });
}

/** Words joined as the resident's language joins a list. */
function listText(words: string[]): string {
  return formatList(words);
}

/** The inbox summary decides disaster mode; the screen is still useful without it. */
async function inboxSummary(): Promise<InboxSummary | null> {
  try {
    return await call('inbox_summary');
  } catch {
    return null;
  }
}

// ---- Validation of typed coordinates ----

interface PointCheck {
  lat: number | null;
  lon: number | null;
  latError: string | null;
  lonError: string | null;
}

/** Full-width digits, a comma as the decimal mark and spaces are what people type; the core checks again. */
function number(text: string): number | null {
  const s = text.normalize('NFKC').trim().replace(/\s+/g, '');
  if (s === '') return null;
  const dotted = s.includes('.') ? s : s.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(dotted)) return Number.NaN;
  return Number(dotted);
}

function checkPoint(latText: string, lonText: string): PointCheck {
  const lat = number(latText);
  const lon = number(lonText);
  const latOk = lat !== null && Number.isFinite(lat) && lat >= -90 && lat <= 90;
  const lonOk = lon !== null && Number.isFinite(lon) && lon >= -180 && lon <= 180;
  return {
    lat: latOk ? lat : null,
    lon: lonOk ? lon : null,
    latError: latOk ? null : t(lat === null ? 'places-error-lat-missing' : 'places-error-lat-invalid'),
    lonError: lonOk ? null : t(lon === null ? 'places-error-lon-missing' : 'places-error-lon-invalid'),
  };
}

function fromArgs(f: PlacesForm, point: PointCheck | null): Pick<PlacesNearestArgs, 'area' | 'lat' | 'lon'> {
  if (f.from === 'area' && f.area) return { area: f.area };
  if (f.from === 'point' && point?.lat != null && point.lon != null) return { lat: point.lat, lon: point.lon };
  return {};
}

// ---- Pieces of a place ----

/** Ids for aria-labelledby: place ids are the city's, so the DOM uses a counter. */
let nextId = 0;

function fact(term: string, ...value: (Node | string | null)[]): HTMLDivElement {
  return h('div', { class: 'fact' }, h('dt', null, term), h('dd', null, ...value));
}

function statusBadge(open: boolean): HTMLSpanElement {
  return h(
    'span',
    { class: `place-status place-status--${open ? 'open' : 'closed'}`, 'data-open': String(open) },
    icon(open ? 'check' : 'closed', 'icon place-status-icon'),
    h('span', null, t(open ? 'places-status-open' : 'places-status-closed')),
  );
}

/** Direction in words, with an arrow (decorative) turned to it. */
function direction(p: NearPlace): HTMLSpanElement {
  return h(
    'span',
    { class: 'place-direction', 'data-direction': p.direction },
    h('span', { class: `compass compass--${p.direction.toLowerCase()}`, 'aria-hidden': 'true' }, icon('arrow', 'icon compass-icon')),
    h('span', null, compassLabel(p.direction)),
  );
}

/** Text from the city's open data that only exists in Japanese. */
function japanese(text: string): HTMLSpanElement {
  return h('span', { lang: 'ja' }, text);
}

function facts(p: NearPlace, full: boolean): HTMLDListElement {
  const shelter = p.kind === 'shelter';
  return h(
    'dl',
    { class: 'facts place-facts' },
    fact(t('places-distance'), h('span', { class: 'place-distance', 'data-distance-m': String(p.distance_m) }, distanceText(p.distance_m))),
    fact(t('places-direction'), direction(p)),
    p.address ? fact(t('places-address'), h('span', { lang: contentLang(p.address_locale ?? 'ja') }, p.address)) : null,
    full && p.kana ? fact(t('places-reading'), japanese(p.kana)) : null,
    shelter && p.capacity !== null ? fact(t('places-capacity'), t('places-capacity-value', { count: p.capacity })) : null,
    shelter && p.hazards.length > 0
      ? fact(t('places-hazards'), h('span', { class: 'place-hazards', 'data-hazards': p.hazards.join(' ') }, listText(p.hazards.map(hazardLabel))))
      : null,
    p.hours ? fact(t('places-hours'), japanese(p.hours)) : null,
    p.phone ? fact(t('places-phone'), h('span', { dir: 'ltr' }, p.phone)) : null,
    p.ssid ? fact(t('places-ssid'), h('span', { dir: 'ltr', translate: 'no' }, p.ssid)) : null,
    p.detail ? fact(t('places-detail'), japanese(p.detail)) : null,
    full ? fact(t('places-coordinates'), h('span', { dir: 'ltr' }, `${p.lat}, ${p.lon}`)) : null,
  );
}

/** "Open in maps" (`geo:`) and OpenStreetMap, each named with the place's name for screen readers. */
function mapLinks(p: NearPlace, nameId: string): HTMLElement {
  const n = nextId++;
  const geoId = `place-${n}-geo`;
  const osmId = `place-${n}-osm`;
  const elsewhereId = `place-${n}-elsewhere`;
  const geo = p.maps_url.startsWith('geo:') ? p.maps_url : null;
  const osm = p.web_map_url.startsWith('https://') ? p.web_map_url : null;
  return h(
    'p',
    { class: 'place-links' },
    geo
      ? h(
          'a',
          { class: 'button button--secondary button--small', href: geo, 'data-map': 'geo', 'aria-labelledby': `${geoId} ${nameId}` },
          icon('map'),
          h('span', { id: geoId }, t('places-open-in-maps')),
        )
      : null,
    osm
      ? h(
          'a',
          {
            class: 'button button--secondary button--small',
            href: osm,
            target: '_blank',
            rel: 'noopener noreferrer',
            'data-map': 'osm',
            'aria-labelledby': `${osmId} ${nameId} ${elsewhereId}`,
          },
          icon('external'),
          h('span', { id: osmId }, t('places-open-osm')),
          h('span', { id: elsewhereId, class: 'visually-hidden' }, t('inbox-opens-elsewhere')),
        )
      : null,
  );
}

function placeItem(p: NearPlace): HTMLLIElement {
  const nameId = `place-${nextId++}-name`;
  return h(
    'li',
    { class: `place-item${p.open ? ' is-open' : ''}`, 'data-id': p.id, 'data-open': p.open === null ? null : String(p.open) },
    h(
      'h2',
      { class: 'place-name' },
      h('a', { href: featureHash('places', p.id), id: nameId }, h('bdi', { lang: contentLang(p.locale) }, p.name)),
    ),
    p.open !== null ? h('p', { class: 'place-meta' }, statusBadge(p.open)) : null,
    facts(p, false),
    mapLinks(p, nameId),
  );
}

// ---- The search form ----

interface FormParts {
  element: HTMLFormElement;
  /** Reads the coordinates and shows what is wrong with them; `null` while they are wrong. */
  point(): PointCheck | null;
}

function kindSwitch(f: PlacesForm, onChange: () => void): HTMLElement {
  const buttons = KINDS.map(({ kind, icon: iconName }) => {
    const button = h(
      'button',
      { type: 'button', class: 'button button--secondary kind-button', 'data-kind': kind, 'aria-pressed': String(f.kind === kind) },
      icon(iconName),
      h('span', null, kindLabel(kind)),
    );
    button.addEventListener('click', () => {
      if (f.kind === kind) return;
      f.kind = kind;
      for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
      onChange();
    });
    return button;
  });
  return h(
    'div',
    { class: 'places-kinds', role: 'group', 'aria-labelledby': 'places-kind-label' },
    h('p', { id: 'places-kind-label', class: 'places-label' }, t('places-kind-label')),
    h('div', { class: 'kind-buttons' }, buttons),
  );
}

function radio(name: string, value: string, checked: boolean, label: (Node | string)[]): HTMLLabelElement {
  return h(
    'label',
    { class: 'choice', for: `places-from-${value}` },
    h('input', { type: 'radio', name, value, id: `places-from-${value}`, checked }),
    h('span', null, ...label),
  );
}

function searchForm(f: PlacesForm, onSearch: () => void): FormParts {
  const { settings, areas } = getState();
  const home = areas.find((a) => a.id === settings.home_area);

  // Where from.
  const homeLabel = home ? t('places-from-home', { area: home.name }) : t('places-from-home-unset');
  const fromChoices = h(
    'div',
    { class: 'choices' },
    radio('places-from', 'home', f.from === 'home', [homeLabel]),
    radio('places-from', 'area', f.from === 'area', [t('places-from-area')]),
    radio('places-from', 'point', f.from === 'point', [t('places-from-point')]),
  );
  const areaSelect = h(
    'select',
    { id: 'places-area', name: 'area' },
    areas.map((a) => h('option', { value: a.id, selected: a.id === f.area, lang: intlLocale(a.name.locale) }, a.name.text)),
  );
  const areaField = h('div', { class: 'field places-area-field' }, h('label', { for: 'places-area' }, t('places-area-label')), areaSelect);

  const coordinate = (which: 'lat' | 'lon'): { field: HTMLDivElement; input: HTMLInputElement; error: HTMLParagraphElement } => {
    const input = h('input', {
      type: 'text',
      id: `places-${which}`,
      name: which,
      value: which === 'lat' ? f.lat : f.lon,
      inputmode: 'decimal',
      autocomplete: 'off',
      spellcheck: 'false',
      dir: 'ltr',
      'aria-describedby': `places-point-hint places-${which}-error`,
    });
    const error = h('p', { id: `places-${which}-error`, class: 'field-error' });
    const field = h('div', { class: 'field' }, h('label', { for: `places-${which}` }, t(`places-${which}-label`)), input, error);
    return { field, input, error };
  };
  const lat = coordinate('lat');
  const lon = coordinate('lon');
  const pointFields = h(
    'div',
    { class: 'places-point' },
    h('p', { id: 'places-point-hint', class: 'hint' }, t('places-point-hint')),
    h('div', { class: 'places-point-fields' }, lat.field, lon.field),
  );

  const showFrom = (): void => {
    areaField.hidden = f.from !== 'area';
    pointFields.hidden = f.from !== 'point';
  };
  showFrom();

  // Which shelters.
  const hazard = h(
    'select',
    { id: 'places-hazard', name: 'hazard' },
    h('option', { value: '', selected: f.hazard === '' }, t('places-hazard-any')),
    HAZARDS.map((x) => h('option', { value: x, selected: f.hazard === x }, hazardLabel(x))),
  );
  const openOnly = h('input', { type: 'checkbox', id: 'places-open-only', name: 'open', checked: f.openOnly });
  const shelterFields = h(
    'div',
    { class: 'places-shelter-fields' },
    h('div', { class: 'field' }, h('label', { for: 'places-hazard' }, t('places-hazard-label')), hazard),
    h('label', { class: 'choice', for: 'places-open-only' }, openOnly, h('span', null, t('places-open-only'))),
  );
  const showShelter = (): void => {
    shelterFields.hidden = f.kind !== 'shelter';
  };
  showShelter();

  const showError = (input: HTMLInputElement, error: HTMLParagraphElement, message: string | null): void => {
    error.replaceChildren(...(message ? [icon('alert', 'icon status-icon'), h('span', null, message)] : []));
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  };
  const point = (): PointCheck | null => {
    f.lat = lat.input.value;
    f.lon = lon.input.value;
    const check = checkPoint(f.lat, f.lon);
    showError(lat.input, lat.error, check.latError);
    showError(lon.input, lon.error, check.lonError);
    return check.latError || check.lonError ? null : check;
  };

  const element = h(
    'form',
    { class: 'places-form', 'aria-labelledby': 'places-form-heading', novalidate: true },
    h('h2', { id: 'places-form-heading', class: 'visually-hidden' }, t('places-search')),
    kindSwitch(f, () => {
      showShelter();
      onSearch();
    }),
    h('fieldset', { class: 'places-from' }, h('legend', null, t('places-from-label')), fromChoices, areaField, pointFields),
    shelterFields,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'button', id: 'places-search' }, icon('search'), h('span', null, t('places-search'))),
    ),
  );

  fromChoices.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    f.from = target.value as From;
    showFrom();
    // A point is only searched once it is typed and submitted.
    if (f.from !== 'point') onSearch();
  });
  areaSelect.addEventListener('change', () => {
    f.area = areaSelect.value;
    onSearch();
  });
  hazard.addEventListener('change', () => {
    f.hazard = hazard.value as Hazard | '';
    onSearch();
  });
  openOnly.addEventListener('change', () => {
    f.openOnly = openOnly.checked;
    onSearch();
  });
  element.addEventListener('submit', (event) => {
    event.preventDefault();
    if (f.from === 'point' && !point()) {
      (lat.input.getAttribute('aria-invalid') ? lat.input : lon.input).focus();
      return;
    }
    onSearch();
  });
  return { element, point };
}

// ---- The list screen ----

function title(): HTMLHeadingElement {
  const feature = FEATURES.find((x) => x.id === 'places');
  return h(
    'h1',
    { tabindex: '-1', class: 'screen-title' },
    h('span', { class: 'title-icon tile--places' }, icon('places')),
    h('span', null, withJapaneseNames(t(feature?.title ?? 'feature-places'))),
  );
}

function originNote(origin: PlaceOrigin): HTMLElement {
  if (origin.kind === 'city_centre') {
    return h(
      'p',
      { class: 'note places-origin', id: 'places-origin', 'data-origin': origin.kind },
      icon('info', 'icon note-icon'),
      h('span', null, t('places-from-city-centre', { city: origin.label }), ' ', h('a', { href: '#/settings' }, t('places-set-home'))),
    );
  }
  return h(
    'p',
    { class: 'places-origin', id: 'places-origin', 'data-origin': origin.kind },
    h('span', { class: 'places-origin-label' }, t('places-origin')),
    ' ',
    h('bdi', { lang: contentLang(origin.locale), dir: origin.kind === 'point' ? 'ltr' : 'auto' }, origin.label),
  );
}

function countText(found: PlacesNearby): string {
  if (found.places.length > 0) return t('places-result-count', { count: found.places.length });
  if (found.kind === 'shelter' && found.open_only && found.open_shelters === 0) return t('places-none-open');
  return t('places-none');
}

async function renderList(): Promise<Screen> {
  const summary = await inboxSummary();
  const disaster = Boolean(summary?.disaster_mode);
  const f = formFor(disaster);
  const count = h('p', { id: 'places-count', class: 'result-count', role: 'status' });
  const origin = h('div', { id: 'places-origin-box' });
  const list = h('ol', { id: 'places-list', class: 'place-list', role: 'list', 'aria-labelledby': 'places-count' });
  let generation = 0;
  let parts: FormParts | null = null;

  const args = (): PlacesNearestArgs | null => {
    let point: PointCheck | null = null;
    if (f.from === 'point') {
      point = parts?.point() ?? checkPoint(f.lat, f.lon);
      if (point?.lat == null || point.lon == null) return null;
    }
    const a: PlacesNearestArgs = { kind: f.kind, limit: LIST_LIMIT, ...fromArgs(f, point) };
    if (f.kind === 'shelter') {
      if (f.hazard) a.hazard = f.hazard;
      if (f.openOnly) a.open_only = true;
    }
    return a;
  };

  const show = (found: PlacesNearby): void => {
    count.classList.remove('result-count--error');
    count.textContent = countText(found);
    origin.replaceChildren(originNote(found.from));
    list.replaceChildren(...found.places.map(placeItem));
    list.setAttribute('data-list-kind', found.kind);
  };
  const failed = (err: unknown): void => {
    count.classList.add('result-count--error');
    count.textContent = t('places-load-failed', { message: describeError(err) });
    list.replaceChildren();
  };
  const search = async (): Promise<void> => {
    const a = args();
    if (!a) return;
    const mine = ++generation;
    list.setAttribute('aria-busy', 'true');
    try {
      const found = await call('places_nearest', a);
      if (mine === generation) show(found);
    } catch (err) {
      if (mine === generation) failed(err);
    } finally {
      if (mine === generation) list.removeAttribute('aria-busy');
    }
  };

  parts = searchForm(f, () => void search());
  await search();

  return {
    title: t('feature-places'),
    content: [
      backLink(),
      title(),
      ...(disaster && summary ? [alertsInForce(summary, null)].filter((x): x is HTMLElement => x !== null) : []),
      parts.element,
      h('section', { class: 'places-results', 'aria-labelledby': 'places-results-heading' },
        h('h2', { id: 'places-results-heading' }, t('places-results-title')),
        origin,
        count,
        list,
        h('p', { class: 'hint places-offline' }, t('places-offline')),
      ),
    ],
  };
}

// ---- One place ----

function placesBackLink(): HTMLAnchorElement {
  return h('a', { class: 'back-link', href: '#/places' }, icon('back'), h('span', null, t('places-back')));
}

function openedBy(view: PlaceView): HTMLElement | null {
  if (view.opened_by.length === 0) return null;
  return h(
    'section',
    { class: 'place-opened-by', 'aria-labelledby': 'place-opened-by-heading' },
    h('h2', { id: 'place-opened-by-heading' }, t('places-opened-by')),
    h(
      'ul',
      { class: 'alert-list', role: 'list' },
      view.opened_by.map((entry) =>
        h(
          'li',
          { class: 'place-message' },
          h('a', { href: messageHash(entry.id), 'data-id': entry.id }, messageText('bdi', entry.locale, entry.headline)),
          ' ',
          h('span', { class: 'place-message-badges' }, spaced([categoryChip(entry.category), ...entryBadges(entry)])),
        ),
      ),
    ),
  );
}

async function renderPlace(id: string): Promise<Screen> {
  const f = form;
  const from = f ? fromArgs(f, f.from === 'point' ? checkPoint(f.lat, f.lon) : null) : {};
  let view: PlaceView;
  try {
    view = await call('place_show', { id, ...from });
  } catch (err) {
    return {
      title: t('feature-places'),
      content: [
        placesBackLink(),
        h('h1', { tabindex: '-1' }, t('feature-places')),
        h('p', { class: 'status status--error', role: 'alert' }, icon('alert', 'icon status-icon'), h('span', null, t('places-load-failed', { message: describeError(err) }))),
      ],
    };
  }
  const p = view.place;
  const nameId = 'place-title';
  const kind = KINDS.find((k) => k.kind === p.kind);
  return {
    title: p.name,
    content: [
      placesBackLink(),
      h(
        'article',
        { class: 'place', id: 'place', 'data-id': p.id },
        h('h1', { tabindex: '-1', id: nameId, class: 'place-title' }, h('bdi', { lang: contentLang(p.locale) }, p.name)),
        h(
          'p',
          { class: 'place-meta' },
          h('span', { class: 'place-kind' }, kind ? icon(kind.icon, 'icon place-kind-icon') : null, h('span', null, kindLabel(p.kind))),
          p.open !== null ? [' ', statusBadge(p.open)] : null,
        ),
        p.evacuation_centre ? h('p', { class: 'note' }, icon('info', 'icon note-icon'), h('span', null, t('places-evacuation-centre'))) : null,
        originNote(view.from),
        facts(p, true),
        mapLinks(p, nameId),
        openedBy(view),
      ),
    ],
  };
}

export async function renderPlaces(rest: string[], _ctx: ScreenContext): Promise<Screen> {
  const [id] = rest;
  return id ? renderPlace(id) : renderList();
}
