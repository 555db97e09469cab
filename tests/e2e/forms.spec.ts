// 書かない窓口 and 待たない窓口 in the browser, against the real `machi web` of global-setup.ts: the forms in the
// resident's language beside their official Japanese names; a form typed the way residents type (full-width digits,
// 〒, 和暦, hiragana readings), checked as they type with each problem named at its field — in Japanese and in
// Vietnamese — and the problems listed, focused, when they ask for the codes too early; a draft that survives a
// reload; the profile read only after the resident agrees; the QR codes shown large, with a text alternative, and
// read back by zbarimg into exactly the normalised values (one code, and a household in several); the queue saying
// plainly that it is offline (the feed address has nothing listening); and the signage page: alerts first, no
// input, rotating its second language, a new alert shown at once, and still up when the backend goes away.

import type { Page, Request } from '@playwright/test';
import type { FormDraftView, FormPrefill, KioskShow } from '../../ui/src/generated/api';
import {
  SEAL_NORMALISED,
  SEAL_TYPED,
  api,
  formTemplate,
  formsList,
  imagePng,
  openForm,
  openFormsPath,
  parsePart,
  payloadOrder,
  readForm,
  resetForms,
  zbarBytes,
} from './forms-support';
import { LEVEL4_ALERT, expect, ftl, htmlLang, machiToken, machiUrl, openApp, plain, test, updateSettings } from './support';

test.beforeEach(async ({ request }) => {
  await resetForms(request);
});

test.afterAll(async ({ request }) => {
  await resetForms(request);
});

/** The forms the city must offer at least (the list). */
const REQUIRED_FORMS = ['moving-in', 'moving-out', 'moving-within', 'certificate-request', 'seal-registration', 'checkup-reservation'];

// ---- The list ----

for (const locale of ['ja', 'vi', 'en']) {
  test(`the forms are listed in ${locale} beside their official Japanese names`, async ({ page, request }) => {
    await updateSettings(request, { locale });
    const forms = await formsList(request);
    expect(forms.map((f) => f.id)).toEqual(expect.arrayContaining(REQUIRED_FORMS));
    await openApp(page, 'forms');
    const items = page.locator('#forms-list > li');
    await expect(items).toHaveCount(forms.length);
    for (const form of forms) {
      const item = page.locator(`#forms-list > li[data-form="${form.id}"]`);
      // The resident's language where the city wrote it, marked as such…
      if (locale !== 'ja') expect(form.title.locale, `${form.id} has a ${locale} title`).toBe(locale);
      const title = item.getByRole('link', { name: form.title.text, exact: true });
      await expect(title).toBeVisible();
      await expect(title.locator(`[lang="${htmlLang(form.title.locale)}"]`)).toHaveText(form.title.text);
      // …and the paper form's name, which the counter works with, always in Japanese.
      const official = item.locator('.form-official [lang="ja"]');
      await expect(official).toHaveText(form.title_ja_official);
      await expect(item.locator('.form-official')).toContainText(ftl(locale, 'forms-official-label'));
      // The link opens that form.
      await expect(title).toHaveAttribute('href', `#/forms/${form.id}`);
    }
    // A different language really is a different title (not the Japanese one relabelled).
    if (locale !== 'ja') {
      const moving = forms.find((f) => f.id === 'moving-in')!;
      expect(moving.title.text).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
    }
  });
}

// ---- Filling in ----

/** Types into a field and leaves it, as a resident does; the core checks after a short pause. */
async function type(page: Page, key: string, value: string): Promise<void> {
  const input = page.locator(`#field-${key}`);
  await input.fill(value);
  await input.blur();
}

async function expectProblem(page: Page, key: string, message: string): Promise<void> {
  await expect(page.locator(`#field-${key}-error`)).toHaveText(message);
  await expect(page.locator(`#field-${key}`)).toHaveAttribute('aria-invalid', 'true');
  // The message is part of the field's description, so a screen reader says it with the field.
  const describedBy = (await page.locator(`#field-${key}`).getAttribute('aria-describedby')) ?? '';
  expect(describedBy.split(' ')).toContain(`field-${key}-error`);
}

async function expectNoProblem(page: Page, key: string): Promise<void> {
  await expect(page.locator(`#field-${key}-error`)).toHaveText('');
  await expect(page.locator(`#field-${key}`)).not.toHaveAttribute('aria-invalid', 'true');
}

