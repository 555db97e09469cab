// Locale completeness check for locales/<lang>/*.ftl (run: `node --test tests/`).
//
// ja is the reference. Every locale must have the same files, the same message ids, the same attributes and the
// same variables per message; no value may be empty, none may be left in English where ja and en differ, and the
// non-Latin locales must actually be written in their script. The Rust side runs the same check on the same files.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FluentParser } from '@fluent/syntax';

const LOCALES_DIR = fileURLToPath(new URL('../locales/', import.meta.url));
const REFERENCE = 'ja';
const EXPECTED_LOCALES = ['ja', 'ja-easy', 'en', 'pt-BR', 'es', 'vi', 'tl', 'ne', 'zh-Hans', 'zh-Hant', 'ko', 'th', 'id', 'my', 'si', 'km', 'mn'];

// Messages the Rust core formats: their ids and variables are an interface, not a translation choice.
const BACKEND_MESSAGES = {
  'locale-name': [],
  'error-internal': [],
  'error-not-found': ['what', 'id'],
  'error-invalid-input': ['detail', 'expected', 'value'],
  'error-storage': [],
  'error-sync-network': ['detail'],
  'error-sync-http-status': ['status'],
  'error-sync-too-large': ['limit', 'what'],
  'error-sync-bad-signature': [],
  'error-sync-untrusted-key': [],
  'error-sync-wrong-city': ['expected', 'found'],
  'error-sync-rollback': ['held', 'offered'],
  'error-sync-hash-mismatch': ['file'],
  'error-sync-invalid-manifest': ['detail'],
  'error-sync-invalid-content': ['detail', 'file'],
  'error-sync-timeout': [],
  'error-sync-busy': [],
  'error-unknown-locale': ['locale'],
  'error-unauthorized': [],
  'sync-up-to-date': [],
  'sync-updated': ['version'],
  // Forms, the counters' queues and the signage (crates/core/src/forms/).
  'error-form-invalid': ['problems'],
  'error-form-too-large': ['max', 'parts'],
  'error-wait-bad-signature': [],
  'error-wait-untrusted-key': [],
  'error-wait-invalid': ['detail'],
  'error-wait-wrong-city': ['expected', 'found'],
  'error-wait-offline': ['detail'],
  'error-wait-http-status': ['status'],
  'form-problem': ['field', 'label', 'message'],
  'form-problem-member': ['field', 'group', 'row'],
  'form-prefill-filled': ['count'],
  'form-prefill-needs-consent': [],
  'form-prefill-no-profile': [],
  'form-prefill-not-shared': [],
  'form-prefill-nothing': [],
  'wait-updated-at': ['time'],
  'wait-stale': ['minutes'],
  'wait-offline': [],
  'wait-offline-empty': [],
  'wait-unknown': [],
  'kiosk-alert': [],
  'kiosk-notice': [],
  'kiosk-queue': [],
  'kiosk-queue-line': ['counter', 'minutes', 'waiting'],
  'kiosk-queue-updated': ['time'],
  'kiosk-queue-stale': ['time'],
  'kiosk-queue-offline': ['time'],
};

// Values that may stay identical to English: brand names and the やさしい にほんご button, which is Japanese everywhere.
const SAME_AS_ENGLISH_ALLOWED = new Set(['Machi']);
// Tokens that are the same in every script (brands, acronyms); removed before the script check.
const SCRIPT_NEUTRAL_TOKENS = ['Machi', 'Wi-Fi', 'AED', 'QR'];
// Messages that are deliberately written in Japanese in every locale.
const JAPANESE_EVERYWHERE = new Set(['easy-japanese-switch']);

const SCRIPTS = {
  ja: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u,
  'ja-easy': /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
  'zh-Hans': /\p{Script=Han}/u,
  'zh-Hant': /\p{Script=Han}/u,
  my: /\p{Script=Myanmar}/u,
  si: /\p{Script=Sinhala}/u,
  km: /\p{Script=Khmer}/u,
  mn: /\p{Script=Cyrillic}/u,
  ko: /\p{Script=Hangul}/u,
  th: /\p{Script=Thai}/u,
  ne: /\p{Script=Devanagari}/u,
};
// やさしい日本語 keeps kanji to the very basic ones a beginner reads.
const JA_EASY_KANJI_ALLOWED = new Set([...'日人']);

