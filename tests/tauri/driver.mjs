// What the real-window tests and the screenshot command share: the built binaries, child processes that die with
// the test, a minimal W3C WebDriver client, tauri-driver with Debian's WebKitWebDriver, and expected strings read
// from the same .ftl files the app uses.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import assert from 'node:assert/strict';
import { FluentBundle, FluentResource } from '@fluent/bundle';

export const root = resolve(import.meta.dirname, '../..');
export const bin = (name) => join(process.env.MACHI_BIN_DIR ?? join(root, 'target/debug'), name);

const children = [];

/** Kills every child this process started (call it from `after`, or before exiting). */
export function stopChildren() {
  for (const child of children.reverse()) child.kill('SIGKILL');
  children.length = 0;
}

const bundles = new Map();

/** The text the app shows for `id` in `locale` (fallback ja-easy → ja → ja), furigana markup reduced to bases. */
export function ftl(locale, id, args = null) {
  for (const tag of [locale, locale === 'ja-easy' ? 'ja' : null, 'ja']) {
    if (!tag) continue;
    let bundle = bundles.get(tag);
    if (!bundle) {
      bundle = new FluentBundle(tag === 'ja-easy' ? 'ja' : tag, { useIsolating: false });
      const dir = join(root, 'locales', tag);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
        bundle.addResource(new FluentResource(readFileSync(join(dir, file), 'utf8')));
      }
      bundles.set(tag, bundle);
    }
    const message = bundle.getMessage(id);
    if (message?.value) return plainText(bundle.formatPattern(message.value, args));
  }
  assert.fail(`${locale}: ${id} missing`);
}

/** Furigana markup (｜base《reading》, kanji《reading》) with only the bases kept. */
export function plainText(text) {
  return text.replace(/｜([^｜《》]+)《[^｜《》]+》|([\p{Script=Han}々〆ヶ]+)《[^｜《》]+》/gu, '$1$2');
}

export function start(cmd, args, env = {}) {
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return child;
}

export function firstLine(child) {
  return new Promise((ok, fail) => {
    const rl = createInterface({ input: child.stdout });
    rl.once('line', ok);
    child.once('exit', (code) => fail(new Error(`${child.spawnfile} exited with ${code}`)));
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function waitFor(what, probe, timeoutMs = 30000) {
  const until = Date.now() + timeoutMs;
  let last;
  while (Date.now() < until) {
    try {
      last = await probe();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what} (last: ${last})`);
}

/** A minimal W3C WebDriver client over fetch. */
export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }
  static async create(base, application) {
    const res = await fetch(`${base}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        capabilities: { alwaysMatch: { browserName: 'wry', 'tauri:options': { application } } },
      }),
    });
    const body = await res.json();
    assert.ok(body.value?.sessionId, `no session: ${JSON.stringify(body)}`);
    return new Session(base, body.value.sessionId);
  }
  async cmd(method, path, payload) {
    const res = await fetch(`${this.base}/session/${this.id}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
    const body = await res.json();
    if (!res.ok) throw new Error(`${method} ${path}: ${JSON.stringify(body.value)}`);
    return body.value;
  }
  async find(css) {
    const value = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return Object.values(value)[0];
  }
  async findAll(css) {
    const values = await this.cmd('POST', '/elements', { using: 'css selector', value: css });
    return values.map((v) => Object.values(v)[0]);
  }
  text(el) {
    return this.cmd('GET', `/element/${el}/text`);
  }
  click(el) {
    return this.cmd('POST', `/element/${el}/click`, {});
  }
  /** Types into an element, as keystrokes. */
  type(el, text) {
    return this.cmd('POST', `/element/${el}/value`, { text });
  }
  script(source, args = []) {
    return this.cmd('POST', '/execute/sync', { script: source, args });
  }
  /** Runs `source` with a `done(value)` callback as its last argument (WebDriver's async script). */
  scriptAsync(source, args = []) {
    return this.cmd('POST', '/execute/async', { script: source, args });
  }
  /** Calls one API operation through the window's own `call` command: `{ok}` or `{err}`. */
  call(name, args = {}) {
    return this.scriptAsync(
      `const done = arguments[arguments.length - 1];
       window.__TAURI_INTERNALS__.invoke('call', { name: arguments[0], args: arguments[1] })
         .then((value) => done({ ok: value }), (error) => done({ err: error }));`,
      [name, args],
    );
  }
  /** The window as a PNG. */
  async screenshot() {
    return Buffer.from(await this.cmd('GET', '/screenshot'), 'base64');
  }
  close() {
    return this.cmd('DELETE', '');
  }
}

/**
 * Starts tauri-driver (with Debian's WebKitWebDriver) and a session on machi-app, with `env` for the app.
 * Returns the session and a `stop()` that ends the session, the driver and the app (which stays in the tray).
 */
export async function openWindow(env) {
  const port = 4444 + Math.floor(Math.random() * 1000);
  const driver = start('tauri-driver', ['--port', String(port), '--native-driver', '/usr/bin/WebKitWebDriver'], env);
  const base = `http://127.0.0.1:${port}`;
  await waitFor('tauri-driver', async () => (await fetch(`${base}/status`)).ok);
  const session = await Session.create(base, bin('machi-app'));
  const stop = async () => {
    await session.close().catch(() => {});
    driver.kill('SIGTERM');
    // tauri-driver leaves its WebKitWebDriver child behind, and the app keeps running in the tray.
    spawnSync('pkill', ['-f', `WebKitWebDriver --port ${port + 1}`]);
    spawnSync('pkill', ['-f', 'WebKitWebDriver --port']);
    spawnSync('pkill', ['-f', bin('machi-app')]);
  };
  return { session, stop };
}

/** Navigates the window to a route and waits for its screen. */
export async function goTo(session, hash, screen) {
  await session.script('window.location.hash = arguments[0];', [hash]);
  await waitFor(`screen ${screen}`, async () =>
    (await session.script('return document.querySelector("main")?.getAttribute("data-screen");')) === screen
      && (await session.script('return document.querySelector("main")?.getAttribute("aria-busy");')) !== 'true',
  );
}
