// Health points in the browser, against a `machi web` of this spec's own that trusts a key the spec holds (see
// health-support.ts): a resident and their mother each earn points on one device — steps and a correction, a
// check-up, an event check-in from the code's text and from a photo of the city's printed QR code (made with
// `machi-publish event-qr`) — and the page says so in their language; forged, altered, expired and other-key codes
// are refused with their reason (in Japanese, then in Tagalog); the counter code is shown large; the data is
// exported and deleted. All the while, every request the page makes stays on machi web's own origin, and every
// POST is an /api/ call: nothing leaves the device.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request } from '@playwright/test';
import { axeViolations, expect, ftl, test } from './support';
import { EVENT_DAY, HealthCity, HealthResident, alteredCode, forgedCode, shownDay } from './health-support';

test.describe.configure({ mode: 'serial' });

let root = '';
let city: HealthCity;
let resident: HealthResident;

test.beforeAll(async ({ request }) => {
  root = await mkdtemp(join(tmpdir(), 'machi-e2e-health-'));
  city = new HealthCity(root);
  await city.prepare();
  await city.serve();
  resident = new HealthResident(join(root, 'data'), city);
  await resident.start();
  await resident.sync(request);
});

test.afterAll(async () => {
  await resident?.stop();
  await city?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

/** Every request the page makes, from before it loads. */
function recordRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on('request', (r) => seen.push(r));
  return seen;
}

function expectOnlyOwnOrigin(requests: Request[]): void {
  expect(requests.length).toBeGreaterThan(0);
  for (const r of requests) {
    const url = r.url();
    if (url.startsWith('blob:') || url.startsWith('data:')) continue;
    expect(new URL(url).origin, url).toBe(resident.url);
    if (r.method() !== 'GET') expect(new URL(url).pathname, `${r.method()} ${url}`).toMatch(/^\/api\/[a-z_]+$/);
    else expect(new URL(url).pathname, url).not.toMatch(/^\/api\//);
  }
}

/**
 * Console errors of the app. A refused code is an HTTP 422 from machi web, which Chromium itself logs as a failed
 * resource; that line is the browser's, not the app's.
 */
function appErrors(consoleErrors: string[]): string[] {
  return consoleErrors.filter((e) => !/the server responded with a status of 422/.test(e));
}

async function balance(page: Page): Promise<number> {
  return Number(await page.locator('#health-balance').getAttribute('data-balance'));
}

async function enterSteps(page: Page, date: string, steps: string): Promise<void> {
  await page.locator('#health-steps-date').fill(date);
  await page.locator('#health-steps-count').fill(steps);
  await page.getByRole('button', { name: ftl('ja', 'health-steps-save') }).click();
}

async function switchTo(page: Page, name: string): Promise<void> {
  const button = page.locator('#health-profiles').getByRole('button', { name, exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#health-showing')).toHaveText(ftl('ja', 'health-showing', { name }));
}

test('a resident and their mother earn points, check in by text and by photo, and see their progress', async ({ page, request, consoleErrors }) => {
  const requests = recordRequests(page);
  await resident.call(request, 'update_settings', { patch: { locale: 'ja', second_locale: 'ja-easy', font_scale: 'normal' } });
  const me = ftl('ja', 'health-profile-default-name');
  await resident.open(page);
  await expect(page.locator('h1')).toHaveText(ftl('ja', 'feature-health'));
  await expect(page.locator('#health-showing')).toHaveText(ftl('ja', 'health-showing', { name: me }));
  expect(await balance(page)).toBe(0);
  await expect(page.locator('#health-next-tier')).toHaveText(ftl('ja', 'health-to-next-tier', { tier: 'ブロンズ', points: 300 }));

  // Steps, typed the way a Japanese keyboard gives them (full-width digits), then a correction of the same day.
  await enterSteps(page, '2026-11-26', '８５００');
  const status = page.locator('#health-steps-status');
  await expect(status).toHaveText(ftl('ja', 'health-steps-recorded', { date: shownDay('2026-11-26', 'ja'), steps: 8500, points: 8 }));
  await expect(page.locator('#health-steps-count')).toBeFocused();
  expect(await balance(page)).toBe(8);
  await enterSteps(page, '2026-11-26', '5000');
  await expect(status).toHaveText(ftl('ja', 'health-steps-corrected', { date: shownDay('2026-11-26', 'ja'), steps: 5000, points: 5 }));
  expect(await balance(page)).toBe(5);

  // The form says what is wrong in the resident's language: on the field first, then the core's reasons.
  await enterSteps(page, '2026-11-26', 'たくさん');
  await expect(page.locator('#health-steps-count-error')).toHaveText(ftl('ja', 'health-error-steps-number'));
  await expect(page.locator('#health-steps-count')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#health-steps-count')).toBeFocused();
  await enterSteps(page, '2026-11-28', '3000');
  const future = ftl('ja', 'error-points-future-date', { date: '2026-11-28' });
  await expect(page.locator('#health-steps-date-error')).toHaveText(future);
  await expect(status).toHaveText(ftl('ja', 'health-refused', { message: future }));
  expect(await balance(page)).toBe(5);

  // A check-up.
  await page.locator('#health-checkup-kind').selectOption('tokutei');
  await page.locator('#health-checkup-date').fill('2026-06-01');
  await page.getByRole('button', { name: ftl('ja', 'health-checkup-save') }).click();
  await expect(page.locator('#health-checkup-status')).toHaveText(
    ftl('ja', 'health-checkup-recorded', { kind: '特定健診', date: shownDay('2026-06-01', 'ja'), points: 100 }),
  );
  expect(await balance(page)).toBe(105);

  // The mother joins on the same device; her points start at zero and stay hers.
  await page.getByRole('link', { name: ftl('ja', 'health-profiles-manage') }).click();
  await expect(page.locator('h1')).toHaveText(ftl('ja', 'health-profiles-title'));
  await page.locator('#health-profile-new').fill('母');
  await page.getByRole('button', { name: ftl('ja', 'health-profile-add') }).click();
  await expect(page.locator('#health-profiles-status')).toHaveText(ftl('ja', 'health-profile-added', { name: '母' }));
  await page.getByRole('link', { name: ftl('ja', 'health-back') }).click();
  await switchTo(page, '母');
  expect(await balance(page)).toBe(0);
  await enterSteps(page, '2026-11-26', '12000');
  await expect(status).toHaveText(ftl('ja', 'health-steps-recorded', { date: shownDay('2026-11-26', 'ja'), steps: 12000, points: 12 }));
  expect(await balance(page)).toBe(12);
  await switchTo(page, me);
  expect(await balance(page)).toBe(105);

  // The city's code, pasted as text; a second time it credits nothing.
  const walk = await city.eventQr('2026-health-walk', { points: 50, name: 'おやま健康ウォーク' });
  const checkinStatus = page.locator('#health-checkin-status');
  await page.locator('#health-checkin-code').fill(walk.payload);
  await page.getByRole('button', { name: ftl('ja', 'health-checkin-save') }).click();
  await expect(checkinStatus).toHaveText(ftl('ja', 'health-checkin-credited', { event: 'おやま健康ウォーク', points: 50, name: me }));
  expect(await balance(page)).toBe(155);
  await page.locator('#health-checkin-code').fill(walk.payload);
  await page.getByRole('button', { name: ftl('ja', 'health-checkin-save') }).click();
  await expect(checkinStatus).toHaveText(
    ftl('ja', 'health-checkin-already', { event: 'おやま健康ウォーク', date: shownDay(EVENT_DAY, 'ja'), name: me }),
  );
  expect(await balance(page)).toBe(155);

  // The mother picks a photo of the printed poster instead.
  await switchTo(page, '母');
  await page.locator('#health-checkin-image').setInputFiles(walk.png);
  await expect(checkinStatus).toHaveText(ftl('ja', 'health-checkin-credited', { event: 'おやま健康ウォーク', points: 50, name: '母' }));
  expect(await balance(page)).toBe(62);
  await expect(page.locator('#health-history li[data-source="checkin"]').first()).toContainText('おやま健康ウォーク');

  // Forged, altered, expired and other-key codes: refused, each with its reason, nothing credited.
  const expired = await city.eventQr('autumn-walk', { from: '2026-11-01', until: '2026-11-20' });
  const stranger = await city.eventQr('fake-walk', { stranger: true });
  const refusals: [string, string, Record<string, string>][] = [
    [forgedCode(walk.payload), 'error-checkin-bad-signature', {}],
    [alteredCode(walk.payload), 'error-checkin-bad-signature', {}],
    [expired.payload, 'error-checkin-expired', { until: '2026-11-20' }],
    [stranger.payload, 'error-checkin-unknown-key', {}],
    ['これはコードではありません', 'error-checkin-malformed', {}],
  ];
  for (const [code, id, args] of refusals) {
    await page.locator('#health-checkin-code').fill(code);
    await page.getByRole('button', { name: ftl('ja', 'health-checkin-save') }).click();
    await expect(checkinStatus).toHaveText(ftl('ja', 'health-refused', { message: ftl('ja', id, args) }));
    await expect(checkinStatus).toHaveClass(/status--error/);
  }
  await page.locator('#health-checkin-image').setInputFiles({ name: 'not-a-photo.png', mimeType: 'image/png', buffer: Buffer.from('not a picture') });
  await expect(checkinStatus).toHaveText(ftl('ja', 'health-refused', { message: ftl('ja', 'error-checkin-not-an-image') }));
  expect(await balance(page)).toBe(62);

  // The same refusal in Tagalog, on a Tagalog screen.
  await resident.call(request, 'update_settings', { patch: { locale: 'tl' } });
  await resident.open(page);
  await page.locator('#health-checkin-code').fill(expired.payload);
  await page.getByRole('button', { name: ftl('tl', 'health-checkin-save') }).click();
  await expect(checkinStatus).toHaveText(ftl('tl', 'health-refused', { message: ftl('tl', 'error-checkin-expired', { until: '2026-11-20' }) }));
  await expect(page.locator('html')).toHaveAttribute('lang', 'tl');
  await resident.call(request, 'update_settings', { patch: { locale: 'ja' } });

  expectOnlyOwnOrigin(requests);
  expect(appErrors(consoleErrors)).toEqual([]);
});

test('the counter screen shows a large code and the period in words', async ({ page, request, consoleErrors }) => {
  const requests = recordRequests(page);
  await resident.call(request, 'update_settings', { patch: { locale: 'ja' } });
  const me = ftl('ja', 'health-profile-default-name');
  const profiles = await resident.call<{ profiles: { id: number; name: string }[] }>(request, 'profiles_list');
  const mine = profiles.profiles.find((p) => p.name === me);
  await resident.call(request, 'profile_switch', { profile: mine?.id });
  await resident.open(page);
  await page.getByRole('link', { name: ftl('ja', 'health-show-counter') }).click();
  await expect(page.locator('h1')).toHaveText(ftl('ja', 'health-counter-title'));
  await expect(page.locator('h1')).toBeFocused();
  const code = page.locator('img.health-counter-qr');
  await expect(code).toHaveCount(1);
  await expect(code).toHaveAttribute('alt', ftl('ja', 'health-counter-code-label', { part: 1, of: 1 }));
  const box = await code.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThanOrEqual(280);
  expect(await code.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
  await expect(page.locator('.health-brightness')).toHaveText(ftl('ja', 'health-counter-hint'));
  const facts = page.locator('#health-counter-facts');
  await expect(facts).toContainText(ftl('ja', 'health-counter-verified', { count: 1, points: 50 }));
  await expect(facts).toContainText(ftl('ja', 'health-points-value', { points: 155 }));
  // Dark on white in high contrast too: scanners need it.
  await resident.call(request, 'update_settings', { patch: { high_contrast: true } });
  await resident.open(page, '#/health/counter');
  expect(await page.locator('.health-counter-code').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
  expect(await axeViolations(page, 'counter, high contrast', true)).toEqual([]);
  await resident.call(request, 'update_settings', { patch: { high_contrast: false } });
  expectOnlyOwnOrigin(requests);
  expect(appErrors(consoleErrors)).toEqual([]);
});

test('export saves the profile as JSON and CSV, and delete everything asks first', async ({ page, request, consoleErrors }) => {
  const requests = recordRequests(page);
  await resident.call(request, 'update_settings', { patch: { locale: 'ja' } });
  await resident.open(page);
  await switchTo(page, '母');

  const json = page.waitForEvent('download');
  await page.getByRole('button', { name: ftl('ja', 'health-export-json') }).click();
  const jsonFile = await json;
  expect(jsonFile.suggestedFilename()).toMatch(/^machi-points-\d+-2026-11-27\.json$/);
  const exported = JSON.parse(await readFile((await jsonFile.path()) ?? '', 'utf8')) as { profile: { name: string }; entries: unknown[] };
  expect(exported.profile.name).toBe('母');
  expect(exported.entries).toHaveLength(2);
  await expect(page.locator('#health-data-status')).toHaveText(ftl('ja', 'health-exported', { file: jsonFile.suggestedFilename() }));
  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: ftl('ja', 'health-export-csv') }).click();
  const csvText = await readFile((await (await csv).path()) ?? '', 'utf8');
  expect(csvText.split('\n')[0]).toBe('id,recorded_at,date,source,claim,revision,points,steps,rule_version,detail');
  expect(csvText).toContain('12000');

  // Delete everything: a confirmation first, which can be cancelled.
  const remove = page.locator('#health-delete-all');
  await remove.click();
  await expect(page.locator('#health-delete-confirm-heading')).toBeFocused();
  await expect(page.locator('#health-delete-confirm')).toContainText(ftl('ja', 'health-delete-confirm-body', { name: '母' }));
  expect(await axeViolations(page, 'delete confirmation', false)).toEqual([]);
  await page.locator('#health-delete-no').click();
  await expect(page.locator('#health-delete-confirm')).toBeHidden();
  await expect(remove).toBeFocused();
  await remove.click();
  await page.locator('#health-delete-yes').click();
  await expect(page.locator('#health-profile-status')).toHaveText(ftl('ja', 'health-deleted', { name: '母', count: 2 }));
  await expect(page.locator('#health-profiles').getByRole('button')).toHaveCount(1);
  expect(await balance(page)).toBe(155);
  expectOnlyOwnOrigin(requests);
  expect(appErrors(consoleErrors)).toEqual([]);
});
