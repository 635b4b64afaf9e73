import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { spaceBlocks } from '../../../src/lib/publishing/block-spacing.ts';

const spaced = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  spaceBlocks(tree);
  return toHtml(tree);
};

describe('words of touching blocks are not run together', () => {
  it('puts a line break between adjacent blocks, at every depth', () => {
    expect(spaced('<table><tr><th>Area</th><td>Judgement</td></tr></table>')).toBe(
      '<table><tbody><tr><th>Area</th>\n<td>Judgement</td></tr></tbody></table>',
    );
    expect(spaced('<ul><li>a</li><li>b</li></ul><p>c</p>')).toBe('<ul><li>a</li>\n<li>b</li></ul>\n<p>c</p>');
  });

  it('leaves inline elements, already spaced blocks and preformatted text alone', () => {
    expect(spaced('<p><a>x</a><strong>y</strong></p>')).toBe('<p><a>x</a><strong>y</strong></p>');
    expect(spaced('<p>a</p> <p>b</p>')).toBe('<p>a</p> <p>b</p>');
    expect(spaced('<pre><div>a</div><div>b</div></pre>')).toBe('<pre><div>a</div><div>b</div></pre>');
  });
});
