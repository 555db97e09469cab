// The waste screen against the embedded Oyama data at MACHI_NOW = Friday 2026-11-27 20:00 (global-setup.ts):
// search as the resident types in any script or language shows the right item and category; the next collections
// of 間々田 (mamada) as the core computes them; the month calendar into 2027 before New Year with the year-end
// closure marked in words; the reminder settings saved in the core; the calendar file as a real download; the
// words that found nothing; and axe in ja, ja-easy, en and vi at standard and extra-large text, also at 320 px.

import type { Page } from '@playwright/test';
import {
  axeViolations,
  callApi,
  expect,
  ftl,
  goTo,
  openApp,
  scrollWidth,
  test,
  updateSettings,
  type SettingsPatch,
} from './support';
import type { WasteCategoryView, WasteMonth, WasteReminders, WasteSchedule } from '../../ui/src/generated/api';

const AREA = 'mamada';

async function api<T>(request: Parameters<typeof callApi>[0], name: string, body: unknown = {}): Promise<T> {
  const response = await callApi(request, name, body);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as T;
}

/** The categories as the core names them in the current settings' language. */
async function categoryNames(request: Parameters<typeof callApi>[0]): Promise<Map<string, string>> {
  const categories = await api<WasteCategoryView[]>(request, 'waste_categories');
  return new Map(categories.map((c) => [c.id, c.name]));
}

async function openWaste(page: Page): Promise<void> {
  await openApp(page);
  await goTo(page, 'waste');
  await expect(page.locator('#waste-search')).toBeVisible();
}

/** Types like a resident (one key at a time) and waits until the list answers exactly that text. */
async function search(page: Page, query: string, oneKeyAtATime = false): Promise<void> {
  const box = page.locator('#waste-search');
  await box.fill('');
  if (oneKeyAtATime) await box.pressSequentially(query);
  else await box.fill(query);
  await expect(page.locator('#waste-results')).toHaveAttribute('data-query', query);
}

function firstItem(page: Page) {
  return page.locator('#waste-results > li').first();
}

test.afterAll(async ({ request }) => {
  await callApi(request, 'waste_missing_clear');
});

