/**
 * The おーバス (`#/bus`): finding a stop as the resident types (kanji, kana, romaji, another language or the stop's
 * number), the next buses from a stop at a time they pick (`#/bus/stop/<id>`, `#/bus/stop/<id>/<YYYY-MM-DDTHH:MM>`),
 * each line's timetable for a day (`#/bus/route/<id>`, `#/bus/route/<id>/<YYYY-MM-DD>`), and the inbox's bus
 * notices beside them. The timetable lives on the device, so all of it works offline.
 *
 * Times are the timetable's (Japan's) wall-clock times as the core gives them, never converted through the
 * device's time zone; a bus after midnight shows its calendar day.
 */

import './bus.css';
import {
  call,
  type BusDepartures,
  type BusDepartureView,
  type BusRouteTimetable,
  type BusRouteView,
  type BusStopView,
  type BusTrip,
  type InboxEntry,
  type ShownText,
} from '../backend';
import { h, inLanguage, withJapaneseNames } from '../dom';
import { FEATURES } from '../features';
import { currentLocale, intlLocale, t } from '../i18n';
import { icon } from '../icons';
import { featureHash, messageHash } from '../router';
import { describeError } from '../store';
import { backLink, type ScreenContext } from '../widgets';
import { categoryChip, contentLang, entryBadges, messageText, spaced } from './inbox';
import type { Screen } from './registry';

const SEARCH_DELAY_MS = 250;
const DEPARTURES = 10;

/** The search text, kept while the resident opens a stop and comes back. */
let lastQuery = '';

/** Text in the language the core says it is in. */
function shown(text: ShownText, attrs: Record<string, string> = {}): HTMLElement {
  return inLanguage('bdi', contentLang(text.locale), text.text, attrs);
}

/** `YYYY-MM-DDTHH:MM` as the resident reads a date and time, on the timetable's own clock. */
export function wallTime(minute: string, withTime = true): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(minute);
  if (!m) return minute;
  const utc = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)));
  const locale = intlLocale(currentLocale());
  try {
    if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length === 0) throw new Error('no locale data');
    const options: Intl.DateTimeFormatOptions = withTime
      ? { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }
      : { dateStyle: 'full', timeZone: 'UTC' };
    return new Intl.DateTimeFormat(locale, options).format(utc);
  } catch {
    return withTime ? minute.replace('T', ' ') : minute.slice(0, 10);
  }
}

function title(extra?: Node): HTMLHeadingElement {
  const feature = FEATURES.find((x) => x.id === 'bus');
  return h(
    'h1',
    { tabindex: '-1', class: 'screen-title' },
    h('span', { class: 'title-icon tile--bus' }, icon('bus')),
    extra ?? h('span', null, withJapaneseNames(t(feature?.title ?? 'feature-bus'))),
  );
}

function busBackLink(): HTMLAnchorElement {
  return h('a', { class: 'back-link', href: '#/bus' }, icon('back'), h('span', null, withJapaneseNames(t('bus-back'))));
}

/** A line's name with its colour as a swatch (the name always says it; the colour only helps). */
function routeChip(name: ShownText, colour: string | null): HTMLSpanElement {
  const safe = colour && /^#[0-9A-Fa-f]{6}$/.test(colour) ? colour : null;
  const swatch = safe
    ? (() => {
        const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        svg.setAttribute('class', 'route-swatch');
        svg.setAttribute('viewBox', '0 0 16 16');
        svg.setAttribute('aria-hidden', 'true');
        svg.setAttribute('focusable', 'false');
        const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
        for (const [k, v] of Object.entries({ x: '1', y: '1', width: '14', height: '14', rx: '3', fill: safe })) rect.setAttribute(k, v);
        svg.append(rect);
        return svg;
      })()
    : null;
  return h('span', { class: 'route-chip' }, swatch, shown(name));
}

// ---- Notices ----

function noticeList(entries: InboxEntry[]): HTMLElement {
  return h(
    'section',
    { class: 'bus-notices', id: 'bus-notices', 'aria-labelledby': 'bus-notices-heading' },
    h('h2', { id: 'bus-notices-heading' }, icon('info', 'icon section-icon'), h('span', null, withJapaneseNames(t('bus-notices-title')))),
    entries.length === 0
      ? h('p', null, t('bus-notices-none'))
      : h(
          'ul',
          { class: 'bus-notice-list', role: 'list' },
          entries.map((e) =>
            h(
              'li',
              { class: 'bus-notice' },
              h('a', { href: messageHash(e.id), 'data-id': e.id }, messageText('bdi', e.locale, e.headline)),
              ' ',
              h('span', { class: 'bus-notice-badges' }, spaced([categoryChip(e.category), ...entryBadges(e)])),
            ),
          ),
        ),
  );
}

