/**
 * UI strings through Fluent, from the same locales/<lang>/*.ftl files the Rust core reads. Every resident-visible
 * string (text, aria-label, title, document.title) goes through `t`. Fallback: the chosen locale → ja for ja-easy
 * → ja. Also sets `<html lang dir>` and formats dates with Intl in the resident's language.
 */

import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

/** Supported locales, in the order the backend lists them (ja first). */
export const LOCALES = ['ja', 'ja-easy', 'en', 'pt-BR', 'es', 'vi', 'tl', 'ne', 'zh-Hans', 'zh-Hant', 'ko', 'th', 'id', 'my', 'si', 'km', 'mn'] as const;
export const DEFAULT_LOCALE = 'ja';

const sources = import.meta.glob<string>('../../locales/*/*.ftl', { query: '?raw', import: 'default', eager: true });

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur']);

/** The BCP 47 tag Intl and `<html lang>` understand: やさしい日本語 is Japanese to a browser. */
export function intlLocale(tag: string): string {
  return tag === 'ja-easy' ? 'ja' : tag;
}

export function textDirection(tag: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(tag.split('-')[0] ?? tag) ? 'rtl' : 'ltr';
}

const bundles = new Map<string, FluentBundle>();
for (const [path, text] of Object.entries(sources)) {
  const tag = path.split('/').at(-2);
  if (!tag) continue;
  let bundle = bundles.get(tag);
  if (!bundle) {
    bundle = new FluentBundle(intlLocale(tag), { useIsolating: false });
    bundles.set(tag, bundle);
  }
  const errors = bundle.addResource(new FluentResource(text));
  for (const error of errors) console.warn(`locales/${tag}: ${String(error)}`);
}

let current: string = DEFAULT_LOCALE;

export function isSupportedLocale(tag: string): boolean {
  return bundles.has(tag);
}

function chain(tag: string): FluentBundle[] {
  const tags = [tag, tag === 'ja-easy' ? 'ja' : null, DEFAULT_LOCALE];
  const seen = new Set<string>();
  const out: FluentBundle[] = [];
  for (const candidate of tags) {
    if (!candidate || seen.has(candidate)) continue;
    seen.add(candidate);
    const bundle = bundles.get(candidate);
    if (bundle) out.push(bundle);
  }
  return out;
}

export type Args = Record<string, FluentVariable>;

/** Formats message `id` in locale `tag` (with fallback). Pass numbers that are not quantities as strings. */
export function tIn(tag: string, id: string, args?: Args): string {
  for (const bundle of chain(tag)) {
    const message = bundle.getMessage(id);
    if (!message?.value) continue;
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, args ?? null, errors);
    for (const error of errors) console.warn(`${tag} ${id}: ${String(error)}`);
    return text;
  }
  console.warn(`missing message ${id}`);
  return id;
}

/** Formats message `id` in the current locale. */
export function t(id: string, args?: Args): string {
  return tIn(current, id, args);
}

export function currentLocale(): string {
  return current;
}

/** Switches the UI language and updates `<html lang dir>`; unknown tags fall back to ja. */
export function setLocale(tag: string): void {
  current = isSupportedLocale(tag) ? tag : DEFAULT_LOCALE;
  document.documentElement.lang = intlLocale(current);
  document.documentElement.dir = textDirection(current);
  // やさしい日本語 is written with spaces between words; the stylesheet breaks lines only there.
  document.documentElement.classList.toggle('locale-ja-easy', current === 'ja-easy');
}

/** The city's time zone (from app_info): times read as the city's clock, not the device's. */
let cityTimeZone: string | undefined;

export function setCityTimeZone(zone: string | undefined): void {
  cityTimeZone = zone && isKnownTimeZone(zone) ? zone : undefined;
}

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The resident's locale for `Intl`, or null when this browser has no data for it (Debian's Chromium lacks
 * Burmese, Sinhala, Khmer, Mongolian and Nepali): `Intl` would then silently answer in the browser's own
 * language, so callers fall back to digits alone.
 */
function intlData(kind: { supportedLocalesOf(locales: string[]): string[] }): string | null {
  const locale = intlLocale(current);
  return kind.supportedLocalesOf([locale]).length > 0 ? locale : null;
}

/** A number as the resident writes numbers (8,000), or plain digits where the browser cannot. */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlData(Intl.NumberFormat) ?? 'en', { useGrouping: true, ...options }).format(n);
}

/** Words joined as the resident's language joins a list (、 in Japanese, commas elsewhere). */
export function formatList(words: string[]): string {
  const locale = intlData(Intl.ListFormat);
  return locale ? new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(words) : words.join(', ');
}

/** A timestamp from the core (RFC 3339) as the resident reads dates in the city's time zone, e.g. 2025年11月23日 9:00. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = intlLocale(current);
  // A browser without this locale's data would silently answer in English; digits alone read in any language.
  if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length === 0) return neutralDateTime(date);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: cityTimeZone }).format(date);
}

/** A time of day (e.g. 9:05) on the city's clock. */
export function formatTime(date: Date): string {
  const locale = intlLocale(current);
  if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length === 0) return neutralDateTime(date).slice(11);
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: cityTimeZone }).format(date);
}

function neutralDateTime(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: cityTimeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}
