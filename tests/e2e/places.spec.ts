// Shelters and places (#/places) against the real backend at the sample story's time (MACHI_NOW: the 思川 level-4
// evacuation order is in force and has opened three shelters): disaster mode for a resident of the affected areas
// (open shelters first, alerts on top) and not for others, the list in the order and at the distances the API
// gives, the hazard filter, another area and typed coordinates with their validation, map links that are only
// geo: or https, one place with the notice that opened it; axe in ja, やさしい日本語 and Nepali at standard and
// extra-large text, and no sideways scrolling at 320 px.

import type { APIRequestContext, Page } from '@playwright/test';
import type { AreaView, InboxSummary, PlacesNearby, PlacesNearestArgs, PlaceView } from '../../ui/src/generated/api';
import { LEVEL4_ALERT, axeViolations, callApi, expect, ftl, htmlLang, openApp, scrollWidth, test, updateSettings } from './support';

async function api<T>(request: APIRequestContext, name: string, body: unknown = {}): Promise<T> {
  const response = await callApi(request, name, body);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as T;
}

const nearest = (request: APIRequestContext, args: PlacesNearestArgs): Promise<PlacesNearby> => api(request, 'places_nearest', { limit: 10, ...args });

/** The home area is not part of the default settings: every test here says where the resident lives. */
test.afterEach(async ({ request }) => {
  await updateSettings(request, { home_area: null });
});

async function openPlaces(page: Page): Promise<void> {
  await openApp(page);
  await page.evaluate(() => {
    location.hash = '#/places';
  });
  await expect(page.locator('main')).toHaveAttribute('data-screen', 'places');
  await expect(page.locator('#places-count')).not.toBeEmpty();
}

async function listedIds(page: Page): Promise<string[]> {
  return page.locator('#places-list > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-id') ?? ''));
}

/** What the list shows must be what the API answers, item by item. */
async function expectListIs(page: Page, found: PlacesNearby): Promise<void> {
  await expect.poll(() => listedIds(page)).toEqual(found.places.map((p) => p.id));
  const items = page.locator('#places-list > li');
  for (const [i, p] of found.places.entries()) {
    await expect(items.nth(i).locator('.place-distance')).toHaveAttribute('data-distance-m', String(p.distance_m));
    await expect(items.nth(i).locator('.place-direction')).toHaveAttribute('data-direction', p.direction);
  }
}