/** The label of a field as the page shows it in the resident's language (without the Japanese name). */
async function shownLabel(page: Page, key: string): Promise<string> {
  return (await page.locator(`.form-field[data-path="${key}"] .field-name`).first().textContent()) ?? '';
}

test('a form typed the way residents type: checked as they type, problems listed and focused, then codes that read back to the normalised values', async ({
  page,
  request,
}) => {
  await openForm(page, 'seal-registration');
  // Every field shows the paper form's Japanese name; in Japanese it would only repeat the label, so only where
  // the two differ — but each field has either.
  const form = await formTemplate(request, 'seal-registration');
  for (const field of form.sections.flatMap((s) => s.fields)) {
    const block = page.locator(`.form-field[data-path="${field.key}"]`);
    await expect(block.locator('.field-name').first()).toHaveText(field.label.text);
    if (field.label.text !== field.label_ja_official) await expect(block.locator('.official[lang="ja"]').first()).toHaveText(field.label_ja_official);
  }

  // Mistakes, each named at its field in Japanese.
  await type(page, 'kana', 'Hanako');
  await expectProblem(page, 'kana', ftl('ja', 'form-error-kana-only', { char: 'H' }));
  await type(page, 'postal_code', '３２３８６');
  await expectProblem(page, 'postal_code', ftl('ja', 'form-error-postal-code'));
  await type(page, 'birth_date', '平成２年２月３０日');
  await expectProblem(page, 'birth_date', ftl('ja', 'form-error-date-not-real'));
  // A field nobody touched says nothing yet.
  await expectNoProblem(page, 'name');

  // Asking for the codes now lists every problem, each naming its field, and takes focus there.
  await page.locator('#form-show-codes').click();
  const summary = page.locator('#form-problems');
  await expect(summary).toBeFocused();
  await expect(summary).toHaveAttribute('role', 'alert');
  const check = await api<{ ok: boolean; problems: { field: string }[] }>(request, 'form_check', {
    id: 'seal-registration',
    values: (await api<FormDraftView>(request, 'form_draft_load', { id: 'seal-registration' })).values,
  });
  expect(check.ok).toBe(false);
  const links = summary.getByRole('link');
  await expect(links).toHaveCount(check.problems.length);
  await expect(summary).toContainText(ftl('ja', 'form-has-problems', { count: check.problems.length }));
  // The first one is the first field in the form's order with a problem: the name, which is required and empty.
  const order = form.sections.flatMap((s) => s.fields.map((f) => f.key));
  const first = order.find((k) => check.problems.some((p) => p.field === k));
  expect(first).toBe('name');
  await expect(links.first()).toHaveText(ftl('ja', 'form-problem-item', { label: await shownLabel(page, 'name'), message: ftl('ja', 'form-error-required') }));
  for (const [key, message] of [
    ['kana', ftl('ja', 'form-error-kana-only', { char: 'H' })],
    ['postal_code', ftl('ja', 'form-error-postal-code')],
    ['birth_date', ftl('ja', 'form-error-date-not-real')],
  ] as const) {
    await expect(summary.getByRole('link', { name: ftl('ja', 'form-problem-item', { label: await shownLabel(page, key), message }) })).toBeVisible();
  }
  // Every field's own message is now shown, untouched ones too.
  await expectProblem(page, 'name', ftl('ja', 'form-error-required'));
  // The link takes focus to the field itself.
  await links.first().click();
  await expect(page.locator('#field-name')).toBeFocused();
  expect(page.url()).toMatch(/#\/forms\/seal-registration$/);

  // Now typed right, the way a Japanese phone types: full-width digits and dashes, 〒, 和暦, hiragana.
  for (const [key, value] of Object.entries(SEAL_TYPED)) await type(page, key, value);
  await page.locator('#field-applicant').check();
  await page.locator('#field-identity').check();
  for (const key of Object.keys(SEAL_TYPED)) await expectNoProblem(page, key);
  await expect(summary.getByRole('link')).toHaveCount(0);

  await page.locator('#form-show-codes').click();
  await expect(page.locator('main[data-screen="forms-detail"] #qr-figure img')).toBeVisible();
  expect(page.url()).toMatch(/#\/forms\/seal-registration\/qr$/);

  // Read the code on screen as the counter does, and compare with what the resident typed, normalised.
  const parts = [];
  const total = Number((await page.locator('#qr-position').textContent())?.split('/')[1]?.trim());
  expect(total).toBeGreaterThanOrEqual(1);
  for (let i = 1; i <= total; i += 1) {
    await expect(page.locator('#qr-figure')).toHaveAttribute('data-index', String(i));
    const part = parsePart(await zbarBytes(await imagePng(page, '#qr-figure img')));
    // The text alternative holds exactly what the code holds.
    await page.locator('.qr-details summary').click();
    await expect(page.locator('#qr-text')).toBeVisible();
    const shown = (await page.locator('#qr-text').textContent()) ?? '';
    expect(shown.startsWith(`MF1${part.encoding}:${part.index}/${part.total}:${part.check}:`)).toBe(true);
    await page.locator('.qr-details summary').click();
    parts.push(part);
    if (i < total) await page.locator('#qr-next').click();
  }
  const read = readForm(parts);
  // Japanese only: the Shift_JIS the counters' readers take.
  expect(read.encoding).toBe('S');
  expect(read.formId).toBe('seal-registration');
  expect(read.version).toBe(form.version);
  const value = (key: string): string => read.values[payloadOrder(form).indexOf(key)] ?? '';
  for (const [key, expected] of Object.entries(SEAL_NORMALISED)) expect(value(key), key).toBe(expected);
  // An address is carried as typed (spaces collapsed): full-width digits are Shift_JIS, and the counter reads them.
  expect(value('address')).toBe(SEAL_TYPED.address);
  // The date of the request is filled with today (the sample "now"), without asking for anything.
  expect(value('request_date')).toBe('2026-11-27');

  // Done at the counter: the draft goes, and the list no longer says there is one.
  await page.locator('#qr-done').click();
  await expect(page.locator('main')).toHaveAttribute('data-screen', 'forms');
  await expect(page.locator('#forms-list > li[data-form="seal-registration"] .form-item-draft')).toHaveCount(0);
  expect((await api<FormDraftView>(request, 'form_draft_load', { id: 'seal-registration' })).saved).toBe(false);
});

test('in Vietnamese, each problem is named at its field in Vietnamese, beside the Japanese field name', async ({ page, request }) => {
  await updateSettings(request, { locale: 'vi' });
  await openForm(page, 'seal-registration');
  const form = await formTemplate(request, 'seal-registration');
  const postal = form.sections.flatMap((s) => s.fields).find((f) => f.key === 'postal_code')!;
  expect(postal.label.locale).toBe('vi');
  const block = page.locator('.form-field[data-path="postal_code"]');
  await expect(block.locator('.field-name')).toHaveText(postal.label.text);
  await expect(block.locator('.field-name')).toHaveAttribute('lang', 'vi');
  await expect(block.locator('.official')).toHaveText(postal.label_ja_official);
  await expect(block.locator('.official')).toHaveAttribute('lang', 'ja');

  await type(page, 'postal_code', '１２３');
  await expectProblem(page, 'postal_code', ftl('vi', 'form-error-postal-code'));
  await type(page, 'kana', 'はなこ1');
  await expectProblem(page, 'kana', ftl('vi', 'form-error-kana-only', { char: '1' }));
  await type(page, 'birth_date', 'ngày mai');
  await expectProblem(page, 'birth_date', ftl('vi', 'form-error-date-format'));

  await page.locator('#form-show-codes').click();
  const summary = page.locator('#form-problems');
  await expect(summary).toBeFocused();
  await expect(summary.locator('h2')).toHaveText(ftl('vi', 'form-problems-heading'));
  await expect(summary.getByRole('link').first()).toHaveText(
    ftl('vi', 'form-problem-item', { label: await shownLabel(page, 'name'), message: ftl('vi', 'form-error-required') }),
  );
  await expect(summary.getByRole('link', { name: ftl('vi', 'form-problem-item', { label: await shownLabel(page, 'postal_code'), message: ftl('vi', 'form-error-postal-code') }) })).toBeVisible();
  // No unmarked Japanese in the problems: the Japanese field names are beside the fields, and the examples of what
  // may be typed (令和7年4月1日) are marked lang="ja", so a Vietnamese voice does not spell them out.
  const unmarked = await summary.evaluate((el) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement?.closest('[lang]')?.getAttribute('lang') !== 'ja' && /[\u3040-\u30ff\u4e00-\u9fff]/u.test(n.textContent ?? '')) found.push(n.textContent ?? '');
    }
    return found;
  });
  expect(unmarked).toEqual([]);
  await expect(summary.locator('[lang="ja"]', { hasText: '令和' }).first()).toBeVisible();
  await expect(page.locator('#field-birth_date-error [lang="ja"]').first()).toBeVisible();
});

