import { describe, expect, it } from 'vitest';
import { glossaryAnchor, markAbbreviations, meaningNote } from '../../../src/lib/publishing/abbreviations.ts';
import { finishHtml } from '../../../src/lib/publishing/page-html.ts';
import { term as termSchema, type Term } from '../../../src/schemas/glossary.ts';
import { bundledFiles, bundledGraph } from '../../helpers.ts';
import { readingsOf, sourceDocumentOf } from '../../../src/lib/content/collections.ts';

const terms: Term[] = [
  { term: 'HoS', expansion: 'Head of Service', meaningFrom: 'site' },
  { term: 'LADO', expansion: 'Local authority designated officer', meaningFrom: 'site' },
  { term: 'R&R', expansion: 'Recruitment and retention', meaningFrom: 'site' },
  { term: 'CPIP', meaningFrom: 'unknown' },
];
const marked = (html: string, path = '/torbay/') => finishHtml(html, [markAbbreviations(terms, path)]);

describe('markAbbreviations', () => {
  it('marks the first use of each term on the page only, linked to the glossary', () => {
    expect(marked('<p>The HoS and the LADOs.</p><p>HoS again; CPIP and R&amp;R.</p>')).toBe(
      '<p>The <a href="/glossary/#term-hos" class="app-abbr"><abbr title="Head of Service">HoS</abbr></a> and the ' +
        '<a href="/glossary/#term-lado" class="app-abbr"><abbr title="Local authority designated officer">LADOs</abbr></a>.</p>' +
        '<p>HoS again; <a href="/glossary/#term-cpip" class="app-abbr"><abbr title="Not spelled out in the source documents">CPIP</abbr></a> and ' +
        '<a href="/glossary/#term-r-r" class="app-abbr"><abbr title="Recruitment and retention">R&amp;R</abbr></a>.</p>',
    );
  });

  it('matches whole words in their case, and leaves links, headings and form labels alone', () => {
    expect(marked('<p>Hospital, HOS, hos, CPIPish HoSes, theHoS, 2HoS</p>')).toBe(
      '<p>Hospital, HOS, hos, CPIPish HoSes, theHoS, 2HoS</p>',
    );
    expect(marked('<h2>HoS</h2><a href="/x/">HoS</a><label>HoS</label><p>HoS</p>')).toBe(
      '<h2>HoS</h2><a href="/x/">HoS</a><label>HoS</label><p><a href="/glossary/#term-hos" class="app-abbr"><abbr title="Head of Service">HoS</abbr></a></p>',
    );
  });

  it('leaves hidden parts, visually hidden and print-only text alone, and marks the first use after them', () => {
    const html =
      '<div hidden><p>HoS</p></div><p><span class="x app-visually-hidden">HoS</span><span class="app-print-only">HoS</span></p><p>x HoS</p>';
    expect(marked(html)).toBe(
      html.replace(
        '<p>x HoS</p>',
        '<p>x <a href="/glossary/#term-hos" class="app-abbr"><abbr title="Head of Service">HoS</abbr></a></p>',
      ),
    );
  });

  it('writes the meaning escaped, and the text around it as rendered', () => {
    const out = finishHtml('<p>&quot;SW&quot; &amp; more</p>', [
      markAbbreviations([{ term: 'SW', expansion: 'Social "worker" & co', meaningFrom: 'site' }], '/'),
    ]);
    expect(out).toBe(
      '<p>&quot;<a href="/glossary/#term-sw" class="app-abbr"><abbr title="Social &quot;worker&quot; &amp; co">SW</abbr></a>&quot; &amp; more</p>',
    );
  });

  it('leaves the glossary page itself alone', () => {
    expect(marked('<p>HoS</p>', '/glossary/')).toBe('<p>HoS</p>');
    expect(marked('<p>HoS</p>', '/glossary/x/')).toContain('<abbr title="Head of Service">HoS</abbr>');
  });

  it('gives each term an anchor that is a plain fragment', () => {
    expect(glossaryAnchor('R&R')).toBe('term-r-r');
    expect(glossaryAnchor('DfE')).toBe('term-dfe');
  });
});

describe('the glossary', () => {
  it('says who gives each meaning, and refuses an expansion the entry says no one gives', () => {
    expect(meaningNote({ term: 'KIT', expansion: 'Keeping in touch', meaningFrom: 'site' })).toMatch(
      /given by this site, not by the source documents/,
    );
    expect(termSchema.safeParse({ term: 'X', expansion: 'Y', meaningFrom: 'unknown' }).success).toBe(false);
    expect(termSchema.safeParse({ term: 'X' }).success).toBe(false);
  });

  /** Words set in capitals that are names, not abbreviations; each with its reason. */
  const notAbbreviations = new Map([
    ['PARIS', 'the name of a case recording system'],
    ['TORBAY', 'a place name set in capitals in a heading'],
    ['COUNTY', 'a word set in capitals in a heading'],
  ]);

  it('has an entry for every abbreviation in the content', () => {
    const known = new Set(bundledGraph().glossary.map((t) => t.term));
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : Array.isArray(value)
          ? value.flatMap(strings)
          : value && typeof value === 'object'
            ? Object.values(value).flatMap(strings)
            : [];
    const missing = new Map<string, string>();
    for (const file of bundledFiles) {
      // The source documents beside the content, and the readings of them, are never shown on the site.
      if (
        file.path.startsWith('glossary/') ||
        sourceDocumentOf(file.root, file.path) ||
        readingsOf(file.root, file.path)
      )
        continue;
      const texts = file.path.endsWith('.json') ? strings(JSON.parse(file.text)) : [file.text];
      for (const text of texts) {
        // Two or more capitals in a short word ("HoS", "DCS", "CPIP"), or a pair joined by "&" ("R&R").
        for (const match of text.matchAll(
          /(?<![\p{L}\p{N}&])([A-Z][A-Za-z]{0,4}[A-Z]|[A-Z]&[A-Z])s?(?![\p{L}\p{N}&])/gu,
        )) {
          const token = match[1]!;
          if (!known.has(token) && !notAbbreviations.has(token)) missing.set(token, file.path);
        }
      }
    }
    expect(Object.fromEntries(missing)).toEqual({});
  });
});
