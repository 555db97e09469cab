// Content first at large text: on a 390 × 844 phone at extra-large (200 %) text, the header and the navigation
// together take at most a fifth of the screen's height on every screen, in long Portuguese and in scripts with
// tall lines (Japanese, Nepali, Burmese) — and every navigation link is still there by name. The app also follows
// the text size of the browser or OS: its sizes are relative to the default font size, so raising that (Chromium's
// font settings, set here through the DevTools protocol as the OS or browser preferences would) grows the UI.

import type { Page } from '@playwright/test';
import { LEVEL4_ALERT, SCREENS, expect, ftlPlain, goTo, openApp, scrollWidth, test, updateSettings } from './support';

const PHONE = { width: 390, height: 844 };
const MAX_FRACTION = 1 / 5;

/** The share of the viewport's height that the header and the navigation cover, from their boxes. */
async function chromeFraction(page: Page): Promise<number> {
  const header = await page.locator('header.site-header').boundingBox();
  const nav = await page.locator('nav').boundingBox();
  if (!header || !nav) throw new Error('no header or navigation on screen');
  const top = Math.min(header.y, nav.y);
  const bottom = Math.max(header.y + header.height, nav.y + nav.height);
  return (bottom - top) / PHONE.height;
}

/** Every screen and an inbox message: the header and navigation fractions measured on each. */
async function fractions(page: Page): Promise<Record<string, number>> {
  const found: Record<string, number> = {};
  for (const screen of SCREENS) {
    await goTo(page, screen);
    found[screen] = await chromeFraction(page);
  }
  await page.evaluate((id) => {
    location.hash = `#/inbox/${id}`;
  }, LEVEL4_ALERT);
  await expect(page.locator('main[data-screen="inbox-message"] #message')).toBeVisible();
  found['inbox message'] = await chromeFraction(page);
  return found;
}

function tooTall(found: Record<string, number>): string[] {
  return Object.entries(found)
    .filter(([, fraction]) => fraction > MAX_FRACTION)
    .map(([screen, fraction]) => `${screen}: header and navigation take ${(fraction * 100).toFixed(1)} % of the screen height`);
}

/** Both navigation links are on screen and named in the resident's language, and nothing in the header is sticky. */
async function expectNavigationReachable(page: Page, locale: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: ftlPlain(locale, 'nav-main') });
  for (const id of ['nav-home', 'nav-settings']) {
    await expect(nav.getByRole('link', { name: ftlPlain(locale, id), exact: true })).toBeVisible();
  }
  for (const selector of ['header.site-header', 'nav']) {
    expect(await page.locator(selector).evaluate((el) => getComputedStyle(el).position)).not.toMatch(/fixed|sticky/);
  }
}

test.use({ viewport: PHONE });

for (const locale of ['pt-BR', 'ja', 'ne', 'my']) {
  test(`at extra-large text the header and navigation take at most a fifth of a phone screen (${locale})`, async ({ page, request }) => {
    await updateSettings(request, { locale, font_scale: 'xlarge' });
    await openApp(page);
    await expect(page.locator('html')).toHaveClass(/\bfs-xlarge\b/);
    await expectNavigationReachable(page, locale);
    const found = await fractions(page);
    expect(tooTall(found), JSON.stringify(found)).toEqual([]);
  });
}

test('at large text too, in Portuguese with high contrast', async ({ page, request }) => {
  await updateSettings(request, { locale: 'pt-BR', font_scale: 'large', high_contrast: true });
  await openApp(page);
  await expectNavigationReachable(page, 'pt-BR');
  const found = await fractions(page);
  expect(tooTall(found), JSON.stringify(found)).toEqual([]);
});

test('at standard text on a phone the navigation shows its words', async ({ page }) => {
  await openApp(page);
  for (const id of ['nav-home', 'nav-settings']) {
    await expect(page.locator('nav').getByText(ftlPlain('ja', id), { exact: true })).toBeVisible();
  }
});

/** Sets the browser's default font size, as a larger text size in the OS or browser preferences does. */
async function setDefaultFontSize(page: Page, px: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px } });
}

const rootFontSize = (page: Page): Promise<string> => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
const bodyFontSize = (page: Page): Promise<string> => page.evaluate(() => getComputedStyle(document.body).fontSize);

test('a larger default text size in the browser or OS grows the whole UI, and the app keeps content first', async ({ page, request }) => {
  await updateSettings(request, { locale: 'pt-BR' });
  await openApp(page);
  expect(await rootFontSize(page)).toBe('16px');
  expect(await bodyFontSize(page)).toBe('18px');
  const tileHeight = (await page.locator('main .tile').first().boundingBox())?.height ?? 0;

  await setDefaultFontSize(page, 32);
  await openApp(page);
  expect(await rootFontSize(page)).toBe('32px');
  expect(await bodyFontSize(page)).toBe('36px');
  expect((await page.locator('main .tile').first().boundingBox())?.height ?? 0).toBeGreaterThan(tileHeight * 1.5);
  await expectNavigationReachable(page, 'pt-BR');
  const found = await fractions(page);
  expect(tooTall(found), JSON.stringify(found)).toEqual([]);

  // The resident's own text size multiplies the OS's: 150 % of 24 px.
  await setDefaultFontSize(page, 24);
  await updateSettings(request, { font_scale: 'large' });
  await openApp(page);
  expect(await rootFontSize(page)).toBe('36px');
});

test('with a larger default text size nothing scrolls sideways at 320 px', async ({ page, request }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await updateSettings(request, { locale: 'pt-BR' });
  await setDefaultFontSize(page, 32);
  await openApp(page);
  expect(await rootFontSize(page)).toBe('32px');
  for (const screen of SCREENS) {
    await goTo(page, screen);
    expect(await scrollWidth(page), `${screen} is wider than 320 px`).toBeLessThanOrEqual(320);
  }
});