async function busNotices(): Promise<InboxEntry[]> {
  try {
    const page = await call('inbox_list', { category: 'bus', status: 'active', limit: 20 });
    return page.entries;
  } catch {
    return [];
  }
}

// ---- Home of the bus: search, lines, notices ----

function stopDetails(stop: BusStopView): (Node | string)[] {
  const parts: (Node | string)[] = [];
  if (stop.reading && stop.reading !== stop.name.text) parts.push(h('span', { class: 'stop-reading', lang: 'ja' }, stop.reading));
  if (stop.platforms.length > 0) parts.push(h('span', null, t('bus-stop-platforms', { platforms: stop.platforms.join(', ') })));
  if (stop.platform) parts.push(h('span', null, t('bus-platform', { platform: stop.platform })));
  if (stop.code) parts.push(h('span', null, t('bus-stop-code', { code: stop.code })));
  return parts;
}

function stopItem(stop: BusStopView): HTMLLIElement {
  const details = stopDetails(stop);
  return h(
    'li',
    { class: 'stop-item', 'data-id': stop.id },
    h('a', { class: 'stop-link', href: featureHash('bus', 'stop', stop.id) }, icon('bus', 'icon stop-icon'), shown(stop.name, { class: 'stop-name' })),
    details.length > 0 ? h('p', { class: 'stop-details' }, ...spacedParts(details)) : null,
  );
}

function spacedParts(parts: (Node | string)[]): (Node | string)[] {
  return parts.flatMap((p, i) => (i === 0 ? [p] : [' · ', p]));
}

function stopSearch(): HTMLElement {
  const input = h('input', {
    type: 'search',
    id: 'bus-stop-search',
    name: 'query',
    value: lastQuery,
    autocomplete: 'off',
    spellcheck: 'false',
    enterkeyhint: 'search',
    'aria-describedby': 'bus-search-hint',
    'aria-controls': 'bus-stop-results',
  });
  const count = h('p', { id: 'bus-stops-count', class: 'result-count', role: 'status' });
  const results = h('ul', { id: 'bus-stop-results', class: 'stop-list', role: 'list', 'aria-labelledby': 'bus-stops-count' });
  let generation = 0;
  let timer: number | undefined;

  const search = async (): Promise<void> => {
    const query = input.value.trim();
    lastQuery = input.value;
    const mine = ++generation;
    if (!query) {
      count.textContent = '';
      results.replaceChildren();
      return;
    }
    try {
      const stops = await call('bus_stops', { query, limit: 20 });
      if (mine !== generation) return;
      count.classList.remove('result-count--error');
      count.textContent = stops.length > 0 ? t('bus-stops-count', { count: stops.length }) : t('bus-stops-none');
      results.replaceChildren(...stops.map(stopItem));
    } catch (err) {
      if (mine !== generation) return;
      count.classList.add('result-count--error');
      count.textContent = t('bus-load-failed', { message: describeError(err) });
    }
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void search(), SEARCH_DELAY_MS);
  });
  const form = h(
    'form',
    { class: 'bus-search', role: 'search', 'aria-labelledby': 'bus-search-heading' },
    h('h2', { id: 'bus-search-heading' }, t('bus-search-title')),
    h('div', { class: 'field field--search' }, h('label', { for: 'bus-stop-search' }, icon('search', 'icon label-icon'), h('span', null, t('bus-search-label'))), input),
    h('p', { id: 'bus-search-hint', class: 'hint' }, t('bus-search-hint')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    void search();
  });
  if (lastQuery.trim()) void search();
  return h('div', { class: 'bus-search-block' }, form, count, results);
}

