// For the health specs: a city feed of the spec's own (a copy of data/oyama signed with a fresh key, which city.toml
// lists, so the app also trusts it for event codes), `machi-publish event-qr` codes, and a `machi web` of its own
// that syncs from that feed at the sample "now". The e2e backend of global-setup.ts holds the embedded bundle,
// whose key's secret half no test has, so a code it would accept cannot be made for it.

import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext, Page } from '@playwright/test';
import { SAMPLE_NOW, expect } from './support';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const MACHI = resolve(repoRoot, process.env.MACHI_BIN ?? 'target/debug/machi');
export const PUBLISH = resolve(repoRoot, process.env.MACHI_PUBLISH_BIN ?? join(dirname(MACHI), 'machi-publish'));

/** The day of the sample "now" in Oyama: event codes are printed for it. */
export const EVENT_DAY = SAMPLE_NOW.slice(0, 10);

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
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

async function keygen(dir: string): Promise<string> {
  const made = await run(PUBLISH, ['keygen', '--out', dir]);
  expect(made.code, made.stderr).toBe(0);
  const key = (await readFile(join(dir, 'machi.pub'), 'utf8'))
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('untrusted comment:'));
  if (!key) throw new Error(`${dir}/machi.pub holds no key line`);
  return key;
}

/** The city's side: sources, keys, the published feed and its server. */
export class HealthCity {
  readonly src: string;
  readonly out: string;
  readonly keys: string;
  readonly strangerKeys: string;
  private server: ChildProcess | undefined;
  url = '';

  constructor(readonly root: string) {
    this.src = join(root, 'src');
    this.out = join(root, 'feed');
    this.keys = join(root, 'keys');
    this.strangerKeys = join(root, 'stranger-keys');
  }

  get publicKeyFile(): string {
    return join(this.keys, 'machi.pub');
  }

  async prepare(): Promise<void> {
    await cp(join(repoRoot, 'data/oyama'), this.src, { recursive: true });
    const key = await keygen(this.keys);
    await keygen(this.strangerKeys);
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
    const built = await run(PUBLISH, ['build', this.src, '--out', this.out, '--secret-key', join(this.keys, 'machi.key'), '--bundle-version', '100']);
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

  /** `machi-publish event-qr`: the code's text and the PNG's path. `stranger` signs with a key no one lists. */
  async eventQr(event: string, options: { from?: string; until?: string; points?: number; name?: string; stranger?: boolean } = {}): Promise<{ payload: string; png: string }> {
    const png = join(this.root, `${event}.png`);
    const args = ['event-qr', '--event', event, '--date', options.from ?? EVENT_DAY, '--until', options.until ?? options.from ?? EVENT_DAY];
    if (options.points !== undefined) args.push('--points', String(options.points));
    if (options.name) args.push('--name', options.name);
    args.push('--secret-key', join(options.stranger ? this.strangerKeys : this.keys, 'machi.key'), '--out', png, '--src', this.src);
    if (options.stranger) args.push('--allow-unlisted-key');
    const made = await run(PUBLISH, args);
    expect(made.code, made.stderr).toBe(0);
    return { payload: made.stdout.trim(), png };
  }
}

const WEB_LINE = /^Machi web: (http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)\s*$/;

/** A resident's `machi web` that syncs from the city's feed, at the sample "now", in Japanese. */
export class HealthResident {
  private child: ChildProcess | undefined;
  url = '';
  token = '';

  constructor(
    readonly dataDir: string,
    private readonly city: HealthCity,
  ) {}

  async start(): Promise<void> {
    this.child = spawn(MACHI, ['web', '--port', '0', '--data-dir', this.dataDir], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        MACHI_DATA_DIR: this.dataDir,
        MACHI_FEED_URL: this.city.url,
        MACHI_FEED_PUBLIC_KEY: this.city.publicKeyFile,
        MACHI_NOW: SAMPLE_NOW,
        LANG: 'ja_JP.UTF-8',
        LC_ALL: 'ja_JP.UTF-8',
        LANGUAGE: 'ja',
      },
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
  async sync(request: APIRequestContext): Promise<void> {
    for (let attempt = 0; attempt < 40; attempt += 1) {
      const response = await request.post(`${this.url}/api/sync_now`, {
        headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' },
        data: {},
      });
      if (response.ok()) return;
      const body = (await response.json()) as { code?: string; message?: string };
      expect(body.code, body.message).toBe('sync.busy');
      await new Promise((done) => setTimeout(done, 250));
    }
    throw new Error('sync_now stayed busy');
  }

  async open(page: Page, hash = '#/health'): Promise<void> {
    if (page.url().startsWith(this.url)) await page.goto('about:blank');
    await page.goto(`${this.url}/#token=${this.token}`);
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await page.evaluate((h) => {
      location.hash = h;
    }, hash);
    await expect(page.locator('main')).not.toHaveAttribute('aria-busy', 'true');
  }
}

/** A calendar day as the health screens show it (Intl, long date style, in the locale). */
export function shownDay(day: string, locale: string): string {
  const tag = locale === 'ja-easy' ? 'ja' : locale;
  if (Intl.DateTimeFormat.supportedLocalesOf([tag]).length === 0) return day;
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** The code with its content changed (more points) and the city's signature kept. */
export function alteredCode(payload: string): string {
  const [prefix, body, sig] = payload.split('.');
  const code = JSON.parse(Buffer.from(body ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  code.points = 1000;
  return `${prefix}.${Buffer.from(JSON.stringify(code)).toString('base64url')}.${sig}`;
}

/** The code with a signature its key never made. */
export function forgedCode(payload: string): string {
  const cut = payload.lastIndexOf('.');
  const sig = Buffer.from(payload.slice(cut + 1), 'base64url');
  for (let i = 8; i < 72; i += 1) sig[i] = (sig[i] ?? 0) ^ 0x5a;
  return `${payload.slice(0, cut)}.${sig.toString('base64url')}`;
}
