// Text extractors (the search index, copy and paste, some screen readers) run the words of
// adjacent cells and blocks together when no whitespace separates them in the HTML
// ("AreaJudgement"). This puts a line break between such elements; browsers ignore it.
import type { FinishingRule } from './page-html.ts';

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'li',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/**
 * Inserts a line break between every two adjacent block elements that touch (siblings with nothing
 * between them, not even a space), at every depth except within `<pre>`.
 */
export const spaceBlocks: FinishingRule = (insert) => {
  /** For each open element (and the fragment itself): whether its last child so far is a block. */
  const lastIsBlock: boolean[] = [false];
  /** How deep within a `<pre>` the reader is. */
  let inPre = 0;
  const notBlock = () => void (lastIsBlock[lastIsBlock.length - 1] = false);
  return {
    open(tag) {
      if (inPre === 0 && BLOCKS.has(tag.name) && lastIsBlock[lastIsBlock.length - 1]) insert(tag.start, '\n');
      lastIsBlock.push(false);
      if (inPre > 0 || tag.name === 'pre') inPre++;
    },
    close(tag) {
      lastIsBlock.pop();
      lastIsBlock[lastIsBlock.length - 1] = BLOCKS.has(tag.name);
      if (inPre > 0) inPre--;
    },
    text: notBlock,
    other: notBlock,
  };
};