test('a draft survives a reload, and the list says a draft is saved', async ({ page }) => {
  await openForm(page, 'seal-registration');
  await expect(page.locator('#form-draft-restored')).toHaveCount(0);
  await type(page, 'name', SEAL_TYPED.name);
  await type(page, 'birth_date', SEAL_TYPED.birth_date);
  await page.locator('#field-identity-1').check();
  await expect(page.locator('#form-draft-status')).toHaveText(new RegExp(`^${ftl('ja', 'form-draft-saved', { time: 'TIME' }).replace(/[()（）]/g, '.').replace('TIME', '.+')}$`));

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('#form-fields')).toHaveAttribute('data-form', 'seal-registration');
  await expect(page.locator('#form-draft-restored')).toHaveText(ftl('ja', 'form-draft-restored'));
  // As typed: the draft keeps the resident's own spelling (the codes carry the normalised one).
  await expect(page.locator('#field-name')).toHaveValue(SEAL_TYPED.name);
  await expect(page.locator('#field-birth_date')).toHaveValue(SEAL_TYPED.birth_date);
  await expect(page.locator('#field-identity-1')).toBeChecked();
  await expect(page.locator('#field-identity')).not.toBeChecked();

  await page.locator('.back-link').first().click();
  await expect(page.locator('main')).toHaveAttribute('data-screen', 'forms');
  await expect(page.locator('#forms-list > li[data-form="seal-registration"] .form-item-draft')).toBeVisible();
  await expect(page.locator('#forms-list > li[data-form="moving-in"] .form-item-draft')).toHaveCount(0);
});

