// axe-core (WCAG 2.0/2.1/2.2 A and AA) finds nothing on any screen (the inbox list and one message included) in
// Japanese, やさしい日本語, English, Portuguese, Vietnamese, Nepali and Burmese, at standard and extra-large text,
// with and without high contrast; high contrast also meets 7:1 (AAA contrast). One page per combination: the
// settings are applied once, then the screens are visited by same-document navigation.

import { BUILT_SCREEN_CONTENT, LEVEL4_ALERT, SCREENS, axeViolations as violations, expect, ftl, goTo, machiUrl, openApp, plain, test, updateSettings } from './support';

/** The city's largest communities and the scripts that stress a layout most (Devanagari, Burmese). */
const LOCALES = ['ja', 'ja-easy', 'en', 'pt-BR', 'vi', 'ne', 'my'];

const COMBINATIONS = LOCALES.flatMap((locale) =>
  (['normal', 'xlarge'] as const).flatMap((fontScale) => [false, true].map((highContrast) => ({ locale, fontScale, highContrast }))),
);

for (const { locale, fontScale, highContrast } of COMBINATIONS) {
  const name = `${locale}, ${fontScale} text${highContrast ? ', high contrast' : ''}`;
  test(`no axe violations on any screen (${name})`, async ({ page, request }) => {
    await updateSettings(request, { locale, font_scale: fontScale, high_contrast: highContrast });
    await openApp(page);
    if (highContrast) await expect(page.locator('html')).toHaveClass(/\bhc\b/);
    else await expect(page.locator('html')).not.toHaveClass(/\bhc\b/);
    const found: string[] = [];
    for (const screen of SCREENS) {
      await goTo(page, screen);
      const content = BUILT_SCREEN_CONTENT[screen];
      if (content) await expect(page.locator(content).first()).toBeVisible();
      found.push(...(await violations(page, screen, highContrast)));
    }
    // The inbox is a real screen: one message too (the alert in force, instruction first).
    await page.evaluate((id) => {
      location.hash = `#/inbox/${id}`;
    }, LEVEL4_ALERT);
    await expect(page.locator('main[data-screen="inbox-message"] #message')).toBeVisible();
    found.push(...(await violations(page, 'inbox message', highContrast)));
    expect(found, found.join('\n')).toEqual([]);
  });
}

test('no axe violations after a settings change message and a failed or finished update', async ({ page }) => {
  await openApp(page, 'settings');
  await page.locator('#high-contrast').check();
  await expect(page.locator('#display-status')).toHaveText(ftl('ja', 'settings-saved'));
  await page.locator('#sync-now').click();
  await expect(page.locator('#sync-now')).not.toHaveAttribute('aria-disabled', 'true', { timeout: 60_000 });
  expect(await violations(page, 'settings after actions', true)).toEqual([]);
});

test('the page shown without a token is accessible and says what to do', async ({ page }) => {
  await page.goto(`${machiUrl()}/`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'error');
  await expect(page.locator('h1')).toHaveText(ftl('ja', 'start-failed-title'));
  await expect(page.getByRole('alert')).not.toBeEmpty();
  expect(plain(await page.getByRole('alert').textContent())).toBe(ftl('ja', 'error-unauthorized'));
  expect(await violations(page, 'start failed', false)).toEqual([]);
});
