// The first use of each glossary abbreviation on a page becomes <abbr> with its meaning, linked to
// the glossary. Done once, at build time, over the text of each page's main content.
import type { Term } from '../../schemas/glossary.ts';
import { classesOf, escapeHtml, isHidden, type FinishingRule, type Tag } from './page-html.ts';

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

const skipped = (tag: Tag): boolean =>
  SKIP.has(tag.name) || isHidden(tag) || classesOf(tag).some((c) => SKIP_CLASSES.includes(c));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Marks the first use of each term in a page's main content: `<a href="/glossary/#term-hos"
 * class="app-abbr"><abbr title="Head of Service">HoS</abbr></a>`. Terms match whole words, case
 * as written ("HoS", "DfE"), also in the plural ("LADOs"), in text as read (so "R&amp;R" is "R&R").
 * Later uses are left as they are, and so is text within the elements and classes skipped above.
 * The glossary page itself (`pagePath` is `glossaryPath`) is left alone: it spells every term out.
 */
export const markAbbreviations =
  (terms: readonly Term[], pagePath: string, glossaryPath = '/glossary/'): FinishingRule =>
  (insert) => {
    if (terms.length === 0 || pagePath === glossaryPath) return {};
    const byTerm = new Map(terms.map((t) => [t.term, t]));
    const alternatives = [...byTerm.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}&])(${alternatives})(s?)(?![\\p{L}\\p{N}&])`, 'gu');
    const used = new Set<string>();
    /** How deep within a skipped element the reader is. */
    let skipping = 0;
    return {
      open(tag) {
        if (skipping > 0 || skipped(tag)) skipping++;
      },
      close() {
        if (skipping > 0) skipping--;
      },
      text(text) {
        if (skipping > 0 || used.size === byTerm.size) return;
        for (const match of text.value.matchAll(pattern)) {
          const name = match[1]!;
          if (used.has(name)) continue;
          used.add(name);
          const term = byTerm.get(name)!;
          // The word as written, with its plural "s", so it stays whole.
          insert(
            text.offsetOf(match.index),
            `<a href="${escapeHtml(`${glossaryPath}#${glossaryAnchor(name)}`)}" class="app-abbr"><abbr title="${escapeHtml(meaningOf(term))}">`,
          );
          insert(text.offsetOf(match.index + match[0].length), '</abbr></a>');
        }
      },
    };
  };

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
