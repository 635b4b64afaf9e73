import { describe, expect, it } from 'vitest';
import {
  dotLabel,
  dueLabel,
  firstSentence,
  judgementLabel,
  needsDueHint,
  recommendationLabel,
  recommendationListing,
  recommendationRef,
  titleOf,
} from '../../../src/lib/derivations/labels.ts';
import type { ActionNode } from '../../../src/lib/graph/graph.ts';
import { bundledGraph, otherGraph, threeGraph } from '../fixtures.ts';

const torbay = bundledGraph().plans.get('torbay/improvement-plan')!.latest;
const action = (ref: string) => torbay.actionByRef.get(ref)!;
const withTimescale = (a: ActionNode, timescale: string): ActionNode => ({ ...a, data: { ...a.data, timescale } });

describe('needsDueHint: the date is added only when the timescale says more than the date', () => {
  it('adds nothing when the words are the date, however the author wrote the ordinal', () => {
    expect(action('1.3.2').data.timescale).toBe('31st December 2019');
    expect(needsDueHint(action('1.3.2'))).toBe(false);
    expect(action('1.1.2').data.timescale).toBe('31 st December 2019');
    expect(needsDueHint(action('1.1.2'))).toBe(false);
  });

  it('adds the date when the words say more than it', () => {
    expect(action('2.1.1').data.timescale).toBe('End January 2020 for review outcome and implementation plan');
    expect(needsDueHint(action('2.1.1'))).toBe(true);
    expect(needsDueHint(action('4.1.1'))).toBe(true);
  });

  it('never for "Immediate" or an undated timescale', () => {
    expect(action('1.1.1').due.kind).toBe('immediate');
    expect(needsDueHint(action('1.1.1'))).toBe(false);
    const undated: ActionNode = { ...action('1.1.2'), due: { kind: 'none' } as ActionNode['due'] };
    expect(needsDueHint(withTimescale(undated, 'Ongoing'))).toBe(false);
  });

  it('keeps a hint for words that only look like a date', () => {
    expect(needsDueHint(withTimescale(action('1.3.2'), 'By 31st December 2019'))).toBe(true);
    expect(needsDueHint(withTimescale(action('1.3.2'), '31 December 2019'))).toBe(false);
    expect(needsDueHint(withTimescale(action('1.3.2'), '31 December 2019 '))).toBe(false);
  });
});

describe('labels a reader sees', () => {
  it('writes judgements and directions of travel in words', () => {
    expect(judgementLabel('requires-improvement')).toBe('Requires improvement');
    expect(judgementLabel('inadequate')).toBe('Inadequate');
    expect(dotLabel(null)).toBe('Not stated');
    expect(dotLabel('no-change')).toBe('No change');
    expect(dotLabel('declining')).toBe('Declining');
  });

  it('writes due dates at the precision of the source', () => {
    expect(dueLabel(action('1.1.1'))).toBe('Immediate');
    expect(dueLabel(action('1.3.2'))).toBe('31 December 2019');
    expect(dueLabel({ ...action('1.3.2'), due: { kind: 'none' } as ActionNode['due'] })).toBe('No date given');
  });

  it("names recommendations in the report's own words", () => {
    const torbayReport = bundledGraph().inspections.get('torbay/ofsted-2018')!;
    const rec = torbayReport.recommendations[0]!;
    expect(recommendationLabel(rec)).toBe(`Recommendation ${rec.id}`);
    expect(recommendationRef(rec)).toBe(`recommendation ${rec.id}`);
    const westshire = otherGraph().inspections.get('westshire/ofsted-2015')!;
    const area = westshire.recommendations[0]!;
    expect(recommendationLabel(area)).toBe(`Area for improvement ${area.id}`);
    expect(recommendationRef(area)).toBe(`area for improvement ${area.id}`);
  });

  it('says when the sources give only some of the recommendations', () => {
    const report = bundledGraph().inspections.get('torbay/ofsted-2018')!;
    const listed = report.recommendations.length;
    expect(recommendationListing(report)).toBe(
      listed === 16
        ? '16 recommendations'
        : `16 recommendations; ${listed} ${listed === 1 ? 'is' : 'are'} in the sources`,
    );
    const one = { data: { recommendationCount: 3 }, recommendations: [{}] } as never;
    expect(recommendationListing(one)).toBe('3 recommendations; 1 is in the sources');
    const all = { data: {}, recommendations: [{}, {}] } as never;
    expect(recommendationListing(all)).toBe('2 recommendations');
  });

  it('titles nodes on their own pages', () => {
    expect(titleOf(action('1.3.2'))).toBe('Action 1.3.2');
    expect(titleOf(torbay)).toBe(`${torbay.plan.data.title}, Version 1`);
    const fixture = threeGraph().authorityBySlug.get('fixture')!;
    expect(titleOf(fixture)).toBe(fixture.data.name);
    const notice = fixture.notices[0]!;
    expect(titleOf(notice)).toMatch(new RegExp(`^${notice.data.title}, `));
  });

  it('shortens text to its first sentence', () => {
    expect(firstSentence('Do this. Then that.')).toBe('Do this.');
    expect(firstSentence('Is it? Yes.')).toBe('Is it?');
    expect(firstSentence('No full stop')).toBe('No full stop');
    expect(firstSentence('v3.0 is out. Next')).toBe('v3.0 is out.');
  });
});
