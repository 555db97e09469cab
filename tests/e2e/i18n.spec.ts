// Switching language changes what the resident reads, everywhere, to exactly the .ftl text; やさしい日本語 is one
// button away whatever the language, and the same button leads back.

import { LEVEL4_ALERT, callApi, expect, ftl, ftlPlain, goTo, htmlLang, openApp, test, updateSettings } from './support';

const SEQUENCE = ['pt-BR', 'vi', 'ne', 'ja-easy', 'ja'] as const;

test('language switch from Settings: pt-BR, vi, ne, ja-easy and back to ja', async ({ page, consoleErrors }) => {
  await openApp(page, 'settings');
  let previous = 'ja';
  for (const tag of SEQUENCE) {
    await page.locator(`button[data-locale="${tag}"]`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', htmlLang(tag));
    await expect(page.locator('h1')).toHaveText(ftl(tag, 'settings-title'));
    expect(ftl(tag, 'settings-title')).not.toBe(ftl(previous, 'settings-title'));
    await expect(page.locator(`button[data-locale="${tag}"]`)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator(`button[data-locale="${tag}"]`)).toBeFocused();
    await expect(page.locator('#language-status')).toHaveText(ftl(tag, 'settings-saved'));
    const nav = page.getByRole('navigation', { name: ftl(tag, 'nav-main') });
    await expect(nav.getByRole('link', { name: ftl(tag, 'nav-home') })).toBeVisible();
    await expect(page.locator('.skip-link')).toHaveText(ftl(tag, 'skip-to-content'));
    await expect(page.locator('#sync-now')).toHaveText(ftl(tag, 'data-update-now'));
    await expect(page.locator('label[for="high-contrast"]')).toHaveText(ftl(tag, 'settings-high-contrast'));

    await goTo(page, 'home');
    await expect(page.locator('h1')).toHaveText(ftl(tag, 'home-title'));
    await expect(page.locator('a.tile[href="#/waste"] .tile-title')).toHaveText(ftl(tag, 'feature-waste'));
    await expect(page.locator('a.tile[href="#/places"] .tile-desc')).toHaveText(ftl(tag, 'feature-places-desc'));
    await expect(page).toHaveTitle(ftlPlain(tag, 'page-title', { screen: ftlPlain(tag, 'home-title'), app: ftlPlain(tag, 'app-name') }));
    await goTo(page, 'bus');
    await expect(page.locator('h1')).toHaveText(ftl(tag, 'feature-bus'));
    await expect(page.locator('label[for="bus-stop-search"]')).toHaveText(ftl(tag, 'bus-search-label'));
    await goTo(page, 'settings');
    previous = tag;
  }
  expect(consoleErrors).toEqual([]);
});

test('the やさしい にほんご button works from any language and leads back to it', async ({ page }) => {
  await openApp(page, 'settings');
  await page.locator('button[data-locale="pt-BR"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await goTo(page, 'home');

  const enter = page.locator('[data-easy-japanese="enter"]');
  await expect(enter).toHaveText(ftl('pt-BR', 'easy-japanese-switch'));
  await expect(enter).toHaveAttribute('lang', 'ja');
  await enter.click();
  await expect(page.locator('h1')).toHaveText(ftl('ja-easy', 'home-title'));
  await expect(page.locator('a.tile[href="#/waste"] .tile-title')).toHaveText(ftl('ja-easy', 'feature-waste'));

  // The way back is written in the language the resident came from.
  const leave = page.locator('[data-easy-japanese="leave"]');
  await expect(leave).toBeFocused();
  await expect(leave).toHaveAttribute('lang', 'pt-BR');
  await expect(leave).toHaveText(ftl('pt-BR', 'easy-japanese-leave', { language: ftl('pt-BR', 'locale-name') }));
  await leave.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await expect(page.locator('h1')).toHaveText(ftl('pt-BR', 'home-title'));
});

test('the city name comes from the core in the chosen language', async ({ page }) => {
  await openApp(page);
  const city = page.locator('.brand-city');
  await expect(city).not.toBeEmpty();
  await expect(page.locator('.lead')).toContainText((await city.textContent()) ?? '');
});

test('dates in the city data section are formatted for the resident\'s language', async ({ page, request }) => {
  const info = (await (await callApi(request, 'app_info')).json()) as { bundle: { generated_at: string } };
  for (const tag of ['en', 'ja']) {
    await updateSettings(request, { locale: tag });
    await openApp(page, 'settings');
    const expected = await page.evaluate(
      ([iso, locale]) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso)),
      [info.bundle.generated_at, tag] as const,
    );
    const row = page.locator('#bundle-facts .fact').filter({ hasText: ftl(tag, 'data-generated') });
    await expect(row.locator('dd')).toHaveText(expected);
  }
});

test('an unreachable feed is told calmly, with the built-in content\'s date, in the resident\'s language', async ({ page, request }) => {
  // global-setup points machi web at a feed address where nothing listens.
  await callApi(request, 'sync_now');
  const info = (await (await callApi(request, 'app_info')).json()) as {
    bundle: { generated_at: string; feed_status: string; source: string };
  };
  expect(info.bundle.feed_status).toBe('unreachable');
  expect(info.bundle.source).toBe('embedded');
  for (const tag of ['ja', 'pt-BR']) {
    await updateSettings(request, { locale: tag });
    await openApp(page, 'settings');
    const date = await page.evaluate(
      ([iso, locale]) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso)),
      [info.bundle.generated_at, tag] as const,
    );
    await expect(page.locator('#offline-note')).toHaveText(ftl(tag, 'data-offline-built-in', { date }));
    // Not an error the resident must act on: no error row.
    await expect(page.locator('#bundle-facts .fact--error')).toHaveCount(0);
  }
});

test.describe('on a device set to another time zone', () => {
  // A resident's laptop still on Brazilian time: the evacuation order went out at 19:30 in Oyama, not at 7:30.
  test.use({ timezoneId: 'America/Sao_Paulo' });

  test('times are read on the city\'s clock', async ({ page, request }) => {
    await updateSettings(request, { locale: 'en' });
    await openApp(page);
    await page.evaluate((id) => (location.hash = `#/inbox/${id}`), LEVEL4_ALERT);
    const sent = page.locator(`time[datetime="2026-11-27T19:30:00+09:00"]`).first();
    await expect(sent).toHaveText(/November 27, 2026.*7:30\s?PM/);
    expect(await page.evaluate(() => new Date('2026-11-27T19:30:00+09:00').getHours())).toBe(7);
  });
});
