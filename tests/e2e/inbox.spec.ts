// The inbox against the sample data at MACHI_NOW = 2026-11-27 20:00 (global-setup.ts), when the 思川 level-4
// evacuation order is in force: the list in the core's order with the alert on top, unread marked in three ways,
// category/words/"show all" filters with the count announced, paging, pin and read/unread (checked in the core
// through the API), the unread badge and the alerts-in-force section on Home, and one message in full — what to
// do first, dates in the resident's language, which language is shown and the original at a button.

import type { Locator, Page } from '@playwright/test';
import {
  LEVEL3_ALERT,
  LEVEL4_ALERT,
  expect,
  FEATURES,
  ftl,
  goTo,
  htmlLang,
  inboxList,
  inboxShow,
  inboxSummary,
  openApp,
  resetInbox,
  test,
  updateSettings,
  type InboxEntry,
} from './support';

const STORK_EVENT = '2026-11-stork-watching';
const FRAUD_CALLS = '2026-11-fraud-calls';
const BUS_TIMETABLE = '2026-11-bus-timetable';
/** Entries per page in the UI. */
const PAGE_SIZE = 10;

test.beforeEach(async ({ request }) => {
  await resetInbox(request);
});

function items(page: Page): Locator {
  return page.locator('#inbox-list > li');
}

function itemFor(page: Page, id: string): Locator {
  return page.locator(`#inbox-list > li[data-id="${id}"]`);
}

function categoryLabel(entry: InboxEntry): string {
  return `notify-${entry.category.replace('_', '-')}`;
}

/** The page's own Intl, in `locale`, exactly as the app formats dates. */
function formatted(page: Page, iso: string, locale: string): Promise<string> {
  return page.evaluate(
    ([when, tag]) => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(when)),
    [iso, locale] as const,
  );
}

async function openMessage(page: Page, id: string): Promise<void> {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, `#/inbox/${encodeURIComponent(id)}`);
  await expect(page.locator('main[data-screen="inbox-message"] #message')).toHaveAttribute('data-id', id);
}

