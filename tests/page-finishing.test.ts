import { describe, expect, it } from 'vitest';
import { filterStylesheet } from '../src/lib/search/filters.ts';
import { bundledGraph } from './helpers.ts';

describe('the plan outline filters', () => {
  it('have a rule for each recommendation the actions answer, and a "Show all" once filtered', () => {
    const css = filterStylesheet(bundledGraph());
    expect(css).toContain(
      'input[name="recommendation"][value="8"]:checked) :is([data-action], .app-objective, .app-theme):not([data-recommendations~="8"]',
    );
    expect(css).toContain('.app-filters__reset--inline { display: inline-block; }');
  });
});
