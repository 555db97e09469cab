/**
 * One message (`#/inbox/<id>`), read in the resident's language or, at a button, in the language the city wrote
 * it in. Urgent alerts say what to do first. A withdrawn message shows the city's withdrawal above everything
 * and keeps its own text, marked as withdrawn; an updated one links to its newer version. Opening it marks it
 * read. Every text block carries the `lang` of the locale it is in.
 */

import { call, type MessageView, type ShownText } from '../backend';
import { h, setText } from '../dom';
import { formatDateTime, intlLocale, t } from '../i18n';
import { icon } from '../icons';
import { messageHash } from '../router';
import { describeError, getState, localeName } from '../store';
import { announce, setScreenTitle, statusRegion } from '../widgets';
import { categoryChip, entryBadges, externalLink, linkify, markMessage, messageText, safeHttpUrl, spaced } from './inbox';

export interface MessageScreen {
  title: string;
  content: Node[];
}

function inboxBackLink(): HTMLAnchorElement {
  return h('a', { class: 'back-link', href: '#/inbox' }, icon('back'), h('span', null, t('inbox-back')));
}

function fact(term: string, ...value: (Node | string)[]): HTMLDivElement {
  return h('div', { class: 'fact' }, h('dt', null, term), h('dd', null, ...value));
}

function time(iso: string): HTMLTimeElement {
  return h('time', { datetime: iso }, formatDateTime(iso));
}

/** The locale the text on screen is in: the resident's chain's pick, or the original. */
function shownLocale(view: MessageView, original: boolean): string {
  return original ? view.original_locale : view.entry.locale;
}

function withdrawalNotice(view: MessageView, locale: string): HTMLElement | null {
  const w = view.withdrawal;
  if (!w) return null;
  return h(
    'section',
    { class: 'withdrawal', id: 'message-withdrawal', 'aria-labelledby': 'withdrawal-heading' },
    h('h2', { id: 'withdrawal-heading' }, icon('alert', 'icon withdrawal-icon'), h('span', null, t('inbox-withdrawn-title'))),
    w.headline.text ? messageText('p', w.headline.locale, w.headline.text, { class: 'withdrawal-headline' }) : null,
    w.description.text ? messageText('div', w.description.locale, linkify(w.description.text), { class: 'message-body' }) : null,
    h('dl', { class: 'facts' }, fact(t('inbox-withdrawn-at'), time(w.sent))),
  );
}

function supersededNote(view: MessageView): HTMLElement | null {
  if (!view.superseded_by) return null;
  return h(
    'p',
    { class: 'note', id: 'message-superseded' },
    icon('info', 'icon note-icon'),
    h(
      'span',
      null,
      `${t('inbox-superseded')} `,
      h('a', { href: messageHash(view.superseded_by), id: 'message-newer' }, t('inbox-superseded-link')),
    ),
  );
}

function languageBar(view: MessageView, original: boolean, onToggle: () => void): HTMLElement {
  const locale = shownLocale(view, original);
  const resident = getState().settings.locale;
  const canToggle = original || view.entry.locale !== view.original_locale;
  const toggle = canToggle
    ? h(
        'button',
        {
          type: 'button',
          id: 'message-original-toggle',
          class: 'button button--secondary button--small',
          'data-original': String(original),
          onclick: onToggle,
        },
        icon('globe'),
        h('span', null, t(original ? 'inbox-show-translation' : 'inbox-show-original')),
      )
    : null;
  return h(
    'div',
    { class: 'message-language', id: 'message-language' },
    h(
      'dl',
      { class: 'facts facts--inline' },
      fact(t('inbox-shown-in'), h('span', { lang: intlLocale(locale), 'data-locale': locale, id: 'message-shown-in' }, localeName(locale))),
    ),
    !original && view.entry.locale !== resident
      ? h(
          'p',
          { class: 'note', id: 'message-not-in-language' },
          icon('info', 'icon note-icon'),
          h('span', null, t('inbox-not-in-your-language', { language: localeName(resident) })),
        )
      : null,
    toggle,
  );
}