// ---- Filling in from the profile ----

const PROFILE = {
  full_name: '小山 花子',
  kana: 'オヤマ ハナコ',
  birth_date: '1990-02-02',
  postal_code: '323-8686',
  address: '栃木県小山市中央町1-1-1',
  phone: '0285-22-1111',
};

/** The form's fields that the profile can fill (certificate-request: name, birth date, address, phone). */
const PREFILLED = { applicant_name: PROFILE.full_name, applicant_birth_date: PROFILE.birth_date, applicant_address: PROFILE.address, phone: PROFILE.phone };

function prefillCalls(page: Page): Request[] {
  const seen: Request[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/form_prefill')) seen.push(r);
  });
  return seen;
}

test('the profile fills a form only after the resident agrees, and the agreement can be withdrawn', async ({ page, request }) => {
  await api(request, 'profile_details', { details: PROFILE, prefill_consent: true });
  const calls = prefillCalls(page);
  await openForm(page, 'certificate-request');
  for (const key of Object.keys(PREFILLED)) await expect(page.locator(`#field-${key}`)).toHaveValue('');

  // First the question, with nothing read.
  await page.locator('#form-prefill').click();
  await expect(page.locator('#form-prefill-consent')).toBeVisible();
  await expect(page.locator('#form-prefill-question')).toBeFocused();
  await expect(page.locator('#form-prefill-question')).toHaveText(ftl('ja', 'form-prefill-consent'));
  // "Not now": still nothing read, nothing filled, no consent recorded.
  await page.locator('#form-prefill-cancel').click();
  await expect(page.locator('#form-prefill-consent')).toBeHidden();
  await expect(page.locator('#form-prefill')).toBeFocused();
  for (const key of Object.keys(PREFILLED)) await expect(page.locator(`#field-${key}`)).toHaveValue('');
  expect(calls).toHaveLength(0);
  expect((await api<FormDraftView>(request, 'form_draft_load', { id: 'certificate-request' })).prefill_consent_at).toBeNull();
  // The core refuses too without consent.
  const refused = await api<FormPrefill>(request, 'form_prefill', { id: 'certificate-request', save: false });
  expect(refused.outcome).toBe('needs_consent');
  expect(refused.filled).toEqual([]);

  // Agreed: the empty fields are filled from the profile, and the resident is told how many.
  await page.locator('#form-prefill').click();
  await page.locator('#form-prefill-agree').click();
  for (const [key, value] of Object.entries(PREFILLED)) await expect(page.locator(`#field-${key}`)).toHaveValue(value);
  await expect(page.locator('#form-prefill-status')).toHaveText(ftl('ja', 'form-prefill-filled', { count: String(Object.keys(PREFILLED).length) }));
  await expect(page.locator('#form-prefill-given')).toBeVisible();
  await expect(page.locator('#form-prefill')).toBeFocused();
  expect(calls).toHaveLength(1);
  expect((await api<FormDraftView>(request, 'form_draft_load', { id: 'certificate-request' })).prefill_consent_at).not.toBeNull();

  // What the resident types is never overwritten by the profile.
  await type(page, 'phone', '０９０－１２３４－５６７８');
  await page.locator('#form-prefill').click();
  await expect(page.locator('#field-phone')).toHaveValue('０９０－１２３４－５６７８');
  await expect(page.locator('#form-prefill-status')).toHaveText(ftl('ja', 'form-prefill-nothing'));

  // Withdrawn: what was filled stays; the consent is gone, so the next time asks again.
  await page.locator('#form-prefill-withdraw').click();
  await expect(page.locator('#form-prefill-status')).toHaveText(ftl('ja', 'form-prefill-withdrawn'));
  await expect(page.locator('#form-prefill-given')).toBeHidden();
  await expect(page.locator('#field-applicant_name')).toHaveValue(PROFILE.full_name);
  expect((await api<FormDraftView>(request, 'form_draft_load', { id: 'certificate-request' })).prefill_consent_at).toBeNull();
  await page.locator('#form-prefill').click();
  await expect(page.locator('#form-prefill-consent')).toBeVisible();
});