/** A distance as the resident reads it, from the API's metres and the .ftl strings. */
function distanceIn(locale: string, metres: number): string {
  const nf = (digits: number): Intl.NumberFormat =>
    new Intl.NumberFormat(htmlLang(locale), { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return metres < 1000
    ? ftl(locale, 'places-distance-m', { metres: nf(0).format(metres) })
    : ftl(locale, 'places-distance-km', { km: nf(1).format(metres / 1000) });
}

test('in disaster mode the screen opens on open shelters, nearest first, with the alerts in force on top', async ({ page, request, consoleErrors }) => {
  await updateSettings(request, { home_area: 'mamada' });
  const summary = await api<InboxSummary>(request, 'inbox_summary');
  expect(summary.disaster_mode).toBe(true);
  await openPlaces(page);
  await expect(page.locator('#alerts-in-force')).toBeVisible();
  await expect(page.locator(`#alerts-in-force a[data-id="${LEVEL4_ALERT}"]`)).toBeVisible();
  await expect(page.locator('button[data-kind="shelter"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#places-open-only')).toBeChecked();

  // The flood shelters that are open, from home: exactly the API's answer, and not empty.
  await page.locator('#places-hazard').selectOption('flood');
  const open = await nearest(request, { kind: 'shelter', hazard: 'flood', open_only: true });
  expect(open.places.length).toBeGreaterThan(0);
  expect(open.from).toMatchObject({ kind: 'home', area: 'mamada' });
  await expectListIs(page, open);
  const first = page.locator('#places-list > li').first();
  const p = open.places[0]!;
  await expect(first).toHaveAttribute('data-open', 'true');
  await expect(first.locator('.place-status')).toHaveText(ftl('ja', 'places-status-open'));
  await expect(first.locator('.place-distance')).toHaveText(distanceIn('ja', p.distance_m));
  await expect(first.locator('.place-direction')).toHaveText(ftl('ja', `places-compass-${p.direction.toLowerCase()}`));
  await expect(first.locator('.place-name')).toHaveText(p.name);
  await expect(page.locator('#places-count')).toHaveText(ftl('ja', 'places-result-count', { count: open.places.length }));
  await expect(page.locator('#places-origin bdi')).toHaveText(open.from.label);
  expect(consoleErrors).toEqual([]);
});

test('a resident outside the alert area gets no disaster mode: every shelter, closed ones too', async ({ page, request }) => {
  const areas = await api<AreaView[]>(request, 'list_areas');
  let calm: string | null = null;
  for (const area of areas) {
    await updateSettings(request, { home_area: area.id });
    if (!(await api<InboxSummary>(request, 'inbox_summary')).disaster_mode) {
      calm = area.id;
      break;
    }
  }
  expect(calm, 'some area is outside the 思川 alert').not.toBeNull();
  await openPlaces(page);
  await expect(page.locator('#alerts-in-force')).toHaveCount(0);
  await expect(page.locator('#places-open-only')).not.toBeChecked();
  const all = await nearest(request, { kind: 'shelter' });
  await expectListIs(page, all);
  expect(all.places.some((p) => p.open === false)).toBe(true);
  await expect(page.locator('#places-list > li[data-open="false"]').first().locator('.place-status')).toHaveText(ftl('ja', 'places-status-closed'));
});

test('the hazard filter keeps the shelters designated for it', async ({ page, request }) => {
  await updateSettings(request, { home_area: 'oyama' });
  await openPlaces(page);
  await page.locator('#places-open-only').uncheck();
  for (const hazard of ['earthquake', 'flood', 'landslide'] as const) {
    await page.locator('#places-hazard').selectOption(hazard);
    const found = await nearest(request, { kind: 'shelter', hazard });
    await expectListIs(page, found);
    const hazards = await page.locator('#places-list .place-hazards').evaluateAll((els) => els.map((e) => e.getAttribute('data-hazards') ?? ''));
    expect(hazards.length).toBe(found.places.length);
    for (const h of hazards) expect(h.split(' ')).toContain(hazard);
  }
  // The same list without the filter has shelters the flood filter leaves out (by the river).
  const flood = await nearest(request, { kind: 'shelter', hazard: 'flood', limit: 100 });
  const every = await nearest(request, { kind: 'shelter', limit: 100 });
  expect(flood.places.length).toBeLessThan(every.places.length);
});

test('AEDs, toilets and Wi-Fi; another area; typed coordinates, checked in the resident\'s language', async ({ page, request }) => {
  await updateSettings(request, { home_area: 'oyama' });
  await openPlaces(page);
  for (const kind of ['aed', 'toilet', 'wifi'] as const) {
    await page.locator(`button[data-kind="${kind}"]`).click();
    await expect(page.locator(`button[data-kind="${kind}"]`)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('#places-hazard')).toBeHidden();
    await expectListIs(page, await nearest(request, { kind }));
    await expect(page.locator('#places-list')).toHaveAttribute('data-list-kind', kind);
  }
  await page.locator('button[data-kind="aed"]').click();
  await page.getByLabel(ftl('ja', 'places-from-area')).check();
  await page.locator('#places-area').selectOption('mamada');
  await expectListIs(page, await nearest(request, { kind: 'aed', area: 'mamada' }));

  await page.getByLabel(ftl('ja', 'places-from-point')).check();
  await page.locator('#places-lat').fill('北');
  await page.locator('#places-search').click();
  await expect(page.locator('#places-lat-error')).toHaveText(ftl('ja', 'places-error-lat-invalid'));
  await expect(page.locator('#places-lon-error')).toHaveText(ftl('ja', 'places-error-lon-missing'));
  await expect(page.locator('#places-lat')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#places-lat')).toBeFocused();
  // Full-width digits are what a Japanese keyboard often gives.
  await page.locator('#places-lat').fill('３６．３５');
  await page.locator('#places-lon').fill('139.85');
  await page.locator('#places-search').click();
  await expect(page.locator('#places-lat-error')).toBeEmpty();
  await expect(page.locator('#places-lat')).not.toHaveAttribute('aria-invalid', 'true');
  const point = await nearest(request, { kind: 'aed', lat: 36.35, lon: 139.85 });
  await expectListIs(page, point);
  await expect(page.locator('#places-origin')).toHaveAttribute('data-origin', 'point');
});

test('each place opens in the maps app (geo:) or on OpenStreetMap (https, a new tab without opener)', async ({ page, request }) => {
  await updateSettings(request, { home_area: 'mamada' });
  await openPlaces(page);
  const items = page.locator('#places-list > li');
  await expect(items.first()).toBeVisible();
  for (let i = 0; i < (await items.count()); i++) {
    const geo = items.nth(i).locator('a[data-map="geo"]');
    const osm = items.nth(i).locator('a[data-map="osm"]');
    expect(await geo.getAttribute('href')).toMatch(/^geo:-?\d+(\.\d+)?,-?\d+(\.\d+)?\?q=/);
    expect(await osm.getAttribute('href')).toMatch(/^https:\/\/www\.openstreetmap\.org\//);
    await expect(osm).toHaveAttribute('target', '_blank');
    expect(await osm.getAttribute('rel')).toContain('noopener');
    // Each link says which place it is for.
    const name = (await items.nth(i).locator('.place-name').textContent()) ?? '';
    await expect(geo).toHaveAccessibleName(`${ftl('ja', 'places-open-in-maps')} ${name}`);
  }
});

test('one place in full, with the notice that opened it', async ({ page, request, consoleErrors }) => {
  await updateSettings(request, { home_area: 'mamada' });
  await openPlaces(page);
  const first = page.locator('#places-list > li').first();
  const id = (await first.getAttribute('data-id'))!;
  await first.locator('.place-name a').click();
  await expect(page.locator('main')).toHaveAttribute('data-screen', 'places-detail');
  const view = await api<PlaceView>(request, 'place_show', { id });
  await expect(page.locator('h1')).toHaveText(view.place.name);
  await expect(page.locator('h1')).toBeFocused();
  await expect(page.locator('#place .place-distance')).toHaveAttribute('data-distance-m', String(view.place.distance_m));
  expect(view.opened_by.map((e) => e.id)).toContain(LEVEL4_ALERT);
  await expect(page.locator(`.place-opened-by a[data-id="${LEVEL4_ALERT}"]`)).toHaveAttribute('href', `#/inbox/${LEVEL4_ALERT}`);
  await page.getByRole('link', { name: ftl('ja', 'places-back') }).click();
  await expect(page.locator('main')).toHaveAttribute('data-screen', 'places');
  expect(consoleErrors).toEqual([]);
});

for (const locale of ['ja', 'ja-easy', 'ne']) {
  for (const fontScale of ['normal', 'xlarge'] as const) {
    test(`no axe violations on the places screens (${locale}, ${fontScale} text)`, async ({ page, request }) => {
      await updateSettings(request, { locale, font_scale: fontScale, home_area: 'mamada' });
      await openPlaces(page);
      await expect(page.locator('html')).toHaveAttribute('lang', htmlLang(locale));
      const found: string[] = [];
      await expect(page.locator('#places-list > li').first()).toBeVisible();
      found.push(...(await axeViolations(page, 'open shelters, disaster mode', false)));
      await page.locator('#places-open-only').uncheck();
      await page.locator('#places-hazard').selectOption('earthquake');
      await expect(page.locator('#places-list > li[data-open="false"]').first()).toBeVisible();
      found.push(...(await axeViolations(page, 'earthquake shelters, open and closed', false)));
      await page.locator('button[data-kind="wifi"]').click();
      await page.locator('#places-from-point').check();
      await page.locator('#places-search').click();
      await expect(page.locator('#places-lat-error')).not.toBeEmpty();
      found.push(...(await axeViolations(page, 'Wi-Fi, coordinates missing', false)));
      await page.evaluate(() => {
        location.hash = '#/places/shelter-0015';
      });
      await expect(page.locator('#place')).toBeVisible();
      found.push(...(await axeViolations(page, 'one shelter', false)));
      expect(found, found.join('\n')).toEqual([]);
    });
  }
}

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const locale of ['ja', 'ja-easy', 'ne', 'vi']) {
    test(`the places screens do not scroll sideways with extra-large text (${locale})`, async ({ page, request }) => {
      await updateSettings(request, { locale, font_scale: 'xlarge', home_area: 'mamada' });
      await openPlaces(page);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
      await page.locator('#places-open-only').uncheck();
      await page.locator('#places-from-point').check();
      await page.locator('#places-search').click();
      await expect(page.locator('#places-lat-error')).not.toBeEmpty();
      expect(await scrollWidth(page), 'list with coordinate errors').toBeLessThanOrEqual(320);
      await page.evaluate(() => {
        location.hash = '#/places/shelter-0015';
      });
      await expect(page.locator('#place')).toBeVisible();
      expect(await scrollWidth(page), 'one shelter').toBeLessThanOrEqual(320);
    });
  }
});
