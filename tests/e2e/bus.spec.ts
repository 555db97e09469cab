// The おーバス (#/bus) against the real backend, offline (the feed is unreachable): a stop found as it is typed in
// kanji, kana and romaji, its next buses at a time picked on the screen (the API's answer, in order, with "in N
// minutes"), a line's timetable for a day and a day without service, the bus notices of the inbox; axe in ja,
// やさしい日本語 and Nepali at standard and extra-large text, and no sideways scrolling at 320 px.

import type { APIRequestContext, Page } from '@playwright/test';
import type { BusDepartures, BusRouteTimetable, BusRouteView, BusStopView, InboxPage } from '../../ui/src/generated/api';
import { axeViolations, callApi, expect, ftl, htmlLang, openApp, scrollWidth, test, updateSettings } from './support';

async function api<T>(request: APIRequestContext, name: string, body: unknown = {}): Promise<T> {
  const response = await callApi(request, name, body);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as T;
}

/** A Friday morning of the sample timetable (MACHI_NOW is that evening, after the last buses). */
const MORNING = '2026-11-27T07:58';

async function openBus(page: Page, hash = '#/bus'): Promise<void> {
  await openApp(page);
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await expect(page.locator('main')).toHaveAttribute('data-screen', hash === '#/bus' ? 'bus' : 'bus-detail');
}

async function resultIds(page: Page): Promise<string[]> {
  return page.locator('#bus-stop-results > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-id') ?? ''));
}