// Furigana markup (crates/bundle/src/ruby.rs): ｜base《reading》, or a run of kanji right before 《reading》.
const RUBY = /｜([^｜《》]+)《([^｜《》]+)》|([\p{Script=Han}々〆ヶ]+)《([^｜《》]+)》/gu;

/** The text without its furigana-annotated words, or null if the marks do not pair up. */
function withoutRuby(text) {
  const rest = text.replace(RUBY, ' ');
  return /[｜《》]/u.test(rest) ? null : rest;
}

/** Collects the variable names referenced anywhere under an AST node. */
function variablesOf(node, out = new Set()) {
  if (node === null || typeof node !== 'object') return out;
  if (Array.isArray(node)) {
    for (const child of node) variablesOf(child, out);
    return out;
  }
  if (node.type === 'VariableReference') out.add(node.id.name);
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'span' && value && typeof value === 'object') variablesOf(value, out);
  }
  return out;
}

/** The literal text of a pattern, without placeables: what the script checks look at. */
function literalText(pattern) {
  if (!pattern) return '';
  return pattern.elements.map((el) => (el.type === 'TextElement' ? el.value : ' ')).join('');
}

/** Comparable form of a pattern: its text with `{$var}` (or the expression as JSON) for each placeable. */
function serializePattern(pattern) {
  return pattern.elements
    .map((el) => {
      if (el.type === 'TextElement') return el.value;
      const expr = el.expression;
      return expr.type === 'VariableReference' ? `{$${expr.id.name}}` : `{${JSON.stringify(expr)}}`;
    })
    .join('')
    .trim();
}

/** Parses every .ftl of one locale into a map id → { file, value, attributes, variables }. */
function loadLocale(tag) {
  const dir = join(LOCALES_DIR, tag);
  const files = readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort();
  const messages = new Map();
  const problems = [];
  const parser = new FluentParser({ withSpans: false });
  for (const file of files) {
    const resource = parser.parse(readFileSync(join(dir, file), 'utf8'));
    for (const entry of resource.body) {
      if (entry.type === 'Junk') {
        const notes = entry.annotations.map((a) => `${a.code}: ${a.message}`).join('; ');
        problems.push(`${tag}/${file}: syntax error (${notes}) in: ${entry.content.trim().slice(0, 80)}`);
        continue;
      }
      if (entry.type !== 'Message' && entry.type !== 'Term') continue;
      const id = entry.type === 'Term' ? `-${entry.id.name}` : entry.id.name;
      if (messages.has(id)) problems.push(`${tag}/${file}: duplicate id ${id}`);
      messages.set(id, {
        file,
        value: entry.value,
        attributes: new Map(entry.attributes.map((a) => [a.id.name, a.value])),
        variables: [...variablesOf(entry)].sort(),
      });
    }
  }
  return { files, messages, problems };
}

const locales = new Map(EXPECTED_LOCALES.map((tag) => [tag, loadLocale(tag)]));
const reference = locales.get(REFERENCE);
const english = locales.get('en');

