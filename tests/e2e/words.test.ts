import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { builtPages } from './browser.ts';
import { siteDir } from './site.ts';

/** Elements that sit inside a line of text: a word may not run into the next across their edges. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);
const SKIP = new Set(['script', 'style', 'template', 'head', 'svg']);
const EDGE = '\u0000';
const BLOCK = '\u0001';

/** A page's visible text with every inline element's edge marked, block edges as line breaks. */
function markedText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  const element = node.type === 'element' ? (node as Element) : undefined;
  if (element && SKIP.has(element.tagName)) return '';
  const inner = node.children.map((child) => markedText(child as Nodes)).join('');
  if (!element) return inner;
  return INLINE.has(element.tagName) ? `${EDGE}${inner}${EDGE}` : `${BLOCK}${inner}${BLOCK}`;
}

/** Words joined across an inline element's edge: "2019</strong>and" reads "2019and". */
export function joinedWords(html: string): string[] {
  const text = markedText(fromHtml(html));
  const found: string[] = [];
  // A punctuation mark between the two ("8</a>,then") runs them together just the same.
  for (const match of text.matchAll(/[\p{L}\p{N}][.,;:!?)]?\u0000+[,;:!?(]?[\p{L}\p{N}]/gu)) {
    const at = match.index;
    found.push(
      text
        .slice(Math.max(0, at - 30), at + match[0].length + 30)
        .replaceAll(EDGE, '|')
        .replaceAll(BLOCK, ' ')
        .replace(/\s+/g, ' '),
    );
  }
  return found;
}

/**
 * Spaces a template opened inside a line across an element's edge: "v3.0</a> , except",
 * "( <span>overall", "1.1.1 <span>[1]". Formatters that reflow markup make these; a source's own
 * spacing inside one text node is not an element's edge and is left alone.
 */
export function spacedPunctuation(html: string): string[] {
  const text = markedText(fromHtml(html));
  const found: string[] = [];
  // A gap of spaces and element edges, holding at least one of each.
  const gap = String.raw`(?=[\s\u0000]*?(?:\s[\s\u0000]*\u0000|\u0000[\s\u0000]*\s))[\s\u0000]+`;
  const patterns = [
    new RegExp(String.raw`[\p{L}\p{N})\]]${gap}[,;:)]`, 'gu'),
    new RegExp(String.raw`\(${gap}[\p{L}\p{N}]`, 'gu'),
    new RegExp(String.raw`[\p{L}\p{N}.]${gap}\[\d+\]`, 'gu'),
  ];
  for (const pattern of patterns)
    for (const match of text.matchAll(pattern)) {
      const at = match.index;
      found.push(
        text
          .slice(Math.max(0, at - 30), at + match[0].length + 30)
          .replaceAll(EDGE, '|')
          .replace(/\s+/g, ' '),
      );
    }
  return found;
}

describe('words never run together', () => {
  it('finds a joined word in a sample, and none across a space', () => {
    expect(joinedWords('<p><strong>31 October 2019</strong>and more</p>')).toHaveLength(1);
    expect(joinedWords('<p><a href="/">Action 1.1</a>,then</p>')).toHaveLength(1);
    expect(joinedWords('<p><strong>31 October 2019</strong> and <a href="/">1.1</a>, then</p>')).toEqual([]);
    expect(joinedWords('<table><tr><td>a</td><td>b</td></tr></table>')).toEqual([]);
  });

  it('finds a space opened before punctuation across an element, and none in plain text', () => {
    expect(spacedPunctuation('<p>under the <a href="/">v3.0\n</a>\n, except</p>')).toHaveLength(1);
    expect(spacedPunctuation('<p>Inadequate ( <span>overall</span>)</p>')).toHaveLength(1);
    expect(spacedPunctuation('<p><a href="/">Action 1.1.1</a> <span>[1]</span></p>')).toHaveLength(1);
    expect(spacedPunctuation('<p>under the <a href="/">v3.0</a>, except (<span>overall</span>)</p>')).toEqual([]);
    expect(spacedPunctuation('<p>a source that writes text , like this ( sometimes )</p>')).toEqual([]);
  });

  it('in the text of every built page, no space opens before punctuation across an element', () => {
    const problems = builtPages(siteDir).flatMap((page) => {
      const file = join(siteDir, page.endsWith('/') ? `${page}index.html` : page);
      return spacedPunctuation(readFileSync(file, 'utf8')).map((context) => `${page}: …${context}…`);
    });
    expect(problems).toEqual([]);
  });

  it('in the text of every built page, no word runs into the next across an element', () => {
    const problems = builtPages(siteDir).flatMap((page) => {
      const file = join(siteDir, page.endsWith('/') ? `${page}index.html` : page);
      return joinedWords(readFileSync(file, 'utf8')).map((context) => `${page}: …${context}…`);
    });
    expect(problems).toEqual([]);
  });
});

describe('abbreviations on first use', () => {
  it('link the first HoS and DCS on a page to the glossary, and only the first', () => {
    const html = readFileSync(join(siteDir, 'torbay/plans/improvement-plan/leads/index.html'), 'utf8');
    for (const term of ['hos', 'dcs']) {
      expect(html.match(new RegExp(`href="/glossary/#term-${term}"`, 'g'))).toHaveLength(1);
    }
    expect(html).toContain(
      '<a href="/glossary/#term-hos" class="app-abbr"><abbr title="Head of Service">HoS</abbr></a>',
    );
    expect(html.match(/\bHoS\b/g)!.length).toBeGreaterThan(5);
  });
});