test('a stop is found as it is typed in kanji, kana or romaji', async ({ page, request, consoleErrors }) => {
  await openBus(page);
  const search = page.getByRole('searchbox', { name: ftl('ja', 'bus-search-label') });
  for (const query of ['小山駅', 'おやまえき', 'oyama eki', 'Oyama Station']) {
    await search.fill(query);
    const stops = await api<BusStopView[]>(request, 'bus_stops', { query, limit: 20 });
    expect(stops.map((s) => s.id)).toContain('oyama_w');
    await expect.poll(() => resultIds(page)).toEqual(stops.map((s) => s.id));
    await expect(page.locator('#bus-stops-count')).toHaveText(ftl('ja', 'bus-stops-count', { count: stops.length }));
  }
  await search.fill('zzzz');
  await expect(page.locator('#bus-stops-count')).toHaveText(ftl('ja', 'bus-stops-none'));
  await expect(page.locator('#bus-stop-results > li')).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('a stop\'s next buses at the time asked, as the API gives them', async ({ page, request, consoleErrors }) => {
  await openBus(page);
  await page.getByRole('searchbox').fill('おやまえきにしぐち');
  await page.locator('#bus-stop-results a[href="#/bus/stop/oyama_w"]').click();
  await expect(page.locator('main')).toHaveAttribute('data-screen', 'bus-detail');
  await expect(page.locator('h1')).toBeFocused();
  // Friday 20:00: the day's last buses have left.
  const evening = await api<BusDepartures>(request, 'bus_departures', { stop: 'oyama_w', limit: 10 });
  expect(evening.departures).toEqual([]);
  await expect(page.locator('#bus-departures > li')).toHaveCount(0);
  await expect(page.locator('#bus-departures-count')).not.toBeEmpty();
  await expect(page.locator('#bus-at-date')).toHaveValue(evening.at.slice(0, 10));
  await expect(page.locator('#bus-at-time')).toHaveValue(evening.at.slice(11));

  // The bus notices of the inbox sit beside the departures, each linking to its message.
  for (const notice of evening.notices) {
    await expect(page.locator(`#bus-notices a[data-id="${notice.id}"]`)).toHaveAttribute('href', `#/inbox/${notice.id}`);
  }
  const busNotices = await api<InboxPage>(request, 'inbox_list', { category: 'bus' });
  expect(evening.notices.map((n) => n.id)).toEqual(busNotices.entries.filter((e) => e.status === 'active').map((e) => e.id));
  expect(evening.notices.length).toBeGreaterThan(0);

  await page.locator('#bus-at-date').fill(MORNING.slice(0, 10));
  await page.locator('#bus-at-time').fill(MORNING.slice(11));
  await page.locator('#bus-at-submit').click();
  const morning = await api<BusDepartures>(request, 'bus_departures', { stop: 'oyama_w', at: MORNING, limit: 10 });
  expect(morning.departures.length).toBe(10);
  const items = page.locator('#bus-departures > li');
  await expect.poll(() => items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-trip')))).toEqual(morning.departures.map((d) => d.trip_id));
  for (const [i, d] of morning.departures.entries()) {
    await expect(items.nth(i).locator('time')).toHaveAttribute('datetime', d.departs_at);
    await expect(items.nth(i).locator('time')).toHaveText(d.departs_at.slice(11));
    await expect(items.nth(i).locator('.departure-in')).toHaveText(ftl('ja', 'bus-in-minutes', { minutes: d.minutes }));
    await expect(items.nth(i).locator('.departure-headsign-text')).toHaveText(d.headsign.text);
  }
  expect(new URL(page.url()).hash).toBe(`#/bus/stop/oyama_w/${encodeURIComponent(MORNING)}`);

  await page.locator('#bus-at-time').fill('');
  await page.locator('#bus-at-submit').click();
  await expect(page.locator('#bus-at-time-error')).toHaveText(ftl('ja', 'bus-error-time'));
  await expect(page.locator('#bus-at-time')).toBeFocused();
  await page.locator('#bus-at-now').click();
  await expect(page.locator('#bus-at-time')).toHaveValue(evening.at.slice(11));
  await expect(page.locator('#bus-departures > li')).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('a line\'s timetable for a day, and a day it does not run', async ({ page, request, consoleErrors }) => {
  const routes = await api<BusRouteView[]>(request, 'bus_routes');
  await openBus(page);
  await expect(page.locator('.route-item')).toHaveCount(routes.length);
  await page.locator('.route-item[data-id="mamada"] a').click();
  await expect(page.locator('main')).toHaveAttribute('data-screen', 'bus-detail');
  await page.locator('#bus-timetable-date').fill(MORNING.slice(0, 10));
  await page.locator('#bus-timetable-show').click();
  const day = await api<BusRouteTimetable>(request, 'bus_route_timetable', { route: 'mamada', date: MORNING.slice(0, 10) });
  const sections = page.locator('.bus-direction');
  await expect(sections).toHaveCount(day.directions.length);
  expect(day.directions.length).toBe(2);
  for (const [i, d] of day.directions.entries()) {
    await expect(sections.nth(i).locator('.trip')).toHaveCount(d.trips.length);
    await expect(sections.nth(i).locator('h2 bdi')).toHaveText(d.headsign.text);
  }
  const trip = day.directions[0]!.trips[0]!;
  const first = sections.first().locator('.trip').first();
  await first.locator('summary').click();
  await expect(first.locator('tbody tr')).toHaveCount(trip.calls.length);
  await expect(first.locator('tbody tr').first().locator('td')).toHaveText(trip.calls[0]!.departs);
  expect(new URL(page.url()).hash).toBe(`#/bus/route/mamada/${MORNING.slice(0, 10)}`);

  await page.locator('#bus-timetable-date').fill('2027-05-01');
  await page.locator('#bus-timetable-show').click();
  await expect(page.locator('#bus-timetable-status')).toContainText(ftl('ja', 'bus-timetable-none'));
  await expect(sections).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

for (const locale of ['ja', 'ja-easy', 'ne']) {
  for (const fontScale of ['normal', 'xlarge'] as const) {
    test(`no axe violations on the bus screens (${locale}, ${fontScale} text)`, async ({ page, request }) => {
      await updateSettings(request, { locale, font_scale: fontScale });
      await openBus(page);
      await expect(page.locator('html')).toHaveAttribute('lang', htmlLang(locale));
      const found: string[] = [];
      await page.getByRole('searchbox').fill('ままだ');
      await expect(page.locator('#bus-stop-results > li').first()).toBeVisible();
      found.push(...(await axeViolations(page, 'bus home with stops found', false)));
      await page.evaluate((at) => {
        location.hash = `#/bus/stop/oyama_w/${encodeURIComponent(at)}`;
      }, MORNING);
      await expect(page.locator('#bus-departures > li').first()).toBeVisible();
      found.push(...(await axeViolations(page, 'departures', false)));
      await page.locator('#bus-at-date').fill('');
      await page.locator('#bus-at-submit').click();
      await expect(page.locator('#bus-at-date-error')).not.toBeEmpty();
      found.push(...(await axeViolations(page, 'departures, date missing', false)));
      await page.evaluate(() => {
        location.hash = '#/bus/route/mamada/2026-11-27';
      });
      await page.locator('.trip summary').first().click();
      await expect(page.locator('.trip tbody tr').first()).toBeVisible();
      found.push(...(await axeViolations(page, 'timetable with a trip open', false)));
      expect(found, found.join('\n')).toEqual([]);
    });
  }
}

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const locale of ['ja', 'ja-easy', 'ne', 'th']) {
    test(`the bus screens do not scroll sideways with extra-large text (${locale})`, async ({ page, request }) => {
      await updateSettings(request, { locale, font_scale: 'xlarge' });
      await openBus(page);
      await page.getByRole('searchbox').fill('oyama');
      await expect(page.locator('#bus-stop-results > li').first()).toBeVisible();
      expect(await scrollWidth(page), 'stops found').toBeLessThanOrEqual(320);
      await page.evaluate((at) => {
        location.hash = `#/bus/stop/oyama_w/${encodeURIComponent(at)}`;
      }, MORNING);
      await expect(page.locator('#bus-departures > li').first()).toBeVisible();
      expect(await scrollWidth(page), 'departures').toBeLessThanOrEqual(320);
      await page.evaluate(() => {
        location.hash = '#/bus/route/mamada/2026-11-27';
      });
      await page.locator('.trip summary').first().click();
      await expect(page.locator('.trip tbody tr').first()).toBeVisible();
      expect(await scrollWidth(page), 'timetable').toBeLessThanOrEqual(320);
    });
  }
});
