/**
 * What the inbox screens and Home share: the category chip, the text badges (severity, in force, drill, update,
 * status, pinned), message text set safely in its own language, and the alerts-in-force section of Home.
 *
 * Message text comes from the city's feed and is untrusted: it only ever becomes text nodes (the `h()` builder
 * never parses HTML), and only http(s) addresses become links. Every piece of message text sits in its own
 * element with `lang` set to the locale it is written in and `dir="auto"`, so a direction override inside it
 * cannot reorder the UI around it. The core decides order, state and language; nothing here recomputes them.
 */

import { call, type InboxEntry, type InboxSummary, type MarkMessageArgs, type MessageSeverity, type NotificationCategory } from '../backend';
import { h, inLanguage, srOnly, type Child } from '../dom';
import { currentLocale, formatNumber, intlLocale, t } from '../i18n';
import { icon, type IconName } from '../icons';
import { messageHash } from '../router';

/** Each category's name (the settings' `notify-*` messages) and icon; the name is always shown next to it. */
export const CATEGORY: Record<NotificationCategory, { label: string; icon: IconName }> = {
  disaster: { label: 'notify-disaster', icon: 'disaster' },
  weather: { label: 'notify-weather', icon: 'weather' },
  crime: { label: 'notify-crime', icon: 'crime' },
  child_safety: { label: 'notify-child-safety', icon: 'child' },
  traffic: { label: 'notify-traffic', icon: 'traffic' },
  bus: { label: 'notify-bus', icon: 'bus' },
  business: { label: 'notify-business', icon: 'business' },
  events: { label: 'notify-events', icon: 'events' },
  city: { label: 'notify-city', icon: 'city' },
};

const SEVERITY_LABEL: Record<MessageSeverity, string | null> = {
  extreme: 'inbox-severity-extreme',
  severe: 'inbox-severity-severe',
  moderate: 'inbox-severity-moderate',
  minor: 'inbox-severity-minor',
  unknown: null,
};

/** The `lang` of text the core says is in locale `tag` (やさしい日本語 is Japanese to a browser). */
export function contentLang(tag: string): string {
  return intlLocale(tag);
}

/**
 * Message text as an element of its own: in its language, isolated for direction (`bdi` inline, `dir="auto"`
 * on blocks), set as a text node.
 */
export function messageText<K extends 'bdi' | 'p' | 'h1' | 'div' | 'strong'>(
  tag: K,
  locale: string,
  text: string | Child[],
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const lang = contentLang(locale);
  return typeof text === 'string' ? inLanguage(tag, lang, text, attrs) : h(tag, { ...attrs, lang, dir: 'auto' }, text);
}

export function categoryChip(category: NotificationCategory): HTMLSpanElement {
  const known = CATEGORY[category] ?? CATEGORY.city;
  return h(
    'span',
    { class: `category category--${category}` },
    icon(known.icon, 'icon category-icon'),
    h('span', null, t(known.label)),
  );
}

function badge(kind: string, text: string, iconName?: IconName): HTMLSpanElement {
  return h('span', { class: `badge badge--${kind}` }, iconName ? icon(iconName, 'icon badge-icon') : null, h('span', null, text));
}

export function severityBadge(severity: MessageSeverity): HTMLSpanElement | null {
  const label = SEVERITY_LABEL[severity];
  return label ? badge(`severity-${severity}`, t(label)) : null;
}

/** The badges of one entry, each a word: what the core says it is, in the order a resident weighs them. */
export function entryBadges(entry: InboxEntry): HTMLSpanElement[] {
  const out: (HTMLSpanElement | null)[] = [
    entry.in_force ? badge('in-force', t('inbox-in-force'), 'alert') : null,
    severityBadge(entry.severity),
    entry.drill ? badge('drill', t('inbox-drill')) : null,
    entry.msg_type === 'update' ? badge('update', t('inbox-type-update')) : null,
    entry.status !== 'active' ? badge(`status-${entry.status}`, t(`inbox-status-${entry.status}`)) : null,
    entry.pinned ? badge('pinned', t('inbox-pinned'), 'pin') : null,
  ];
  return out.filter((b): b is HTMLSpanElement => b !== null);
}