function routeList(routes: BusRouteView[]): HTMLElement {
  return h(
    'section',
    { class: 'bus-routes', 'aria-labelledby': 'bus-routes-heading' },
    h('h2', { id: 'bus-routes-heading' }, t('bus-routes-title')),
    h(
      'ul',
      { class: 'route-list', role: 'list' },
      routes.map((r) =>
        h(
          'li',
          { class: 'route-item', 'data-id': r.id },
          h('a', { class: 'route-link', href: featureHash('bus', 'route', r.id) }, routeChip(r.name, r.colour)),
          r.long_name ? h('p', { class: 'route-long-name' }, shown(r.long_name)) : null,
        ),
      ),
    ),
  );
}

async function renderBusHome(): Promise<Screen> {
  const [routes, notices] = await Promise.all([call('bus_routes').catch(() => [] as BusRouteView[]), busNotices()]);
  return {
    title: t('feature-bus'),
    content: [
      backLink(),
      title(),
      noticeList(notices),
      stopSearch(),
      routeList(routes),
      h('p', { class: 'hint bus-offline' }, t('bus-offline')),
    ],
  };
}

// ---- A stop's next buses ----

function departureItem(d: BusDepartureView, at: string): HTMLLIElement {
  const clock = d.departs_at.slice(11);
  const nextDay = d.departs_at.slice(0, 10) !== at.slice(0, 10);
  return h(
    'li',
    { class: 'departure', 'data-trip': d.trip_id, 'data-departs-at': d.departs_at },
    h(
      'p',
      { class: 'departure-when' },
      h('span', { class: 'visually-hidden' }, `${t('bus-departure-time')} `),
      h('time', { class: 'departure-time', datetime: d.departs_at }, clock),
      nextDay ? h('span', { class: 'badge departure-next-day' }, h('span', null, t('bus-next-day'))) : null,
      h('span', { class: 'departure-in', 'data-minutes': String(d.minutes) }, t('bus-in-minutes', { minutes: d.minutes })),
    ),
    clock !== d.service_time ? h('p', { class: 'departure-service-time' }, t('bus-service-time', { time: d.service_time })) : null,
    h(
      'p',
      { class: 'departure-route' },
      h('span', { class: 'visually-hidden' }, `${t('bus-route')} `),
      routeChip(d.route_name, d.route_colour),
    ),
    h('p', { class: 'departure-headsign' }, h('span', { class: 'departure-label' }, t('bus-bound-for')), ' ', shown(d.headsign, { class: 'departure-headsign-text' })),
    d.platform ? h('p', { class: 'departure-platform' }, t('bus-platform', { platform: d.platform })) : null,
  );
}

interface WhenFields {
  element: HTMLFormElement;
  set(at: string): void;
}

/** A date and a time to ask about, and "now". */
function whenForm(onAsk: (at: string | null) => void): WhenFields {
  const date = h('input', { type: 'date', id: 'bus-at-date', name: 'date', required: true, 'aria-describedby': 'bus-at-date-error' });
  const time = h('input', { type: 'time', id: 'bus-at-time', name: 'time', required: true, 'aria-describedby': 'bus-at-time-error' });
  const dateError = h('p', { id: 'bus-at-date-error', class: 'bus-field-error' });
  const timeError = h('p', { id: 'bus-at-time-error', class: 'bus-field-error' });
  const now = h('button', { type: 'button', class: 'button button--secondary', id: 'bus-at-now' }, icon('clock'), h('span', null, t('bus-at-now')));
  const element = h(
    'form',
    { class: 'bus-when', 'aria-labelledby': 'bus-at-legend', novalidate: true },
    h('p', { id: 'bus-at-legend', class: 'bus-when-legend' }, t('bus-at-legend')),
    h(
      'div',
      { class: 'bus-when-fields' },
      h('div', { class: 'field' }, h('label', { for: 'bus-at-date' }, t('bus-at-date')), date, dateError),
      h('div', { class: 'field' }, h('label', { for: 'bus-at-time' }, t('bus-at-time')), time, timeError),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'button', id: 'bus-at-submit' }, icon('search'), h('span', null, t('bus-at-submit'))),
      now,
    ),
  );
  const flag = (input: HTMLInputElement, error: HTMLElement, message: string | null): void => {
    error.replaceChildren(...(message ? [icon('alert', 'icon status-icon'), h('span', null, message)] : []));
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  };
  element.addEventListener('submit', (event) => {
    event.preventDefault();
    const badDate = !/^\d{4}-\d{2}-\d{2}$/.test(date.value);
    const badTime = !/^\d{2}:\d{2}/.test(time.value);
    flag(date, dateError, badDate ? t('bus-error-date') : null);
    flag(time, timeError, badTime ? t('bus-error-time') : null);
    if (badDate) return date.focus();
    if (badTime) return time.focus();
    onAsk(`${date.value}T${time.value.slice(0, 5)}`);
  });
  now.addEventListener('click', () => onAsk(null));
  return {
    element,
    set(at: string): void {
      date.value = at.slice(0, 10);
      time.value = at.slice(11, 16);
      flag(date, dateError, null);
      flag(time, timeError, null);
    },
  };
}