function textSection(kind: 'instruction' | 'description', heading: 'h2' | 'h3', shown: ShownText): HTMLElement | null {
  if (!shown.text) return null;
  const id = `message-${kind}-heading`;
  return h(
    'section',
    { class: `message-section message-section--${kind}`, id: `message-${kind}`, 'aria-labelledby': id },
    h(heading, { id }, kind === 'instruction' ? icon('alert', 'icon section-icon') : null, h('span', null, t(`inbox-${kind}`))),
    messageText('div', shown.locale, linkify(shown.text), { class: 'message-body' }),
  );
}

/** Instruction first for urgent alerts (the core decides which), then the description; or the other way. */
function messageBody(view: MessageView, locale: string): HTMLElement[] {
  const heading = view.withdrawal ? 'h3' : 'h2';
  const instruction = textSection('instruction', heading, view.instruction);
  const description = textSection('description', heading, view.description);
  const ordered = view.instruction_first ? [instruction, description] : [description, instruction];
  const blocks = ordered.filter((b): b is HTMLElement => b !== null);
  if (!view.withdrawal) return blocks;
  return [
    h(
      'section',
      { class: 'withdrawn-original', id: 'message-withdrawn-original', 'aria-labelledby': 'withdrawn-original-heading' },
      h(
        'h2',
        { id: 'withdrawn-original-heading' },
        h('span', null, t('inbox-withdrawn-original')),
        ' ',
        h('span', { class: 'badge badge--status-withdrawn' }, h('span', null, t('inbox-status-withdrawn'))),
      ),
      ...blocks,
    ),
  ];
}

function facts(view: MessageView, locale: string): HTMLDListElement {
  const areas =
    view.areas.length > 0
      ? h('ul', { class: 'area-list', role: 'list' }, view.areas.map((area) => h('li', { lang: intlLocale(area.locale) }, area.text)))
      : h('span', null, t('inbox-whole-city'));
  return h(
    'dl',
    { class: 'facts message-facts', id: 'message-facts' },
    view.event.text ? fact(t('inbox-event'), messageText('bdi', view.event.locale, view.event.text)) : null,
    fact(t('inbox-sent'), time(view.entry.sent)),
    view.effective ? fact(t('inbox-effective'), time(view.effective)) : null,
    view.onset ? fact(t('inbox-onset'), time(view.onset)) : null,
    view.entry.expires ? fact(t('inbox-expires'), time(view.entry.expires)) : null,
    fact(
      t('inbox-areas'),
      areas,
      view.area_description.text
        ? messageText('p', view.area_description.locale, view.area_description.text, { class: 'area-description' })
        : '',
    ),
  );
}

function webLink(view: MessageView): HTMLElement | null {
  const href = view.web ? safeHttpUrl(view.web) : null;
  if (!href) return null;
  return h('p', { class: 'message-web' }, externalLink(href, [h('span', null, t('inbox-web'))], 'external-link button button--secondary'));
}

