// docs/screenshots/: every main screen of the real app window (machi-app under Xvfb, through WebDriver) on the
// embedded Oyama data, in Japanese, in large type, in やさしい日本語 with furigana, in Portuguese and in Burmese —
// the last three at 200 % type, as residents who need them would read them.
// Run: scripts/screenshots.sh   (or, after `cargo build --workspace`: xvfb-run -a node tests/tauri/screenshots.mjs)
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goTo, openWindow, root, stopChildren, waitFor } from './driver.mjs';

/** The evening the sample data's 思川 level-4 evacuation order is in force (as in the e2e tests). */
const NOW = '2026-11-27T20:00:00+09:00';

const VARIANTS = [
  { name: 'ja', settings: { locale: 'ja', font_scale: 'normal', furigana: null } },
  { name: 'ja-large', settings: { locale: 'ja', font_scale: 'xlarge', furigana: null } },
  { name: 'ja-easy', settings: { locale: 'ja-easy', font_scale: 'xlarge', furigana: true } },
  { name: 'pt-BR', settings: { locale: 'pt-BR', font_scale: 'xlarge', furigana: null } },
  { name: 'my', settings: { locale: 'my', font_scale: 'xlarge', furigana: null } },
];

/** A form as a resident fills it in, saved as a draft so its QR codes can be shown (印鑑登録申請書). */
const SEAL_DRAFT = {
  id: 'seal-registration',
  values: {
    name: '小山 花子',
    kana: 'おやま はなこ',
    birth_date: '平成２年２月２日',
    postal_code: '〒３２３－８６８６',
    address: '栃木県小山市中央町１－１－１',
    phone: '０２８５－２２－１１１１',
    applicant: 'self',
    identity: 'photo-id',
    request_date: '令和８年１１月２７日',
  },
};

/**
 * What to photograph: a route, the screen name `<main data-screen>` reports, optionally something to type, and an
 * element to bring into view.
 */
const SHOTS = [
  { name: 'home', hash: '#/', screen: 'home' },
  { name: 'inbox', hash: '#/inbox', screen: 'inbox' },
  { name: 'alert', hash: '#/inbox/JP-092088-20261127-002', screen: 'inbox-message' },
  { name: 'waste-search', hash: '#/waste', screen: 'waste', search: { input: '#waste-search', text: 'でんち' } },
  { name: 'waste-calendar', hash: '#/waste', screen: 'waste', view: '#waste-month-name' },
  { name: 'health', hash: '#/health', screen: 'health' },
  { name: 'shelters', hash: '#/places', screen: 'places' },
  { name: 'bus', hash: '#/bus', screen: 'bus' },
  { name: 'form-qr', hash: '#/forms/seal-registration/qr', screen: 'forms-detail' },
  { name: 'settings', hash: '#/settings', screen: 'settings' },
  { name: 'kiosk', hash: '#/kiosk', screen: 'kiosk' },
];

const only = process.argv.slice(2);
const out = join(root, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'machi-shots-'));
const { session, stop } = await openWindow({
  MACHI_DATA_DIR: dataDir,
  MACHI_NOW: NOW,
  // Nothing listens on the discard port: the pictures show the embedded data, as on a first start offline.
  MACHI_FEED_URL: 'http://127.0.0.1:9/',
  LANG: 'ja_JP.UTF-8',
  LANGUAGE: 'ja',
});
let failures = 0;
try {
  await waitFor('the app', async () => (await session.script('return document.documentElement.dataset.ready;')) === 'true');
  await session.cmd('POST', '/window/rect', { width: 480, height: 860 }).catch(() => {});
  // A home district (for the collection days) and a filled-in form (for its codes), as a resident would have.
  for (const [op, args] of [['update_settings', { patch: { home_area: 'oyama' } }], ['form_draft_save', SEAL_DRAFT]]) {
    const done = await session.call(op, args);
    if (!done.ok) throw new Error(`${op}: ${JSON.stringify(done.err)}`);
  }
  for (const variant of VARIANTS) {
    if (only.length && !only.includes(variant.name)) continue;
    const saved = await session.call('update_settings', { patch: variant.settings });
    if (!saved.ok) throw new Error(`${variant.name}: ${JSON.stringify(saved.err)}`);
    for (const shot of SHOTS) {
      try {
        // A fresh load, so the new settings apply from the first paint.
        await session.script('window.location.hash = "#/"; window.location.reload();');
        await waitFor('the reload', async () => (await session.script('return document.documentElement.dataset.ready;')) === 'true');
        await goTo(session, shot.hash, shot.screen);
        if (shot.search) {
          const input = await session.find(shot.search.input);
          await session.type(input, shot.search.text);
          await session.script('return new Promise((r) => setTimeout(r, 600));');
        }
        await session.script('window.scrollTo(0, 0); document.activeElement?.blur?.();');
        if (shot.view) {
          await waitFor(shot.view, async () => session.script('return Boolean(document.querySelector(arguments[0]));', [shot.view]));
          await session.script('document.querySelector(arguments[0]).scrollIntoView({ block: "start" });', [shot.view]);
        }
        const file = join(out, `${shot.name}-${variant.name}.png`);
        writeFileSync(file, await session.screenshot());
        console.log(`docs/screenshots/${shot.name}-${variant.name}.png`);
      } catch (err) {
        failures += 1;
        console.error(`${shot.name}-${variant.name}: ${err.message}`);
      }
    }
  }
} finally {
  await stop();
  stopChildren();
}
process.exit(failures ? 1 : 0);