test('search finds each item in kanji, kana, half-width kana and romaji, with its category', async ({ page, request, consoleErrors }) => {
  const names = await categoryNames(request);
  await openWaste(page);
  const cases: [string, string, string][] = [
    ['ペットボトル', 'pet-bottle', 'bottles-cans'],
    ['ぺっとぼとる', 'pet-bottle', 'bottles-cans'],
    ['ﾍﾟｯﾄﾎﾞﾄﾙ', 'pet-bottle', 'bottles-cans'],
    ['乾電池', 'dry-battery', 'hazardous'],
    ['kandennchi', 'dry-battery', 'hazardous'],
    ['スプレー缶', 'spray-can', 'hazardous'],
    ['supure-kan', 'spray-can', 'hazardous'],
    ['フライパン', 'frying-pan', 'non-burnable'],
  ];
  for (const [query, item, category] of cases) {
    await search(page, query, query === 'kandennchi');
    const first = firstItem(page);
    await expect(first, query).toHaveAttribute('data-id', item);
    await expect(first.locator('.waste-chip')).toHaveAttribute('data-category', category);
    await expect(first.locator('.waste-chip')).toHaveText(names.get(category) ?? 'missing');
    const count = await page.locator('#waste-results > li').count();
    await expect(page.locator('#waste-count')).toHaveText(ftl('ja', 'waste-results-count', { count }));
  }
  // The Japanese screen needs no second Japanese name; the reading stands beside the kanji.
  await search(page, '乾電池');
  await expect(firstItem(page).locator('.waste-item-name')).toHaveText('乾電池');
  await expect(firstItem(page).locator('.waste-item-reading')).toHaveText('(かんでんち)');
  await expect(firstItem(page).locator('.waste-item-ja')).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

for (const [locale, query, item] of [
  ['vi', 'chảo', 'frying-pan'],
  ['pt-BR', 'guarda-chuva', 'umbrella'],
] as const) {
  test(`a ${locale} word in ${locale} shows the item in ${locale} with its Japanese name marked`, async ({ page, request }) => {
    await updateSettings(request, { locale });
    const names = await categoryNames(request);
    const expected = (await api<{ id: string; name: string; name_ja: string; category: { id: string } }[]>(request, 'waste_search', { query, limit: 1 }))[0];
    expect(expected?.id).toBe(item);
    await openWaste(page);
    await search(page, query);
    const first = firstItem(page);
    await expect(first).toHaveAttribute('data-id', item);
    await expect(first.locator('.waste-item-name')).toHaveText(expected?.name ?? '');
    await expect(first.locator('.waste-item-name')).toHaveAttribute('lang', locale);
    await expect(first.locator('.waste-item-ja')).toHaveText(expected?.name_ja ?? '');
    await expect(first.locator('.waste-item-ja')).toHaveAttribute('lang', 'ja');
    await expect(first.locator('.waste-chip-name')).toHaveText(names.get(expected?.category.id ?? '') ?? 'missing');
    await expect(first.locator('.waste-chip-name')).toHaveAttribute('lang', locale);
    await expect(page.locator('#waste-count')).toHaveText(ftl(locale, 'waste-results-count', { count: await page.locator('#waste-results > li').count() }));
  });
}

test('typed letter by letter, each keystroke answers its own text, and fast typing ends on the last one', async ({ page, consoleErrors }) => {
  await openWaste(page);
  const box = page.locator('#waste-search');
  const results = page.locator('#waste-results');
  await box.focus();
  // One key, one answer: the list always says which text it answers.
  const query = 'supure-kan';
  for (let i = 1; i <= query.length; i += 1) {
    await page.keyboard.type(query.charAt(i - 1));
    await expect(results).toHaveAttribute('data-query', query.slice(0, i));
  }
  await expect(firstItem(page)).toHaveAttribute('data-id', 'spray-can');
  await expect(page.locator('#waste-count')).toHaveAttribute('role', 'status');
  // Typed without pause: answers to earlier letters never overwrite the last one.
  await box.fill('');
  await box.pressSequentially('pettobotoru');
  await expect(results).toHaveAttribute('data-query', 'pettobotoru');
  await expect(firstItem(page)).toHaveAttribute('data-id', 'pet-bottle');
  // Deleting back to nothing empties the list and says nothing.
  for (let i = 0; i < 'pettobotoru'.length; i += 1) await page.keyboard.press('Backspace');
  await expect(results).toHaveAttribute('data-query', '');
  await expect(page.locator('#waste-results > li')).toHaveCount(0);
  await expect(page.locator('#waste-count')).toHaveText('');
  expect(consoleErrors).toEqual([]);
});

test('keystroke to painted results, in the browser (figures printed, not asserted)', async ({ page }) => {
  await openWaste(page);
  const figures: string[] = [];
  for (const query of ['ぺ', 'ぺっ', 'ぺっと', 'ぺっとぼとる', 'k', 'ka', 'kan', 'kanden']) {
    const times = await page.evaluate(async (q) => {
      const box = document.querySelector<HTMLInputElement>('#waste-search');
      const list = document.querySelector<HTMLElement>('#waste-results');
      if (!box || !list) throw new Error('no search box');
      const answered = (text: string): Promise<void> =>
        new Promise((resolve) => {
          if (list.getAttribute('data-query') === text) return resolve();
          const seen = new MutationObserver(() => {
            if (list.getAttribute('data-query') === text) {
              seen.disconnect();
              resolve();
            }
          });
          seen.observe(list, { attributes: true, attributeFilter: ['data-query'] });
        });
      const out: number[] = [];
      for (let i = 0; i < 30; i += 1) {
        box.value = '';
        box.dispatchEvent(new Event('input'));
        await answered('');
        const start = performance.now();
        box.value = q;
        box.dispatchEvent(new Event('input'));
        await answered(q);
        // Painted: the frame after the list changed.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        out.push(performance.now() - start);
      }
      return out.sort((a, b) => a - b);
    }, query);
    const at = (p: number): string => (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? NaN).toFixed(1);
    figures.push(`${query} (${query.length}): p50 ${at(0.5)} ms, p95 ${at(0.95)} ms`);
    await expect(firstItem(page)).toBeVisible();
  }
  console.log(`keystroke to painted results (machi web, debug or release as built):\n${figures.join('\n')}`);
});

test('the next collections of the home area, as the core computes them at MACHI_NOW', async ({ page, request }) => {
  await updateSettings(request, { home_area: AREA });
  const schedule = await api<WasteSchedule>(request, 'waste_next', {});
  expect(schedule.on).toBe('2026-11-27');
  await openWaste(page);
  await expect(page.locator('#waste-area-name')).toHaveText(schedule.area_label);
  const days = page.locator('#waste-next > li');
  const dates = [...new Set(schedule.next.map((n) => n.date))];
  await expect(days).toHaveCount(dates.length);
  for (const [i, date] of dates.entries()) {
    const day = days.nth(i);
    await expect(day).toHaveAttribute('data-date', date);
    const expected = schedule.next.filter((n) => n.date === date);
    await expect(day.locator('.waste-chip')).toHaveText(expected.map((n) => n.category.name));
    const word = expected[0]?.days_from_today === 0 ? 'waste-day-today' : expected[0]?.days_from_today === 1 ? 'waste-day-tomorrow' : null;
    if (word) await expect(day.locator('.waste-when-word')).toHaveText(ftl('ja', word));
    else await expect(day.locator('.waste-when-word')).toHaveCount(0);
  }
  // Every category once; a collection today (剪定枝 every other Friday) is the first line.
  expect(new Set(schedule.next.map((n) => n.category.id)).size).toBe(schedule.next.length);
  await expect(days.first()).toHaveAttribute('data-date', '2026-11-27');
  // A search result says when its category is next collected.
  await search(page, 'ペットボトル');
  const bottles = schedule.next.find((n) => n.category.id === 'bottles-cans');
  await expect(firstItem(page).locator('.waste-item-next time')).toHaveAttribute('datetime', bottles?.date ?? '');
});

test('without a home area the screen asks for one, and choosing it shows the days', async ({ page, request }) => {
  await openWaste(page);
  await expect(page.locator('#waste-no-area')).toHaveText(ftl('ja', 'waste-no-area'));
  await expect(page.locator('#waste-next')).toHaveCount(0);
  await page.locator('#waste-area').selectOption(AREA);
  await page.locator('#waste-area-save').click();
  await expect(page.locator('#waste-next > li').first()).toBeVisible();
  await expect(page.locator('#waste-next-heading')).toBeFocused();
  await expect(page.locator('#waste-next-status')).toHaveText(ftl('ja', 'waste-area-saved'));
  const settings = await api<{ home_area: string | null }>(request, 'get_settings');
  expect(settings.home_area).toBe(AREA);
});

test('the month view goes into 2027 before New Year and marks the year-end closure in words', async ({ page, request }) => {
  await updateSettings(request, { home_area: AREA });
  await openWaste(page);
  const body = page.locator('.waste-month-body');
  await expect(body).toHaveAttribute('data-month', '2026-11');
  const table = page.locator('#waste-month-table');
  await expect(table).toBeVisible();
  await expect(table.locator('thead th')).toHaveText([0, 1, 2, 3, 4, 5, 6].map((w) => ftl('ja', `waste-weekday-short-${w}`)));
  await expect(table.locator('td[data-date="2026-11-27"]')).toHaveAttribute('aria-current', 'date');
  await expect(table.locator('td[data-date="2026-11-27"] .waste-mark--today')).toHaveText(ftl('ja', 'waste-today'));
  // 勤労感謝の日 (11/23) is a holiday, said in words.
  await expect(table.locator('td[data-date="2026-11-23"] .waste-mark--holiday')).toHaveText(ftl('ja', 'waste-holiday'));

  await page.locator('#waste-month-next').click();
  await expect(body).toHaveAttribute('data-month', '2026-12');
  const december = await api<WasteMonth>(request, 'waste_month', { area: AREA, year: 2026, month: 12 });
  for (const day of december.days) {
    const cell = table.locator(`td[data-date="${day.date}"]`);
    await expect(cell.locator('.waste-chip')).toHaveText(day.categories.map((c) => c.name));
    await expect(cell.locator('.waste-mark--closed')).toHaveCount(day.closed ? 1 : 0);
  }
  expect(december.days.filter((d) => d.closed).map((d) => d.date)).toEqual(['2026-12-31']);
  await expect(table.locator('td[data-date="2026-12-31"] .waste-mark--closed')).toHaveText(ftl('ja', 'waste-closed'));

  // Next year, while it is still November 2026.
  await page.locator('#waste-month-next').click();
  await expect(body).toHaveAttribute('data-month', '2027-01');
  for (const date of ['2027-01-01', '2027-01-02', '2027-01-03']) {
    await expect(table.locator(`td[data-date="${date}"] .waste-mark--closed`)).toHaveText(ftl('ja', 'waste-closed'));
    await expect(table.locator(`td[data-date="${date}"] .waste-chip`)).toHaveCount(0);
  }
  await expect(table.locator('td[data-date="2027-01-01"] .waste-mark--holiday')).toHaveText(ftl('ja', 'waste-holiday'));
  await expect(table.locator('td[data-date="2027-01-04"] .waste-chip')).not.toHaveCount(0);
  await expect(page.locator('#waste-month-name')).not.toBeEmpty();

  await page.locator('#waste-month-prev').click();
  await page.locator('#waste-month-prev').click();
  await expect(body).toHaveAttribute('data-month', '2026-11');
});

test('reminder settings are saved in the core and come back after a reload', async ({ page, request }) => {
  await updateSettings(request, { home_area: AREA });
  await openWaste(page);
  const status = page.locator('#waste-reminders-status');
  await page.locator('#waste-evening-time').fill('19:30');
  await expect(status).toHaveText(ftl('ja', 'waste-saved'));
  await page.locator('#waste-morning-on').check();
  await expect(page.locator('#waste-morning-time')).toBeEnabled();
  await page.locator('#waste-morning-time').fill('06:15');
  await expect(status).toHaveText(ftl('ja', 'waste-saved'));
  await page.locator('#waste-remind-branches').uncheck();
  await expect(status).toHaveText(ftl('ja', 'waste-saved'));

  const saved = (await api<{ waste_reminders: WasteReminders }>(request, 'get_settings')).waste_reminders;
  expect(saved.evening).toBe('19:30');
  expect(saved.morning).toBe('06:15');
  expect(saved.categories).not.toContain('branches');
  expect(saved.categories.length).toBeGreaterThan(0);

  await page.reload();
  await expect(page.locator('#waste-evening-time')).toHaveValue('19:30');
  await expect(page.locator('#waste-morning-on')).toBeChecked();
  await expect(page.locator('#waste-morning-time')).toHaveValue('06:15');
  await expect(page.locator('#waste-remind-branches')).not.toBeChecked();
  await expect(page.locator('#waste-remind-burnable')).toBeChecked();

  // A morning time after the 08:00 deadline is refused by the core, said, and put back.
  await page.locator('#waste-morning-time').fill('09:00');
  await expect(status).toContainText(ftl('ja', 'waste-save-failed', { message: '' }).trim());
  await expect(page.locator('#waste-morning-time')).toHaveValue('06:15');
  // Unchecking every category is not "remind me of nothing": it says how to stop reminders instead.
  const checked = await page
    .locator('.waste-reminder-categories input')
    .evaluateAll((boxes) => boxes.filter((b) => (b as HTMLInputElement).checked).map((b) => b.id));
  // The last one springs back (a plain click: the box does not stay unchecked).
  for (const id of checked) await page.locator(`#${id}`).click();
  await expect(page.locator(`#${checked.at(-1)}`)).toBeChecked();
  await expect(status).toHaveText(ftl('ja', 'waste-reminders-need-one'));
  expect((await api<{ waste_reminders: WasteReminders }>(request, 'get_settings')).waste_reminders.categories.length).toBeGreaterThan(0);
});

test('"Add to my calendar" downloads an iCalendar file of the area with its events', async ({ page, request }) => {
  await updateSettings(request, { home_area: AREA });
  await openWaste(page);
  const downloaded = page.waitForEvent('download');
  await page.locator('#waste-ics').click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe(`machi-waste-${AREA}.ics`);
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(path, 'utf8');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  expect(text).toContain('VERSION:2.0');
  expect(text.match(/BEGIN:VEVENT/g)?.length ?? 0).toBeGreaterThanOrEqual(7);
  expect(text).toContain('BEGIN:VALARM');
  expect(text).toContain('TRIGGER:-PT4H');
  await expect(page.locator('#waste-ics-status')).toHaveText(ftl('ja', 'waste-ics-saved', { file: `machi-waste-${AREA}.ics` }));
});

test('a search that finds nothing is listed, offered to the city, kept when it cannot be sent, and cleared', async ({ page, request }) => {
  await callApi(request, 'waste_missing_clear');
  await openWaste(page);
  await expect(page.locator('#waste-missing-empty')).toBeVisible();
  await search(page, 'qzxqzx', true);
  await expect(page.locator('#waste-results > li')).toHaveCount(0);
  await expect(page.locator('#waste-count')).toHaveText(ftl('ja', 'waste-no-results', { query: 'qzxqzx' }));
  await page.locator('#waste-missing-refresh').click();
  // Typed one key at a time, kept once.
  await expect(page.locator('#waste-missing > li')).toHaveCount(1);
  await expect(page.locator('#waste-missing .waste-missing-text')).toHaveText('qzxqzx');
  await expect(page.locator('#waste-missing .waste-missing-count')).toHaveText(ftl('ja', 'waste-missing-count', { count: 1 }));
  // Oyama's feed takes them: the app says where they would go and sends only when asked. Here the feed's host
  // does not answer, so the resident is told so in Japanese and the word stays, unsent.
  await expect(page.locator('#waste-missing-send-hint')).toHaveText(ftl('ja', 'waste-missing-send-hint', { host: '127.0.0.1' }));
  await page.locator('#waste-missing-send').click();
  await expect(page.locator('#waste-missing-status')).toHaveText(ftl('ja', 'error-waste-send-offline', { host: '127.0.0.1' }));
  await expect(page.locator('#waste-missing .waste-missing-sent')).toHaveCount(0);
  await expect(page.locator('#waste-missing-send')).toBeVisible();
  await page.locator('#waste-missing-clear').click();
  await expect(page.locator('#waste-missing-status')).toHaveText(ftl('ja', 'waste-missing-cleared'));
  await expect(page.locator('#waste-missing-empty')).toBeVisible();
  await expect(page.locator('#waste-missing-send')).toBeHidden();
  expect(await api<unknown>(request, 'waste_missing')).toEqual({ queries: [], send_to: '127.0.0.1' });
});

/** The screen with everything on it: a search with results, the next days, the month, the reminders. */
async function fullScreen(page: Page, request: Parameters<typeof callApi>[0], patch: SettingsPatch): Promise<void> {
  await updateSettings(request, { home_area: AREA, ...patch });
  await openWaste(page);
  await expect(page.locator('#waste-next > li').first()).toBeVisible();
  await expect(page.locator('.waste-month-body')).toHaveAttribute('data-month', /\d{4}-\d{2}/);
  await search(page, 'ぺっと');
  await expect(firstItem(page)).toBeVisible();
}

for (const locale of ['ja', 'ja-easy', 'en', 'vi']) {
  for (const fontScale of ['normal', 'xlarge'] as const) {
    test(`no axe violations on the waste screen (${locale}, ${fontScale} text)`, async ({ page, request }) => {
      await fullScreen(page, request, { locale, font_scale: fontScale });
      const found = await axeViolations(page, `waste ${locale} ${fontScale}`, false);
      // Also the no-area state and the month of the year-end closure.
      await page.locator('#waste-month-next').click();
      await expect(page.locator('.waste-month-body')).toHaveAttribute('data-month', '2026-12');
      found.push(...(await axeViolations(page, `waste month ${locale} ${fontScale}`, false)));
      await updateSettings(request, { home_area: null });
      await openWaste(page);
      await expect(page.locator('#waste-area')).toBeVisible();
      found.push(...(await axeViolations(page, `waste without area ${locale} ${fontScale}`, false)));
      expect(found, found.join('\n')).toEqual([]);
    });
  }
}

test('high contrast keeps 7:1 on the waste screen', async ({ page, request }) => {
  await fullScreen(page, request, { high_contrast: true });
  const found = await axeViolations(page, 'waste high contrast', true);
  expect(found, found.join('\n')).toEqual([]);
});

test.describe('at 320 px with extra-large text', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const locale of ['ja', 'vi', 'pt-BR']) {
    test(`nothing scrolls sideways (${locale})`, async ({ page, request }) => {
      await fullScreen(page, request, { locale, font_scale: 'xlarge' });
      await expect(page.locator('#waste-month-list')).toBeVisible();
      await expect(page.locator('#waste-month-table')).toBeHidden();
      expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
      await page.locator('#waste-month-next').click();
      await expect(page.locator('.waste-month-body')).toHaveAttribute('data-month', /\d{4}-\d{2}/);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    });
  }
});