/** Pin and read/unread for this message, told in a live region. */
function actions(view: MessageView): HTMLElement {
  const status = statusRegion('message-status');
  let { pinned, read } = view.entry;
  const pinButton = h(
    'button',
    { type: 'button', class: 'button button--secondary button--small', id: 'message-pin', 'aria-pressed': String(pinned) },
    icon('pin'),
    h('span', null, t('inbox-pin')),
  );
  const readLabel = h('span', null, t(read ? 'inbox-mark-unread' : 'inbox-mark-read'));
  const readButton = h('button', { type: 'button', class: 'button button--secondary button--small', id: 'message-read' }, icon('mail'), readLabel);
  const change = (button: HTMLButtonElement, patch: { read?: boolean; pinned?: boolean }, done: string): void => {
    if (button.getAttribute('aria-disabled')) return;
    button.setAttribute('aria-disabled', 'true');
    markMessage({ id: view.entry.id, ...patch })
      .then(
        () => {
          if (patch.pinned !== undefined) pinned = patch.pinned;
          if (patch.read !== undefined) read = patch.read;
          pinButton.setAttribute('aria-pressed', String(pinned));
          setText(readLabel, t(read ? 'inbox-mark-unread' : 'inbox-mark-read'));
          announce(status, t(done));
        },
        (err: unknown) => announce(status, t('inbox-action-failed', { message: describeError(err) }), 'error'),
      )
      .finally(() => button.removeAttribute('aria-disabled'));
  };
  pinButton.addEventListener('click', () => change(pinButton, { pinned: !pinned }, pinned ? 'inbox-unpin-done' : 'inbox-pin-done'));
  readButton.addEventListener('click', () => change(readButton, { read: !read }, read ? 'inbox-marked-unread' : 'inbox-marked-read'));
  return h('div', { class: 'message-actions-bar' }, h('div', { class: 'actions' }, pinButton, readButton), status);
}

function messageContent(view: MessageView, original: boolean, onToggle: () => void): Node[] {
  const locale = shownLocale(view, original);
  return [
    messageText('h1', locale, view.entry.headline, { id: 'message-title', class: 'message-title', tabindex: '-1' }),
    h('p', { class: 'message-meta' }, spaced([categoryChip(view.entry.category), ...entryBadges(view.entry)])),
    withdrawalNotice(view, locale),
    supersededNote(view),
    languageBar(view, original, onToggle),
    ...messageBody(view, locale),
    facts(view, locale),
    webLink(view),
    actions(view),
  ].filter((node): node is HTMLElement => node !== null);
}

/** Opening a message marks it read; should that fail, the message is still shown. */
async function markReadOnOpen(view: MessageView): Promise<void> {
  if (view.entry.read) return;
  try {
    await markMessage({ id: view.entry.id, read: true });
    view.entry.read = true;
  } catch {
    // It stays unread in the list; nothing the resident needs to act on.
  }
}

function failedScreen(err: unknown, retry: () => void): MessageScreen {
  const again = h('button', { type: 'button', class: 'button' }, t('retry'));
  again.addEventListener('click', retry);
  return {
    title: t('inbox-title'),
    content: [
      inboxBackLink(),
      h('h1', { tabindex: '-1' }, t('inbox-title')),
      h(
        'p',
        { class: 'status status--error', role: 'alert' },
        icon('alert', 'icon status-icon'),
        h('span', null, t('inbox-load-failed', { message: describeError(err) })),
      ),
      h('div', { class: 'actions' }, again),
    ],
  };
}

export async function renderMessage(id: string, retry: () => void): Promise<MessageScreen> {
  let view: MessageView;
  try {
    view = await call('inbox_show', { id });
  } catch (err) {
    return failedScreen(err, retry);
  }
  await markReadOnOpen(view);

  const article = h('article', { class: 'message', id: 'message', 'data-id': view.entry.id });
  let original = false;
  let busy = false;
  const toggle = (): void => {
    if (busy) return;
    busy = true;
    const wanted = !original;
    call('inbox_show', { id, original: wanted }).then(
      (next) => {
        busy = false;
        original = wanted;
        view = next;
        article.replaceChildren(...messageContent(view, original, toggle));
        setScreenTitle(view.entry.headline);
        article.querySelector<HTMLElement>('#message-original-toggle')?.focus();
      },
      (err: unknown) => {
        busy = false;
        announce(article.querySelector('#message-status'), t('inbox-load-failed', { message: describeError(err) }), 'error');
      },
    );
  };
  article.replaceChildren(...messageContent(view, original, toggle));
  return { title: view.entry.headline, content: [inboxBackLink(), article] };
}