test('a profile set not to be used for forms fills nothing, and says so', async ({ page, request }) => {
  await api(request, 'profile_details', { details: PROFILE, prefill_consent: false });
  await openForm(page, 'certificate-request');
  await page.locator('#form-prefill').click();
  await page.locator('#form-prefill-agree').click();
  await expect(page.locator('#form-prefill-status')).toHaveText(ftl('ja', 'form-prefill-not-shared'));
  for (const key of Object.keys(PREFILLED)) await expect(page.locator(`#field-${key}`)).toHaveValue('');
});

// ---- A household in several codes ----

test('a household moving in is shown as several large codes, one at a time, that read back to one form', async ({ page, request }) => {
  const people = ['小山 花子', '小山 太郎', '小山 一郎', '小山 二郎', '小山 三郎', '小山 四郎'];
  const kana = ['おやま はなこ', 'おやま たろう', 'おやま いちろう', 'おやま じろう', 'おやま さぶろう', 'おやま しろう'];
  const values = {
    notify_date: '２０２６年１１月２７日',
    moved_on: '令和８年１１月２０日',
    applicant_name: '小山 花子',
    applicant_role: 'self',
    phone: '０２８５－２２－１１１１',
    new_postal_code: '〒３２３－８６８６',
    new_address: '栃木県小山市中央町１－１－１',
    new_head_name: '小山 花子',
    old_postal_code: '１００－０００１',
    old_address: '東京都千代田区千代田１－１',
    members: people.map((name, i) => ({ name, kana: kana[i]!, birth_date: `R${i + 2}.4.1`, sex: i === 0 ? 'female' : 'male', relation: i === 0 ? 'head' : 'child' })),
  };
  const form = await formTemplate(request, 'moving-in');
  const relation = form.sections.flatMap((s) => s.fields).find((f) => f.key === 'members')!.fields.find((f) => f.key === 'relation')!;
  expect(relation.choices.map((c) => c.value)).toEqual(expect.arrayContaining(['head', 'child']));
  await api(request, 'form_draft_save', { id: 'moving-in', values });

  await openForm(page, 'moving-in');
  await expect(page.locator('.member-row')).toHaveCount(people.length);
  await page.locator('#form-show-codes').click();
  const image = page.locator('#qr-figure img');
  await expect(image).toBeVisible();

  const position = page.locator('#qr-position');
  const total = Number((await position.textContent())?.split('/')[1]?.trim());
  expect(total, 'six people need several codes').toBeGreaterThan(1);
  await expect(page.locator('.lead')).toHaveText(ftl('ja', 'form-codes-show', { count: total }));
  await expect(page.locator('#qr-previous')).toHaveAttribute('aria-disabled', 'true');
  const box = await image.boundingBox();
  // Large: a code fills most of a phone screen's width (the default window here is 1280 px wide).
  expect(box!.width).toBeGreaterThanOrEqual(400);
  expect(box!.height).toBeCloseTo(box!.width, 0);

  const parts = [];
  for (let i = 1; i <= total; i += 1) {
    await expect(position).toHaveText(ftl('ja', 'form-codes-position', { index: i, total }));
    await expect(image).toHaveAttribute('alt', ftl('ja', 'form-codes-alt', { form: form.title.text, index: i, total }));
    const part = parsePart(await zbarBytes(await imagePng(page, '#qr-figure img')));
    expect(part.index).toBe(i);
    expect(part.total).toBe(total);
    parts.push(part);
    if (i < total) await page.locator('#qr-next').click();
  }
  await expect(page.locator('#qr-next')).toHaveAttribute('aria-disabled', 'true');
  await page.locator('#qr-previous').click();
  await expect(position).toHaveText(ftl('ja', 'form-codes-position', { index: total - 1, total }));

  // Every code is also there for printing, in order.
  await expect(page.locator('.qr-print-all img')).toHaveCount(total);

  const read = readForm(parts.reverse());
  expect(read.formId).toBe('moving-in');
  expect(read.encoding).toBe('S');
  // The members group: its row count, then each row's values in sub-field order.
  const order = payloadOrder(form);
  const at = order.indexOf('members');
  expect(read.values.slice(0, at)).toEqual(
    expect.arrayContaining(['2026-11-20', '0285-22-1111', '323-8686', '100-0001']),
  );
  expect(read.values[at]).toBe(String(people.length));
  const subKeys = form.sections.flatMap((s) => s.fields).find((f) => f.key === 'members')!.fields.map((f) => f.key);
  for (let row = 0; row < people.length; row += 1) {
    const rowValues = read.values.slice(at + 1 + row * subKeys.length, at + 1 + (row + 1) * subKeys.length);
    const get = (k: string): string => rowValues[subKeys.indexOf(k)] ?? '';
    expect(get('name')).toBe(people[row]);
    expect(get('kana')).toBe(kana[row]!.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60)));
    expect(get('birth_date')).toBe(`${2018 + row + 2}-04-01`);
  }
});

