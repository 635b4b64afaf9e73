import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { parseWellFormed } from '../../../src/lib/publishing/fast-html.ts';
import { finishMain } from '../../../src/lib/publishing/page-html.ts';

/** A tree without source positions, as the fast reader gives it. */
const bare = (node: Nodes): unknown =>
  JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === 'position' ? undefined : value)));
const standard = (html: string) => bare(fromHtml(html, { fragment: true }));

// Markup as our templates render it: tables with whitespace between parts, an astro-icon SVG, entities
// as Astro escapes them, author text with every kind of character, a script, a comment, void elements.
const OURS = [
  '<h1>Recommendation 8</h1> <p class="app-lede">Ensure that &quot;management oversight&quot; &amp; supervision&#39;s <strong>quality</strong> improve.</p>',
  '<table class="app-table app-table--stack"> <caption>Actions</caption> <thead> <tr><th scope="col">Ref</th> <th>By when</th></tr> </thead>\n<tbody> <tr><td><a href="/torbay/plans/improvement-plan/actions/1.1.1/">1.1.1</a></td><td>31 October 2019</td></tr> </tbody> <tfoot><tr><td colspan="2">Total</td></tr></tfoot></table>',
  '<div class="app-warning" role="note"> <h2 class="app-warning__title"><svg width="1em" height="1em" viewBox="0 0 24 24" class="app-icon" aria-hidden="true" data-icon="mdi:alert-circle">   <symbol id="ai:mdi:alert-circle"><path fill="currentColor" d="M13 13h-2V7h2m0 10h-2v-2h2"/></symbol><use href="#ai:mdi:alert-circle"></use>  </svg> Not in the source</h2> </div>',
  '<dl class="app-facts"><div><dt>Published</dt><dd><time datetime="2019-10">October 2019</time></dd></div></dl>',
  '<ul><li><del>old</del> <ins>new</ins></li><li>3 &lt; 4 &gt; 2 &#x27;quoted&#x27; &#169; &#x1F600; a &amp; b & c</li></ul>',
  '<form action="/search/" method="get" role="search"><label for="q">Search</label><input id="q" name="q" type="search" required><button type="submit">Go</button></form>',
  '<details open><summary>About this transcription</summary><p>Text<br>on two lines<br/>and<wbr>more</p></details>',
  '<script type="application/json" id="data">{"a":"<b>&amp;</b>"}</script><!-- a comment --><p hidden data-pagefind-ignore="">x</p>',
  '<section aria-labelledby="h"><h2 id="h">Changes</h2><blockquote><p>Quoted</p></blockquote><figure><figcaption>Chart</figcaption></figure></section>',
  '',
  'text only',
];

// Markup for which the standard builds another tree than the tags spell, or which the reader does not know.
const NOT_OURS = {
  'a block inside a paragraph': '<p>one<div>two</div></p>',
  'a row straight inside a table': '<table><tr><td>x</td></tr></table>',
  'text straight inside a table': '<table>x<tbody></tbody></table>',
  'a cell outside a row': '<div><td>x</td></div>',
  'a list item inside a list item': '<ul><li>one<li>two</li></li></ul>',
  'a term inside a term': '<dl><dt>a<dd>b</dd></dt></dl>',
  'a link inside a link': '<a href="/a">one <a href="/b">two</a></a>',
  'a heading inside a heading': '<h2>one <h3>two</h3></h2>',
  'an unclosed element': '<div><p>one</p>',
  'a stray end tag': '<p>one</p></div>',
  'misnested formatting': '<p><b>one <i>two</b> three</i></p>',
  'an entity parse5 decodes by its name': '<p>&copy; 2019 &hellip;</p>',
  'an entity without its semicolon': '<p>fish &amp chips &ampx</p>',
  'a numeric reference the standard remaps': '<p>&#128; &#0; &#xD800;</p>',
  'an upper-case tag': '<P>one</P>',
  'an upper-case attribute': '<p CLASS="x">one</p>',
  'a repeated attribute': '<p class="a" class="b">one</p>',
  'a self-closed HTML element': '<div/>one',
  'an unknown element': '<marquee>one</marquee>',
  MathML: '<math><mi>x</mi></math>',
  'an HTML element inside SVG': '<svg><p>x</p></svg>',
  'an SVG attribute whose case the standard adjusts': '<svg preserveaspectratio="none"></svg>',
  'a carriage return': '<p>one\r\ntwo</p>',
  'a comment the standard ends early': '<!-->x<p>y</p>',
  'a script with a comment inside': '<script><!-- x --></script>',
  'a bare less-than sign': '<p>1 < 2</p>',
};

describe('parseWellFormed', () => {
  it.each(OURS)('gives the tree parse5 gives for our markup: %s', (html) => {
    const tree = parseWellFormed(html);
    expect(tree).toBeDefined();
    expect(bare(tree!)).toEqual(standard(html));
    expect(toHtml(tree!)).toBe(toHtml(fromHtml(html, { fragment: true })));
  });

  it.each(Object.entries(NOT_OURS))('gives up on %s, so parse5 reads it', (_, html) => {
    expect(parseWellFormed(html)).toBeUndefined();
  });

  it('leaves the page as parse5 would have, whichever reader read it', () => {
    const upper = (tree: Parameters<Parameters<typeof finishMain>[1][number]>[0]) => {
      for (const child of tree.children) if (child.type === 'element') child.properties.dataSeen = '';
    };
    for (const html of [...OURS, ...Object.values(NOT_OURS)]) {
      const page = `<!DOCTYPE html><html><body><main id="main">${html}</main></body></html>`;
      const tree = fromHtml(html, { fragment: true });
      upper(tree);
      expect(finishMain(page, [upper])).toBe(
        `<!DOCTYPE html><html><body><main id="main">${toHtml(tree)}</main></body></html>`,
      );
    }
  });
});
