// Settings are the core's, not the page's: what a resident chooses is still there after a reload.

import { NOTIFICATION_CATEGORIES, callApi, expect, ftl, htmlLang, openApp, test } from './support';

test('settings persist across a reload', async ({ page, request }) => {
  await openApp(page, 'settings');

  await page.locator('button[data-locale="pt-BR"]').click();
  await expect(page.locator('h1')).toHaveText(ftl('pt-BR', 'settings-title'));

  await page.getByLabel(ftl('pt-BR', 'font-size-large'), { exact: true }).check();
  await expect(page.locator('#display-status')).toHaveText(ftl('pt-BR', 'settings-saved'));
  await expect(page.locator('html')).toHaveClass(/\bfs-large\b/);

  await page.getByLabel(ftl('pt-BR', 'settings-high-contrast'), { exact: true }).check();
  await expect(page.locator('html')).toHaveClass(/\bhc\b/);

  await page.locator('#second-language').selectOption('es');
  await expect(page.locator('#language-status')).toHaveText(ftl('pt-BR', 'settings-saved'));

  await page.getByLabel(ftl('pt-BR', 'notify-events'), { exact: true }).uncheck();
  await expect(page.locator('#notifications-status')).toHaveText(ftl('pt-BR', 'settings-saved'));

  const areas = page.locator('#home-area option');
  const areaCount = await areas.count();
  let area: string | null = null;
  if (areaCount > 1) {
    area = await areas.nth(1).getAttribute('value');
    await page.locator('#home-area').selectOption(area ?? '');
    await expect(page.locator('#area-status')).toHaveText(ftl('pt-BR', 'settings-saved'));
  }

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('main')).toHaveAttribute('data-screen', 'settings');
  await expect(page.locator('html')).toHaveAttribute('lang', htmlLang('pt-BR'));
  await expect(page.locator('html')).toHaveClass(/\bfs-large\b/);
  await expect(page.locator('html')).toHaveClass(/\bhc\b/);
  await expect(page.locator('h1')).toHaveText(ftl('pt-BR', 'settings-title'));
  await expect(page.locator('button[data-locale="pt-BR"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel(ftl('pt-BR', 'font-size-large'), { exact: true })).toBeChecked();
  await expect(page.getByLabel(ftl('pt-BR', 'settings-high-contrast'), { exact: true })).toBeChecked();
  await expect(page.locator('#second-language')).toHaveValue('es');
  await expect(page.getByLabel(ftl('pt-BR', 'notify-events'), { exact: true })).not.toBeChecked();
  await expect(page.getByLabel(ftl('pt-BR', 'notify-disaster'), { exact: true })).toBeChecked();
  if (area) await expect(page.locator('#home-area')).toHaveValue(area);

  const stored = (await (await callApi(request, 'get_settings')).json()) as {
    locale: string;
    second_locale: string;
    font_scale: string;
    high_contrast: boolean;
    home_area: string | null;
    notifications: Record<string, boolean>;
  };
  expect(stored).toMatchObject({ locale: 'pt-BR', second_locale: 'es', font_scale: 'large', high_contrast: true });
  if (area) expect(stored.home_area).toBe(area);
  for (const category of NOTIFICATION_CATEGORIES) expect(stored.notifications[category]).toBe(category !== 'events');
});

test('a new window opened with the token sees the same settings', async ({ page, request, browser }) => {
  await callApi(request, 'update_settings', { patch: { locale: 'vi', font_scale: 'xlarge' } });
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  const other = await browser.newPage();
  try {
    await openApp(other);
    await expect(other.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(other.locator('html')).toHaveClass(/\bfs-xlarge\b/);
    await expect(other.locator('h1')).toHaveText(ftl('vi', 'home-title'));
  } finally {
    await other.close();
  }
});
