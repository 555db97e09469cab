// axe-core (WCAG 2.0–2.2 A/AA) finds nothing on the health screens in the states a resident gets them into — the
// progress view with a history, a saved entry, a field error and a refused code shown, the delete confirmation, the
// counter code, how to earn, the profiles with a detail refused — in Japanese, やさしい日本語 and Tagalog, at standard
// and extra-large text (and 7:1 in high contrast); at 320 px with extra-large text nothing scrolls sideways. On the
// shared e2e backend (the embedded Oyama bundle at the sample "now").

import type { Page } from '@playwright/test';
import { axeViolations, callApi, expect, ftl, openApp, scrollWidth, test, updateSettings } from './support';

const HEALTH_SCREENS = ['#/health', '#/health/counter', '#/health/rules', '#/health/profiles'] as const;

test.beforeAll(async ({ request }) => {
  // Something in the history: a few days of steps and a check-up.
  for (const [date, steps] of [
    ['2026-11-20', 9_200],
    ['2026-11-21', 10_400],
    ['2026-11-22', 3_100],
  ] as const) {
    const r = await callApi(request, 'points_steps', { date, steps });
    expect(r.status(), await r.text()).toBe(200);
  }
  const r = await callApi(request, 'points_checkup', { kind: 'stomach_cancer', date: '2026-09-10' });
  expect(r.status(), await r.text()).toBe(200);
});

async function openHealth(page: Page, hash: (typeof HEALTH_SCREENS)[number]): Promise<void> {
  await openApp(page);
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await expect(page.locator('main')).toHaveAttribute('data-screen', hash === '#/health' ? 'health' : 'health-detail');
  await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true');
}

/** The refusal and error lines are the browser's log of an HTTP 422, not the app's. */
function appErrors(consoleErrors: string[]): string[] {
  return consoleErrors.filter((e) => !/the server responded with a status of 422/.test(e));
}

for (const locale of ['ja', 'ja-easy', 'tl']) {
  for (const fontScale of ['normal', 'xlarge'] as const) {
    test(`no axe violations on the health screens (${locale}, ${fontScale} text)`, async ({ page, request, consoleErrors }) => {
      await updateSettings(request, { locale, font_scale: fontScale });
      const found: string[] = [];

      await openHealth(page, '#/health');
      await expect(page.locator('#health-history > li').first()).toBeVisible();
      found.push(...(await axeViolations(page, 'progress', false)));

      // A saved entry, a field error and a refused code, each in its live region.
      await page.locator('#health-steps-count').fill('7000');
      await page.locator('#health-steps-form button[type="submit"]').click();
      await expect(page.locator('#health-steps-status')).toHaveClass(/status--ok/);
      await page.locator('#health-steps-count').fill('x');
      await page.locator('#health-steps-form button[type="submit"]').click();
      await expect(page.locator('#health-steps-count-error')).toHaveText(ftl(locale, 'health-error-steps-number'));
      await page.locator('#health-checkin-code').fill('MACHI-EVENT1.not-a-code');
      await page.locator('#health-checkin-form button[type="submit"]').click();
      await expect(page.locator('#health-checkin-status')).toHaveText(
        ftl(locale, 'health-refused', { message: ftl(locale, 'error-checkin-malformed') }),
      );
      found.push(...(await axeViolations(page, 'progress, entry saved, field error, code refused', false)));

      await page.locator('#health-delete-all').click();
      await expect(page.locator('#health-delete-confirm-heading')).toBeFocused();
      found.push(...(await axeViolations(page, 'delete confirmation', false)));
      await page.locator('#health-delete-no').click();

      for (const hash of ['#/health/counter', '#/health/rules'] as const) {
        await openHealth(page, hash);
        found.push(...(await axeViolations(page, hash, false)));
      }

      await openHealth(page, '#/health/profiles');
      await page.locator('#health-details-postal-code').fill('3238');
      await page.locator('#health-details-form button[type="submit"]').click();
      await expect(page.locator('#health-details-postal-code')).toHaveAttribute('aria-invalid', 'true');
      await page.locator('#health-profile-new').fill('');
      await page.locator('#health-profile-add-form button[type="submit"]').click();
      await expect(page.locator('#health-profile-new-error')).toHaveText(ftl(locale, 'health-error-name-required'));
      found.push(...(await axeViolations(page, 'profiles with errors', false)));

      expect(found, found.join('\n')).toEqual([]);
      expect(appErrors(consoleErrors)).toEqual([]);
    });
  }
}

test('high contrast keeps 7:1 on every health screen', async ({ page, request }) => {
  await updateSettings(request, { locale: 'ja', font_scale: 'xlarge', high_contrast: true });
  const found: string[] = [];
  for (const hash of HEALTH_SCREENS) {
    await openHealth(page, hash);
    found.push(...(await axeViolations(page, `${hash}, high contrast`, true)));
  }
  expect(found, found.join('\n')).toEqual([]);
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const locale of ['ja', 'ja-easy', 'tl', 'vi', 'th']) {
    test(`the health screens reflow with extra-large text (${locale})`, async ({ page, request }) => {
      await updateSettings(request, { locale, font_scale: 'xlarge' });
      for (const hash of HEALTH_SCREENS) {
        await openHealth(page, hash);
        expect(await scrollWidth(page), `${hash} is wider than 320 px`).toBeLessThanOrEqual(320);
      }
      // The largest elements at 200 % text: the balance, and the counter code, which must still fit.
      await openHealth(page, '#/health/counter');
      const box = await page.locator('img.health-counter-qr').boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
    });
  }
});

test('targets are at least 44 px tall with large text', async ({ page, request }) => {
  await updateSettings(request, { locale: 'ja', font_scale: 'large' });
  await openHealth(page, '#/health');
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('main button, main a.button, main select, main input:not(.health-file-input), main textarea, main summary, main label.health-file-button')]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => ({ what: el.outerHTML.slice(0, 80), height: el.getBoundingClientRect().height }))
      .filter((t) => t.height < 44),
  );
  expect(small).toEqual([]);
});
