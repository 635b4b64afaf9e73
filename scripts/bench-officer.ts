// The officer's two waits, on the bundled content (issue 28), for `npm run bench`:
// - `npm run check` and then a production build (`npm run build`, which checks again and builds,
//   content cache kept between runs as on an officer's machine, the first run a warm-up);
// - a save in the editor until its preview shows the change: `npm run edit`'s server (Astro's dev
//   server with the editor) on a copy of the content, a statement's text changed on disk as the
//   editor's save writes it, and the preview page fetched every 50 ms until it holds the new words.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { environmentWith } from '../src/lib/settings.ts';

const node = resolve('node_modules/.bin/node');

/** Runs a command to its end; its wall seconds. */
function timed(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  const child = spawn(node, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done, fail) =>
    child.on('close', (code) =>
      code === 0
        ? done((performance.now() - started) / 1000)
        : fail(new Error(`${args.join(' ')} failed (${code}):\n${stderr.slice(-3000)}`)),
    ),
  );
}

/**
 * `npm run check` then `npm run build` on the bundled content, `runs` times after one warm-up, into
 * `out` (never dist/). Each run's seconds; the last build is left in `out/dist` for Lighthouse.
 */
export async function checkAndBuild(out: string, runs: number): Promise<{ seconds: number[]; dist: string }> {
  const dist = join(out, 'dist');
  // The build's lock file sits beside its output folder, so the folder above it must exist.
  mkdirSync(out, { recursive: true });
  const env = environmentWith({ OUT_DIR: dist, CACHE_DIR: join(out, 'cache') });
  const seconds: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const s = (await timed(['scripts/check.ts'], env)) + (await timed(['scripts/build.ts', '--silent'], env));
    if (i > 0) seconds.push(s);
  }
  return { seconds, dist };
}

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

const statementFile = 'statements/torbay/pr5220-2016-01-05.mdx';
const statementPage = '/torbay/statements/pr5220-2016-01-05/';

/** Seconds from a save in the editor to its preview showing the change, `runs` times (after a first view). */
export async function saveToPreview(runs: number): Promise<number[]> {
  // The editor edits folders inside the project only (as tests/e2e/editor.test.ts): a hidden copy, removed after.
  const work = mkdtempSync('.bench-editor-');
  const content = join(work, 'content');
  cpSync('src/content', content, { recursive: true });
  cpSync('data', join(work, 'data'), { recursive: true });
  const port = await freePort();
  const editor = spawn(
    node,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      env: environmentWith({
        TRACKER_EDITOR: '1',
        ASTRO_TELEMETRY_DISABLED: '1',
        CONTENT_DIR: content,
        DATA_DIR: join(work, 'data'),
        CACHE_DIR: join(work, 'cache'),
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = `http://127.0.0.1:${port}${statementPage}`;
  const page = async () => {
    try {
      const response = await fetch(url);
      return response.ok ? await response.text() : '';
    } catch {
      return '';
    }
  };
  const until = async (test: (html: string) => boolean, limit: number) => {
    const started = performance.now();
    while (performance.now() - started < limit * 1000) {
      if (test(await page())) return (performance.now() - started) / 1000;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`The preview at ${url} did not show the change within ${limit} s.`);
  };
  try {
    await until((html) => html.includes('</html>'), 300);
    const file = join(content, statementFile);
    const original = readFileSync(file, 'utf8');
    const seconds: number[] = [];
    for (let i = 1; i <= runs; i++) {
      const marker = `Benchmark edit ${i} ${Date.now()}`;
      writeFileSync(file, `${original}\n${marker}\n`);
      seconds.push(await until((html) => html.includes(marker), 120));
    }
    return seconds;
  } finally {
    editor.kill();
    await new Promise((r) => editor.on('close', r));
    rmSync(work, { recursive: true, force: true });
  }
}
