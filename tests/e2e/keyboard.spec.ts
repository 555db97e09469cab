// Keyboard only: the main flows done with Tab, Shift+Tab, Enter, Space and the arrow keys — never a click. After
// every key the focus is somewhere (never dropped on <body>), and every control the keyboard reaches shows a
// focus indicator (an outline or a box shadow, on the control or on the label drawn around it).

import type { Page } from '@playwright/test';
import { LEVEL4_ALERT, callApi, expect, ftl, ftlPlain, openApp, test } from './support';

/** What is wrong with the focus now, or null: on <body>, or on a keyboard-reached control with no indicator. */
function focusProblem(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return 'focus is lost to <body>';
    const html = el as HTMLElement;
    const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${html.className ? `.${String(html.className).replace(/\s+/g, '.')}` : ''}`;
    // A screen's h1 and <main> (tabindex -1) are where focus is put after a move, not controls: they are announced.
    if (html.tabIndex < 0) return null;
    if (!el.matches(':focus-visible')) return `${what} is focused but not :focus-visible`;
    const drawn = [el, el.closest('label'), el.closest('.choice')].filter((e): e is Element => e !== null);
    const shows = drawn.some((e) => {
      const s = getComputedStyle(e);
      return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
    });
    return shows ? null : `${what} has no visible focus indicator`;
  });
}

async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  expect(await focusProblem(page), `after ${key}`).toBeNull();
}

/** Tabs (or Shift+Tabs) until the focused element matches `selector`, checking the focus at every step. */
async function tabTo(page: Page, selector: string, backwards = false, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await press(page, backwards ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} was not reached with ${backwards ? 'Shift+Tab' : 'Tab'} in ${limit} presses`);
}

/** After a route change the new screen's h1 has the focus. */
async function expectOnScreen(page: Page, screen: string): Promise<void> {
  await expect(page.locator('main')).toHaveAttribute('data-screen', screen);
  await expect(page.locator('main h1')).toBeFocused();
}

test('skip link, the inbox and the level-4 alert, and back, by keyboard', async ({ page }) => {
  await openApp(page);
  await press(page, 'Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await expect(page.locator('.skip-link')).toBeInViewport();
  await press(page, 'Enter');
  await expect(page.locator('main')).toBeFocused();

  await tabTo(page, 'main a.tile[href="#/inbox"]');
  await press(page, 'Enter');
  await expectOnScreen(page, 'inbox');
  await tabTo(page, `a.message-link[data-id="${LEVEL4_ALERT}"]`);
  await press(page, 'Enter');
  await expectOnScreen(page, 'inbox-message');
  await expect(page.locator('#message')).toHaveAttribute('data-id', LEVEL4_ALERT);

  // Back: the back link sits before the h1.
  await tabTo(page, 'main a.back-link', true);
  await press(page, 'Enter');
  await expectOnScreen(page, 'inbox');
});

test('waste search by keyboard: type a word, the results are announced and read in order', async ({ page, request }) => {
  const query = 'ペットボトル';
  const response = await callApi(request, 'waste_search', { query, limit: 20 });
  const expected = (await response.json()) as { id: string }[];
  expect(expected.length).toBeGreaterThan(0);

  await openApp(page);
  await tabTo(page, 'main a.tile[href="#/waste"]');
  await press(page, 'Enter');
  await expectOnScreen(page, 'waste');
  await tabTo(page, '#waste-search');
  await page.keyboard.type(query);
  await expect(page.locator('#waste-results')).toHaveAttribute('data-query', query);
  await expect(page.locator('#waste-count')).toHaveText(ftl('ja', 'waste-results-count', { count: expected.length }));
  // A result is not a link: each shows its category, next day and how to put it out in place, in the list that
  // follows the box — so moving on from the box must land on the next control after the list, never on <body>.
  await expect(page.locator('#waste-results > li').first()).toHaveAttribute('data-id', expected[0]?.id ?? '');
  await expect(page.locator('#waste-results > li').first().locator('.waste-item-details')).toBeVisible();
  await press(page, 'Tab');
  const after = await page.evaluate(() => {
    const list = document.getElementById('waste-results');
    const el = document.activeElement;
    return list && el ? Boolean(list.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) : false;
  });
  expect(after, 'Tab from the search box moves past the results').toBe(true);
});

test('places by keyboard: pick shelters, open one', async ({ page }) => {
  await openApp(page);
  await tabTo(page, 'main a.tile[href="#/places"]');
  await press(page, 'Enter');
  await expectOnScreen(page, 'places');
  await tabTo(page, 'button[data-kind="shelter"]');
  await press(page, 'Space');
  await expect(page.locator('button[data-kind="shelter"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('button[data-kind="shelter"]')).toBeFocused();
  const first = page.locator('#places-list > li a').first();
  await expect(first).toBeVisible();
  const href = await first.getAttribute('href');
  expect(href).toBeTruthy();
  await tabTo(page, '#places-list > li a');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
  await press(page, 'Enter');
  await expect(page).toHaveURL(new RegExp(`${(href ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.locator('main h1')).toBeFocused();
  expect(await focusProblem(page)).toBeNull();
});

test('settings by keyboard: large type, another language and back', async ({ page }) => {
  await openApp(page);
  // The navigation's settings link (at large text it is an icon link, named in the resident's language).
  await tabTo(page, 'nav a[href="#/settings"]');
  await expect(page.getByRole('link', { name: ftlPlain('ja', 'nav-settings'), exact: true })).toBeFocused();
  await press(page, 'Enter');
  await expectOnScreen(page, 'settings');

  // Text size: a radio group, moved through with the arrow keys.
  await tabTo(page, 'input[name="font-scale"]');
  await expect(page.locator('#font-scale-normal')).toBeFocused();
  await press(page, 'ArrowDown');
  await expect(page.locator('#font-scale-large')).toBeChecked();
  await expect(page.locator('#font-scale-large')).toBeFocused();
  await expect(page.locator('html')).toHaveClass(/\bfs-large\b/);
  await expect(page.locator('#display-status')).toHaveText(ftl('ja', 'settings-saved'));

  // Language: buttons; the screen is rebuilt in Portuguese with the focus kept on the same button.
  await tabTo(page, 'button.lang-option[data-locale="pt-BR"]', true);
  await press(page, 'Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await expect(page.locator('button.lang-option[data-locale="pt-BR"]')).toBeFocused();
  await expect(page.locator('button.lang-option[data-locale="pt-BR"]')).toHaveAttribute('aria-pressed', 'true');
  expect(await focusProblem(page)).toBeNull();
  await expect(page.locator('main h1')).toHaveText(ftl('pt-BR', 'settings-title'));

  // And back to Japanese, with Space this time; the large text stayed.
  await tabTo(page, 'button.lang-option[data-locale="ja"]', true);
  await press(page, 'Space');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('button.lang-option[data-locale="ja"]')).toBeFocused();
  expect(await focusProblem(page)).toBeNull();
  await expect(page.locator('html')).toHaveClass(/\bfs-large\b/);

  // Standard text again.
  await tabTo(page, '#font-scale-large');
  await press(page, 'ArrowUp');
  await expect(page.locator('#font-scale-normal')).toBeChecked();
  await expect(page.locator('html')).not.toHaveClass(/\bfs-large\b/);
});
