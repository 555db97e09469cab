// End to end through a real feed: a copy of data/oyama with a fresh signing key, built and signed by
// `machi-publish`, served by `machi-publish serve`, fetched by a `machi web` of this spec's own (data dir, feed URL,
// trusted key and MACHI_NOW set for it). A notice the city adds reaches the list, the message screen and
// `machi inbox --json`; its Cancel, published later, shows it withdrawn in all three. Twenty more notices make the
// list page with "more". Then a notice whose every text is an attack: the publisher refuses a `javascript:` web
// address, and what it does publish is shown as literal text — no dialog, no <img>/<script> created, only http(s)
// links, direction overrides kept inside. axe also checks the withdrawn message and Home in disaster mode (an
// alert in force), with and without high contrast.

import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { SAMPLE_NOW, axeViolations, expect, ftl, test, type InboxEntry, type MessageView } from './support';

test.describe.configure({ mode: 'serial' });

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const MACHI = resolve(repoRoot, process.env.MACHI_BIN ?? 'target/debug/machi');
const PUBLISH = resolve(repoRoot, process.env.MACHI_PUBLISH_BIN ?? join(dirname(MACHI), 'machi-publish'));

const NOTICE = 'e2e-2026-11-27-water-outage';
const CANCEL = 'e2e-2026-11-27-water-outage-cancel';
const ATTACK = 'e2e-2026-11-27-attack';
const PAGING_PREFIX = 'e2e-course-2026-11-';
/** Entries per page in the UI. */
const PAGE_SIZE = 10;

const NOTICE_TITLE = {
  ja: '11月28日に中央町の一部で断水します',
  'ja-easy': '11がつ28にち ちゅうおうちょう で みず が でません',
  'pt-BR': 'Falta de água em parte de Chuo-cho em 28 de novembro',
};
const CANCEL_TITLE = { ja: '中央町の断水は中止になりました', 'pt-BR': 'A falta de água em Chuo-cho foi cancelada' };

const RLO = '\u202e';
const PDF = '\u202c';
const ATTACK_TEXT = {
  title: `<img src=x onerror=alert(1)><script>alert(1)</script> javascript:alert(1) ${RLO}exe.gnp${PDF} 注意`,
  body: `<script>alert(1)</script><img src=x onerror=alert(1)> javascript:alert(1) https://example.com/ok ${RLO}txt.exe`,
  instruction: `<a href="javascript:alert(1)">click</a> <iframe src="javascript:alert(1)"></iframe> ${RLO}ereh kcilc`,
  event: `<b onmouseover=alert(1)>event</b>${RLO}`,
  area: `<svg onload=alert(1)></svg>`,
};

