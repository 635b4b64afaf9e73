import { describe, expect, it } from 'vitest';
import { spaceBlocks } from '../../../src/lib/publishing/block-spacing.ts';
import { finishHtml } from '../../../src/lib/publishing/page-html.ts';

const spaced = (html: string) => finishHtml(html, [spaceBlocks]);

describe('words of touching blocks are not run together', () => {
  it('puts a line break between adjacent blocks, at every depth', () => {
    expect(spaced('<table><tr><th>Area</th><td>Judgement</td></tr></table>')).toBe(
      '<table><tr><th>Area</th>\n<td>Judgement</td></tr></table>',
    );
    expect(spaced('<table><tr><th>Area</th><th>Judgement</th></tr></table>')).toBe(
      '<table><tr><th>Area</th>\n<th>Judgement</th></tr></table>',
    );
    expect(spaced('<ul><li>a</li><li>b</li></ul><p>c</p>')).toBe('<ul><li>a</li>\n<li>b</li></ul>\n<p>c</p>');
    expect(spaced('<div><section><h2>T</h2><p>x</p></section><footer>f</footer></div>')).toBe(
      '<div><section><h2>T</h2>\n<p>x</p></section>\n<footer>f</footer></div>',
    );
  });

  it('leaves inline elements, already spaced blocks and preformatted text alone', () => {
    expect(spaced('<p><a>x</a><strong>y</strong></p>')).toBe('<p><a>x</a><strong>y</strong></p>');
    expect(spaced('<p><strong>a</strong><em>b</em></p><p>c</p>')).toBe('<p><strong>a</strong><em>b</em></p>\n<p>c</p>');
    expect(spaced('<p>a</p> <p>b</p>')).toBe('<p>a</p> <p>b</p>');
    expect(spaced('<p>a</p><!-- c --><p>b</p>')).toBe('<p>a</p><!-- c --><p>b</p>');
    expect(spaced('<p>a</p><span>s</span><p>b</p>')).toBe('<p>a</p><span>s</span><p>b</p>');
    expect(spaced('<div><pre><div>a</div><div>b</div></pre></div><p>c</p>')).toBe(
      '<div><pre><div>a</div><div>b</div></pre></div>\n<p>c</p>',
    );
  });

  it('writes nothing else: entities, attributes and void elements stay as rendered', () => {
    const html = '<p class=x title="a &amp; b">R&amp;R<br/>&#x26;</p><img src="a.png" alt="">';
    expect(spaced(html)).toBe(html);
  });
});
