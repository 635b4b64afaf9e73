import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { labelStackedCells } from '../../../src/lib/publishing/stack-labels.ts';

const label = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  labelStackedCells(tree);
  return toHtml(tree);
};

describe("stacked tables name each cell's column", () => {
  it('labels data cells of a stacking table with their header text, whitespace collapsed', () => {
    const out = label(
      '<div><table class="app-table app-table--stack"><thead><tr><th>Area</th><th>Judgement\n  given</th></tr></thead><tbody><tr><th>Row</th><td>Inadequate</td></tr></tbody></table></div>',
    );
    expect(out).toContain('<td data-label="Judgement given">Inadequate</td>');
    expect(out).toContain('<th>Row</th>');
  });

  it('leaves other tables, labelled cells and cells beyond the headers alone', () => {
    const plain =
      '<table class="app-table"><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>';
    expect(label(plain)).toBe(plain);
    const out = label(
      '<table class="app-table--stack"><thead><tr><th>A</th></tr></thead><tbody><tr><td data-label="Own">1</td><td>2</td></tr></tbody><tfoot><tr><td>3</td></tr></tfoot></table>',
    );
    expect(out).toContain('<td data-label="Own">1</td><td>2</td>');
    expect(out).toContain('<td data-label="A">3</td>');
  });
});
