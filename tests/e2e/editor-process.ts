// `npm run edit` started for a browser test: on a free port, in a process group of its own, with
// everything it prints kept for the test's messages; resolved once it says where it is open.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A running editor: its address, what it has printed so far, and how to stop it. */
export interface EditorProcess {
  url: string;
  output: () => string;
  stop: () => void;
}

/** A port nothing listens on now. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Starts `npm run edit` with `env`; rejects, with its output, if it exits or has not started in 180 s. */
export async function startEditor(env: NodeJS.ProcessEnv): Promise<EditorProcess> {
  const port = await freePort();
  const editor = spawn('node_modules/.bin/node', ['scripts/edit.ts', '--port', String(port)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const stop = () => {
    try {
      if (editor.pid) process.kill(-editor.pid, 'SIGTERM');
    } catch {}
  };
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run edit did not start in 180 s:\n${output}`)), 180_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /The editor is open at (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    editor.stdout!.on('data', read);
    editor.stderr!.on('data', read);
    editor.on('exit', (code) => reject(new Error(`npm run edit exited with ${code}:\n${output}`)));
  }).catch((error: Error) => {
    stop();
    throw error;
  });
  return { url, output: () => output, stop };
}
