import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { spaceBlocks } from '../src/lib/publishing/block-spacing.ts';
import { filterStylesheet } from '../src/lib/search/filters.ts';
import { labelStackedCells } from '../src/lib/publishing/stack-labels.ts';
import { bundledGraph } from './helpers.ts';

const apply = (html: string, transform: (tree: Root) => void) => {
  const tree = fromHtml(html, { fragment: true });
  transform(tree);
  return toHtml(tree);
};

describe('spaceBlocks', () => {
  it('separates cells and blocks that touch, and leaves inline elements alone', () => {
    expect(apply('<table><tr><th>Area</th><th>Judgement</th></tr></table>', spaceBlocks)).toBe(
      '<table><tbody><tr><th>Area</th>\n<th>Judgement</th></tr></tbody></table>',
    );
    expect(apply('<p><strong>a</strong><em>b</em></p><p>c</p>', spaceBlocks)).toBe(
      '<p><strong>a</strong><em>b</em></p>\n<p>c</p>',
    );
  });
});

describe('labelStackedCells', () => {
  it('names each cell of a stacking table by its column, keeping labels already given', () => {
    const html =
      '<table class="app-table--stack"><thead><tr><th>Ref</th><th>By when</th><th>Rating</th></tr></thead>' +
      '<tbody><tr><th>1</th><td>2020</td><td data-label="RAG">Red</td></tr></tbody></table>';
    expect(apply(html, labelStackedCells)).toContain('<td data-label="By when">2020</td><td data-label="RAG">Red</td>');
    expect(apply(html.replace('app-table--stack', 'app-table'), labelStackedCells)).not.toContain('By when">');
  });
});

describe('the plan outline filters', () => {
  it('have a rule for each recommendation the actions answer, and a "Show all" once filtered', () => {
    const css = filterStylesheet(bundledGraph());
    expect(css).toContain(
      'input[name="recommendation"][value="8"]:checked) :is([data-action], .app-objective, .app-theme):not([data-recommendations~="8"]',
    );
    expect(css).toContain('.app-filters__reset--inline { display: inline-block; }');
  });
});
