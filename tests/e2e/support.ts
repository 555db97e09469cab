// Shared by the e2e specs: where the backend is, the app's screens, the expected strings (parsed from the same
// .ftl files the app uses, never hard-coded), API calls, and a test fixture that starts every test from known
// settings and records console errors.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import {
  NOTIFICATION_CATEGORIES,
  type InboxPage,
  type InboxQuery,
  type InboxSummary,
  type MessageView,
  type Settings,
  type SettingsPatch,
} from '../../ui/src/generated/api';
import { test as base, expect, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';

export { expect };

export function machiUrl(): string {
  const url = process.env.MACHI_URL;
  if (!url) throw new Error('MACHI_URL is not set: global-setup.ts did not start machi web');
  return url;
}

export function machiToken(): string {
  const token = process.env.MACHI_TOKEN;
  if (!token) throw new Error('MACHI_TOKEN is not set: global-setup.ts did not start machi web');
  return token;
}

export const FEATURES = ['inbox', 'waste', 'health', 'places', 'bus', 'forms'] as const;
export type ScreenName = 'home' | 'settings' | (typeof FEATURES)[number];
export const SCREENS: readonly ScreenName[] = ['home', ...FEATURES, 'settings'];

export function screenHash(screen: ScreenName): string {
  return screen === 'home' ? '#/' : `#/${screen}`;
}

/** The h1 of each screen, as a Fluent id. */
export function screenTitleId(screen: ScreenName): string {
  if (screen === 'home') return 'home-title';
  if (screen === 'settings') return 'settings-title';
  if (screen === 'inbox') return 'inbox-title';
  return `feature-${screen}`;
}

/** What shows that a built feature's screen is the real one, not "coming soon": its first content. */
export const BUILT_SCREEN_CONTENT: Partial<Record<ScreenName, string>> = {
  inbox: '#inbox-list > li',
  waste: '#waste-search',
  places: '#places-list > li',
  bus: '#bus-stop-search',
  health: '#health-balance',
  forms: '#forms-list > li',
};

/** Features whose screen is still "coming soon". */
export const COMING_SOON: readonly ScreenName[] = FEATURES.filter((f) => !(f in BUILT_SCREEN_CONTENT));

/** The time global-setup.ts gives machi web (MACHI_NOW): the 思川 level-4 evacuation order is in force. */
export const SAMPLE_NOW = '2026-11-27T20:00:00+09:00';
/** The level-4 evacuation order of the sample data (CAP, instruction first, texts in ja, ja-easy, en, pt-BR, vi, ne). */
export const LEVEL4_ALERT = 'JP-092088-20261127-002';
/** The level-3 alert the level-4 order updated. */
export const LEVEL3_ALERT = 'JP-092088-20261127-001';

// ---- Expected strings, from locales/<tag>/*.ftl ----

const localesDir = fileURLToPath(new URL('../../locales/', import.meta.url));
const bundles = new Map<string, FluentBundle>();

function bundle(tag: string): FluentBundle {
  let found = bundles.get(tag);
  if (!found) {
    found = new FluentBundle(tag === 'ja-easy' ? 'ja' : tag, { useIsolating: false });
    const dir = join(localesDir, tag);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
      const errors = found.addResource(new FluentResource(readFileSync(join(dir, file), 'utf8')));
      if (errors.length) throw new Error(`locales/${tag}/${file}: ${errors.map(String).join('; ')}`);
    }
    bundles.set(tag, found);
  }
  return found;
}

/** The text the app should show for `id` in `tag`, with the app's fallback (ja-easy → ja → ja). */
/** The text as a screen shows it: with furigana (on by default in ja-easy) each reading follows its base. */
export function ftl(tag: string, id: string, args?: Record<string, FluentVariable>, furigana = tag === 'ja-easy'): string {
  return withReadings(ftlMarked(tag, id, args), furigana);
}

/** The text as attributes, the window title and every plain-text output carry it: bases only. */
export function ftlPlain(tag: string, id: string, args?: Record<string, FluentVariable>): string {
  return withReadings(ftlMarked(tag, id, args), false);
}

/** The message with its furigana markup (｜base《reading》 or kanji《reading》) as written in the .ftl file. */
export function ftlMarked(tag: string, id: string, args?: Record<string, FluentVariable>): string {
  for (const candidate of [tag, tag === 'ja-easy' ? 'ja' : null, 'ja']) {
    if (!candidate) continue;
    const b = bundle(candidate);
    const message = b.getMessage(id);
    if (message?.value) return b.formatPattern(message.value, args ?? null);
  }
  throw new Error(`no message ${id} in ${tag}`);
}

const RUBY = /｜([^｜《》]+)《([^｜《》]+)》|([\p{Script=Han}々〆ヶ]+)《([^｜《》]+)》/gu;

/** Marked-up text as its DOM text reads: `<ruby>漢字<rt>かんじ</rt></ruby>` is 漢字かんじ, or 漢字 with furigana off. */
export function withReadings(text: string, furigana: boolean): string {
  return text.replace(RUBY, (_all, bar: string | undefined, barReading: string | undefined, kanji: string | undefined, reading: string | undefined) =>
    furigana ? `${bar ?? kanji}${barReading ?? reading}` : (bar ?? kanji ?? ''),
  );
}

