// WCAG 1.4.10 Reflow and 1.4.4 Resize text: at 320 CSS px wide and the largest text size (root 200 %), nothing
// scrolls sideways, on any screen or inbox message, in scripts with long words or tall glyphs.

import type { Page } from '@playwright/test';
import { BUILT_SCREEN_CONTENT, LEVEL3_ALERT, LEVEL4_ALERT, SCREENS, expect, ftl, goTo, openApp, scrollWidth, test, updateSettings } from './support';

test.use({ viewport: { width: 320, height: 640 } });

/** Every screen, and two messages of the inbox (one in force with its instruction, one replaced by a newer one). */
async function expectNoSidewaysScroll(page: Page, locale: string): Promise<void> {
  for (const screen of SCREENS) {
    await goTo(page, screen);
    const content = BUILT_SCREEN_CONTENT[screen];
    if (content) {
      // The real screen (the inbox's list, the places found, the bus stop search, the health progress view, the forms), not a "coming soon" page.
      await expect(page.locator(content).first()).toBeVisible();
      await expect(page.getByText(ftl(locale, 'coming-soon-title'))).toHaveCount(0);
    }
    expect(await scrollWidth(page), `${screen} is wider than 320 px`).toBeLessThanOrEqual(320);
  }
  // The health points sub-screens: the counter code, how to earn, the family's profiles.
  for (const hash of ['#/health/counter', '#/health/rules', '#/health/profiles']) {
    await page.evaluate((h) => {
      location.hash = h;
    }, hash);
    await expect(page.locator('main[data-screen="health-detail"] h1')).toBeVisible();
    expect(await scrollWidth(page), `${hash} is wider than 320 px`).toBeLessThanOrEqual(320);
  }
  for (const id of [LEVEL4_ALERT, LEVEL3_ALERT]) {
    await page.evaluate((hash) => {
      location.hash = hash;
    }, `#/inbox/${id}`);
    await expect(page.locator('main[data-screen="inbox-message"] #message')).toHaveAttribute('data-id', id);
    expect(await scrollWidth(page), `message ${id} is wider than 320 px`).toBeLessThanOrEqual(320);
  }
}

for (const locale of ['ja', 'ja-easy', 'pt-BR', 'vi', 'ne', 'th', 'tl']) {
  test(`no horizontal scrolling at 320 px with extra-large text (${locale})`, async ({ page, request }) => {
    await updateSettings(request, { locale, font_scale: 'xlarge' });
    await openApp(page);
    await expect(page.locator('html')).toHaveClass(/\bfs-xlarge\b/);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    await expectNoSidewaysScroll(page, locale);
  });
}

test('large text is 150 % and also reflows', async ({ page, request }) => {
  await updateSettings(request, { font_scale: 'large' });
  await openApp(page);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
  await expectNoSidewaysScroll(page, 'ja');
});
