import { describe, expect, it } from 'vitest';
import { glossaryView } from '../../../src/lib/views/glossary.ts';
import { bundledGraph, threeGraph } from '../fixtures.ts';

const view = glossaryView({
  glossary: [
    { term: 'HoS', expansion: 'Head of Service', meaningFrom: 'documents' },
    { term: 'R&R', expansion: 'Recruitment and retention', meaningFrom: 'site', definition: 'Keeping staff.' },
    { term: 'MASH', meaningFrom: 'unknown' },
  ],
});

describe('the glossary page', () => {
  it('spells out each term, anchored for links from every page', () => {
    expect(view.terms.map((t) => t.id)).toEqual(['term-hos', 'term-r-r', 'term-mash']);
    expect(view.terms[0]).toEqual({
      id: 'term-hos',
      term: 'HoS',
      expansion: 'Head of Service',
      meaning: 'Head of Service',
      meaningNote: 'Spelled out in the source documents.',
    });
  });

  it("says who gives each meaning, and labels the site's own explanations as its own", () => {
    expect(view.terms[1]).toMatchObject({
      meaningNote: 'Meaning and explanation given by this site, not by the source documents.',
      definition: 'Keeping staff.',
      definitionLabel: "This site's explanation:",
    });
  });

  it('never guesses a meaning no one gives', () => {
    expect(view.terms[2]).toEqual({
      id: 'term-mash',
      term: 'MASH',
      meaning: 'Not spelled out in the source documents',
      meaningNote: 'The source documents do not spell this out, and this site does not guess.',
    });
    expect(view.lead).toContain('they are not quoted from the source documents');
    expect(view.breadcrumbs).toEqual([{ label: 'Councils', href: '/' }]);
  });
});

describe('the glossary page, on the bundled and fixture content', () => {
  it('says what it is and who gives each meaning', () => {
    const view = glossaryView(bundledGraph());
    expect({
      title: view.title,
      heading: view.heading,
      description: view.description,
      lead: view.lead,
      note: view.note,
    }).toMatchInlineSnapshot();
  });

  it("spells out the bundled councils' terms", () => {
    expect(
      glossaryView(bundledGraph()).terms.map(
        (t) => `${t.term}: ${t.meaning}${t.definition ? ` — ${t.definitionLabel} ${t.definition}` : ''}`,
      ),
    ).toMatchInlineSnapshot();
  });

  it("gives the fixture's one term in full", () => {
    expect(glossaryView(threeGraph()).terms).toMatchInlineSnapshot();
  });
});
