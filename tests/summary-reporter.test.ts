import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

test('a test file that cannot load counts as one failure in the closing line', () => {
  const run = spawnSync('node_modules/.bin/vitest', ['run', '--config', 'tests/fixtures/reporter/vitest.config.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  const lines = run.stdout.trim().split('\n');
  expect(lines.at(-1)).toBe('1 passed, 1 failed');
  expect(run.status).not.toBe(0);
});
