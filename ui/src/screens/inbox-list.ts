/**
 * The inbox list (`#/inbox`): the core's order (alerts in force first, then newest first), filtered by category,
 * words and "show all", a page at a time. Each line says in words what it is — unread, category, severity,
 * state — and can be pinned or marked read/unread where it stands. The number found is announced politely.
 */

import { NOTIFICATION_CATEGORIES, call, type InboxEntry, type InboxPage, type InboxQuery, type NotificationCategory } from '../backend';
import { h, setText, srOnly } from '../dom';
import { formatDateTime, t } from '../i18n';
import { icon } from '../icons';
import { messageHash } from '../router';
import { describeError } from '../store';
import { announce, backLink, statusRegion } from '../widgets';
import { CATEGORY, categoryChip, entryBadges, markMessage, messageText, spaced } from './inbox';

const PAGE_SIZE = 10;
const SEARCH_DELAY_MS = 300;

/** The filters, kept while the resident opens a message and comes back. */
interface Filters {
  category: NotificationCategory | '';
  text: string;
  all: boolean;
}

const filters: Filters = { category: '', text: '', all: false };

function query(offset: number): InboxQuery {
  const q: InboxQuery = { limit: PAGE_SIZE, offset };
  if (filters.category) q.category = filters.category;
  const text = filters.text.trim();
  if (text) q.text = text;
  if (filters.all) q.all = true;
  return q;
}

function filtering(): boolean {
  return filters.category !== '' || filters.text.trim() !== '' || filters.all;
}

/** Ids for aria-labelledby: message ids are the city's, so the DOM uses a counter instead. */
let nextItem = 0;

/** One line of the list; its buttons change the entry in place. */
function messageItem(initial: InboxEntry, actionStatus: HTMLElement): HTMLLIElement {
  let entry = initial;
  const n = nextItem++;
  const headlineId = `inbox-item-${n}-headline`;
  const pinLabelId = `inbox-item-${n}-pin`;
  const readLabelId = `inbox-item-${n}-read`;

  const unreadLabel = srOnly(`${t('inbox-unread')} `);
  const link = h(
    'a',
    { class: 'message-link', href: messageHash(entry.id), 'data-id': entry.id },
    h('span', { class: 'unread-dot', 'aria-hidden': 'true' }),
    unreadLabel,
    messageText('bdi', entry.locale, entry.headline, { id: headlineId, class: 'message-headline-text' }),
  );
  const meta = h('p', { class: 'message-meta' });
  const pinLabel = h('span', { id: pinLabelId }, t('inbox-pin'));
  const pin = h(
    'button',
    { type: 'button', class: 'button button--small button--secondary', 'data-action': 'pin', 'aria-labelledby': `${pinLabelId} ${headlineId}` },
    icon('pin'),
    pinLabel,
  );
  const readLabel = h('span', { id: readLabelId });
  const read = h(
    'button',
    { type: 'button', class: 'button button--small button--secondary', 'data-action': 'read', 'aria-labelledby': `${readLabelId} ${headlineId}` },
    icon('mail'),
    readLabel,
  );
  const item = h(
    'li',
    { class: 'message-item', 'data-id': entry.id },
    h('h2', { class: 'message-headline' }, link),
    meta,
    h('div', { class: 'message-actions' }, pin, read),
  );

  const show = (): void => {
    item.classList.toggle('is-unread', !entry.read);
    item.classList.toggle('is-in-force', entry.in_force);
    item.setAttribute('data-read', String(entry.read));
    item.setAttribute('data-pinned', String(entry.pinned));
    unreadLabel.hidden = entry.read;
    meta.replaceChildren(
      ...spaced([
        categoryChip(entry.category),
        ...entryBadges(entry),
        h('span', { class: 'message-date' }, `${t('inbox-sent-label')} `, h('time', { datetime: entry.sent }, formatDateTime(entry.sent))),
      ]),
    );
    pin.setAttribute('aria-pressed', String(entry.pinned));
    setText(readLabel, t(entry.read ? 'inbox-mark-unread' : 'inbox-mark-read'));
  };
  show();

  const change = (button: HTMLButtonElement, patch: { read?: boolean; pinned?: boolean }, done: string): void => {
    if (button.getAttribute('aria-disabled')) return;
    button.setAttribute('aria-disabled', 'true');
    markMessage({ id: entry.id, ...patch }).then(
      () => {
        entry = { ...entry, ...patch };
        show();
        announce(actionStatus, t(done));
      },
      (err: unknown) => announce(actionStatus, t('inbox-action-failed', { message: describeError(err) }), 'error'),
    ).finally(() => button.removeAttribute('aria-disabled'));
  };
  pin.addEventListener('click', () => change(pin, { pinned: !entry.pinned }, entry.pinned ? 'inbox-unpin-done' : 'inbox-pin-done'));
  read.addEventListener('click', () => change(read, { read: !entry.read }, entry.read ? 'inbox-marked-unread' : 'inbox-marked-read'));
  return item;
}