test('the list in the core\'s order: the level-4 alert in force on top, then newest first', async ({ page, request, consoleErrors }) => {
  const api = await inboxList(request, { limit: PAGE_SIZE });
  const top = api.entries[0];
  expect(top?.id).toBe(LEVEL4_ALERT);
  expect(top?.in_force).toBe(true);
  const rest = api.entries.filter((e) => !e.in_force).map((e) => Date.parse(e.sent));
  expect(rest).toEqual([...rest].sort((a, b) => b - a));

  await openApp(page, 'inbox');
  await expect(page.locator('h1')).toHaveText(ftl('ja', 'inbox-title'));
  await expect(items(page)).toHaveCount(api.entries.length);
  // The UI never reorders: the same ids in the same order as the core's page.
  expect(await items(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-id')))).toEqual(api.entries.map((e) => e.id));

  const count = page.locator('#inbox-count');
  await expect(count).toHaveAttribute('role', 'status');
  await expect(count).toHaveText(ftl('ja', 'inbox-count', { count: api.total }));

  const first = items(page).first();
  await expect(first).toHaveClass(/\bis-in-force\b/);
  await expect(first.locator('.badge--in-force')).toHaveText(ftl('ja', 'inbox-in-force'));
  await expect(first.locator('.badge--severity-extreme')).toHaveText(ftl('ja', 'inbox-severity-extreme'));

  for (const entry of api.entries) {
    const item = itemFor(page, entry.id);
    // The category in words next to its icon and colour; the headline in the language the core says it is in.
    await expect(item.locator('.category')).toHaveText(ftl('ja', categoryLabel(entry)));
    const headline = item.locator('.message-headline-text');
    await expect(headline).toHaveText(entry.headline);
    await expect(headline).toHaveAttribute('lang', htmlLang(entry.locale));
    await expect(headline).toHaveAttribute('dir', 'auto');
    await expect(item.locator('time')).toHaveAttribute('datetime', entry.sent);
    if (entry.status !== 'active') await expect(item.locator(`.badge--status-${entry.status}`)).toHaveText(ftl('ja', `inbox-status-${entry.status}`));
    // Unread three ways: a dot, bold text and a word for screen readers.
    expect(entry.read).toBe(false);
    await expect(item).toHaveClass(/\bis-unread\b/);
    await expect(item.getByRole('link')).toHaveAccessibleName(`${ftl('ja', 'inbox-unread')} ${entry.headline}`);
    expect(await item.locator('.message-headline').evaluate((el) => getComputedStyle(el).fontWeight)).toBe('700');
    expect(await item.locator('.unread-dot').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  }
  expect(consoleErrors).toEqual([]);
});

test('category filter, search with the count announced politely, "show all" and "more"', async ({ page, request, consoleErrors }) => {
  await openApp(page, 'inbox');
  const count = page.locator('#inbox-count');

  const events = await inboxList(request, { category: 'events' });
  expect(events.total).toBeGreaterThan(0);
  await page.getByLabel(ftl('ja', 'inbox-category-label'), { exact: true }).selectOption('events');
  await expect(count).toHaveText(ftl('ja', 'inbox-count', { count: events.total }));
  await expect(items(page)).toHaveCount(events.entries.length);
  for (const category of await items(page).locator('.category').allTextContents()) expect(category).toBe(ftl('ja', 'notify-events'));
  await page.getByLabel(ftl('ja', 'inbox-category-label'), { exact: true }).selectOption('');

  const search = page.getByRole('searchbox', { name: ftl('ja', 'inbox-search-label') });
  await search.fill('コウノトリ');
  await expect(count).toHaveText(ftl('ja', 'inbox-count', { count: 1 }));
  await expect(items(page)).toHaveCount(1);
  await expect(items(page).first()).toHaveAttribute('data-id', STORK_EVENT);
  expect((await inboxList(request, { text: 'コウノトリ' })).entries.map((e) => e.id)).toEqual([STORK_EVENT]);
  // The search landmark holds the filters.
  await expect(page.getByRole('search', { name: ftl('ja', 'inbox-filters') })).toBeVisible();

  await search.fill('みつからないことば');
  await expect(count).toHaveText(ftl('ja', 'inbox-no-results'));
  await expect(items(page)).toHaveCount(0);
  await search.fill('');
  const main = await inboxList(request);
  await expect(count).toHaveText(ftl('ja', 'inbox-count', { count: main.total }));

  // "Show all" adds what is expired, replaced or withdrawn, a page at a time.
  const all = await inboxList(request, { all: true, limit: 500 });
  expect(all.total).toBeGreaterThan(main.total);
  await page.getByLabel(ftl('ja', 'inbox-show-all')).check();
  await expect(count).toHaveText(ftl('ja', 'inbox-count', { count: all.total }));
  await expect(items(page)).toHaveCount(Math.min(all.total, PAGE_SIZE));
  const more = page.locator('#inbox-more');
  if (all.total > PAGE_SIZE) {
    await expect(more).toHaveText(ftl('ja', 'inbox-more', { count: all.total - PAGE_SIZE }));
    await more.click();
    await expect(items(page)).toHaveCount(Math.min(all.total, 2 * PAGE_SIZE));
    // Keyboard users carry on at the first new entry.
    await expect(items(page).nth(PAGE_SIZE).getByRole('link')).toBeFocused();
  }
  if (all.total <= 2 * PAGE_SIZE) await expect(more).toBeHidden();
  expect(await items(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-id')))).toEqual(
    all.entries.slice(0, 2 * PAGE_SIZE).map((e) => e.id),
  );
  for (const entry of all.entries.filter((e) => e.status !== 'active').slice(0, 2 * PAGE_SIZE)) {
    await expect(itemFor(page, entry.id).locator(`.badge--status-${entry.status}`)).toHaveText(ftl('ja', `inbox-status-${entry.status}`));
  }
  expect(all.entries.some((e) => e.status === 'expired')).toBe(true);
  expect(consoleErrors).toEqual([]);
});

test('pin and read/unread buttons change the message, on screen and in the core', async ({ page, request, consoleErrors }) => {
  const entry = (await inboxList(request)).entries.find((e) => e.id === FRAUD_CALLS);
  if (!entry) throw new Error(`${FRAUD_CALLS} is not in the inbox`);
  await openApp(page, 'inbox');
  const item = itemFor(page, FRAUD_CALLS);
  const status = page.locator('#inbox-action-status');
  const stored = async (): Promise<InboxEntry | undefined> =>
    (await inboxList(request, { all: true, limit: 500 })).entries.find((e) => e.id === FRAUD_CALLS);

  // Each button is named in the resident's language, with the headline it acts on.
  const pin = item.getByRole('button', { name: `${ftl('ja', 'inbox-pin')} ${entry.headline}` });
  await expect(pin).toHaveAttribute('aria-pressed', 'false');
  await pin.click();
  await expect(pin).toHaveAttribute('aria-pressed', 'true');
  await expect(item.locator('.badge--pinned')).toHaveText(ftl('ja', 'inbox-pinned'));
  await expect(status).toHaveText(ftl('ja', 'inbox-pin-done'));
  expect((await stored())?.pinned).toBe(true);
  expect((await inboxList(request, { pinned: true })).entries.map((e) => e.id)).toEqual([FRAUD_CALLS]);

  await item.getByRole('button', { name: `${ftl('ja', 'inbox-mark-read')} ${entry.headline}` }).click();
  await expect(item).not.toHaveClass(/\bis-unread\b/);
  await expect(item.getByRole('link')).toHaveAccessibleName(entry.headline);
  await expect(status).toHaveText(ftl('ja', 'inbox-marked-read'));
  expect((await stored())?.read).toBe(true);

  // After a reload the core still says so.
  await openApp(page, 'inbox');
  await expect(itemFor(page, FRAUD_CALLS)).not.toHaveClass(/\bis-unread\b/);
  const pinAgain = itemFor(page, FRAUD_CALLS).getByRole('button', { name: `${ftl('ja', 'inbox-pin')} ${entry.headline}` });
  await expect(pinAgain).toHaveAttribute('aria-pressed', 'true');

  await itemFor(page, FRAUD_CALLS).getByRole('button', { name: `${ftl('ja', 'inbox-mark-unread')} ${entry.headline}` }).click();
  await expect(itemFor(page, FRAUD_CALLS)).toHaveClass(/\bis-unread\b/);
  await expect(status).toHaveText(ftl('ja', 'inbox-marked-unread'));
  expect((await stored())?.read).toBe(false);
  await itemFor(page, FRAUD_CALLS).getByRole('button', { name: `${ftl('ja', 'inbox-pin')} ${entry.headline}` }).click();
  await expect(status).toHaveText(ftl('ja', 'inbox-unpin-done'));
  expect((await stored())?.pinned).toBe(false);
  await expect(itemFor(page, FRAUD_CALLS).locator('.badge--pinned')).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('the home tile shows the unread count, and it drops after a message is read', async ({ page, request, consoleErrors }) => {
  const before = await inboxSummary(request);
  expect(before.unread).toBeGreaterThan(1);
  await openApp(page);
  const tile = page.locator('main a.tile[href="#/inbox"]');
  await expect(tile.locator('.tile-badge')).toHaveAttribute('data-unread', String(before.unread));
  await expect(tile.locator('.tile-badge [aria-hidden="true"]')).toHaveText(String(before.unread));
  const badge = ftl('ja', 'inbox-unread-badge', { count: before.unread });
  await expect(tile).toHaveAccessibleName(`${ftl('ja', 'feature-inbox')} ${ftl('ja', 'feature-inbox-desc')} ${badge}`);

  await tile.click();
  await expect(page.locator('main')).toHaveAttribute('data-screen', 'inbox');
  const headline = (await inboxList(request)).entries.find((e) => e.id === BUS_TIMETABLE)?.headline ?? '';
  await itemFor(page, BUS_TIMETABLE).getByRole('link').click();
  await expect(page.locator('main')).toHaveAttribute('data-screen', 'inbox-message');
  await expect(page.locator('h1')).toHaveText(headline);
  await expect(page.locator('h1')).toBeFocused();
  await page.getByRole('link', { name: ftl('ja', 'inbox-back') }).click();
  await expect(page.locator('main')).toHaveAttribute('data-screen', 'inbox');
  await expect(itemFor(page, BUS_TIMETABLE)).not.toHaveClass(/\bis-unread\b/);

  const after = await inboxSummary(request);
  expect(after.unread).toBe(before.unread - 1);
  await goTo(page, 'home');
  await expect(tile.locator('.tile-badge')).toHaveAttribute('data-unread', String(after.unread));
  await expect(tile).toHaveAccessibleName(new RegExp(`${ftl('ja', 'inbox-unread-badge', { count: after.unread })}$`));
  expect(consoleErrors).toEqual([]);
});

test('Home puts the alert in force above the tiles, as an emergency, shelters beside it', async ({ page, request, consoleErrors }) => {
  const summary = await inboxSummary(request);
  expect(summary.in_force.map((e) => e.id)).toContain(LEVEL4_ALERT);
  expect(summary.disaster_mode).toBe(true);
  const alert = summary.in_force.find((e) => e.id === LEVEL4_ALERT);

  await openApp(page);
  const section = page.locator('#alerts-in-force');
  await expect(section).toHaveAttribute('role', 'alert');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText(ftl('ja', 'inbox-alerts-emergency'));
  const link = section.locator(`a[href="#/inbox/${LEVEL4_ALERT}"]`);
  await expect(link).toHaveText(alert?.headline ?? '');
  // Above the tiles, with 避難所 moved up next to it; every feature still has exactly one tile.
  await expect(section.locator('a.tile[href="#/places"]')).toBeVisible();
  await expect(page.locator('main .tile')).toHaveCount(FEATURES.length);
  expect(
    await section.evaluate((el) => {
      const tiles = document.querySelector('main section[aria-labelledby="features-heading"]');
      return tiles !== null && Boolean(el.compareDocumentPosition(tiles) & Node.DOCUMENT_POSITION_FOLLOWING);
    }),
  ).toBe(true);

  await link.click();
  await expect(page.locator('main')).toHaveAttribute('data-screen', 'inbox-message');
  await expect(page.locator('h1')).toHaveText(alert?.headline ?? '');
  expect(consoleErrors).toEqual([]);
});

test('an alert in force (pt-BR): what to do first, dates in Portuguese, the original at a button', async ({ page, request, consoleErrors }) => {
  await updateSettings(request, { locale: 'pt-BR' });
  const view = await inboxShow(request, LEVEL4_ALERT);
  const original = await inboxShow(request, LEVEL4_ALERT, true);
  expect(view.entry.locale).toBe('pt-BR');
  expect(view.instruction_first).toBe(true);
  expect(original.original_locale).toBe('ja');

  await openApp(page);
  await openMessage(page, LEVEL4_ALERT);
  const h1 = page.locator('h1');
  await expect(h1).toHaveText(view.entry.headline);
  await expect(h1).toHaveAttribute('lang', 'pt-BR');
  await expect(page).toHaveTitle(ftl('pt-BR', 'page-title', { screen: view.entry.headline, app: ftl('pt-BR', 'app-name') }));

  // "What to do" under its own heading, before the description.
  const instruction = page.locator('#message-instruction');
  await expect(instruction.getByRole('heading')).toHaveText(ftl('pt-BR', 'inbox-instruction'));
  await expect(instruction.locator('.message-body')).toHaveText(view.instruction.text);
  await expect(instruction.locator('.message-body')).toHaveAttribute('lang', view.instruction.locale);
  await expect(page.locator('#message-description .message-body')).toHaveText(view.description.text);
  expect(
    await instruction.evaluate((el) => {
      const description = document.getElementById('message-description');
      return description !== null && Boolean(el.compareDocumentPosition(description) & Node.DOCUMENT_POSITION_FOLLOWING);
    }),
  ).toBe(true);

  // Dates as a Brazilian reads them.
  const facts = page.locator('#message-facts');
  const row = (id: string): Locator => facts.locator('.fact').filter({ has: page.locator('dt', { hasText: ftl('pt-BR', id) }) }).locator('dd');
  await expect(row('inbox-sent')).toHaveText(await formatted(page, view.entry.sent, 'pt-BR'));
  if (view.effective) await expect(row('inbox-effective')).toHaveText(await formatted(page, view.effective, 'pt-BR'));
  if (view.entry.expires) await expect(row('inbox-expires')).toHaveText(await formatted(page, view.entry.expires, 'pt-BR'));
  expect(view.areas.length).toBeGreaterThan(0);
  await expect(facts.locator('.area-list li')).toHaveText(view.areas.map((area) => area.text));
  // Each area name carries the language the core found it in.
  for (const [i, area] of view.areas.entries()) {
    await expect(facts.locator('.area-list li').nth(i)).toHaveAttribute('lang', area.locale === 'ja-easy' ? 'ja' : area.locale);
  }

  // Which language is shown, and the original at a button.
  await expect(page.locator('#message-shown-in')).toHaveText(ftl('pt-BR', 'locale-name'));
  await expect(page.locator('#message-not-in-language')).toHaveCount(0);
  await page.getByRole('button', { name: ftl('pt-BR', 'inbox-show-original') }).click();
  await expect(h1).toHaveText(original.entry.headline);
  await expect(h1).toHaveAttribute('lang', 'ja');
  await expect(page.locator('#message-shown-in')).toHaveText(ftl('ja', 'locale-name'));
  await expect(page.locator('#message-shown-in')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('#message-instruction .message-body')).toHaveText(original.instruction.text);
  await expect(page.locator('#message-instruction .message-body')).toHaveAttribute('lang', 'ja');
  // The labels around it stay in the resident's language.
  await expect(page.locator('#message-instruction').getByRole('heading')).toHaveText(ftl('pt-BR', 'inbox-instruction'));
  const back = page.getByRole('button', { name: ftl('pt-BR', 'inbox-show-translation') });
  await expect(back).toBeFocused();
  await back.click();
  await expect(h1).toHaveText(view.entry.headline);
  await expect(h1).toHaveAttribute('lang', 'pt-BR');

  // The city's web page opens outside the app; opening the message marked it read.
  if (view.web) {
    const web = page.locator('.message-web a');
    await expect(web).toHaveAttribute('href', view.web);
    await expect(web).toHaveAttribute('target', '_blank');
    await expect(web).toHaveAttribute('rel', 'noopener noreferrer');
  }
  const stored = (await inboxList(request, { all: true, limit: 500 })).entries.find((e) => e.id === LEVEL4_ALERT);
  expect(stored?.read).toBe(true);
  expect(consoleErrors).toEqual([]);
});

test('a message without the resident\'s language comes in their second one, and says so', async ({ page, request, consoleErrors }) => {
  // The level-4 alert has no Spanish text; the second language is やさしい日本語 (the default).
  await updateSettings(request, { locale: 'es', second_locale: 'ja-easy' });
  const view = await inboxShow(request, LEVEL4_ALERT);
  expect(view.locales).not.toContain('es');
  expect(view.entry.locale).toBe('ja-easy');

  await openApp(page);
  await openMessage(page, LEVEL4_ALERT);
  await expect(page.locator('h1')).toHaveText(view.entry.headline);
  await expect(page.locator('h1')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('#message-shown-in')).toHaveText(ftl('ja-easy', 'locale-name'));
  await expect(page.locator('#message-not-in-language')).toHaveText(ftl('es', 'inbox-not-in-your-language', { language: ftl('es', 'locale-name') }));
  await expect(page.locator('#message-instruction').getByRole('heading')).toHaveText(ftl('es', 'inbox-instruction'));
  expect(consoleErrors).toEqual([]);
});

test('a replaced message says so and links to its newer version', async ({ page, request, consoleErrors }) => {
  const view = await inboxShow(request, LEVEL3_ALERT);
  expect(view.superseded_by).toBe(LEVEL4_ALERT);
  const newer = await inboxShow(request, LEVEL4_ALERT);

  await openApp(page);
  await openMessage(page, LEVEL3_ALERT);
  await expect(page.locator(`.message-meta .badge--status-${view.entry.status}`)).toHaveText(ftl('ja', `inbox-status-${view.entry.status}`));
  await expect(page.locator('#message-superseded')).toContainText(ftl('ja', 'inbox-superseded'));
  const link = page.getByRole('link', { name: ftl('ja', 'inbox-superseded-link') });
  await expect(link).toHaveAttribute('href', `#/inbox/${LEVEL4_ALERT}`);
  await link.click();
  await expect(page.locator('main #message')).toHaveAttribute('data-id', LEVEL4_ALERT);
  await expect(page.locator('h1')).toHaveText(newer.entry.headline);
  expect(consoleErrors).toEqual([]);
});
