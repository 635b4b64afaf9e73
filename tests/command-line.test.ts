import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (script: string, args: string[]) =>
  spawnSync('node_modules/.bin/node', [script, ...args], { encoding: 'utf8' });

describe('the content commands share one argument reader (scripts/command-line.ts)', () => {
  it('npm run new stops on an unknown option with what is wrong', () => {
    const out = run('scripts/new.ts', ['statement', '--bogus']);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain("Unknown option '--bogus'");
  });

  it('npm run import stops on an unknown option with what is wrong and the usage', () => {
    for (const file of ['plan.xlsx', 'plan.docx']) {
      const out = run('scripts/import.ts', [file, '--bogus']);
      expect(out.status).toBe(1);
      expect(out.stderr).toContain("Unknown option '--bogus'");
      expect(out.stderr).toContain('npm run import --');
    }
  });
});