test('exactly the supported locales exist', () => {
  const present = readdirSync(LOCALES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  assert.deepEqual(present, [...EXPECTED_LOCALES].sort());
});

test('the reference locale has every message the Rust core formats, with its exact variables', () => {
  const problems = [];
  for (const [id, vars] of Object.entries(BACKEND_MESSAGES)) {
    const msg = reference.messages.get(id);
    if (!msg) problems.push(`ja lacks ${id}`);
    else if (JSON.stringify(msg.variables) !== JSON.stringify([...vars].sort()))
      problems.push(`ja ${id} uses { ${msg.variables.join(', ')} }, the core passes { ${vars.join(', ')} }`);
  }
  assert.deepEqual(problems, []);
});

for (const tag of EXPECTED_LOCALES) {
  test(`${tag}: parses, and matches ja in files, ids, attributes and variables`, () => {
    const loc = locales.get(tag);
    const problems = [...loc.problems];
    if (JSON.stringify(loc.files) !== JSON.stringify(reference.files))
      problems.push(`files ${loc.files.join(', ')} differ from ja's ${reference.files.join(', ')}`);
    for (const [id, ref] of reference.messages) {
      const msg = loc.messages.get(id);
      if (!msg) {
        problems.push(`lacks ${id} (ja has it in ${ref.file})`);
        continue;
      }
      if (msg.file !== ref.file) problems.push(`${id} is in ${msg.file}, ja has it in ${ref.file}`);
      if (JSON.stringify(msg.variables) !== JSON.stringify(ref.variables))
        problems.push(`${id} uses { ${msg.variables.map((v) => '$' + v).join(', ')} }, ja uses { ${ref.variables.map((v) => '$' + v).join(', ')} }`);
      const attrs = [...msg.attributes.keys()].sort().join(',');
      const refAttrs = [...ref.attributes.keys()].sort().join(',');
      if (attrs !== refAttrs) problems.push(`${id} has attributes [${attrs}], ja has [${refAttrs}]`);
      if (Boolean(msg.value) !== Boolean(ref.value)) problems.push(`${id} value presence differs from ja`);
    }
    for (const id of loc.messages.keys()) {
      if (!reference.messages.has(id)) problems.push(`has ${id}, which ja lacks`);
    }
    assert.deepEqual(problems, []);
  });

  test(`${tag}: no empty values, no English left over, written in its own script`, () => {
    const loc = locales.get(tag);
    const problems = [];
    for (const [id, msg] of loc.messages) {
      const patterns = [msg.value, ...msg.attributes.values()].filter(Boolean);
      for (const pattern of patterns) {
        if (literalText(pattern).trim() === '' && variablesOf(pattern).size === 0) problems.push(`${id} is empty`);
        if (/[\u2068\u2069]/.test(literalText(pattern))) problems.push(`${id} contains Unicode isolation marks`);
      }
      if (tag !== 'en' && tag !== REFERENCE) {
        const ref = reference.messages.get(id);
        const en = english.messages.get(id);
        if (ref?.value && en?.value && msg.value) {
          const mine = serializePattern(msg.value);
          const jaText = serializePattern(ref.value);
          const enText = serializePattern(en.value);
          if (jaText !== enText && mine === enText && !SAME_AS_ENGLISH_ALLOWED.has(mine))
            problems.push(`${id} is still the English text: ${JSON.stringify(mine)}`);
        }
      }
      const script = SCRIPTS[tag];
      if (script && msg.value && !(JAPANESE_EVERYWHERE.has(id) && tag !== 'ja' && tag !== 'ja-easy')) {
        let text = literalText(msg.value);
        for (const token of SCRIPT_NEUTRAL_TOKENS) text = text.split(token).join(' ');
        if (/\p{L}/u.test(text) && !script.test(text))
          problems.push(`${id} is not written in ${tag}'s script: ${JSON.stringify(text.trim())}`);
      }
      const bare = msg.value ? withoutRuby(literalText(msg.value)) : '';
      if (bare === null) problems.push(`${id} has broken furigana markup: ${JSON.stringify(literalText(msg.value))}`);
      // やさしい日本語 may use any kanji that carries its reading; without one, only the most basic.
      if (tag === 'ja-easy' && bare) {
        const hard = [...bare].filter((c) => /\p{Script=Han}/u.test(c) && !JA_EASY_KANJI_ALLOWED.has(c));
        if (hard.length) problems.push(`${id} uses kanji without furigana beyond the basic set: ${[...new Set(hard)].join('')}`);
      }
    }
    assert.deepEqual(problems, []);
  });
}

test('ja-easy is its own text, not a copy of ja', () => {
  const easy = locales.get('ja-easy');
  let same = 0;
  for (const [id, ref] of reference.messages) {
    const msg = easy.messages.get(id);
    if (msg?.value && ref.value && serializePattern(msg.value) === serializePattern(ref.value)) same += 1;
  }
  // A few ids are legitimately identical (app name, page title format, katakana words like ホーム or バス).
  assert.ok(same <= 12, `ja-easy repeats ja in ${same} messages`);
});