/** Children separated by spaces, so a screen reader never runs two badges together. */
export function spaced(children: Node[]): (Node | string)[] {
  return children.flatMap((child, i) => (i === 0 ? [child] : [' ', child]));
}

/** Only a plain http(s) address, with no control or direction characters, is ever a link. */
export function safeHttpUrl(text: string): string | null {
  if (/[\s\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u.test(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A link that leaves the app: a new tab in web mode, the system browser in the app shell. */
export function externalLink(href: string, content: Child[], className = 'external-link'): HTMLAnchorElement {
  return h(
    'a',
    { class: className, href, target: '_blank', rel: 'noopener noreferrer' },
    content,
    icon('external', 'icon external-icon'),
    // In the resident's language, also where the link sits in message text written in another.
    h('span', { class: 'visually-hidden', lang: intlLocale(currentLocale()) }, ` ${t('inbox-opens-elsewhere')}`),
  );
}

// ASCII only: an address in Japanese text runs straight into the words after it.
const URL_IN_TEXT = /https?:\/\/[A-Za-z0-9\-._~:/?#@!$&*+,;=%[\]()]+/giu;

/** Text with its http(s) addresses as links; everything else stays text. */
export function linkify(text: string): Child[] {
  const out: Child[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    let raw = match[0];
    // Sentence punctuation after an address belongs to the sentence.
    raw = raw.replace(/[.,;:!?)\]]+$/u, '');
    const start = match.index;
    const href = safeHttpUrl(raw);
    if (!href || raw === '') continue;
    if (start > last) out.push(text.slice(last, start));
    out.push(externalLink(href, [h('span', { dir: 'ltr' }, raw)], 'external-link external-link--inline'));
    last = start + raw.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** Marks a message read/unread or pinned/not; the core answers with the new summary. */
export function markMessage(args: MarkMessageArgs): Promise<InboxSummary> {
  return call('inbox_mark', args);
}

/** The unread count on Home's inbox tile: a number to see, a sentence for screen readers. */
export function unreadBadge(count: number): HTMLSpanElement | null {
  if (count <= 0) return null;
  return h(
    'span',
    { class: 'tile-badge', 'data-unread': String(count) },
    // Digits as the sentence for screen readers writes them (Fluent formats numbers with Intl too).
    h('span', { 'aria-hidden': 'true' }, formatNumber(count)),
    srOnly(t('inbox-unread-badge', { count })),
  );
}

/**
 * Home's section of alerts in force, above the tiles. In disaster mode it is an emergency: an alert region,
 * styled as one, with the shelters tile (`placesTile`) right next to the alerts.
 */
export function alertsInForce(summary: InboxSummary, placesTile: HTMLElement | null): HTMLElement | null {
  if (summary.in_force.length === 0) return null;
  const emergency = summary.disaster_mode;
  const items = summary.in_force.map((entry) =>
    h(
      'li',
      { class: 'alert-item' },
      h(
        'a',
        { class: 'alert-link', href: messageHash(entry.id), 'data-id': entry.id },
        messageText('bdi', entry.locale, entry.headline, { class: 'alert-headline' }),
      ),
      // Every alert here is in force: the other badges say what kind.
      h('span', { class: 'alert-badges' }, spaced([categoryChip(entry.category), ...entryBadges({ ...entry, in_force: false })])),
    ),
  );
  return h(
    emergency ? 'div' : 'section',
    {
      id: 'alerts-in-force',
      class: emergency ? 'alerts alerts--emergency' : 'alerts',
      role: emergency ? 'alert' : null,
      'aria-labelledby': 'alerts-heading',
    },
    h(
      'h2',
      { id: 'alerts-heading' },
      icon('alert', 'icon alerts-icon'),
      h('span', null, t(emergency ? 'inbox-alerts-emergency' : 'inbox-alerts-title')),
    ),
    h('ul', { class: 'alert-list', role: 'list' }, items),
    emergency && placesTile ? h('ul', { class: 'tiles tiles--emergency', role: 'list' }, placesTile) : null,
  );
}
