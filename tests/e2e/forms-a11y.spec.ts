// axe-core (WCAG 2.0/2.1/2.2 A and AA) finds nothing on the forms screens in the states a resident gets them into —
// the list with a draft saved, a form with its problems shown and listed, a household form with several people, the
// consent question, the QR codes, the queue while offline, and the signage page — in Japanese, やさしい日本語,
// English, Portuguese and Nepali at extra-large text (and high contrast, 7:1, in Japanese); and at 320 px wide with
// extra-large text none of them scrolls sideways.

import type { Page } from '@playwright/test';
import { api, openForm, openFormsPath, resetForms } from './forms-support';
import { axeViolations, expect, machiToken, machiUrl, openApp, scrollWidth, test, updateSettings } from './support';

test.beforeEach(async ({ request }) => {
  await resetForms(request);
});

test.afterAll(async ({ request }) => {
  await resetForms(request);
});

/** A valid 印鑑登録 draft (so its codes can be shown) and a household of three moving in with one mistake. */
async function saveDrafts(request: Parameters<typeof resetForms>[0]): Promise<void> {
  await api(request, 'form_draft_save', {
    id: 'seal-registration',
    values: {
      request_date: '令和8年11月27日',
      name: '小山 花子',
      kana: 'おやま はなこ',
      birth_date: '平成２年２月２日',
      address: '栃木県小山市中央町1-1-1',
      phone: '0285-22-1111',
      applicant: 'self',
      identity: 'photo-id',
    },
  });
  await api(request, 'form_draft_save', {
    id: 'moving-in',
    values: {
      members: [
        { name: '小山 花子', kana: 'おやま はなこ', birth_date: 'H2.2.2', sex: 'female', relation: 'head' },
        { name: '小山 太郎', kana: 'Taro', birth_date: 'R2.2.30', sex: 'male', relation: 'child' },
        { name: 'Nguyễn Văn An', kana: 'グエン ヴァン アン', birth_date: '1988-07-15' },
      ],
    },
  });
}

/** Every forms screen a resident meets, each checked with `visit` once it is there. */
async function eachFormsScreen(page: Page, visit: (where: string) => Promise<void>): Promise<void> {
  await openApp(page, 'forms');
  await expect(page.locator('#forms-list > li .form-item-draft').first()).toBeVisible();
  await visit('list');

  await openForm(page, 'moving-in');
  await expect(page.locator('.member-row')).toHaveCount(3);
  await page.locator('#form-show-codes').click();
  await expect(page.locator('#form-problems')).toBeFocused();
  await expect(page.locator('.form-field--invalid').first()).toBeVisible();
  await visit('moving-in with problems');

  await openForm(page, 'certificate-request');
  await page.locator('#form-prefill').click();
  await expect(page.locator('#form-prefill-consent')).toBeVisible();
  await visit('consent question');

  await openFormsPath(page, '#/forms/seal-registration/qr');
  await expect(page.locator('#qr-figure img')).toBeVisible();
  await page.locator('.qr-details summary').click();
  await expect(page.locator('#qr-text')).toBeVisible();
  await visit('codes');

  await openFormsPath(page, '#/forms/wait');
  await expect(page.locator('#wait')).toHaveAttribute('data-state', /offline|unknown|stale|current/);
  await visit('queue');
}

for (const locale of ['ja', 'ja-easy', 'en', 'pt-BR', 'ne']) {
  test(`no axe violations on the forms screens (${locale}, extra-large text)`, async ({ page, request }) => {
    await updateSettings(request, { locale, font_scale: 'xlarge' });
    await saveDrafts(request);
    const found: string[] = [];
    await eachFormsScreen(page, async (where) => {
      found.push(...(await axeViolations(page, `${locale} ${where}`, false)));
    });
    expect(found, found.join('\n')).toEqual([]);
  });
}

test('no axe violations on the forms screens in high contrast, which keeps 7:1 (ja, extra-large text)', async ({ page, request }) => {
  await updateSettings(request, { locale: 'ja', font_scale: 'xlarge', high_contrast: true });
  await saveDrafts(request);
  const found: string[] = [];
  await eachFormsScreen(page, async (where) => {
    found.push(...(await axeViolations(page, `hc ${where}`, true)));
  });
  expect(found, found.join('\n')).toEqual([]);
});

test('no axe violations on the signage page', async ({ page }) => {
  await page.goto(`${machiUrl()}/#token=${machiToken()}&kiosk`);
  await expect(page.locator('main')).toHaveAttribute('data-screen', 'kiosk');
  await expect(page.locator('#kiosk-stage .kiosk-slide')).toBeVisible();
  expect(await axeViolations(page, 'kiosk', false)).toEqual([]);
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const locale of ['ja', 'ja-easy', 'en', 'pt-BR', 'ne', 'vi', 'th']) {
    test(`no forms screen scrolls sideways with extra-large text (${locale})`, async ({ page, request }) => {
      await updateSettings(request, { locale, font_scale: 'xlarge' });
      await saveDrafts(request);
      const wide: string[] = [];
      await eachFormsScreen(page, async (where) => {
        const width = await scrollWidth(page);
        if (width > 320) wide.push(`${where}: ${width} px`);
      });
      expect(wide).toEqual([]);
    });
  }
});
