// Every printed link's address as a numbered endnote, added to each page at build time.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

const classesOf = (node: Element): string[] => {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
};

/** Parts of a page that print leaves out, so their links get no endnote. */
const NOT_PRINTED = [
  'app-filters',
  'app-filters__status',
  'app-follow',
  'app-pagination',
  'app-chart__canvas',
  'app-skip-link',
];
const notPrinted = (node: Element) =>
  node.properties.hidden !== undefined && node.properties.hidden !== false
    ? true
    : classesOf(node).some((c) => NOT_PRINTED.includes(c));

/**
 * Numbers every printed link of a fragment of HTML (a page's main content) with the absolute
 * address it leads to: "[3]" after the link, shown only in print, and a list of the addresses at
 * the end. Links to the same address share a number; links within the page get none.
 */
export function withEndnotes(html: string, pageUrl: string): string {
  const tree = fromHtml(html, { fragment: true });
  return addEndnotes(tree, pageUrl) ? toHtml(tree) : html;
}

/** Adds the endnotes to a parsed fragment; false when it has no link to number. */
export function addEndnotes(tree: Root, pageUrl: string): boolean {
  const numbers = new Map<string, number>();
  const visit = (parent: Root | Element) => {
    const children: RootContent[] = [];
    for (const child of parent.children) {
      children.push(child);
      if (child.type !== 'element' || notPrinted(child)) continue;
      const href = child.tagName === 'a' ? child.properties.href : undefined;
      if (typeof href === 'string' && !href.startsWith('#')) {
        const address = new URL(href, pageUrl).href;
        if (!numbers.has(address)) numbers.set(address, numbers.size + 1);
        children.push(printOnly('span', [{ type: 'text', value: `[${numbers.get(address)}]` }]));
        continue;
      }
      visit(child);
    }
    parent.children = children as Element['children'];
  };
  visit(tree);
  if (numbers.size === 0) return false;
  const items: ElementContent[] = [...numbers.keys()].map((address) => ({
    type: 'element',
    tagName: 'li',
    properties: {},
    children: [{ type: 'text', value: address }],
  }));
  tree.children.push(
    printOnly(
      'section',
      [
        { type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: 'Web addresses' }] },
        { type: 'element', tagName: 'ol', properties: {}, children: items },
      ],
      'app-endnotes',
    ),
  );
  return true;
}

function printOnly(tagName: string, children: ElementContent[], extra?: string): Element {
  const className = ['app-print-only', ...(extra ? [extra] : [])];
  return { type: 'element', tagName, properties: { className, dataPagefindIgnore: '' }, children };
}
