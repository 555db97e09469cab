/**
 * Waste (`#/waste`): "which bin does this go in, and when is it collected?" A search box that answers as the
 * resident types (any script, romaji, their own language); the next collection of each category in their area; a
 * month calendar with holidays and the year-end closure; the evening/morning reminders; the calendar as an .ics
 * file; and the words that found nothing.
 *
 * The core decides everything shown here — matches and their order, collection days, closures, names in the
 * resident's language and the language of each text. This module only lays it out: every block of content carries
 * the `lang` the core says it is in, and a category is always its name, never only its colour.
 */

import {
  call,
  type CollectionDay,
  type MissingSearches,
  type NextCollection,
  type WasteAreaView,
  type WasteCategoryView,
  type WasteItemView,
  type WasteMonth,
  type WasteReminders,
  type WasteSchedule,
} from '../backend';
import { h, inLanguage, withJapaneseNames, type Child } from '../dom';
import { FEATURES } from '../features';
import { currentLocale, intlLocale, t } from '../i18n';
import { icon } from '../icons';
import { describeError, getState, saveSettings } from '../store';
import { announce, backLink, statusRegion, type ScreenContext } from '../widgets';
import type { Screen } from './registry';
import './waste.css';

/** How many items a search shows: the best ones, enough to see the right one among look-alikes. */
const RESULTS = 10;

/** What the resident typed last, kept while they go elsewhere and come back. */
let lastQuery = '';
/** The month shown, kept the same way; `null` = the month of today. */
let shownMonth: { year: number; month: number } | null = null;

// ---- Small pieces ----

function lang(tag: string): string {
  return intlLocale(tag);
}

/** Content in the locale the core says it is in. */
function inLang<K extends 'span' | 'p' | 'bdi' | 'dd' | 'strong'>(tag: K, locale: string, text: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  return inLanguage(tag, lang(locale), text, attrs);
}

/** A category: its colour as a swatch beside its name (the name is what says it). */
export function categoryChip(category: WasteCategoryView): HTMLSpanElement {
  const swatch = h('span', { class: 'waste-swatch', 'aria-hidden': 'true' });
  if (category.colour && /^#[0-9a-fA-F]{6}$/.test(category.colour)) {
    // CSSOM, not a style attribute: the CSP allows no inline styles.
    swatch.style.setProperty('--waste-colour', category.colour);
  }
  return h(
    'span',
    { class: 'waste-chip', 'data-category': category.id },
    swatch,
    inLang('span', category.locale, category.name, { class: 'waste-chip-name' }),
  );
}

function weekdayOf(iso: string): number {
  // 0 = Monday, as the core counts.
  const d = new Date(`${iso}T00:00:00Z`);
  return (d.getUTCDay() + 6) % 7;
}

function intlReady(): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf([intlLocale(currentLocale())]).length > 0;
}