// ---- The queue ----

for (const locale of ['ja', 'en']) {
  test(`the queue says plainly, in ${locale}, that it cannot be reached (the feed is offline)`, async ({ page, request }) => {
    await updateSettings(request, { locale });
    await openApp(page, 'forms');
    await page.locator('.form-wait-link a').click();
    await expect(page.locator('main')).toHaveAttribute('data-screen', 'forms-detail');
    const wait = page.locator('#wait');
    await expect(wait).toHaveAttribute('data-state', 'offline');
    const state = page.locator('#wait-state');
    await expect(state).toHaveAttribute('role', 'status');
    // In words, with an icon: never colour alone.
    await expect(state).toHaveText(ftl(locale, 'wait-offline-empty'));
    await expect(state.locator('svg')).toHaveCount(1);
    // No numbers are made up.
    await expect(page.locator('#wait-counters .wait-counter')).toHaveCount(0);
    // Asking again says the same, out loud.
    await page.locator('#wait-refresh').click();
    await expect(page.locator('#wait-action-status')).toHaveText(ftl(locale, 'wait-offline-empty'));
    await expect(wait).toHaveAttribute('data-state', 'offline');
  });
}

// ---- Signage ----

async function openKiosk(page: Page): Promise<void> {
  await page.goto(`${machiUrl()}/#token=${machiToken()}&kiosk`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('main')).toHaveAttribute('data-screen', 'kiosk');
  await expect(page.locator('#kiosk-stage .kiosk-slide')).toBeVisible();
}

