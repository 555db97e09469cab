// The real Machi window (machi-app, WebKitGTK under Xvfb) driven through WebDriver (tauri-driver +
// WebKitWebDriver): it opens on the home screen in Japanese, shows the six feature tiles, reaches settings,
// switches to Português and back, picks up a newer signed bundle from a feed on loopback in the background, answers
// the same JSON through all three transports, and — on a private D-Bus session with a real notification daemon
// (dunst), watched with dbus-monitor — raises an OS notification for a new alert, also after its window is closed
// (it stays in the tray).
// Run: dbus-run-session -- xvfb-run -a node --test tests/tauri/smoke.mjs   (after `cargo build --workspace`)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import assert from 'node:assert/strict';
import { test, after } from 'node:test';
import { bin, firstLine, ftl, openWindow, root, start, stopChildren, waitFor } from './driver.mjs';

after(stopChildren);

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
    const monitor = start('dbus-monitor', ['--session', "interface='org.freedesktop.Notifications',member='Notify'"]);
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
  const { session, stop } = await openWindow({
    MACHI_DATA_DIR: dataDir,
    MACHI_FEED_URL: feedUrl,
    MACHI_FEED_PUBLIC_KEY: join(keys, 'machi.pub'),
    // Check the feed every 2 seconds instead of the city's 5 minutes.
    MACHI_SYNC_INTERVAL_SECONDS: '2',
    LANG: 'ja_JP.UTF-8',
    LANGUAGE: 'ja',
  });
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
    const viaWindow = (name, args) => session.call(name, args);
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
    await stop();
  }
});