/** `11月30日(月)` / `Mon, November 30`: a collection day as the resident reads dates. */
function formatDay(iso: string): string {
  if (!intlReady()) return `${iso} (${t(`waste-weekday-short-${weekdayOf(iso)}`)})`;
  return new Intl.DateTimeFormat(intlLocale(currentLocale()), { month: 'long', day: 'numeric', weekday: 'short', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

function formatMonth(year: number, month: number): string {
  const iso = `${year}-${String(month).padStart(2, '0')}`;
  if (!intlReady()) return iso;
  return new Intl.DateTimeFormat(intlLocale(currentLocale()), { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${iso}-01T00:00:00Z`));
}

/** "Today" / "Tomorrow" as a word, else nothing (the date says it). */
function relativeDay(days: number): string | null {
  if (days === 0) return t('waste-day-today');
  if (days === 1) return t('waste-day-tomorrow');
  return null;
}

function heading(id: string, text: string, iconName?: Parameters<typeof icon>[0]): HTMLHeadingElement {
  return h('h2', { id }, iconName ? icon(iconName) : null, h('span', null, text));
}

function section(id: string, className: string, ...children: Child[]): HTMLElement {
  return h('section', { class: `card ${className}`, 'aria-labelledby': id }, ...children);
}

/** The home area's city area, when the resident has one that has a collection calendar. */
function homeWasteArea(areas: WasteAreaView[]): WasteAreaView | null {
  const home = getState().settings.home_area;
  return home ? (areas.find((a) => a.city_areas.includes(home)) ?? null) : null;
}

// ---- Search ----

function itemCard(item: WasteItemView, schedule: WasteSchedule | null): HTMLLIElement {
  const names: Child[] = [inLang('span', item.locale, item.name, { class: 'waste-item-name' })];
  if (item.name_ja && item.name_ja !== item.name) {
    names.push(' ', h('span', { class: 'waste-item-ja', lang: 'ja' }, item.name_ja));
  }
  if (item.reading && item.reading !== item.name && item.reading !== item.name_ja) {
    names.push(' ', h('span', { class: 'waste-item-reading', lang: 'ja' }, `(${item.reading})`));
  }
  const details: Child[] = [
    h('dt', null, t('waste-item-category')),
    h('dd', null, categoryChip(item.category)),
  ];
  const next = schedule?.next.find((n) => n.category.id === item.category.id);
  if (next) {
    details.push(h('dt', null, t('waste-next-day')), h('dd', { class: 'waste-item-next' }, whenText(next)));
  }
  if (item.how.text) details.push(h('dt', null, t('waste-how')), inLang('dd', item.how.locale, item.how.text));
  if (item.notes.text) details.push(h('dt', null, t('waste-notes')), inLang('dd', item.notes.locale, item.notes.text));
  if (item.matched) {
    details.push(h('dt', null, t('waste-matched')), h('dd', null, inLang('bdi', item.matched.locale, item.matched.text)));
  }
  return h(
    'li',
    { class: 'waste-item', 'data-id': item.id, 'data-category': item.category.id },
    h('h3', { class: 'waste-item-title' }, names),
    h('dl', { class: 'waste-item-details' }, details),
  );
}

/**
 * The search box: every keystroke asks the core at once; while an answer is on its way only the newest text
 * waits, so a fast typist never queues stale searches and the list always ends on what is in the box.
 */
function searchSection(schedule: () => WasteSchedule | null): HTMLElement {
  const input = h('input', {
    type: 'search',
    id: 'waste-search',
    name: 'query',
    value: lastQuery,
    autocomplete: 'off',
    autocapitalize: 'off',
    spellcheck: 'false',
    enterkeyhint: 'search',
    'aria-describedby': 'waste-search-hint',
    'aria-controls': 'waste-results',
  });
  const count = h('p', { id: 'waste-count', class: 'result-count', role: 'status' });
  const list = h('ul', { id: 'waste-results', class: 'waste-results', role: 'list', 'aria-labelledby': 'waste-count', 'data-query': '' });

  let inFlight = false;
  let waiting: string | null = null;

  const show = (query: string, items: WasteItemView[]): void => {
    list.replaceChildren(...items.map((item) => itemCard(item, schedule())));
    list.setAttribute('data-query', query);
    count.classList.remove('result-count--error');
    count.textContent = query === '' ? '' : items.length > 0 ? t('waste-results-count', { count: items.length }) : t('waste-no-results', { query });
  };

  const ask = (query: string): void => {
    if (inFlight) {
      waiting = query;
      return;
    }
    if (query.trim() === '') {
      show(query, []);
      return;
    }
    inFlight = true;
    call('waste_search', { query, limit: RESULTS })
      .then(
        (items) => {
          if (waiting === null) show(query, items);
        },
        (err: unknown) => {
          if (waiting !== null) return;
          list.replaceChildren();
          list.setAttribute('data-query', query);
          count.classList.add('result-count--error');
          count.textContent = t('waste-search-failed', { message: describeError(err) });
        },
      )
      .finally(() => {
        inFlight = false;
        if (waiting !== null) {
          const next = waiting;
          waiting = null;
          ask(next);
        }
      });
  };

  input.addEventListener('input', () => {
    lastQuery = input.value;
    ask(input.value);
  });
  const form = h(
    'form',
    { class: 'waste-search', role: 'search', 'aria-labelledby': 'waste-search-heading' },
    h('label', { for: 'waste-search' }, icon('search', 'icon label-icon'), h('span', null, t('waste-search-label'))),
    h('p', { id: 'waste-search-hint', class: 'hint' }, t('waste-search-hint')),
    input,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    ask(input.value);
  });
  if (lastQuery.trim() !== '') ask(lastQuery);
  return section('waste-search-heading', 'waste-search-card', heading('waste-search-heading', t('waste-search-title'), 'search'), form, count, list);
}

// ---- Next collections and the area ----

function whenText(n: NextCollection): Child[] {
  const word = relativeDay(n.days_from_today);
  const date = h('time', { datetime: n.date }, formatDay(n.date));
  return word ? [h('strong', { class: 'waste-when-word' }, word), ' ', date] : [date];
}

function nextList(schedule: WasteSchedule): HTMLElement {
  if (schedule.next.length === 0) return h('p', null, t('waste-next-none'));
  // One line per day, its categories side by side (the core gives them soonest first).
  const days: NextCollection[][] = [];
  for (const n of schedule.next) {
    const last = days.at(-1);
    if (last && last[0]?.date === n.date) last.push(n);
    else days.push([n]);
  }
  return h(
    'ul',
    { id: 'waste-next', class: 'waste-next', role: 'list' },
    days.map((group) =>
      h(
        'li',
        { class: group[0]?.days_from_today === 0 ? 'waste-next-day is-today' : 'waste-next-day', 'data-date': group[0]?.date ?? '' },
        h('span', { class: 'waste-next-when' }, whenText(group[0]!)),
        h('span', { class: 'waste-chips' }, group.map((n) => categoryChip(n.category))),
      ),
    ),
  );
}

/** No home area yet: the calendar's areas to choose from (saved as the home area), or settings. */
function areaPicker(areas: WasteAreaView[], ctx: ScreenContext): HTMLElement {
  const status = statusRegion('waste-area-status');
  const choosable = areas.filter((a) => a.city_areas.length > 0);
  const select = h(
    'select',
    { id: 'waste-area' },
    h('option', { value: '' }, t('waste-area-choose')),
    choosable.map((a) => h('option', { value: a.city_areas[0] ?? '' }, a.label)),
  );
  const save = h('button', { type: 'button', class: 'button', id: 'waste-area-save' }, t('waste-area-save'));
  save.addEventListener('click', () => {
    if (!select.value) {
      announce(status, t('waste-area-choose'), 'error');
      select.focus();
      return;
    }
    save.setAttribute('aria-disabled', 'true');
    saveSettings({ home_area: select.value }).then(
      () => ctx.rerender({ focus: '#waste-next-heading', announce: { selector: '#waste-next-status', text: t('waste-area-saved') } }),
      (err: unknown) => {
        save.removeAttribute('aria-disabled');
        announce(status, t('waste-save-failed', { message: describeError(err) }), 'error');
      },
    );
  });
  return h(
    'div',
    { class: 'waste-area-picker' },
    h('p', { id: 'waste-no-area', class: 'note' }, icon('info', 'icon note-icon'), h('span', null, t('waste-no-area'))),
    h('div', { class: 'field' }, h('label', { for: 'waste-area' }, t('waste-area-label')), select),
    h('div', { class: 'actions' }, save, h('a', { href: '#/settings', class: 'waste-settings-link' }, t('waste-area-settings'))),
    status,
  );
}

function nextSection(schedule: WasteSchedule | null, areas: WasteAreaView[], failure: string | null, ctx: ScreenContext): HTMLElement {
  const body: Child[] = [];
  if (failure) {
    body.push(h('p', { class: 'status status--error', role: 'alert' }, icon('alert', 'icon status-icon'), h('span', null, failure)));
  } else if (!schedule) {
    body.push(areaPicker(areas, ctx));
  } else {
    body.push(
      h(
        'p',
        { class: 'waste-area-line' },
        h('span', null, t('waste-area-label')),
        ': ',
        h('strong', { id: 'waste-area-name' }, withJapaneseNames(schedule.area_label)),
        ' ',
        h('a', { href: '#/settings', class: 'waste-settings-link' }, t('waste-area-change')),
      ),
      nextList(schedule),
    );
  }
  body.push(statusRegion('waste-next-status'));
  return section('waste-next-heading', 'waste-next-card', h('h2', { id: 'waste-next-heading', tabindex: '-1' }, icon('clock'), h('span', null, t('waste-next-title'))), ...body);
}

// ---- The month ----

function dayMarks(day: CollectionDay): Child[] {
  const marks: Child[] = [];
  if (day.today) marks.push(h('span', { class: 'waste-mark waste-mark--today' }, t('waste-today')));
  if (day.holiday) marks.push(h('span', { class: 'waste-mark waste-mark--holiday' }, t('waste-holiday')));
  if (day.closed) marks.push(h('span', { class: 'waste-mark waste-mark--closed' }, t('waste-closed')));
  return marks;
}

function dayClass(day: CollectionDay, base: string): string {
  return [base, day.today ? 'is-today' : '', day.holiday ? 'is-holiday' : '', day.closed ? 'is-closed' : ''].filter(Boolean).join(' ');
}

/** The month as a table of weeks, Monday first (wide screens). */
function monthTable(m: WasteMonth, caption: string): HTMLTableElement {
  const weeks: (CollectionDay | null)[][] = [];
  let week: (CollectionDay | null)[] = Array.from({ length: m.days[0]?.weekday ?? 0 }, () => null);
  for (const day of m.days) {
    week.push(day);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  const dayNumber = (iso: string): string => String(Number(iso.slice(8, 10)));
  return h(
    'table',
    { class: 'waste-month-table', id: 'waste-month-table' },
    h('caption', null, caption),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        [0, 1, 2, 3, 4, 5, 6].map((w) =>
          h('th', { scope: 'col', class: w >= 5 ? 'is-weekend' : null }, h('abbr', { title: t(`waste-weekday-${w}`) }, t(`waste-weekday-short-${w}`))),
        ),
      ),
    ),
    h(
      'tbody',
      null,
      weeks.map((days) =>
        h(
          'tr',
          null,
          days.map((day) =>
            day
              ? h(
                  'td',
                  { class: dayClass(day, 'waste-day'), 'data-date': day.date, 'aria-current': day.today ? 'date' : null },
                  h('span', { class: 'waste-day-number' }, dayNumber(day.date)),
                  dayMarks(day),
                  day.categories.map((c) => categoryChip(c)),
                )
              : h('td', { class: 'waste-day is-empty' }),
          ),
        ),
      ),
    ),
  );
}

/** The month as a list of the days that have something (narrow screens and large text). */
function monthList(m: WasteMonth): HTMLOListElement {
  const days = m.days.filter((d) => d.categories.length > 0 || d.closed || d.holiday || d.today);
  return h(
    'ol',
    { class: 'waste-month-list', id: 'waste-month-list', role: 'list' },
    days.map((day) =>
      h(
        'li',
        { class: dayClass(day, 'waste-month-item'), 'data-date': day.date, 'aria-current': day.today ? 'date' : null },
        h('time', { datetime: day.date, class: 'waste-month-date' }, formatDay(day.date)),
        dayMarks(day),
        h('span', { class: 'waste-chips' }, day.categories.map((c) => categoryChip(c))),
      ),
    ),
  );
}

function monthSection(area: string, today: string): HTMLElement {
  const [y, mo] = today.split('-').map(Number);
  const current = shownMonth ?? { year: y ?? 2026, month: mo ?? 1 };
  const title = h('h3', { id: 'waste-month-name', class: 'waste-month-name', 'aria-live': 'polite' });
  const body = h('div', { class: 'waste-month-body' });
  const prev = h('button', { type: 'button', class: 'button button--secondary', id: 'waste-month-prev' }, icon('back'), h('span', null, t('waste-month-prev')));
  const next = h('button', { type: 'button', class: 'button button--secondary', id: 'waste-month-next' }, h('span', null, t('waste-month-next')), icon('back', 'icon icon--forward'));
  let generation = 0;

  const load = (year: number, month: number): void => {
    const mine = ++generation;
    shownMonth = { year, month };
    body.setAttribute('aria-busy', 'true');
    call('waste_month', { area, year, month }).then(
      (m) => {
        if (mine !== generation) return;
        const caption = formatMonth(m.year, m.month);
        title.textContent = caption;
        body.setAttribute('data-month', `${m.year}-${String(m.month).padStart(2, '0')}`);
        body.replaceChildren(monthTable(m, caption), monthList(m));
        body.removeAttribute('aria-busy');
      },
      (err: unknown) => {
        if (mine !== generation) return;
        body.removeAttribute('aria-busy');
        body.replaceChildren(h('p', { class: 'status status--error', role: 'alert' }, icon('alert', 'icon status-icon'), h('span', null, t('waste-month-failed', { message: describeError(err) }))));
      },
    );
  };
  const step = (delta: number): void => {
    const at = shownMonth ?? current;
    const index = at.year * 12 + (at.month - 1) + delta;
    load(Math.floor(index / 12), (index % 12) + 1);
  };
  prev.addEventListener('click', () => step(-1));
  next.addEventListener('click', () => step(1));
  load(current.year, current.month);
  return section(
    'waste-month-heading',
    'waste-month-card',
    heading('waste-month-heading', t('waste-month-title'), 'events'),
    h('div', { class: 'waste-month-nav' }, prev, title, next),
    body,
  );
}

// ---- Reminders ----

function remindersSection(categories: WasteCategoryView[], hasArea: boolean): HTMLElement {
  const status = statusRegion('waste-reminders-status');
  const saved = (): WasteReminders => getState().settings.waste_reminders;
  const r = saved();
  const eveningOn = h('input', { type: 'checkbox', id: 'waste-evening-on', checked: r.evening !== null });
  const eveningTime = h('input', { type: 'time', id: 'waste-evening-time', value: r.evening ?? '20:00', disabled: r.evening === null });
  const morningOn = h('input', { type: 'checkbox', id: 'waste-morning-on', checked: r.morning !== null });
  const morningTime = h('input', { type: 'time', id: 'waste-morning-time', value: r.morning ?? '06:30', max: '07:59', disabled: r.morning === null, 'aria-describedby': 'waste-morning-hint' });
  const chosen = (id: string): boolean => r.categories.length === 0 || r.categories.includes(id);
  const boxes = categories.map((c) =>
    h('input', { type: 'checkbox', id: `waste-remind-${c.id}`, 'data-category': c.id, checked: chosen(c.id) }),
  );

  /** Puts the controls back to what is saved (after a refused change). */
  const restore = (): void => {
    const s = saved();
    eveningOn.checked = s.evening !== null;
    eveningTime.value = s.evening ?? eveningTime.value;
    eveningTime.disabled = s.evening === null;
    morningOn.checked = s.morning !== null;
    morningTime.value = s.morning ?? morningTime.value;
    morningTime.disabled = s.morning === null;
    for (const box of boxes) box.checked = s.categories.length === 0 || s.categories.includes(box.dataset.category ?? '');
  };

  const change = (): void => {
    const picked = boxes.filter((b) => b.checked).map((b) => b.dataset.category ?? '');
    if (picked.length === 0) {
      restore();
      announce(status, t('waste-reminders-need-one'), 'error');
      return;
    }
    eveningTime.disabled = !eveningOn.checked;
    morningTime.disabled = !morningOn.checked;
    const next: WasteReminders = {
      evening: eveningOn.checked ? eveningTime.value || '20:00' : null,
      morning: morningOn.checked ? morningTime.value || '06:30' : null,
      // Every category chosen is saved as "all": categories the city adds later are reminded too.
      categories: picked.length === boxes.length ? [] : picked,
    };
    saveSettings({ waste_reminders: next }).then(
      () => announce(status, t('waste-saved')),
      (err: unknown) => {
        restore();
        announce(status, t('waste-save-failed', { message: describeError(err) }), 'error');
      },
    );
  };
  for (const control of [eveningOn, eveningTime, morningOn, morningTime, ...boxes]) control.addEventListener('change', change);

  const support = getState().info.notifications;
  const supportNote = support === 'browser' || support === 'no_service' ? t(support === 'browser' ? 'notifications-browser' : 'notifications-no-service') : null;
  return section(
    'waste-reminders-heading',
    'waste-reminders-card',
    heading('waste-reminders-heading', t('waste-reminders-title'), 'inbox'),
    h('p', { class: 'hint', id: 'waste-reminders-hint' }, t('waste-reminders-hint')),
    hasArea ? null : h('p', { class: 'note' }, icon('info', 'icon note-icon'), h('span', null, t('waste-reminders-no-area'))),
    supportNote ? h('p', { class: 'note' }, icon('info', 'icon note-icon'), h('span', null, supportNote)) : null,
    h(
      'div',
      { class: 'waste-reminder-times' },
      h(
        'div',
        { class: 'waste-reminder-time' },
        h('label', { class: 'choice', for: 'waste-evening-on' }, eveningOn, h('span', null, t('waste-reminders-evening'))),
        h('label', { class: 'field', for: 'waste-evening-time' }, h('span', null, t('waste-reminders-evening-time')), eveningTime),
      ),
      h(
        'div',
        { class: 'waste-reminder-time' },
        h('label', { class: 'choice', for: 'waste-morning-on' }, morningOn, h('span', null, t('waste-reminders-morning'))),
        h('label', { class: 'field', for: 'waste-morning-time' }, h('span', null, t('waste-reminders-morning-time')), morningTime),
        h('p', { class: 'hint', id: 'waste-morning-hint' }, t('waste-reminders-morning-hint')),
      ),
    ),
    h(
      'fieldset',
      { class: 'choice-grid waste-reminder-categories' },
      h('legend', null, t('waste-reminders-categories')),
      categories.map((c, i) => h('label', { class: 'choice', for: `waste-remind-${c.id}` }, boxes[i], categoryChip(c))),
    ),
    status,
  );
}

// ---- The calendar file ----

function icsSection(area: string): HTMLElement {
  const status = statusRegion('waste-ics-status');
  const button = h('button', { type: 'button', class: 'button', id: 'waste-ics' }, icon('events'), h('span', null, t('waste-ics-button')));
  button.addEventListener('click', () => {
    if (button.getAttribute('aria-disabled')) return;
    button.setAttribute('aria-disabled', 'true');
    call('waste_ics', { area })
      .then(
        (file) => {
          const url = URL.createObjectURL(new Blob([file.ics], { type: 'text/calendar;charset=utf-8' }));
          const link = h('a', { href: url, download: file.file_name, hidden: true });
          document.body.append(link);
          link.click();
          link.remove();
          // The download has its own copy once it started.
          window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
          announce(status, t('waste-ics-saved', { file: file.file_name }));
        },
        (err: unknown) => announce(status, t('waste-ics-failed', { message: describeError(err) }), 'error'),
      )
      .finally(() => button.removeAttribute('aria-disabled'));
  });
  return section(
    'waste-ics-heading',
    'waste-ics-card',
    heading('waste-ics-heading', t('waste-ics-title'), 'events'),
    h('p', { class: 'hint' }, t('waste-ics-hint')),
    button,
    status,
  );
}

// ---- Words that found nothing ----

function missingSection(initial: MissingSearches): HTMLElement {
  const status = statusRegion('waste-missing-status');
  const list = h('ul', { id: 'waste-missing', class: 'waste-missing', role: 'list', 'aria-labelledby': 'waste-missing-heading' });
  const empty = h('p', { id: 'waste-missing-empty' }, t('waste-missing-empty'));
  const clear = h('button', { type: 'button', class: 'button button--secondary', id: 'waste-missing-clear' }, t('waste-missing-clear'));
  // Offered only when the city's feed names a place for them, and sent only when the resident presses it.
  const sendHint = h('p', { class: 'hint', id: 'waste-missing-send-hint' });
  const send = h(
    'button',
    { type: 'button', class: 'button', id: 'waste-missing-send', 'aria-describedby': 'waste-missing-send-hint' },
    icon('send'),
    h('span', null, t('waste-missing-send')),
  );
  const fill = (missing: MissingSearches): void => {
    const { queries } = missing;
    list.replaceChildren(
      ...queries.map((q) =>
        h(
          'li',
          { class: 'waste-missing-item' },
          // The resident's own words, in whatever language they typed them.
          h('bdi', { class: 'waste-missing-text', dir: 'auto' }, withJapaneseNames(q.text)),
          ' ',
          h('span', { class: 'waste-missing-count' }, t('waste-missing-count', { count: q.count })),
          q.sent ? h('span', { class: 'waste-missing-sent' }, icon('check'), h('span', null, t('waste-missing-sent-mark'))) : null,
        ),
      ),
    );
    list.hidden = queries.length === 0;
    empty.hidden = queries.length > 0;
    clear.hidden = queries.length === 0;
    const unsent = queries.some((q) => !q.sent);
    sendHint.textContent = missing.send_to ? t('waste-missing-send-hint', { host: missing.send_to }) : '';
    sendHint.hidden = !missing.send_to || !unsent;
    send.hidden = sendHint.hidden;
  };
  fill(initial);
  send.addEventListener('click', () => {
    send.disabled = true;
    call('waste_missing_send').then(
      (done) => {
        initial = done.missing;
        fill(done.missing);
        announce(status, t('waste-missing-sent', { count: done.sent, host: done.missing.send_to ?? '' }));
        document.getElementById('waste-missing-heading')?.focus();
      },
      (err: unknown) => announce(status, describeError(err), 'error'),
    ).finally(() => {
      send.disabled = false;
    });
  });
  clear.addEventListener('click', () => {
    call('waste_missing_clear').then(
      () => {
        initial = { queries: [], send_to: initial.send_to };
        fill(initial);
        announce(status, t('waste-missing-cleared'));
        document.getElementById('waste-missing-heading')?.focus();
      },
      (err: unknown) => announce(status, t('waste-save-failed', { message: describeError(err) }), 'error'),
    );
  });
  // Searches made on this screen may have added words since it opened.
  const refresh = h('button', { type: 'button', class: 'button button--secondary', id: 'waste-missing-refresh' }, icon('refresh'), h('span', null, t('waste-missing-refresh')));
  refresh.addEventListener('click', () => {
    call('waste_missing').then(
      (missing) => {
        initial = missing;
        fill(missing);
        const count = missing.queries.length;
        announce(status, count > 0 ? t('waste-missing-shown', { count }) : t('waste-missing-empty'));
      },
      (err: unknown) => announce(status, t('waste-save-failed', { message: describeError(err) }), 'error'),
    );
  });
  return section(
    'waste-missing-heading',
    'waste-missing-card',
    h('h2', { id: 'waste-missing-heading', tabindex: '-1' }, icon('info'), h('span', null, t('waste-missing-title'))),
    h('p', { class: 'hint' }, t('waste-missing-hint')),
    empty,
    list,
    sendHint,
    h('div', { class: 'actions' }, send, refresh, clear),
    status,
  );
}

// ---- The screen ----

export async function renderWaste(rest: string[], ctx: ScreenContext): Promise<Screen> {
  const feature = FEATURES.find((f) => f.id === 'waste')!;
  if (rest.length > 0) {
    // No sub-pages: everything is on one screen.
    location.replace('#/waste');
  }
  const [categories, areas, missing] = await Promise.all([
    call('waste_categories').catch(() => [] as WasteCategoryView[]),
    call('waste_areas').catch(() => [] as WasteAreaView[]),
    call('waste_missing').catch((): MissingSearches => ({ queries: [], send_to: null })),
  ]);
  const home = homeWasteArea(areas);
  let schedule: WasteSchedule | null = null;
  let failure: string | null = null;
  if (home) {
    try {
      schedule = await call('waste_next', { area: home.id });
    } catch (err) {
      failure = t('waste-next-failed', { message: describeError(err) });
    }
  }
  const content: Node[] = [
    backLink(),
    h(
      'h1',
      { tabindex: '-1', class: 'screen-title' },
      h('span', { class: 'title-icon tile--waste' }, icon(feature.icon)),
      h('span', null, withJapaneseNames(t(feature.title))),
    ),
    searchSection(() => schedule),
    nextSection(schedule, areas, failure, ctx),
  ];
  if (schedule) content.push(monthSection(schedule.area_id, schedule.on));
  // Reminders are for what is collected at the resident's collection point (not, say, oversized waste by
  // appointment); before an area is chosen, every category.
  const collected = schedule ? categories.filter((c) => schedule?.next.some((n) => n.category.id === c.id)) : categories;
  content.push(remindersSection(collected, schedule !== null));
  if (schedule) content.push(icsSection(schedule.area_id));
  content.push(missingSection(missing));
  return { title: t(feature.title), content };
}