test('the signage page shows the alert in force first, needs no input, and rotates its second language', async ({ page, request }, testInfo) => {
  await page.clock.install();
  await openKiosk(page);
  const show = await api<KioskShow>(request, 'kiosk_slides', { rotation: 0 });
  expect(show.slides[0]?.kind).toBe('alert');
  const stage = page.locator('#kiosk-stage');
  await expect(stage).toHaveAttribute('data-kind', 'alert');
  await expect(stage.locator('.kiosk-slide')).toHaveAttribute('data-slide-id', show.slides[0]!.id);
  expect(show.slides[0]!.id).toContain(LEVEL4_ALERT);
  await expect(stage.locator('.kiosk-heading .kiosk-ja')).toHaveText(show.slides[0]!.heading.ja);
  await expect(stage.locator('.kiosk-heading .kiosk-ja')).toHaveAttribute('lang', 'ja');
  // Notices follow the alerts, then the queue.
  const kinds = show.slides.map((s) => s.kind);
  expect(kinds.lastIndexOf('alert')).toBeLessThan(kinds.indexOf('notice') === -1 ? Infinity : kinds.indexOf('notice'));
  // Nothing to press, type or follow: no header, no navigation.
  await expect(page.locator('input, button, select, textarea, a[href], [tabindex]:not([tabindex="-1"])')).toHaveCount(0);
  await expect(page.locator('nav, .site-header')).toHaveCount(0);
  // The feed cannot be reached: said, discreetly, in Japanese and the second language.
  await expect(page.locator('#kiosk-offline')).toBeVisible();
  await expect(page.locator('#kiosk-offline')).toContainText(ftl('ja', 'kiosk-offline'));
  await testInfo.attach('kiosk, first rotation', { body: await page.screenshot(), contentType: 'image/png' });

  const root = page.locator('#kiosk');
  const first = await root.getAttribute('data-second-locale');
  const firstSlide = await stage.locator('.kiosk-slide').getAttribute('data-slide-id');
  await page.clock.runFor(show.rotation_seconds * 1000 + 500);
  await expect(root).toHaveAttribute('data-rotation', '2');
  await expect(root).not.toHaveAttribute('data-second-locale', first ?? '');
  const second = await root.getAttribute('data-second-locale');
  const secondShow = await api<KioskShow>(request, 'kiosk_slides', { rotation: 1 });
  expect(second).toBe(secondShow.second_locale);
  await expect(page.locator('#kiosk-language')).toHaveText(secondShow.second_locale_name);
  await expect(page.locator('#kiosk-language')).toHaveAttribute('lang', htmlLang(second!));
  if (show.slides.length > 1) await expect(stage.locator('.kiosk-slide')).not.toHaveAttribute('data-slide-id', firstSlide ?? '');
  await testInfo.attach('kiosk, second rotation', { body: await page.screenshot(), contentType: 'image/png' });
});

const NEW_ALERT = 'alert:e2e-new-alert';

test('the signage page puts a newly published alert on screen at once, and keeps going when the backend is gone', async ({ page }, testInfo) => {
  await page.clock.install();
  // The city publishes an alert: the next answer of the core has it first (made from the one in force).
  let published = false;
  let down = false;
  await page.route('**/api/kiosk_slides', async (route) => {
    if (down) return route.abort('connectionrefused');
    const response = await route.fetch();
    const show = (await response.json()) as KioskShow;
    const inForce = show.slides.find((s) => s.kind === 'alert');
    if (published && inForce) {
      show.slides = [{ ...inForce, id: NEW_ALERT, lines: [{ ja: '【テスト】新しい避難情報です。', second: null }], note: null }, ...show.slides];
    }
    await route.fulfill({ response, json: show });
  });
  await openKiosk(page);
  const stage = page.locator('#kiosk-stage');
  const first = (await stage.locator('.kiosk-slide').getAttribute('data-slide-id'))!;
  // Move on past the alert.
  await page.clock.runFor(10_500);
  await expect(page.locator('#kiosk')).toHaveAttribute('data-rotation', '2');

  // A new alert arrives with the next rotation: it is shown at once, whatever slide was next.
  await expect(stage.locator('.kiosk-slide')).not.toHaveAttribute('data-slide-id', first);
  published = true;
  await page.clock.runFor(10_500);
  await expect(stage.locator('.kiosk-slide')).toHaveAttribute('data-slide-id', NEW_ALERT);
  await expect(stage.locator('.kiosk-lines')).toHaveText('【テスト】新しい避難情報です。');
  await testInfo.attach('kiosk, a new alert', { body: await page.screenshot(), contentType: 'image/png' });

  // The backend goes away: the slides stay and keep rotating, and the page says it is offline.
  down = true;
  await page.clock.runFor(10_500);
  await expect(page.locator('#kiosk-offline')).toBeVisible();
  await expect(stage.locator('.kiosk-slide')).toBeVisible();
  await page.clock.runFor(10_500);
  await expect(stage.locator('.kiosk-slide')).toBeVisible();
  expect(plain(await stage.textContent())).not.toBe('');
  await testInfo.attach('kiosk, backend gone', { body: await page.screenshot(), contentType: 'image/png' });
});
