// Every screen opens, has one h1 and the strings from the .ftl files, without a console error; the tiles and the
// navigation reach them the way a resident would (the inbox and waste are real screens, the features not built
// yet say "coming soon"); "Update now" reports back in a live region.

import { COMING_SOON, FEATURES, READY_SELECTOR, SCREENS, expect, ftl, goTo, openApp, screenTitleId, test } from './support';

test('every screen opens with one h1, a title and no console errors', async ({ page, consoleErrors }) => {
  await openApp(page);
  for (const screen of SCREENS) {
    await goTo(page, screen);
    const h1 = page.locator('h1');
    await expect(h1).toHaveCount(1);
    await expect(h1).toHaveText(ftl('ja', screenTitleId(screen)));
    await expect(page).toHaveTitle(ftl('ja', 'page-title', { screen: ftl('ja', screenTitleId(screen)), app: ftl('ja', 'app-name') }));
    await expect(page.locator('header')).toHaveCount(1);
    await expect(page.locator('nav')).toHaveCount(1);
    await expect(page.locator('main')).toHaveCount(1);
  }
  expect(consoleErrors).toEqual([]);
});

test('home shows the app and city name and a tile per feature', async ({ page, consoleErrors }) => {
  await openApp(page);
  await expect(page.locator('.brand-app')).toHaveText(ftl('ja', 'app-name'));
  await expect(page.locator('.brand-city')).not.toBeEmpty();
  const tiles = page.locator('main .tile');
  await expect(tiles).toHaveCount(FEATURES.length);
  for (const feature of FEATURES) {
    const tile = page.getByRole('link', { name: new RegExp(`^${ftl('ja', `feature-${feature}`).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
    await expect(tile).toBeVisible();
    const box = await tile.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(48);
  }
  await expect(page.locator('[data-easy-japanese="enter"]')).toHaveText(ftl('ja', 'easy-japanese-switch'));
  expect(consoleErrors).toEqual([]);
});

test('each tile opens its screen, the built ones their content and the others "coming soon", and the back link returns home', async ({ page, consoleErrors }) => {
  await openApp(page);
  for (const feature of FEATURES) {
    await page.locator(`main a.tile[href="#/${feature}"]`).click();
    await expect(page.locator('main')).toHaveAttribute('data-screen', feature);
    await expect(page.locator('h1')).toHaveText(ftl('ja', screenTitleId(feature)));
    await expect(page.locator('h1')).toBeFocused();
    const comingSoon = page.getByRole('heading', { level: 2, name: ftl('ja', 'coming-soon-title') });
    if (COMING_SOON.includes(feature)) {
      await expect(comingSoon).toBeVisible();
      await expect(page.getByText(ftl('ja', 'coming-soon-body'))).toBeVisible();
    } else {
      await expect(comingSoon).toHaveCount(0);
      await expect(page.getByText(ftl('ja', 'coming-soon-body'))).toHaveCount(0);
      await expect(page.locator(READY_SELECTOR[feature] ?? 'none').first()).toBeVisible();
    }
    await page.getByRole('link', { name: ftl('ja', 'back-to-home') }).click();
    await expect(page.locator('main')).toHaveAttribute('data-screen', 'home');
  }
  expect(consoleErrors).toEqual([]);
});

test('the navigation marks the current page and reaches settings', async ({ page }) => {
  await openApp(page);
  const nav = page.getByRole('navigation', { name: ftl('ja', 'nav-main') });
  await expect(nav.getByRole('link', { name: ftl('ja', 'nav-home') })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: ftl('ja', 'nav-settings') }).click();
  await expect(page.locator('main')).toHaveAttribute('data-screen', 'settings');
  await expect(nav.getByRole('link', { name: ftl('ja', 'nav-settings') })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: ftl('ja', 'nav-home') })).not.toHaveAttribute('aria-current', 'page');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: ftl('ja', 'skip-to-content') });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page.locator('main')).toHaveAttribute('data-screen', 'home');
});

test('an unknown route says the page does not exist', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    location.hash = '#/no-such-screen';
  });
  await expect(page.locator('h1')).toHaveText(ftl('ja', 'not-found-title'));
});

test('the token leaves the address bar', async ({ page }) => {
  await openApp(page);
  expect(page.url()).not.toContain('token=');
});

test('"Update now" shows a busy state, then a result in the live region', async ({ page }) => {
  await openApp(page, 'settings');
  const button = page.locator('#sync-now');
  await expect(button).toHaveText(ftl('ja', 'data-update-now'));
  const status = page.locator('#sync-status');
  await expect(status).toHaveAttribute('role', 'status');
  await button.click();
  // Whatever the network does, the resident is told the outcome and can try again.
  await expect(button).not.toHaveAttribute('aria-disabled', 'true', { timeout: 60_000 });
  await expect(button).toHaveText(ftl('ja', 'data-update-now'));
  await expect(status).not.toBeEmpty();
  await expect(status).not.toHaveText(ftl('ja', 'data-updating'));
  await expect(button).toBeFocused();
});