// ---- Processes ----

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(cmd, args, { cwd: repoRoot, env: { ...process.env, ...env }, maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      done({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

function firstLine(child: ChildProcess, what: string): Promise<string> {
  return new Promise((resolveLine, reject) => {
    if (!child.stdout) return reject(new Error(`${what}: no stdout`));
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(() => reject(new Error(`${what} printed nothing in 30 s`)), 30_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      lines.on('line', () => undefined);
      resolveLine(line);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited before it was ready (code ${code})`));
    });
  });
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise<void>((done) => setTimeout(done, 5_000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** A TOML basic string; JSON's escapes are TOML's, and the direction controls are written as escapes. */
function toml(text: string): string {
  return JSON.stringify(text).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function tomlTable(name: string, texts: Record<string, string>): string {
  return [`[notice.${name}]`, ...Object.entries(texts).map(([tag, text]) => `${tag} = ${toml(text)}`)].join('\n');
}

// ---- The city's side: sources, key, bundle, feed ----

class CityFeed {
  readonly src: string;
  readonly out: string;
  readonly keys: string;
  private server: ChildProcess | undefined;
  url = '';

  constructor(readonly root: string) {
    this.src = join(root, 'src');
    this.out = join(root, 'feed');
    this.keys = join(root, 'keys');
  }

  get publicKeyFile(): string {
    return join(this.keys, 'machi.pub');
  }

  /** data/oyama, its city.toml trusting only a fresh key (as tests/system's `trust_key` does). */
  async prepare(): Promise<void> {
    await cp(join(repoRoot, 'data/oyama'), this.src, { recursive: true });
    const keygen = await run(PUBLISH, ['keygen', '--out', this.keys]);
    expect(keygen.code, keygen.stderr).toBe(0);
    const key = (await readFile(this.publicKeyFile, 'utf8'))
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '' && !l.startsWith('untrusted comment:'));
    if (!key) throw new Error('machi.pub holds no key line');
    const cityToml = join(this.src, 'city.toml');
    let section = '';
    let replaced = false;
    const lines = (await readFile(cityToml, 'utf8')).split('\n').map((line) => {
      const trimmed = line.trim();
      if (trimmed.startsWith('[')) section = trimmed;
      if (section === '[feed]' && trimmed.startsWith('public_keys')) {
        replaced = true;
        return `public_keys = [${JSON.stringify(key)}]`;
      }
      return line;
    });
    if (!replaced) throw new Error('city.toml has no [feed] public_keys line');
    await writeFile(cityToml, lines.join('\n'));
  }

  async addNotice(notice: string): Promise<void> {
    const file = join(this.src, 'messages/notices.toml');
    await writeFile(file, `${await readFile(file, 'utf8')}\n${notice}\n`);
  }

  async replaceInNotices(from: string, to: string): Promise<void> {
    const file = join(this.src, 'messages/notices.toml');
    const text = await readFile(file, 'utf8');
    expect(text).toContain(from);
    await writeFile(file, text.replace(from, to));
  }

  build(version: number): Promise<Run> {
    return run(PUBLISH, ['build', this.src, '--out', this.out, '--secret-key', join(this.keys, 'machi.key'), '--bundle-version', String(version)]);
  }

  async publish(version: number): Promise<void> {
    const built = await this.build(version);
    expect(built.code, built.stderr).toBe(0);
  }

  async serve(): Promise<void> {
    this.server = spawn(PUBLISH, ['serve', this.out, '--port', '0'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    this.url = (await firstLine(this.server, 'machi-publish serve')).trim();
    expect(this.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/?$/);
  }

  async stop(): Promise<void> {
    await stop(this.server);
  }
}

// ---- The resident's side: a machi web of this spec's own ----

const WEB_LINE = /^Machi web: (http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)\s*$/;

class Resident {
  private child: ChildProcess | undefined;
  url = '';
  token = '';

  constructor(
    readonly dataDir: string,
    private readonly feed: CityFeed,
  ) {}

  get env(): NodeJS.ProcessEnv {
    return {
      MACHI_DATA_DIR: this.dataDir,
      MACHI_FEED_URL: this.feed.url,
      MACHI_FEED_PUBLIC_KEY: this.feed.publicKeyFile,
      MACHI_NOW: SAMPLE_NOW,
      LANG: 'ja_JP.UTF-8',
      LC_ALL: 'ja_JP.UTF-8',
      LANGUAGE: 'ja',
    };
  }

  async start(): Promise<void> {
    this.child = spawn(MACHI, ['web', '--port', '0', '--data-dir', this.dataDir], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...this.env },
    });
    const match = WEB_LINE.exec(await firstLine(this.child, 'machi web'));
    if (!match?.[1] || !match[2]) throw new Error('unexpected first line from machi web');
    this.url = match[1];
    this.token = match[2];
  }

  async stop(): Promise<void> {
    await stop(this.child);
  }

  async call<T>(request: APIRequestContext, name: string, body: unknown = {}): Promise<T> {
    const response = await request.post(`${this.url}/api/${name}`, {
      headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' },
      data: body,
    });
    expect(response.status(), `${name}: ${await response.text()}`).toBe(200);
    return (await response.json()) as T;
  }

  /** `sync_now`, waiting out the update machi web starts on its own at launch. */
  async sync(request: APIRequestContext): Promise<{ outcome: string; bundle_version: number }> {
    for (let attempt = 0; attempt < 40; attempt += 1) {
      const response = await request.post(`${this.url}/api/sync_now`, {
        headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' },
        data: {},
      });
      const body = (await response.json()) as { outcome: string; bundle_version: number; code?: string; message?: string };
      if (response.ok()) return body;
      expect(body.code, body.message).toBe('sync.busy');
      await new Promise((done) => setTimeout(done, 250));
    }
    throw new Error('sync_now stayed busy');
  }

  /** `machi --data-dir <dir> inbox [--all] --json`, as a resident at the terminal would see it. */
  async cliInbox(all = false): Promise<InboxEntry[]> {
    const result = await run(MACHI, ['--data-dir', this.dataDir, 'inbox', ...(all ? ['--all'] : []), '--json'], this.env);
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as InboxEntry[];
  }

  async open(page: Page, hash = '#/'): Promise<void> {
    if (page.url().startsWith(this.url)) await page.goto('about:blank');
    await page.goto(`${this.url}/#token=${this.token}`);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    if (hash !== '#/') {
      await page.evaluate((h) => {
        location.hash = h;
      }, hash);
    }
  }
}

let root = '';
let feed: CityFeed;
let resident: Resident;

test.beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'machi-e2e-feed-'));
  feed = new CityFeed(root);
  await feed.prepare();
  await feed.addNotice(
    [
      '[[notice]]',
      `id = "${NOTICE}"`,
      'category = "city"',
      'severity = "advisory"',
      'published = "2026-11-27T19:00:00+09:00"',
      'expires = "2026-11-29T12:00:00+09:00"',
      'areas = []',
      'web = "https://www.city.oyama.tochigi.jp/"',
      tomlTable('title', NOTICE_TITLE),
      tomlTable('body', {
        ja: '水道管の工事のため、11月28日（土）9時から12時まで中央町の一部で断水します。詳しくは https://www.city.oyama.tochigi.jp/ をご覧ください。',
        'ja-easy': 'すいどう の こうじ を します。11がつ28にち（どようび）の あさ 9じ から ひる 12じ まで、みず が でません。',
        'pt-BR': 'Por causa de obras na rede de água, parte de Chuo-cho ficará sem água no sábado, 28 de novembro, das 9h às 12h.',
      }),
      // No vi text: a Vietnamese resident reads it in their second language.
    ].join('\n'),
  );
  // Enough events that the list takes three pages.
  for (let n = 1; n <= 2 * PAGE_SIZE; n += 1) {
    const day = String(n).padStart(2, '0');
    await feed.addNotice(
      [
        '[[notice]]',
        `id = "${PAGING_PREFIX}${day}"`,
        'category = "events"',
        'severity = "info"',
        `published = "2026-11-${day}T12:00:00+09:00"`,
        'expires = "2026-12-31T12:00:00+09:00"',
        'areas = []',
        tomlTable('title', { ja: `市民講座 第${n}回のお知らせ`, 'pt-BR': `Curso para moradores: aula ${n}` }),
      ].join('\n'),
    );
  }
  await feed.publish(100);
  await feed.serve();
  resident = new Resident(join(root, 'data'), feed);
  await resident.start();
});

test.afterAll(async () => {
  await resident?.stop();
  await feed?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

/** The text a sighted resident reads (the screen-reader-only words around links left out). */
function shownText(locator: Locator): Promise<string> {
  return locator.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
    return copy.textContent ?? '';
  });
}

function item(page: Page, id: string): Locator {
  return page.locator(`#inbox-list > li[data-id="${id}"]`);
}

test('a notice published to the feed reaches the inbox, and so does its withdrawal', async ({ page, request, consoleErrors }) => {
  await resident.call(request, 'update_settings', { patch: { locale: 'ja', second_locale: 'ja-easy' } });
  await resident.sync(request);
  const info = await resident.call<{ bundle: { version: number; source: string } }>(request, 'app_info');
  expect(info.bundle).toMatchObject({ version: 100, source: 'feed' });

  // In the core (terminal) and in the UI.
  const cli = (await resident.cliInbox()).find((e) => e.id === NOTICE);
  expect(cli).toMatchObject({ status: 'active', headline: NOTICE_TITLE.ja, locale: 'ja' });
  await resident.open(page, '#/inbox');
  await expect(page.locator('main')).toHaveAttribute('data-screen', 'inbox');
  await expect(item(page, NOTICE).locator('.message-headline-text')).toHaveText(NOTICE_TITLE.ja);
  await expect(item(page, NOTICE)).toHaveClass(/\bis-unread\b/);

  // A Vietnamese resident: no vi text, so やさしい日本語 (the second language), and the screen says so.
  await resident.call(request, 'update_settings', { patch: { locale: 'vi' } });
  await resident.open(page, `#/inbox/${NOTICE}`);
  await expect(page.locator('main #message')).toHaveAttribute('data-id', NOTICE);
  await expect(page.locator('h1')).toHaveText(NOTICE_TITLE['ja-easy']);
  await expect(page.locator('h1')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('#message-shown-in')).toHaveText(ftl('ja-easy', 'locale-name'));
  await expect(page.locator('#message-shown-in')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('#message-not-in-language')).toHaveText(ftl('vi', 'inbox-not-in-your-language', { language: ftl('vi', 'locale-name') }));
  await page.getByRole('button', { name: ftl('vi', 'inbox-show-original') }).click();
  await expect(page.locator('h1')).toHaveText(NOTICE_TITLE.ja);
  await expect(page.locator('#message-shown-in')).toHaveText(ftl('ja', 'locale-name'));
  await resident.call(request, 'update_settings', { patch: { locale: 'ja' } });

  // The address in the text became a link that leaves the app; nothing else did.
  await resident.open(page, `#/inbox/${NOTICE}`);
  await expect(page.locator('#message-description .message-body a')).toHaveAttribute('href', 'https://www.city.oyama.tochigi.jp/');
  await expect(page.locator('#message-description .message-body a')).toHaveAttribute('rel', 'noopener noreferrer');

  // The city withdraws it: a Cancel naming it, in a newer bundle.
  await feed.addNotice(
    [
      '[[notice]]',
      `id = "${CANCEL}"`,
      'category = "city"',
      'severity = "info"',
      'msg_type = "cancel"',
      `references = ["${NOTICE}"]`,
      'published = "2026-11-27T19:40:00+09:00"',
      'areas = []',
      tomlTable('title', CANCEL_TITLE),
      tomlTable('body', {
        ja: '工事の日程が変わったため、11月28日の断水は行いません。',
        'pt-BR': 'As obras foram adiadas: não haverá falta de água em 28 de novembro.',
      }),
    ].join('\n'),
  );
  await feed.publish(101);
  const report = await resident.sync(request);
  expect(report).toMatchObject({ outcome: 'updated', bundle_version: 101 });

  expect((await resident.cliInbox(true)).find((e) => e.id === NOTICE)?.status).toBe('withdrawn');
  const listed = (await resident.cliInbox()).find((e) => e.id === NOTICE);
  if (listed) expect(listed.status).toBe('withdrawn');
  await resident.open(page, '#/inbox');
  await page.getByLabel(ftl('ja', 'inbox-show-all')).check();
  await expect(item(page, NOTICE).locator('.badge--status-withdrawn')).toHaveText(ftl('ja', 'inbox-status-withdrawn'));
  // The Cancel itself is not a line of its own.
  await expect(item(page, CANCEL)).toHaveCount(0);

  await item(page, NOTICE).getByRole('link').click();
  await expect(page.locator('main #message')).toHaveAttribute('data-id', NOTICE);
  const withdrawal = page.locator('#message-withdrawal');
  await expect(withdrawal.getByRole('heading', { level: 2 })).toHaveText(ftl('ja', 'inbox-withdrawn-title'));
  await expect(withdrawal.locator('.withdrawal-headline')).toHaveText(CANCEL_TITLE.ja);
  // The withdrawal comes before the original text, which is kept and marked as withdrawn.
  const original = page.locator('#message-withdrawn-original');
  await expect(original.getByRole('heading', { level: 2 })).toContainText(ftl('ja', 'inbox-withdrawn-original'));
  await expect(original.locator('#message-description .message-body')).toContainText('断水します');
  expect(
    await withdrawal.evaluate((el) => {
      const kept = document.getElementById('message-withdrawn-original');
      return kept !== null && Boolean(el.compareDocumentPosition(kept) & Node.DOCUMENT_POSITION_FOLLOWING);
    }),
  ).toBe(true);

  // The withdrawn message is accessible, also at the largest text in high contrast (7:1).
  const found = await axeViolations(page, 'withdrawn message', false);
  await resident.call(request, 'update_settings', { patch: { font_scale: 'xlarge', high_contrast: true } });
  await resident.open(page, `#/inbox/${NOTICE}`);
  await expect(page.locator('#message-withdrawal')).toBeVisible();
  found.push(...(await axeViolations(page, 'withdrawn message, xlarge, high contrast', true)));
  await resident.call(request, 'update_settings', { patch: { font_scale: 'normal', high_contrast: false } });
  expect(found, found.join('\n')).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('"more" pages through the list, ten at a time, in the core\'s order', async ({ page, request, consoleErrors }) => {
  await resident.call(request, 'update_settings', { patch: { locale: 'ja', second_locale: 'ja-easy' } });
  const all = await resident.call<{ entries: InboxEntry[]; total: number }>(request, 'inbox_list', { limit: 500 });
  expect(all.total).toBeGreaterThan(2 * PAGE_SIZE);
  await resident.open(page, '#/inbox');
  await expect(page.locator('main')).toHaveAttribute('data-screen', 'inbox');
  const lines = page.locator('#inbox-list > li');
  const more = page.locator('#inbox-more');
  await expect(page.locator('#inbox-count')).toHaveText(ftl('ja', 'inbox-count', { count: all.total }));
  for (let shown = PAGE_SIZE; shown < all.total; shown += PAGE_SIZE) {
    await expect(lines).toHaveCount(shown);
    await expect(more).toHaveText(ftl('ja', 'inbox-more', { count: all.total - shown }));
    await more.click();
    // Keyboard users carry on at the first new entry.
    await expect(lines.nth(shown).getByRole('link')).toBeFocused();
  }
  await expect(lines).toHaveCount(all.total);
  await expect(more).toBeHidden();
  expect(await lines.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')))).toEqual(all.entries.map((e) => e.id));
  expect(consoleErrors).toEqual([]);
});

test('message text stays text: no markup or dialog, only http(s) links, overrides contained', async ({ page, request, consoleErrors }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await resident.call(request, 'update_settings', { patch: { locale: 'ja', second_locale: 'ja-easy' } });

  // The publisher refuses a web address that is not http(s).
  await feed.addNotice(
    [
      '[[notice]]',
      `id = "${ATTACK}"`,
      'category = "disaster"',
      'severity = "warning"',
      'urgency = "immediate"',
      'published = "2026-11-27T19:50:00+09:00"',
      'expires = "2026-11-28T19:50:00+09:00"',
      'areas = []',
      'web = "javascript:alert(1)"',
      tomlTable('title', { ja: ATTACK_TEXT.title }),
      tomlTable('body', { ja: ATTACK_TEXT.body }),
      tomlTable('instruction', { ja: ATTACK_TEXT.instruction }),
      tomlTable('event', { ja: ATTACK_TEXT.event }),
      tomlTable('area_description', { ja: ATTACK_TEXT.area }),
    ].join('\n'),
  );
  const refused = await feed.build(102);
  expect(refused.code, 'machi-publish build must refuse web = "javascript:…"').not.toBe(0);
  expect(refused.stderr).toContain('javascript:alert(1)');
  await feed.replaceInNotices('web = "javascript:alert(1)"', 'web = "http://example.com/attack"');
  await feed.publish(102);
  expect(await resident.sync(request)).toMatchObject({ outcome: 'updated', bundle_version: 102 });
  const view = await resident.call<MessageView>(request, 'inbox_show', { id: ATTACK });
  expect(view.entry.headline).toBe(ATTACK_TEXT.title);

  const checkMain = async (where: string): Promise<void> => {
    const found = await page.evaluate(() => {
      const main = document.querySelector('main');
      return {
        elements: [...(main?.querySelectorAll('img, script, iframe, svg:not(.icon), b, object, embed') ?? [])].map((el) => el.outerHTML),
        handlers: [...(main?.querySelectorAll('*') ?? [])].flatMap((el) => el.getAttributeNames().filter((a) => a.startsWith('on'))),
        hrefs: [...(main?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? ''),
      };
    });
    expect(found.elements, where).toEqual([]);
    expect(found.handlers, where).toEqual([]);
    for (const href of found.hrefs) expect(href, where).toMatch(/^(#\/|https?:\/\/)/);
  };

  // Home: the alert in force, its headline as text in the alert section.
  await resident.open(page);
  await expect(page.locator(`#alerts-in-force a[data-id="${ATTACK}"]`)).toHaveText(ATTACK_TEXT.title);
  await checkMain('home');
  // Disaster mode (a warning in force for the whole city) is an emergency alert, and an accessible one.
  await expect(page.locator('#alerts-in-force')).toHaveAttribute('role', 'alert');
  const found = await axeViolations(page, 'home in disaster mode', false);
  await resident.call(request, 'update_settings', { patch: { font_scale: 'xlarge', high_contrast: true } });
  await resident.open(page);
  await expect(page.locator('#alerts-in-force')).toBeVisible();
  found.push(...(await axeViolations(page, 'home in disaster mode, xlarge, high contrast', true)));
  await resident.call(request, 'update_settings', { patch: { font_scale: 'normal', high_contrast: false } });
  expect(found, found.join('\n')).toEqual([]);

  // The list.
  await resident.open(page, '#/inbox');
  const line = item(page, ATTACK);
  const headline = line.locator('.message-headline-text');
  await expect(headline).toHaveText(ATTACK_TEXT.title);
  await checkMain('list');
  // The override stays inside its own isolated element: the UI around it keeps its order.
  await expect(headline).toHaveAttribute('dir', 'auto');
  expect(await headline.evaluate((el) => el.tagName)).toBe('BDI');
  const [chip, date] = await Promise.all([line.locator('.category').boundingBox(), line.locator('.message-date').boundingBox()]);
  expect(chip && date && chip.x < date.x).toBe(true);

  // The message.
  await line.getByRole('link').click();
  await expect(page.locator('main #message')).toHaveAttribute('data-id', ATTACK);
  await expect(page.locator('h1')).toHaveText(ATTACK_TEXT.title);
  await expect(page.locator('#message-instruction .message-body')).toHaveText(ATTACK_TEXT.instruction);
  expect(await shownText(page.locator('#message-description .message-body'))).toBe(ATTACK_TEXT.body);
  await expect(page.locator('.area-description')).toHaveText(ATTACK_TEXT.area);
  await checkMain('message');
  for (const block of await page.locator('main [lang="ja"]').filter({ hasText: RLO }).all()) {
    await expect(block).toHaveAttribute('dir', 'auto');
  }
  // Only the real address in the description is a link; "javascript:alert(1)" stays words.
  await expect(page.locator('#message-description .message-body a')).toHaveCount(1);
  await expect(page.locator('#message-description .message-body a')).toHaveAttribute('href', 'https://example.com/ok');
  await expect(page.locator('#message-instruction a')).toHaveCount(0);
  await expect(page.locator('.message-web a')).toHaveAttribute('href', 'http://example.com/attack');
  // The labels beside the text keep their order.
  const [term, value] = await Promise.all([
    page.locator('#message-language dt').boundingBox(),
    page.locator('#message-language dd').boundingBox(),
  ]);
  expect(term && value && term.x < value.x).toBe(true);

  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