function departuresCount(found: BusDepartures): string {
  const when = wallTime(found.at);
  return found.departures.length > 0 ? t('bus-departures-count', { time: when, count: found.departures.length }) : t('bus-departures-none', { time: when });
}

async function renderStop(id: string, atInHash: string | undefined): Promise<Screen> {
  let found: BusDepartures;
  const ask = (at: string | null): Promise<BusDepartures> =>
    call('bus_departures', at ? { stop: id, at, limit: DEPARTURES } : { stop: id, limit: DEPARTURES });
  try {
    found = await ask(atInHash ?? null);
  } catch (err) {
    return failed(err);
  }
  const status = h('p', { id: 'bus-departures-count', class: 'result-count', role: 'status' });
  const list = h('ol', { id: 'bus-departures', class: 'departure-list', role: 'list', 'aria-labelledby': 'bus-departures-heading bus-departures-count' });
  const notices = h('div', { class: 'bus-stop-notices' });
  let generation = 0;
  const when = whenForm((at) => {
    const mine = ++generation;
    ask(at).then(
      (next) => {
        if (mine !== generation) return;
        fill(next);
        history.replaceState(history.state, '', featureHash('bus', 'stop', id, next.at));
      },
      (err: unknown) => {
        if (mine !== generation) return;
        status.classList.add('result-count--error');
        status.textContent = t('bus-load-failed', { message: describeError(err) });
      },
    );
  });
  const fill = (next: BusDepartures): void => {
    found = next;
    when.set(next.at);
    status.classList.remove('result-count--error');
    status.textContent = departuresCount(next);
    list.replaceChildren(...next.departures.map((d) => departureItem(d, next.at)));
    notices.replaceChildren(noticeList(next.notices));
  };
  fill(found);
  const details = stopDetails(found.stop);
  return {
    title: found.stop.name.text,
    content: [
      busBackLink(),
      title(h('span', null, shown(found.stop.name, { id: 'bus-stop-name' }))),
      details.length > 0 ? h('p', { class: 'stop-details' }, ...spacedParts(details)) : null,
      h(
        'section',
        { class: 'bus-departures', 'aria-labelledby': 'bus-departures-heading' },
        h('h2', { id: 'bus-departures-heading' }, t('bus-departures-title')),
        when.element,
        status,
        list,
      ),
      notices,
    ].filter((x): x is HTMLElement => x !== null),
  };
}

// ---- A line's day ----

function tripItem(trip: BusTrip, n: number): HTMLLIElement {
  const first = trip.calls[0];
  const summaryId = `bus-trip-${n}`;
  return h(
    'li',
    { class: 'trip', 'data-trip': trip.trip_id },
    h(
      'details',
      null,
      h(
        'summary',
        { id: summaryId },
        h('time', { class: 'trip-time', datetime: first?.departs_at ?? '' }, t('bus-trip-from', { time: first?.departs ?? '' })),
        ' ',
        first ? shown(first.stop, { class: 'trip-first-stop' }) : null,
        h('span', { 'aria-hidden': 'true' }, ' → '),
        h('span', { class: 'visually-hidden' }, ` ${t('bus-bound-for')} `),
        shown(trip.headsign, { class: 'trip-headsign' }),
      ),
      h(
        'table',
        { class: 'trip-calls', 'aria-labelledby': summaryId },
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('bus-trip-stop')), h('th', { scope: 'col' }, t('bus-trip-time')))),
        h(
          'tbody',
          null,
          trip.calls.map((c) =>
            h(
              'tr',
              { 'data-stop': c.stop_id },
              h('th', { scope: 'row' }, h('a', { href: featureHash('bus', 'stop', c.stop_id, c.departs_at) }, shown(c.stop)), c.platform ? ` (${t('bus-platform', { platform: c.platform })})` : ''),
              h('td', null, h('time', { datetime: c.departs_at }, c.departs)),
            ),
          ),
        ),
      ),
    ),
  );
}

