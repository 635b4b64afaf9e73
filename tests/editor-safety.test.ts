// The editor is safe by default: it listens on this computer only unless the option that names the
// risk is given, and Keystatic's secrets (.env, written by its GitHub App set-up) are never committed.
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const node = 'node_modules/.bin/node';

describe('the editor, safe by default', () => {
  it('refuses to listen on the network without the option that names the risk, and says why', () => {
    const run = spawnSync(node, ['scripts/edit.ts', '--host', '0.0.0.0', '--port', '1'], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the editor has no login');
    expect(run.stderr).toContain('--open-to-the-network-without-login');
    expect(run.stderr).not.toMatch(/\n\s+at /); // an author's message, not a stack trace
  });

  it("keeps Keystatic's secrets out of git: .env files are ignored and none is committed", () => {
    for (const file of ['.env', '.env.local', '.env.production']) {
      expect(spawnSync('git', ['check-ignore', '-q', file]).status, file).toBe(0);
    }
    const committed = execFileSync('git', ['ls-files'], { encoding: 'utf8' })
      .split('\n')
      .filter((f) => /(^|\/)\.env(\.|$)/.test(f));
    expect(committed).toEqual([]);
  });
});
