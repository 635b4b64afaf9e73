// Text extractors (the search index, copy and paste, some screen readers) run the words of
// adjacent cells and blocks together when no whitespace separates them in the HTML
// ("AreaJudgement"). This puts a line break between such elements; browsers ignore it.
import type { Element, Root, RootContent } from 'hast';

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

const isBlock = (node: RootContent | undefined): boolean => node?.type === 'element' && BLOCKS.has(node.tagName);

/** Inserts a line break between every two adjacent block elements that touch. */
export function spaceBlocks(tree: Root | Element): void {
  const children: RootContent[] = [];
  tree.children.forEach((child, i) => {
    if (i > 0 && isBlock(child) && isBlock(tree.children[i - 1])) children.push({ type: 'text', value: '\n' });
    children.push(child);
    if (child.type === 'element' && child.tagName !== 'pre') spaceBlocks(child);
  });
  tree.children = children as Root['children'];
}