/** Text without Fluent's bidi isolation marks (U+2068/U+2069), should the core leave them in a message. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u2068\u2069]/g, '');
}

/** `<html lang>` the app sets for a locale. */
export function htmlLang(tag: string): string {
  return tag === 'ja-easy' ? 'ja' : tag;
}

// ---- API ----

export function callApi(
  request: APIRequestContext,
  name: string,
  body: unknown = {},
  token: string | null = machiToken(),
): Promise<APIResponse> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token !== null) headers['Authorization'] = `Bearer ${token}`;
  return request.post(`${machiUrl()}/api/${name}`, { headers, data: body });
}

export type { SettingsPatch } from '../../ui/src/generated/api';

// The categories come from the core's generated types, as the UI's do.
export { NOTIFICATION_CATEGORIES } from '../../ui/src/generated/api';

export async function updateSettings(request: APIRequestContext, patch: SettingsPatch): Promise<Record<string, unknown>> {
  const response = await callApi(request, 'update_settings', { patch });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

export async function getSettings(request: APIRequestContext): Promise<Settings> {
  const response = await callApi(request, 'get_settings');
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Settings;
}

export const DEFAULT_SETTINGS: SettingsPatch = {
  furigana: null,
  locale: 'ja',
  second_locale: 'ja-easy',
  font_scale: 'normal',
  high_contrast: false,
  home_area: null,
  notifications: Object.fromEntries(NOTIFICATION_CATEGORIES.map((c) => [c, true])),
  waste_reminders: { evening: '20:00', morning: null, categories: [] },
};

// ---- The inbox through the API ----

export type { InboxEntry, InboxPage, InboxQuery, InboxSummary, MessageView } from '../../ui/src/generated/api';

export async function inboxList(request: APIRequestContext, query: InboxQuery = {}): Promise<InboxPage> {
  const response = await callApi(request, 'inbox_list', query);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as InboxPage;
}

export async function inboxSummary(request: APIRequestContext): Promise<InboxSummary> {
  const response = await callApi(request, 'inbox_summary');
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as InboxSummary;
}

export async function inboxShow(request: APIRequestContext, id: string, original = false): Promise<MessageView> {
  const response = await callApi(request, 'inbox_show', { id, original });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as MessageView;
}

/** Every message unread and unpinned again: inbox tests share one backend. */
export async function resetInbox(request: APIRequestContext): Promise<void> {
  const page = await inboxList(request, { all: true, limit: 500 });
  for (const entry of page.entries) {
    if (entry.read || entry.pinned) {
      const response = await callApi(request, 'inbox_mark', { id: entry.id, read: false, pinned: false });
      expect(response.status(), await response.text()).toBe(200);
    }
  }
}

// ---- Driving the app ----

/** Opens the app the way `machi web` hands it out (URL with #token=…), then goes to `screen`. */
export async function openApp(page: Page, screen: ScreenName = 'home'): Promise<void> {
  // Only the fragment would differ from an already open app: that is no page load, so leave first.
  if (page.url().startsWith(machiUrl())) await page.goto('about:blank');
  await page.goto(`${machiUrl()}/#token=${machiToken()}`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('main')).toHaveAttribute('data-screen', 'home');
  if (screen !== 'home') await goTo(page, screen);
}

/** Same-document navigation, as a tile or nav link would do it. */
export async function goTo(page: Page, screen: ScreenName): Promise<void> {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, screenHash(screen));
  await expect(page.locator('main')).toHaveAttribute('data-screen', screen);
}

export async function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

// ---- Accessibility ----

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's WCAG 2.0–2.2 A/AA findings on the page as it is now (and AAA contrast when `enhancedContrast`). */
export async function axeViolations(page: Page, where: string, enhancedContrast: boolean): Promise<string[]> {
  // One pass: AAA contrast is added to the WCAG tags as an extra rule (axe runs the tags' rules and any rule
  // enabled by name), so a page is walked once, not twice.
  const builder = new AxeBuilder({ page })
    .options(enhancedContrast ? { rules: { 'color-contrast-enhanced': { enabled: true } } } : {})
    .withTags(WCAG_TAGS);
  const found: string[] = [];
  const describe = (result: Awaited<ReturnType<AxeBuilder['analyze']>>): void => {
    for (const v of result.violations) {
      const nodes = v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`);
      found.push(`${where}: ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${nodes.join('\n    ')}`);
    }
  };
  describe(await builder.analyze());
  return found;
}

// ---- Fixture ----

interface Fixtures {
  /** Console errors and uncaught exceptions seen on `page` during the test. */
  consoleErrors: string[];
  /** Puts settings back to defaults before each test (one backend is shared by all tests). */
  freshSettings: void;
}

export const test = base.extend<Fixtures>({
  freshSettings: [
    async ({ request }, use) => {
      await updateSettings(request, DEFAULT_SETTINGS);
      await use();
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      await use(errors);
    },
    { auto: true },
  ],
});
