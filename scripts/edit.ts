// `npm run edit [-- --port 4321]`: starts the editor (Keystatic, local mode) under `astro dev` and
// prints its address. Everything saved is written to the content files; the same server previews
// the real pages. CONTENT_DIR / DATA_DIR (relative to the project) edit another copy of the content.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { environmentWith, settings } from '../src/lib/settings.ts';
import { editorStorage, proposalPage } from '../src/editor/storage.ts';
import { watchWarning } from './watched-folders.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
    'open-to-the-network-without-login': { type: 'boolean', default: false },
  },
});

// The editor has no login of its own: anyone who can reach it can create and delete documents. It
// listens on this computer only (loopback) unless the option that names the risk is given, and it
// never starts another way without saying so.
const loopback = /^(127(?:\.\d{1,3}){3}|localhost|::1|\[::1\])$/i.test(values.host!);
if (!loopback && !values['open-to-the-network-without-login']) {
  console.error(
    `The editor listens on this computer only. --host ${values.host} would let anyone who can reach this computer over the network create, change and delete documents: the editor has no login.\n` +
      `If that is what you want (on a network you trust), say so: npm run edit -- --host ${values.host} --open-to-the-network-without-login`,
  );
  process.exit(1);
}
if (!loopback)
  console.warn(
    `Warning: the editor is open to the network at ${values.host}, without a login: anyone who can reach it can change the content.`,
  );

// Where the editor saves: this copy's files, or the GitHub repository KEYSTATIC_GITHUB_REPO names.
const chosen = editorStorage(settings().keystaticGithubRepo);
if ('problem' in chosen) {
  console.error(chosen.problem);
  process.exit(1);
}
const local = chosen.storage.kind === 'local';

/** A free port: the one asked for, else 4321 if free, else any. */
async function freePort(wanted: number | undefined): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | undefined>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(undefined));
      server.listen(port, values.host, () => {
        const { port: actual } = server.address() as { port: number };
        server.close(() => resolve(actual));
      });
    });
  if (wanted !== undefined) {
    const port = await tryPort(wanted);
    if (port === undefined) {
      console.error(`Port ${wanted} is in use: choose another with npm run edit -- --port <number>, or leave it out.`);
      process.exit(1);
    }
    return port;
  }
  return (await tryPort(4321)) ?? (await tryPort(0))!;
}

// A generated site left in the project (bench-out/, a large dist/) can use up the folder watches
// the preview needs to see a save: say so before starting, naming what to delete.
const crowded = watchWarning(process.cwd());
if (crowded) console.warn(crowded);

const port = await freePort(values.port ? Number(values.port) : settings().port);
const address = `http://${values.host}:${port}`;
const child = spawn(
  process.execPath,
  ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', values.host!],
  {
    env: environmentWith({ TRACKER_EDITOR: '1', ASTRO_TELEMETRY_DISABLED: '1' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
let announced = false;
const relay = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) =>
  stream.on('data', (chunk: Buffer) => {
    out.write(chunk);
    if (!announced && /ready in|Local\s+http/i.test(chunk.toString())) {
      announced = true;
      console.log(
        local
          ? `
  The editor is open at ${address}/keystatic
  Preview pages at      ${address}/  (they show what you saved; drafts are marked "not yet published")
  Propose changes at    ${address}${proposalPage}  (the editor's "Propose my changes" link: they go to the reviewer)
  Press Ctrl+C to stop.
`
          : `
  The editor is open at ${address}/keystatic, saving to the GitHub repository ${'repo' in chosen.storage ? chosen.storage.repo : ''}
  Sign in with GitHub there; each change is saved on a branch, and Keystatic's branch menu opens its pull request.
  Press Ctrl+C to stop.
`,
      );
    }
  });
relay(child.stdout!, process.stdout);
relay(child.stderr!, process.stderr);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