function timetableBody(day: BusRouteTimetable): HTMLElement[] {
  let n = 0;
  return day.directions.map((d, i) =>
    h(
      'section',
      { class: 'bus-direction', 'data-direction': d.direction === null ? '' : String(d.direction), 'aria-labelledby': `bus-direction-${i}` },
      h(
        'h2',
        { id: `bus-direction-${i}` },
        h('span', { class: 'departure-label' }, t('bus-bound-for')),
        ' ',
        shown(d.headsign),
        ' ',
        h('span', { class: 'bus-direction-count' }, t('bus-timetable-trips', { count: d.trips.length })),
      ),
      h('ol', { class: 'trip-list', role: 'list' }, d.trips.map((trip) => tripItem(trip, n++))),
    ),
  );
}

async function renderRoute(id: string, dateInHash: string | undefined): Promise<Screen> {
  let day: BusRouteTimetable;
  const ask = (date: string | null): Promise<BusRouteTimetable> => call('bus_route_timetable', date ? { route: id, date } : { route: id });
  try {
    day = await ask(dateInHash ?? null);
  } catch (err) {
    return failed(err);
  }
  const status = h('p', { id: 'bus-timetable-status', class: 'result-count', role: 'status' });
  const body = h('div', { id: 'bus-timetable' });
  const date = h('input', { type: 'date', id: 'bus-timetable-date', name: 'date', required: true, 'aria-describedby': 'bus-timetable-date-error' });
  const dateError = h('p', { id: 'bus-timetable-date-error', class: 'bus-field-error' });
  const fill = (next: BusRouteTimetable): void => {
    day = next;
    date.value = next.date;
    status.classList.remove('result-count--error');
    status.textContent = next.directions.length > 0 ? wallTime(next.date, false) : `${wallTime(next.date, false)}: ${t('bus-timetable-none')}`;
    body.replaceChildren(...timetableBody(next));
  };
  const form = h(
    'form',
    { class: 'bus-when', 'aria-labelledby': 'bus-timetable-heading', novalidate: true },
    h('h2', { id: 'bus-timetable-heading' }, t('bus-timetable-title')),
    h('div', { class: 'field' }, h('label', { for: 'bus-timetable-date' }, t('bus-timetable-date')), date, dateError),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button', id: 'bus-timetable-show' }, icon('search'), h('span', null, t('bus-timetable-show')))),
  );
  let generation = 0;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date.value)) {
      dateError.replaceChildren(icon('alert', 'icon status-icon'), h('span', null, t('bus-error-date')));
      date.setAttribute('aria-invalid', 'true');
      date.focus();
      return;
    }
    dateError.replaceChildren();
    date.removeAttribute('aria-invalid');
    const mine = ++generation;
    ask(date.value).then(
      (next) => {
        if (mine !== generation) return;
        fill(next);
        history.replaceState(history.state, '', featureHash('bus', 'route', id, next.date));
      },
      (err: unknown) => {
        if (mine !== generation) return;
        status.classList.add('result-count--error');
        status.textContent = t('bus-load-failed', { message: describeError(err) });
      },
    );
  });
  fill(day);
  return {
    title: day.route.name.text,
    content: ([
      busBackLink(),
      title(h('span', null, routeChip(day.route.name, day.route.colour))),
      day.route.long_name ? h('p', { class: 'route-long-name' }, shown(day.route.long_name)) : null,
      form,
      status,
      body,
    ] as (HTMLElement | null)[]).filter((x): x is HTMLElement => x !== null),
  };
}

function failed(err: unknown): Screen {
  return {
    title: t('feature-bus'),
    content: [
      busBackLink(),
      title(),
      h('p', { class: 'status status--error', role: 'alert' }, icon('alert', 'icon status-icon'), h('span', null, t('bus-load-failed', { message: describeError(err) }))),
    ],
  };
}

export async function renderBus(rest: string[], _ctx: ScreenContext): Promise<Screen> {
  const [what, id, when] = rest;
  if (what === 'stop' && id) return renderStop(id, when);
  if (what === 'route' && id) return renderRoute(id, when);
  return renderBusHome();
}
