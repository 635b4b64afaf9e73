// Which pages `npm run verify` checks for accessibility (scripts/accessibility-check.ts): the changed
// ones; every page of a small site; a bounded, even spread of a big one, the home page always.
import { describe, expect, it } from 'vitest';
import { pagesToCheck } from '../scripts/accessibility-check.ts';

const site = (n: number) => [
  '/',
  ...Array.from({ length: n - 1 }, (_, i) => `/council/page-${String(i).padStart(3, '0')}/`),
];

describe('the pages checked for accessibility', () => {
  it('every page of a small site', () => {
    expect(pagesToCheck(site(60), undefined, 60)).toEqual({ pages: site(60), of: 60 });
  });

  it('at most the limit on a big site, spread from its first page to its last, the home page among them', () => {
    const all = site(600);
    const { pages, of } = pagesToCheck(all, undefined, 60);
    expect(of).toBe(600);
    expect(pages).toHaveLength(60);
    expect(pages).toContain('/');
    expect(pages).toContain('/council/page-589/');
    expect(new Set(pages).size).toBe(60);
  });

  it('the changed pages that the site has, when the change names them', () => {
    expect(pagesToCheck(site(600), ['/council/page-010/', '/gone/'], 60).pages).toEqual(['/council/page-010/']);
  });
});
