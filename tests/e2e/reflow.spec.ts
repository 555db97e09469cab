// WCAG 1.4.10 Reflow and 1.4.4 Resize text: at 320 CSS px wide and the largest text size (root 200 %), nothing
// scrolls sideways, on any screen, in scripts with long words or tall glyphs.

import { SCREENS, expect, goTo, openApp, scrollWidth, test, updateSettings } from './support';

test.use({ viewport: { width: 320, height: 640 } });

for (const locale of ['ja', 'ja-easy', 'pt-BR', 'vi', 'ne', 'th', 'tl']) {
  test(`no horizontal scrolling at 320 px with extra-large text (${locale})`, async ({ page, request }) => {
    await updateSettings(request, { locale, font_scale: 'xlarge' });
    await openApp(page);
    await expect(page.locator('html')).toHaveClass(/\bfs-xlarge\b/);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    for (const screen of SCREENS) {
      await goTo(page, screen);
      expect(await scrollWidth(page), `${screen} is wider than 320 px`).toBeLessThanOrEqual(320);
    }
  });
}

test('large text is 150 % and also reflows', async ({ page, request }) => {
  await updateSettings(request, { font_scale: 'large' });
  await openApp(page);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
  for (const screen of SCREENS) {
    await goTo(page, screen);
    expect(await scrollWidth(page), `${screen} is wider than 320 px`).toBeLessThanOrEqual(320);
  }
});
