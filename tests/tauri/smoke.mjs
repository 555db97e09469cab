// The real Machi window (machi-app, WebKitGTK under Xvfb) driven through WebDriver (tauri-driver +
// WebKitWebDriver): it opens on the home screen in Japanese, shows the six feature tiles, reaches settings,
// switches to Português and back, picks up a newer signed bundle from a feed on loopback in the background, answers
// the same JSON through all three transports, and — on a private D-Bus session with a real notification daemon
// (dunst), watched with dbus-monitor — raises an OS notification for a new alert, also after its window is closed
// (it stays in the tray).
// Run: dbus-run-session -- xvfb-run -a node --test tests/tauri/smoke.mjs   (after `cargo build --workspace`)
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import assert from 'node:assert/strict';
import { test, after } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const bin = (name) => join(process.env.MACHI_BIN_DIR ?? join(root, 'target/debug'), name);
const children = [];
after(() => {
  for (const child of children.reverse()) child.kill('SIGKILL');
});

/** Reads one message from a .ftl file (simple single-line messages are all this test needs). */
function ftl(locale, id) {
  const text = readFileSync(join(root, 'locales', locale, 'machi.ftl'), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith(`${id} =`));
  assert.ok(line, `${locale}: ${id} missing`);
  return line.slice(id.length + 2).trim();
}

function start(cmd, args, env = {}) {
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return child;
}

