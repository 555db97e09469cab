// Shared by the e2e specs: where the backend is, the app's screens, the expected strings (parsed from the same
// .ftl files the app uses, never hard-coded), API calls, and a test fixture that starts every test from known
// settings and records console errors.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { NOTIFICATION_CATEGORIES, type SettingsPatch } from '../../ui/src/generated/api';
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
  return `feature-${screen}`;
}

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
export function ftl(tag: string, id: string, args?: Record<string, FluentVariable>): string {
  for (const candidate of [tag, tag === 'ja-easy' ? 'ja' : null, 'ja']) {
    if (!candidate) continue;
    const b = bundle(candidate);
    const message = b.getMessage(id);
    if (message?.value) return b.formatPattern(message.value, args ?? null);
  }
  throw new Error(`no message ${id} in ${tag}`);
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

export const DEFAULT_SETTINGS: SettingsPatch = {
  locale: 'ja',
  second_locale: 'ja-easy',
  font_scale: 'normal',
  high_contrast: false,
  notifications: Object.fromEntries(NOTIFICATION_CATEGORIES.map((c) => [c, true])),
};

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
