// The main flows a resident goes through, in the real Machi window (machi-app, WebKitGTK under Xvfb, driven through
// tauri-driver + WebKitWebDriver) on the embedded Oyama data, offline: the evacuation order in the inbox, a waste
// search typed key by key, the nearest shelter, extra-large type and another language. Each step checks that the
// window shows what the core answers through the window's own `call` command, not a value written here.
// Run: xvfb-run -a node --test tests/tauri/flows.mjs   (after `cargo build --workspace`)
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ftl, goTo, openWindow, stopChildren, waitFor } from './driver.mjs';

/** The evening the sample data's 思川 level-4 evacuation order is in force (as in the browser tests). */
const NOW = '2026-11-27T20:00:00+09:00';

let session;
let stop;

before(async () => {
  ({ session, stop } = await openWindow({
    MACHI_DATA_DIR: mkdtempSync(join(tmpdir(), 'machi-flows-')),
    MACHI_NOW: NOW,
    // Nothing listens on the discard port: the window runs on the built-in content, as on a first start offline.
    MACHI_FEED_URL: 'http://127.0.0.1:9/',
    LANG: 'ja_JP.UTF-8',
    LANGUAGE: 'ja',
  }));
  await waitFor('the app', async () => (await session.script('return document.documentElement.dataset.ready;')) === 'true');
});

after(async () => {
  await stop?.();
  stopChildren();
});

/** The API's answer, or the test fails with the error the window got. */
async function api(name, args = {}) {
  const res = await session.call(name, args);
  assert.ok('ok' in res, `${name}: ${JSON.stringify(res.err)}`);
  return res.ok;
}

/** An element's visible text, read in the page (a screen re-rendering under us leaves no stale reference). */
const textOf = (css) => session.script('return document.querySelector(arguments[0])?.innerText.trim() ?? null;', [css]);
/** Waits until `css` shows `expected` (screens re-render after a setting changes). */
const waitForText = (css, expected) => waitFor(`${css} = ${expected}`, async () => (await textOf(css)) === expected);
const attr = (css, name) => session.script('return document.querySelector(arguments[0])?.getAttribute(arguments[1]);', [css, name]);

test('the inbox puts the evacuation order first, and it opens in full', { timeout: 60000 }, async () => {
  const page = await api('inbox_list', {});
  const first = page.entries[0];
  assert.equal(first.in_force, true, 'the sample evening has an alert in force');
  await goTo(session, '#/inbox', 'inbox');
  await waitFor('the list', async () => (await session.findAll('#inbox-list > li')).length > 0);
  const firstLink = await session.find(`#inbox-list > li a[href="#/inbox/${first.id}"]`);
  const shown = await session.findAll('#inbox-list > li');
  assert.equal(await session.text(shown[0]).then((t) => t.includes(first.headline)), true, 'the first item is the alert in force');
  await session.click(firstLink);
  await waitFor('the message', async () => (await attr('main', 'data-screen')) === 'inbox-message');
  await waitForText('#message-title', first.headline);
  // Opening it marks it read, in the core, not only on screen.
  const after = await api('inbox_list', {});
  assert.equal(after.entries.find((e) => e.id === first.id)?.read, true);
});

test('a waste search typed key by key shows what the core finds, in the resident\'s language', { timeout: 60000 }, async () => {
  await goTo(session, '#/waste', 'waste');
  const input = await session.find('#waste-search');
  await session.type(input, 'でんち');
  await waitFor('the results for でんち', async () => (await attr('#waste-results', 'data-query')) === 'でんち');
  const cards = await session.findAll('#waste-results > li');
  assert.ok(cards.length > 0, 'the dictionary knows batteries');
  // The same search through the API, as many as the screen shows: the same items in the same order.
  const expected = await api('waste_search', { query: 'でんち', limit: cards.length });
  assert.equal(expected.length, cards.length);
  for (const [i, card] of cards.entries()) {
    const text = await session.text(card);
    assert.ok(text.includes(expected[i].name), `card ${i} "${text}" shows ${expected[i].name}`);
    assert.ok(text.includes(expected[i].category.name), `card ${i} says its category ${expected[i].category.name}`);
  }
  await waitFor('the number of results', async () => /\d/.test((await textOf('#waste-count')) ?? ''));
});

test('the nearest shelter opens with its name and the way to it', { timeout: 60000 }, async () => {
  await goTo(session, '#/places', 'places');
  const shelters = await session.find('.kind-button[data-kind="shelter"]');
  await session.click(shelters);
  await waitFor('shelters listed', async () => (await attr('.kind-button[data-kind="shelter"]', 'aria-pressed')) === 'true'
    && (await session.findAll('#places-list > li')).length > 0);
  const firstLink = await session.find('#places-list > li a');
  const name = await session.text(firstLink);
  const id = decodeURIComponent((await attr('#places-list > li a', 'href')).split('/').pop());
  const place = await api('place_show', { id });
  assert.equal(place.place?.name ?? place.name, name);
  await session.click(firstLink);
  await waitFor('the shelter', async () => (await session.findAll('h1.place-title')).length === 1);
  await waitForText('h1.place-title', name);
});

test('extra-large type: the window grows its text and still never scrolls sideways', { timeout: 60000 }, async () => {
  await goTo(session, '#/settings', 'settings');
  const before = await session.script('return parseFloat(getComputedStyle(document.documentElement).fontSize);');
  await session.click(await session.find('#font-scale-xlarge'));
  await waitFor('extra-large type', async () => session.script('return document.documentElement.classList.contains("fs-xlarge");'));
  const afterSize = await session.script('return parseFloat(getComputedStyle(document.documentElement).fontSize);');
  assert.ok(afterSize >= before * 1.9, `root font ${before}px → ${afterSize}px`);
  assert.equal((await api('get_settings')).font_scale, 'xlarge', 'saved in the core');
  for (const [hash, screen] of [['#/', 'home'], ['#/inbox', 'inbox'], ['#/waste', 'waste'], ['#/places', 'places']]) {
    await goTo(session, hash, screen);
    const [scroll, width] = await session.script('return [document.documentElement.scrollWidth, window.innerWidth];');
    assert.ok(scroll <= width, `${screen}: ${scroll}px content in a ${width}px window`);
  }
  await goTo(session, '#/settings', 'settings');
  await session.click(await session.find('#font-scale-normal'));
  await waitFor('normal type', async () => !(await session.script('return document.documentElement.classList.contains("fs-xlarge");')));
});

test('another language: Settings switches the whole window to Português and back', { timeout: 60000 }, async () => {
  await goTo(session, '#/settings', 'settings');
  await session.click(await session.find('button[data-locale="pt-BR"]'));
  await waitFor('Portuguese', async () => (await attr('html', 'lang')) === 'pt-BR');
  await waitForText('main h1', ftl('pt-BR', 'settings-title'));
  await goTo(session, '#/', 'home');
  await waitForText('a.tile[href="#/waste"] .tile-title', ftl('pt-BR', 'feature-waste'));
  // What the core writes is in Portuguese too: the city's name from the bundle.
  const info = await api('app_info');
  await waitForText('.brand-city', info.city_name.text);
  await goTo(session, '#/settings', 'settings');
  await session.click(await session.find('button[data-locale="ja"]'));
  await waitFor('Japanese again', async () => (await attr('html', 'lang')) === 'ja');
  await waitForText('main h1', ftl('ja', 'settings-title'));
});
