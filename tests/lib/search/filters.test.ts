import { describe, expect, it } from 'vitest';
import { filterStylesheet, ratingFilterValue, recommendationFilterValue } from '../../../src/lib/search/filters.ts';
import { threeGraph } from '../fixtures.ts';

describe("the plan outline's script-free filters", () => {
  it('gives an unrated action its own filter value', () => {
    expect(ratingFilterValue(null)).toBe('not-rated');
    expect(ratingFilterValue('amber')).toBe('amber');
    expect(recommendationFilterValue({ id: 'b' })).toBe('b');
  });

  it('writes one hiding rule per theme, lead role, rating and recommendation the content defines', () => {
    const css = filterStylesheet(threeGraph());
    const lines = css.trim().split('\n');
    expect(lines[0]).toBe('/* Generated from the content by src/lib/search/filters.ts */');
    expect(lines).toContain(
      '.app-plan:has(input[name="theme"][value="1"]:checked) [data-theme]:not([data-theme="1"]) { display: none; }',
    );
    expect(lines).toContain(
      '.app-plan:has(select[name="lead"] option[value="dcs"]:checked) :is([data-action], .app-objective, .app-theme):not([data-leads~="dcs"]) { display: none; }',
    );
    // The only :has() a rule holds is the one on .app-plan: none searches each action, objective or theme.
    for (const line of lines.slice(1)) expect(line.match(/:has\(/g)?.length ?? 0).toBeLessThanOrEqual(1);
    const rags = lines.filter((l) => l.includes('input[name="rag"]')).map((l) => /value="([^"]+)"/.exec(l)![1]);
    expect(rags).toEqual(['amber', 'green', 'not-rated', 'red']);
    expect(lines.filter((l) => l.includes('input[name="recommendation"]')).length).toBeGreaterThan(0);
    expect(lines.at(-1)).toMatch(/app-filters__reset--inline \{ display: inline-block; \}$/);
    expect(css.endsWith('\n')).toBe(true);
  });

  it('is the same stylesheet every time (deterministic builds)', () => {
    expect(filterStylesheet(threeGraph())).toBe(filterStylesheet(threeGraph()));
  });
});
