// Starts the backend under test — `machi web --port 0 --data-dir <fresh tmp dir>` — and publishes the URL and
// token it prints ("Machi web: http://127.0.0.1:PORT/#token=TOKEN") as MACHI_URL / MACHI_TOKEN for the tests.
// MACHI_BIN picks the binary (default target/debug/machi). With MACHI_URL and MACHI_TOKEN already set, an
// existing server is used instead.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const FIRST_LINE = /^Machi web: (http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)\s*$/;
const START_TIMEOUT_MS = 60_000;
/** "Now" for the backend under test (see support.ts `SAMPLE_NOW`). */
const SAMPLE_NOW = '2026-11-27T20:00:00+09:00';

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolveLine, reject) => {
    if (!child.stdout) return reject(new Error('machi web: no stdout'));
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(() => reject(new Error(`machi web printed nothing in ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    lines.once('line', (line) => {
      clearTimeout(timer);
      // Keep draining stdout so the server never blocks on a full pipe.
      lines.on('line', () => undefined);
      resolveLine(line);
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`machi web exited before it was ready (code ${code}, signal ${signal})`));
    });
  });
}

export default async function globalSetup(): Promise<(() => Promise<void>) | void> {
  if (process.env.MACHI_URL && process.env.MACHI_TOKEN) return;

  const bin = resolve(repoRoot, process.env.MACHI_BIN ?? 'target/debug/machi');
  const dataDir = await mkdtemp(join(tmpdir(), 'machi-e2e-'));
  const child = spawn(bin, ['web', '--port', '0', '--data-dir', dataDir], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
    // A Japanese OS, and a feed address where nothing listens (the discard port): the feed is unreachable. The
    // clock is fixed in the sample data's story, while the 思川 level-4 evacuation order is in force.
    env: {
      ...process.env,
      MACHI_DATA_DIR: dataDir,
      MACHI_FEED_URL: 'http://127.0.0.1:9/',
      MACHI_NOW: SAMPLE_NOW,
      LANG: 'ja_JP.UTF-8',
      LC_ALL: 'ja_JP.UTF-8',
      LANGUAGE: 'ja',
    },
  });

  let line: string;
  try {
    line = await firstLine(child);
  } catch (err) {
    child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
    throw err;
  }
  const match = FIRST_LINE.exec(line);
  if (!match?.[1] || !match[2]) {
    child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
    throw new Error(`unexpected first line from machi web: ${JSON.stringify(line)}`);
  }
  process.env.MACHI_URL = match[1];
  process.env.MACHI_TOKEN = match[2];

  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      child.kill('SIGTERM');
      const timeout = new Promise<void>((done) => setTimeout(done, 5_000));
      await Promise.race([exited, timeout]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await rm(dataDir, { recursive: true, force: true });
  };
}
