// Furigana (ruby): on by default in やさしい日本語, switched off or on in Settings and remembered; readings sit
// above their kanji in `<ruby>`, while the window title, attributes and the API's plain outputs carry bases only.

import { expect, ftl, ftlMarked, ftlPlain, getSettings, inboxList, inboxShow, openApp, test, updateSettings } from './support';

const TYPHOON = '2026-10-typhoon-shelters';

test('やさしい日本語 shows readings above kanji, and one switch in Settings turns them off and back on', async ({
  page,
  request,
  consoleErrors,
}) => {
  await updateSettings(request, { locale: 'ja-easy', furigana: null });
  await openApp(page, 'settings');

  const label = page.locator('label[for="furigana"]');
  expect(ftlMarked('ja-easy', 'settings-furigana')).toContain('《');
  await expect(page.locator('#furigana')).toBeChecked();
  await expect(label.locator('ruby')).toHaveCount(1);
  await expect(label.locator('ruby rt')).toHaveText('かんじ');
  await expect(label).toHaveText(ftl('ja-easy', 'settings-furigana'));
  await expect(page).toHaveTitle(ftlPlain('ja-easy', 'page-title', { screen: ftlPlain('ja-easy', 'settings-title'), app: ftlPlain('ja-easy', 'app-name') }));
  expect(await page.title()).not.toMatch(/[｜《》]/u);

  // The reading really is laid out above its base, not beside it.
  const base = await label.locator('ruby').boundingBox();
  const reading = await label.locator('ruby rt').boundingBox();
  expect(base && reading && reading.y + reading.height <= base.y + base.height / 2).toBeTruthy();

  await page.locator('#furigana').click();
  await expect(page.locator('#furigana')).toBeFocused();
  await expect(page.locator('#furigana')).not.toBeChecked();
  await expect(page.locator('main ruby')).toHaveCount(0);
  await expect(label).toHaveText(ftlPlain('ja-easy', 'settings-furigana'));
  await expect(page.locator('#display-status')).toHaveText(ftlPlain('ja-easy', 'settings-saved'));
  expect((await getSettings(request)).furigana).toBe(false);

  // Remembered across a restart of the UI, and the content follows too.
  await openApp(page);
  await page.evaluate((id) => (location.hash = `#/inbox/${id}`), TYPHOON);
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('main ruby')).toHaveCount(0);
  await expect(page.locator('main')).not.toContainText('《');

  await openApp(page, 'settings');
  await page.locator('#furigana').click();
  await expect(page.locator('#furigana')).toBeChecked();
  expect((await getSettings(request)).furigana).toBe(true);
  await page.evaluate((id) => (location.hash = `#/inbox/${id}`), TYPHOON);
  const headline = page.locator('main h1');
  await expect(headline.locator('ruby')).toHaveCount(2);
  await expect(headline.locator('rt')).toHaveText(['たいふう', 'ひなんじょ']);
  await expect(page.locator('main')).not.toContainText('《');
  expect(await page.title()).not.toMatch(/[｜《》]/u);
  expect(consoleErrors).toEqual([]);
});

test('furigana can be switched on in Japanese too, and is off there by default', async ({ page, request }) => {
  await updateSettings(request, { locale: 'ja', furigana: null });
  await openApp(page, 'settings');
  await expect(page.locator('#furigana')).not.toBeChecked();
  await page.locator('#furigana').click();
  await expect(page.locator('#furigana')).toBeChecked();
  await expect(page.locator('html')).toHaveClass(/\bfurigana\b/);
  await updateSettings(request, { furigana: null });
});

test('the API gives content with its markup to the UI, and search finds it by kanji or reading', async ({
  request,
}) => {
  await updateSettings(request, { locale: 'ja-easy', furigana: null });
  const view = await inboxShow(request, TYPHOON);
  expect(view.entry.headline).toContain('避難所《ひなんじょ》');
  // Found by its reading as well as by its kanji.
  for (const words of ['ひなんじょ', '避難所']) {
    const found = await inboxList(request, { text: words, all: true });
    expect(found.entries.map((e) => e.id)).toContain(TYPHOON);
  }
  await updateSettings(request, { locale: 'ja' });
});
