// The first use of each glossary abbreviation on a page becomes <abbr> with its meaning, linked to
// the glossary. Done once, at build time, over the text of each page's main content.
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { Term } from '../../schemas/glossary.ts';

/** The anchor of a term on the glossary page: "HoS" → "term-hos", "R&R" → "term-r-r". */
export function glossaryAnchor(term: string): string {
  return `term-${term
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/** What an abbreviation's title says: its expansion, or that no one spells it out. */
export function meaningOf(term: Term): string {
  return term.expansion ?? 'Not spelled out in the source documents';
}

/** Where text is not marked: links (no link in a link), headings, form controls, code, hidden parts. */
const SKIP = new Set([
  'a',
  'abbr',
  'button',
  'code',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'label',
  'option',
  'pre',
  'script',
  'select',
  'style',
  'summary',
  'svg',
  'textarea',
  'title',
]);
const SKIP_CLASSES = ['app-visually-hidden', 'app-print-only'];

const skipped = (node: Element): boolean => {
  if (SKIP.has(node.tagName) || node.properties.hidden !== undefined) return true;
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.some((c) => SKIP_CLASSES.includes(String(c)));
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Marks the first use of each term in a page's main content: `<a href="/glossary/#term-hos"
 * class="app-abbr"><abbr title="Head of Service">HoS</abbr></a>`. Terms match whole words, case
 * as written ("HoS", "DfE"), also in the plural ("LADOs"). Later uses are left as they are.
 */
export function markAbbreviations(tree: Root, terms: readonly Term[], glossaryPath = '/glossary/'): void {
  if (terms.length === 0) return;
  const byTerm = new Map(terms.map((t) => [t.term, t]));
  const alternatives = [...byTerm.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}&])(${alternatives})(s?)(?![\\p{L}\\p{N}&])`, 'gu');
  const used = new Set<string>();

  const mark = (text: Text): RootContent[] | undefined => {
    const parts: RootContent[] = [];
    let last = 0;
    for (const match of text.value.matchAll(pattern)) {
      const name = match[1]!;
      if (used.has(name)) continue;
      used.add(name);
      const term = byTerm.get(name)!;
      if (match.index > last) parts.push({ type: 'text', value: text.value.slice(last, match.index) });
      const written = match[0]; // with its plural "s", so the word stays whole
      const abbr: Element = {
        type: 'element',
        tagName: 'abbr',
        properties: { title: meaningOf(term) },
        children: [{ type: 'text', value: written }],
      };
      parts.push({
        type: 'element',
        tagName: 'a',
        properties: { href: `${glossaryPath}#${glossaryAnchor(name)}`, className: ['app-abbr'] },
        children: [abbr],
      });
      last = match.index + written.length;
    }
    if (parts.length === 0) return undefined;
    if (last < text.value.length) parts.push({ type: 'text', value: text.value.slice(last) });
    return parts;
  };

  const visit = (parent: Root | Element) => {
    const children: RootContent[] = [];
    for (const child of parent.children) {
      if (child.type === 'text') children.push(...(mark(child) ?? [child]));
      else {
        if (child.type === 'element' && !skipped(child)) visit(child);
        children.push(child);
      }
    }
    parent.children = children as ElementContent[];
  };
  visit(tree);
}

/** Who gives an entry's meaning, in the glossary's words. */
export function meaningNote(term: Term): string {
  switch (term.meaningFrom) {
    case 'documents':
      return 'Spelled out in the source documents.';
    case 'site':
      return 'Meaning and explanation given by this site, not by the source documents.';
    case 'unknown':
      return 'The source documents do not spell this out, and this site does not guess.';
  }
}