function countText(page: InboxPage): string {
  if (page.total > 0) return t('inbox-count', { count: page.total });
  return t(filtering() ? 'inbox-no-results' : 'inbox-empty');
}

function filterForm(onChange: () => void): HTMLFormElement {
  const search = h('input', {
    type: 'search',
    id: 'inbox-search',
    name: 'text',
    value: filters.text,
    autocomplete: 'off',
    enterkeyhint: 'search',
  });
  let timer: number | undefined;
  search.addEventListener('input', () => {
    filters.text = search.value;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => onChange(), SEARCH_DELAY_MS);
  });

  const category = h(
    'select',
    { id: 'inbox-category', name: 'category' },
    h('option', { value: '', selected: filters.category === '' }, t('inbox-category-all')),
    NOTIFICATION_CATEGORIES.map((c) => h('option', { value: c, selected: filters.category === c }, t(CATEGORY[c].label))),
  );
  category.addEventListener('change', () => {
    filters.category = category.value as NotificationCategory | '';
    onChange();
  });

  const all = h('input', { type: 'checkbox', id: 'inbox-all', name: 'all', checked: filters.all });
  all.addEventListener('change', () => {
    filters.all = all.checked;
    onChange();
  });

  const form = h(
    'form',
    { class: 'inbox-filters', role: 'search', 'aria-label': t('inbox-filters') },
    h(
      'div',
      { class: 'field field--search' },
      h('label', { for: 'inbox-search' }, icon('search', 'icon label-icon'), h('span', null, t('inbox-search-label'))),
      search,
    ),
    h('div', { class: 'field' }, h('label', { for: 'inbox-category' }, t('inbox-category-label')), category),
    h('label', { class: 'choice field--all', for: 'inbox-all' }, all, h('span', null, t('inbox-show-all'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    filters.text = search.value;
    onChange();
  });
  return form;
}

function title(): HTMLHeadingElement {
  return h(
    'h1',
    { tabindex: '-1', class: 'screen-title' },
    h('span', { class: 'title-icon tile--inbox' }, icon('inbox')),
    h('span', null, t('inbox-title')),
  );
}

export async function renderInboxList(): Promise<Node[]> {
  const count = h('p', { id: 'inbox-count', class: 'result-count', role: 'status' });
  const actionStatus = statusRegion('inbox-action-status');
  const list = h('ul', { id: 'inbox-list', class: 'message-list', role: 'list', 'aria-labelledby': 'inbox-count' });
  const more = h('button', { type: 'button', id: 'inbox-more', class: 'button button--secondary' });
  more.hidden = true;
  let loaded = 0;
  let total = 0;
  let generation = 0;

  const showMore = (): void => {
    more.hidden = loaded >= total;
    setText(more, t('inbox-more', { count: Math.max(total - loaded, 0) }));
  };

  const fill = (page: InboxPage, append: boolean): HTMLLIElement[] => {
    const items = page.entries.map((entry) => messageItem(entry, actionStatus));
    if (append) list.append(...items);
    else list.replaceChildren(...items);
    loaded = (append ? loaded : 0) + page.entries.length;
    total = page.total;
    count.classList.remove('result-count--error');
    setText(count, countText(page));
    showMore();
    return items;
  };

  const failed = (err: unknown): void => {
    count.classList.add('result-count--error');
    setText(count, t('inbox-load-failed', { message: describeError(err) }));
  };

  const reload = (): void => {
    const mine = ++generation;
    call('inbox_list', query(0)).then(
      (page) => {
        if (mine === generation) fill(page, false);
      },
      (err: unknown) => {
        if (mine === generation) failed(err);
      },
    );
  };

  more.addEventListener('click', () => {
    if (more.getAttribute('aria-disabled')) return;
    more.setAttribute('aria-disabled', 'true');
    const mine = generation;
    call('inbox_list', query(loaded))
      .then(
        (page) => {
          if (mine !== generation) return;
          const items = fill(page, true);
          // Keyboard users carry on where the new entries start.
          items[0]?.querySelector<HTMLAnchorElement>('.message-link')?.focus();
        },
        (err: unknown) => failed(err),
      )
      .finally(() => more.removeAttribute('aria-disabled'));
  });

  try {
    fill(await call('inbox_list', query(0)), false);
  } catch (err) {
    failed(err);
  }

  return [
    backLink(),
    title(),
    filterForm(reload),
    count,
    list,
    h('div', { class: 'actions' }, more),
    actionStatus,
  ];
}

export function inboxListTitle(): string {
  return t('inbox-title');
}