function firstLine(child) {
  return new Promise((ok, fail) => {
    const rl = createInterface({ input: child.stdout });
    rl.once('line', ok);
    child.once('exit', (code) => fail(new Error(`${child.spawnfile} exited with ${code}`)));
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what, probe, timeoutMs = 30000) {
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
class Session {
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
  script(source, args = []) {
    return this.cmd('POST', '/execute/sync', { script: source, args });
  }
  /** Runs `source` with a `done(value)` callback as its last argument (WebDriver's async script). */
  scriptAsync(source, args = []) {
    return this.cmd('POST', '/execute/async', { script: source, args });
  }
  close() {
    return this.cmd('DELETE', '');
  }
}

test('the real Machi window', { timeout: 180000 }, async () => {
  // A newer signed bundle on a loopback feed, so the app's background sync has real work to do.
  const work = mkdtempSync(join(tmpdir(), 'machi-window-'));
  const keys = join(work, 'keys');
  const src = join(work, 'src');
  const feed = join(work, 'feed');
  cpSync(join(root, 'data/oyama'), src, { recursive: true });
  const run = (cmd, args) => {
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    assert.equal(r.status, 0, `${cmd} ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  run(bin('machi-publish'), ['keygen', '--out', keys]);
  // The publisher refuses to sign with a key the city file does not list: list this test key.
  const publicKey = readFileSync(join(keys, 'machi.pub'), 'utf8').trim().split('\n').pop();
  const cityToml = join(src, 'city.toml');
  writeFileSync(cityToml, readFileSync(cityToml, 'utf8').replace(/public_keys = \[/, `public_keys = ["${publicKey}", `));
  const version = Math.floor(Date.now() / 1000) + 3600;
  run(bin('machi-publish'), ['build', src, '--out', feed, '--secret-key', join(keys, 'machi.key'), '--bundle-version', String(version)]);
  const server = start(bin('machi-publish'), ['serve', feed, '--port', '0']);
  const feedUrl = (await firstLine(server)).match(/http:\/\/127\.0\.0\.1:\d+\//)[0];

  // A notification daemon on this test's own session bus, and a monitor recording every Notify call to it.
  const haveBus = Boolean(process.env.DBUS_SESSION_BUS_ADDRESS);
  const notified = [];
  if (haveBus) {
    start('dunst', [], {});
    const monitor = spawn('dbus-monitor', ['--session', "interface='org.freedesktop.Notifications',member='Notify'"], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(monitor);
    createInterface({ input: monitor.stdout }).on('line', (line) => notified.push(line));
  } else if (process.env.MACHI_REQUIRE_DBUS) {
    assert.fail('no D-Bus session: run under dbus-run-session (MACHI_REQUIRE_DBUS is set)');
  }
  /** Publishes the sources again with one more notice sent a minute ago, as a newer bundle. */
  let published = version;
  const publishAlert = (id, headline) => {
    const sent = new Date(Date.now() - 60_000 + 9 * 3600_000).toISOString().replace(/\.\d+Z$/, '+09:00');
    const notices = join(src, 'messages/notices.toml');
    writeFileSync(
      notices,
      readFileSync(notices, 'utf8') +
        `\n[[notice]]\nid = "${id}"\ncategory = "disaster"\nseverity = "warning"\npublished = "${sent}"\n` +
        `urgency = "expected"\n[notice.title]\nja = "${headline}"\n[notice.body]\nja = "直ちに安全を確保してください。"\n`,
    );
    published += 1;
    run(bin('machi-publish'), ['build', src, '--out', feed, '--secret-key', join(keys, 'machi.key'), '--bundle-version', String(published)]);
  };

  const dataDir = join(work, 'data');
  mkdirSync(dataDir);
  const driverPort = 4444 + Math.floor(Math.random() * 1000);
  const driver = start('tauri-driver', ['--port', String(driverPort), '--native-driver', '/usr/bin/WebKitWebDriver'], {
    MACHI_DATA_DIR: dataDir,
    MACHI_FEED_URL: feedUrl,
    MACHI_FEED_PUBLIC_KEY: join(keys, 'machi.pub'),
    // Check the feed every 2 seconds instead of the city's 5 minutes.
    MACHI_SYNC_INTERVAL_SECONDS: '2',
    LANG: 'ja_JP.UTF-8',
    LANGUAGE: 'ja',
  });
  const base = `http://127.0.0.1:${driverPort}`;
  await waitFor('tauri-driver', async () => (await fetch(`${base}/status`)).ok);
  const session = await Session.create(base, bin('machi-app'));
  try {
    // Home, in Japanese, with its six tiles.
    const h1 = await waitFor('the home heading', async () => {
      const text = await session.text(await session.find('h1'));
      return text === ftl('ja', 'home-title') ? text : null;
    });
    assert.equal(h1, ftl('ja', 'home-title'));
    const tiles = await session.findAll('main a[href^="#/"]');
    const tileText = await Promise.all(tiles.map((t) => session.text(t)));
    for (const id of ['feature-inbox', 'feature-waste', 'feature-health', 'feature-places', 'feature-bus', 'feature-forms']) {
      assert.ok(tileText.some((t) => t.includes(ftl('ja', id))), `tile ${id} in ${JSON.stringify(tileText)}`);
    }
    const shot = await session.cmd('GET', '/screenshot');
    mkdirSync(join(root, 'test-results'), { recursive: true });
    writeFileSync(join(root, 'test-results/window-home.png'), Buffer.from(shot, 'base64'));

    // Settings, then Português and back to Japanese.
    await session.click(await session.find('a[href="#/settings"]'));
    await waitFor('the settings heading', async () => (await session.text(await session.find('h1'))) === ftl('ja', 'settings-title'));
    await session.click(await session.find('[data-locale="pt-BR"]'));
    await waitFor('Portuguese', async () => (await session.text(await session.find('h1'))) === ftl('pt-BR', 'settings-title'));
    await session.click(await session.find('[data-locale="ja"]'));
    await waitFor('Japanese again', async () => (await session.text(await session.find('h1'))) === ftl('ja', 'settings-title'));

    // The background sync reached the loopback feed and the app now holds its bundle.
    await waitFor('the synced bundle version on the settings screen', async () => {
      await session.script('window.location.hash = "#/"; window.location.hash = "#/settings";');
      const body = await session.text(await session.find('main'));
      return body.includes(String(version)) ? body : null;
    }, 60000);

    // One API, three transports: the window's `call` command, `machi web`'s HTTP and `machi call` give the same JSON.
    const viaWindow = (name, args) =>
      session.scriptAsync(
        `const done = arguments[arguments.length - 1];
         window.__TAURI_INTERNALS__.invoke('call', { name: arguments[0], args: arguments[1] })
           .then((value) => done({ ok: value }), (error) => done({ err: error }));`,
        [name, args],
      );
    const cliEnv = { ...process.env, MACHI_DATA_DIR: dataDir };
    delete cliEnv.MACHI_FEED_URL;
    const viaCli = (name, args) => {
      const r = spawnSync(bin('machi'), ['call', name, JSON.stringify(args)], { encoding: 'utf8', env: cliEnv });
      return r.status === 0 ? { ok: JSON.parse(r.stdout) } : { err: r.stderr.trim() };
    };
    const web = start(bin('machi'), ['web', '--port', '0', '--data-dir', dataDir], { MACHI_FEED_URL: feedUrl, MACHI_FEED_PUBLIC_KEY: join(keys, 'machi.pub') });
    const [, webBase, token] = (await firstLine(web)).match(/(http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)/);
    const viaHttp = async (name, args) => {
      const res = await fetch(`${webBase}/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(args),
      });
      const body = await res.json();
      return res.ok ? { ok: body } : { err: body };
    };
    const setLocale = await viaWindow('update_settings', { patch: { locale: 'vi', font_scale: 'large' } });
    assert.equal(setLocale.ok?.locale, 'vi', JSON.stringify(setLocale));
    for (const [name, args] of [
      ['get_settings', {}],
      ['list_areas', {}],
      ['list_locales', {}],
    ]) {
      const [w, h, c] = [await viaWindow(name, args), await viaHttp(name, args), viaCli(name, args)];
      assert.ok(w.ok, `${name} through the window: ${JSON.stringify(w)}`);
      assert.deepEqual(h, w, `${name}: HTTP and the window differ`);
      assert.deepEqual(c, w, `${name}: machi call and the window differ`);
    }
    // The same refusal, with the same code and message, through all three.
    const bad = { patch: { locale: 'xx' } };
    const [w, h] = [await viaWindow('update_settings', bad), await viaHttp('update_settings', bad)];
    assert.equal(w.err?.code, 'unknown_locale', JSON.stringify(w));
    assert.deepEqual(h.err, w.err);
    assert.equal(viaCli('update_settings', bad).err, `${w.err.code}: ${w.err.message}`);
    await viaWindow('update_settings', { patch: { locale: 'ja', font_scale: 'normal' } });

    if (haveBus) {
      // The desktop has a notification service, and settings knows it.
      await waitFor('notification support', async () => (await viaWindow('app_info', {})).ok?.notifications === 'available');
      // A new alert in the feed: the app's background sync picks it up and raises exactly one notification.
      publishAlert('smoke-alert-1', '【テスト】避難指示が発令されました');
      await waitFor('a Notify call with the new alert', async () => notified.some((l) => l.includes('【テスト】避難指示が発令されました')), 60000);
      // The inbox shows it.
      await session.script('window.location.hash = "#/inbox";');
      await waitFor('the alert in the inbox', async () => (await session.text(await session.find('main'))).includes('避難指示が発令されました'));
      // Close the window as its close button does: Machi hides it, stays in the tray, and the next alert still arrives.
      const closed = spawnSync('/usr/bin/python3', [join(root, 'tests/tauri/close-window.py')], { encoding: 'utf8' });
      assert.equal(closed.status, 0, `close-window.py: ${closed.stderr}`);
      await waitFor('the window hidden', async () => spawnSync('/usr/bin/python3', [join(root, 'tests/tauri/close-window.py'), '--hidden']).status === 0, 10000);
      publishAlert('smoke-alert-2', '【テスト】土砂災害警戒情報');
      await waitFor('a Notify call while the window is closed', async () => notified.some((l) => l.includes('【テスト】土砂災害警戒情報')), 60000);
      const apps = spawnSync('pgrep', ['-f', bin('machi-app')], { encoding: 'utf8' }).stdout.trim();
      assert.ok(apps, 'machi-app keeps running with its window closed');
      const count = notified.filter((l) => l.includes('避難指示が発令されました')).length;
      assert.equal(count, 1, `the first alert notified once, not again on later syncs: ${count}`);
    }
  } finally {
    await session.close().catch(() => {});
    driver.kill('SIGTERM');
    // tauri-driver leaves its WebKitWebDriver child behind.
    spawnSync('pkill', ['-f', `WebKitWebDriver.*${driverPort + 1}`]);
    spawnSync('pkill', ['-f', 'WebKitWebDriver --port']);
    // The app keeps running in the tray when its window closes: stop it too.
    spawnSync('pkill', ['-f', bin('machi-app')]);
  }
});
