import { describe, expect, it } from 'vitest';
import type { AsOf } from '../../../src/lib/graph/as-of.ts';
import {
  factLabel,
  interventionOf,
  latestFact,
  noticeKindLabel,
  noticeStanding,
  standingDetail,
  standingSentence,
} from '../../../src/lib/derivations/intervention.ts';
import type { NoticeNode } from '../../../src/lib/graph/graph.ts';
import { otherGraph } from '../fixtures.ts';

const asOf = (date: string): AsOf => ({ date, reason: 'newest-document', council: 'Somewhere' });
const notice = (data: Record<string, unknown>, replacedBy?: unknown) =>
  ({
    data: { title: 'Improvement Notice', kind: 'notice', issued: '2011', life: [], dateNotes: {}, ...data },
    replacedBy,
  }) as unknown as NoticeNode;

describe("a notice's standing comes only from the facts published", () => {
  it('takes its newest fact: its last life event, else its issue', () => {
    expect(latestFact(notice({ issued: '2011-06' }))).toEqual({ event: 'issued', date: '2011-06' });
    const reviewed = notice({ life: [{ event: 'reviewed', date: '2012-01-10', text: 'Reviewed.' }] });
    expect(latestFact(reviewed)).toMatchObject({ event: 'reviewed', date: '2012-01-10', text: 'Reviewed.' });
  });

  it('ends a notice only when a fact ends it', () => {
    for (const event of ['lifted', 'replaced', 'revoked'])
      expect(noticeStanding(notice({ life: [{ event, date: '2012' }] }), asOf('2012')).ended, event).toBe(true);
    expect(noticeStanding(notice({ life: [{ event: 'reviewed', date: '2012' }] }), asOf('2012')).ended).toBe(false);
  });

  it('puts a notice in history when its newest fact is certainly older than the as-of date, and says so', () => {
    const old = noticeStanding(notice({ issued: '2011' }), asOf('2013-01'));
    expect(old).toMatchObject({ ended: false, history: true });
    expect(standingDetail(old, asOf('2013-01'))).toBe(
      'issued in 2011; no source published here says whether it was still in force in January 2013.',
    );
    const current = noticeStanding(notice({ issued: '2011-06' }), asOf('2011'));
    expect(current.history).toBe(false);
    expect(standingSentence(current, asOf('2011'))).toBe('Improvement Notice: issued in June 2011.');
  });

  it('words each fact at its precision', () => {
    expect(factLabel({ event: 'issued', date: '2011' })).toBe('issued in 2011');
    expect(factLabel({ event: 'lifted', date: '2017-07-07' })).toBe('lifted on 7 July 2017');
    expect(factLabel({ event: 'revoked', date: '2017-07' })).toBe('revoked in July 2017');
    expect(factLabel({ event: 'reviewed', date: '2012-03-01' })).toBe('reviewed on 1 March 2012');
    expect(factLabel({ event: 'replaced', date: '2015-11', replacedBy: notice({ kind: 'direction' }) })).toBe(
      'replaced by a direction in November 2015',
    );
    expect(factLabel({ event: 'replaced', date: '2015-11', replacedBy: notice({}) })).toBe(
      'replaced by a further notice in November 2015',
    );
    expect(factLabel({ event: 'replaced', date: '2015-11' })).toBe('replaced in November 2015');
  });

  it('says "statutory" only where the source does', () => {
    expect(noticeKindLabel(notice({}))).toBe('Improvement notice');
    expect(noticeKindLabel(notice({ kind: 'direction', statutory: true }))).toBe('Statutory direction');
    expect(noticeKindLabel(notice({ statutory: false }))).toBe('Non-statutory improvement notice');
  });

  it("splits a council's notices into standing and history, newest first", () => {
    const eastborough = otherGraph().authorityBySlug.get('eastborough')!;
    const intervention = interventionOf(eastborough);
    expect(intervention.asOf).toBe(eastborough.asOf);
    expect(intervention.standing.map((s) => s.notice.slug)).toEqual(['direction-2024']);
    expect(intervention.history.map((s) => [s.notice.slug, s.latest.event])).toEqual([
      ['improvement-notice-2023', 'replaced'],
    ]);
  });
});
