// For the forms specs: the forms API, a clean slate (no drafts, no personal details in the profile), and reading
// the QR codes a page shows the way a counter does — Debian's zbarimg gives each code's raw bytes, which are then
// put together and checked by the rules of docs/forms-qr.md (payload MF1), independently of the core's reader.

import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { APIRequestContext, Page } from '@playwright/test';
import type { Draft, FieldValue, FormCheckResult, FormSummary, FormView } from '../../ui/src/generated/api';
import { callApi, expect, goTo, openApp } from './support';

export async function api<T>(request: APIRequestContext, name: string, body: unknown = {}): Promise<T> {
  const response = await callApi(request, name, body);
  expect(response.status(), `${name}: ${await response.text()}`).toBe(200);
  return (await response.json()) as T;
}

export const formsList = (request: APIRequestContext): Promise<FormSummary[]> => api(request, 'forms_list');
export const formTemplate = (request: APIRequestContext, id: string): Promise<FormView> => api(request, 'form_template', { id });
export const formCheck = (request: APIRequestContext, id: string, values: Record<string, FieldValue>): Promise<FormCheckResult> =>
  api(request, 'form_check', { id, values });

/** No drafts (and so no consent to prefill any form) and a profile without personal details: tests share a backend. */
export async function resetForms(request: APIRequestContext): Promise<void> {
  for (const draft of await api<Draft[]>(request, 'form_drafts')) await api(request, 'form_draft_delete', { id: draft.form_id });
  await api(request, 'profile_details', { details: {}, prefill_consent: false });
}

/** Opens a form's screen and waits for its fields. */
export async function openForm(page: Page, id: string): Promise<void> {
  await openApp(page, 'forms');
  await page.evaluate((hash) => {
    location.hash = hash;
  }, `#/forms/${id}`);
  await expect(page.locator('main[data-screen="forms-detail"] #form-fields')).toHaveAttribute('data-form', id);
}

/** Opens a sub-screen of forms (`#/forms/...`) and waits for its heading. */
export async function openFormsPath(page: Page, hash: string): Promise<void> {
  await goTo(page, 'forms');
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await expect(page.locator('main[data-screen="forms-detail"] h1')).toBeVisible();
}

/**
 * 印鑑登録申請書 as a resident types it on a Japanese phone: full-width digits, 〒 and dashes, the birthday in 和暦,
 * the reading in hiragana. `normalised` is what a counter must read for each field (docs/FORMATS.md).
 */
export const SEAL_TYPED = {
  name: '小山 花子',
  kana: 'おやま はなこ',
  birth_date: '平成２年２月２日',
  postal_code: '〒３２３－８６８６',
  address: '栃木県小山市中央町１－１－１',
  phone: '０２８５－２２－１１１１',
} as const;

export const SEAL_NORMALISED: Record<string, string> = {
  name: '小山 花子',
  kana: 'オヤマ ハナコ',
  birth_date: '1990-02-02',
  postal_code: '323-8686',
  phone: '0285-22-1111',
  applicant: 'self',
  identity: 'photo-id',
};

// ---- Reading the codes as a counter does ----

/** The bytes of the one QR code in a PNG, as zbarimg reads them (`-Sbinary`: exactly the code's bytes). */
export async function zbarBytes(png: Buffer): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'machi-e2e-qr-'));
  try {
    const file = join(dir, 'code.png');
    await writeFile(file, png);
    const bytes = await new Promise<Buffer>((done, fail) => {
      execFile('zbarimg', ['-q', '--raw', '-Sbinary', file], { encoding: 'buffer' }, (err, stdout, stderr) => {
        if (err) fail(new Error(`zbarimg cannot read the code: ${String(stderr)}`));
        else done(stdout);
      });
    });
    return bytes;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface CodeHeader {
  encoding: 'S' | 'U';
  index: number;
  total: number;
  check: string;
  piece: Buffer;
}

/** `MF1` enc ":" index "/" total ":" check ":" piece — the header is ASCII. */
export function parsePart(bytes: Buffer): CodeHeader {
  // zbarimg ends its output with a newline after the symbol's bytes; the payload itself never does (a control
  // character in a value is escaped as %0A).
  const raw = bytes.at(-1) === 0x0a ? bytes.subarray(0, -1) : bytes;
  const head = /^MF1([SU]):(\d{1,3})\/(\d{1,3}):([0-9A-F]{8}):/.exec(raw.subarray(0, 32).toString('latin1'));
  if (!head) throw new Error(`not an MF1 code: ${raw.subarray(0, 32).toString('latin1')}`);
  return {
    encoding: head[1] as 'S' | 'U',
    index: Number(head[2]),
    total: Number(head[3]),
    check: head[4]!,
    piece: raw.subarray(head[0].length),
  };
}

/** The form as the counter reads it: the parts joined by index, the CRC-32 checked, the values unescaped. */
export function readForm(parts: CodeHeader[]): { encoding: 'S' | 'U'; formId: string; version: number; values: string[]; text: string } {
  expect(parts.length).toBeGreaterThan(0);
  const { total, check, encoding } = parts[0]!;
  expect(parts.map((p) => p.index).sort((a, b) => a - b)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
  for (const p of parts) {
    expect(p.total).toBe(total);
    expect(p.check).toBe(check);
    expect(p.encoding).toBe(encoding);
  }
  const body = Buffer.concat([...parts].sort((a, b) => a.index - b.index).map((p) => p.piece));
  expect((crc32(body) >>> 0).toString(16).toUpperCase().padStart(8, '0'), 'CRC-32 of the joined body').toBe(check);
  const text = new TextDecoder(encoding === 'S' ? 'shift_jis' : 'utf-8', { fatal: true }).decode(body);
  const [formId, version, ...values] = text.split(';').map((v) => v.replace(/%([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))));
  return { encoding, formId: formId!, version: Number(version), values, text };
}

/** The PNG an `<img src="data:image/png;base64,…">` shows. */
export async function imagePng(page: Page, selector: string): Promise<Buffer> {
  const src = await page.locator(selector).getAttribute('src');
  const match = /^data:image\/png;base64,(.+)$/.exec(src ?? '');
  if (!match?.[1]) throw new Error(`${selector} is not a PNG data URL`);
  return Buffer.from(match[1], 'base64');
}

/** Where each top-level field's value sits in the body (template order: sections, then fields; see docs/forms-qr.md). */
export function payloadOrder(form: FormView): string[] {
  return form.sections.flatMap((s) => s.fields.map((f) => f.key));
}
