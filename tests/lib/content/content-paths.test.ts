import { resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentPath, shownPath } from '../../../src/lib/content/content-paths.ts';
import { IdError } from '../../../src/lib/base/ids.ts';

describe('paths inside a content folder', () => {
  it('resolves a file inside the folder', () => {
    expect(contentPath('src/content', 'plans/torbay/plan.json')).toBe(resolve('src/content/plans/torbay/plan.json'));
  });

  it('refuses any path leading outside it or to a hidden file, saying nothing was written', () => {
    for (const bad of [
      '../package.json',
      'plans/../../x.json',
      '/etc/passwd',
      'plans/.hidden.json',
      'plans//x.json',
      '.git/config',
    ])
      expect(() => contentPath('src/content', bad), bad).toThrow(IdError);
    expect(() => contentPath('src/content', '../x.json')).toThrow(
      '"../x.json" would be written outside src/content or as a hidden file: nothing was written',
    );
  });

  it('shows paths relative to the working folder when inside it', () => {
    expect(shownPath(resolve('src/content/x.json'))).toBe(`src${sep}content${sep}x.json`);
    expect(shownPath('/elsewhere/x.json')).toBe('/elsewhere/x.json');
  });
});
