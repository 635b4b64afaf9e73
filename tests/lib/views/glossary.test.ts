import { describe, expect, it } from 'vitest';
import { glossaryView } from '../../../src/lib/views/glossary.ts';
import { indicatorView } from '../../../src/lib/views/indicator.ts';
import { monitoringVisitView } from '../../../src/lib/views/monitoring-visit.ts';
import { noticeView } from '../../../src/lib/views/notice.ts';
import { registerView } from '../../../src/lib/views/register.ts';
import { bundledGraph } from '../../helpers.ts';

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

describe("the site's own words (issue 26)", () => {
  const graph = bundledGraph();
  const phrases = view.phrases.entries;
  const glossaryIds = new Set(phrases.map((p) => p.id));
  /** The glossary entry a link points at, or undefined where it points elsewhere. */
  const entryOf = (href: string | undefined) =>
    href?.startsWith('/glossary/#') ? phrases.find((p) => p.id === href.slice('/glossary/#'.length)) : undefined;

  it('defines the phrases pages coin, each plainly, under their own heading', () => {
    expect(view.phrases.heading).toBe('Words this site uses');
    for (const term of ['Each council keeps its own time', 'Rests on', 'Cited in the plan as', 'Met?'])
      expect(phrases.map((p) => p.term)).toContain(term);
    for (const p of phrases) expect(p.definition.length, p.term).toBeGreaterThan(40);
    expect(glossaryIds.size).toBe(phrases.length);
  });

  it('links each label, where a page shows it, to its entry: the same words on both', () => {
    const notice = graph.notices.get('torbay/improvement-notice-2011')!;
    const restsOn = noticeView(graph, notice).rows.find((r) => r.key === 'Rests on');
    expect(entryOf(restsOn?.keyHref)?.term).toBe('Rests on');
    const visit = [...graph.monitoringVisits.values()][0]!;
    const cited = monitoringVisitView(graph, visit).rows.find((r) => r.key === 'Cited in the plan as');
    expect(entryOf(cited?.keyHref)?.term).toBe('Cited in the plan as');
    const indicator = [...graph.indicators.values()].find((i) => i.targets.length > 0)!;
    const met = indicatorView(graph, indicator).targets.table!.metColumn;
    expect(phrases.map((p) => p.term)).toContain(met.label);
    const [first] = registerView(graph).note;
    expect(typeof first === 'object' && 'href' in first && entryOf(first.href)?.term).toBe(
      'Each council keeps its own time',
    );
  });
});
