import { describe, expect, it } from 'vitest';
import {
  asOfLabel,
  asOfReason,
  authorityAsOf,
  isBefore,
  isOnOrAfter,
  planAsOf,
  type AsOf,
} from '../../../src/lib/graph/as-of.ts';

const torbay = { slug: 'torbay', data: { shortName: 'Torbay' } };
const plan = { authority: torbay, latest: { data: { label: 'Version 1', published: '2019-10' } } };
const at = (date: string): AsOf => ({ date, reason: 'latest-version', council: 'Torbay' });

describe("a plan's and a council's own time", () => {
  it("judges a plan as of its latest version's date, at the source's precision", () => {
    expect(planAsOf(plan)).toEqual({
      date: '2019-10',
      reason: 'latest-version',
      dated: 'Version 1',
      council: 'Torbay',
    });
  });

  it("uses the configured date for the plan's own council only", () => {
    expect(planAsOf(plan, { torbay: '2020-02-01' })).toEqual({
      date: '2020-02-01',
      reason: 'configured',
      council: 'Torbay',
    });
    expect(planAsOf(plan, { worcestershire: '2030-01-01' }).date).toBe('2019-10');
  });

  it('dates a council by its newest document, else says nothing is dated', () => {
    const docs = [
      { date: '2011-06', title: 'Improvement Notice, June 2011' },
      { date: '2011', title: 'Inspection' },
      { date: '2010-12-01', title: 'Older' },
    ];
    // "2011" may be as late as December, so it dates the council; June 2011 may be as new, and is named.
    expect(authorityAsOf(torbay, docs)).toMatchObject({
      date: '2011',
      reason: 'newest-document',
      dated: 'Inspection',
      asNew: ['Improvement Notice, June 2011'],
    });
    expect(asOfReason(authorityAsOf(torbay, docs))).toBe(
      'As of 2011. The newest documents published here about Torbay are Inspection and Improvement Notice, June 2011; the sources do not say which came later. Statements do not move this date.',
    );
    expect(authorityAsOf(torbay, docs.slice(0, 1)).asNew).toBeUndefined();
    expect(authorityAsOf(torbay, [])).toEqual({ date: '', reason: 'none', council: 'Torbay' });
    expect(authorityAsOf(torbay, docs, { torbay: '2012-01-01' }).reason).toBe('configured');
  });

  it('names undated documents, which may be newer, and carries an inferred date into its words', () => {
    const docs = [
      { date: '2015-03', title: 'Monitoring visit' },
      { date: undefined, title: 'Inspection report' },
      { date: '2016', title: 'Notice', note: { inferred: 'The year of its reposting.' } },
    ];
    const asOf = authorityAsOf(torbay, docs);
    expect(asOf).toMatchObject({ date: '2016', dated: 'Notice', undated: ['Inspection report'] });
    expect(asOfLabel(asOf)).toBe('2016 (inferred)');
    expect(asOfReason(asOf)).toBe(
      'As of 2016 (inferred), the date of the newest document published here about Torbay (Notice); statements do not move it. Inspection report is undated, so may be newer.',
    );
  });

  it('calls a due day overdue only when it is certainly before the as-of date', () => {
    expect(isBefore('2019-09-30', '2019-10')).toBe(true);
    expect(isBefore('2019-10-01', '2019-10')).toBe(false);
    expect(isBefore('2019-10-31', at('2019-10'))).toBe(false);
    expect(isBefore('2018-12-31', '2019')).toBe(true);
    expect(isBefore('2019-06-30', '2019')).toBe(false);
    expect(isBefore('1900-01-01', '')).toBe(false);
  });

  it('keeps a deadline ahead while it can still be on or after the as-of date', () => {
    expect(isOnOrAfter('2011-06', at('2011'))).toBe(true);
    expect(isOnOrAfter('2010', at('2011-01-01'))).toBe(false);
    expect(isOnOrAfter('2011-06', at('2011-06-30'))).toBe(true);
    expect(isOnOrAfter('2011-05', at('2011-06-01'))).toBe(false);
    expect(isOnOrAfter('1999', { date: '', reason: 'none', council: 'X' })).toBe(true);
  });

  it('says why the date was used, in words, and never invents one', () => {
    expect(asOfLabel(at('2019-10'))).toBe('October 2019');
    expect(asOfLabel({ date: '', reason: 'none', council: 'X' })).toBe('no date');
    expect(asOfReason(planAsOf(plan))).toBe(
      "Judged as of October 2019, the date of Version 1, this plan's latest version published here.",
    );
    expect(asOfReason(planAsOf(plan, { torbay: '2020-02-01' }))).toBe(
      "Judged as of 1 February 2020, the date this site's configuration sets for Torbay.",
    );
    expect(asOfReason(authorityAsOf(torbay, [{ date: '2011-06', title: 'Notice' }]))).toBe(
      'As of June 2011, the date of the newest document published here about Torbay (Notice); statements do not move it.',
    );
    expect(asOfReason(authorityAsOf(torbay, []))).toBe(
      'Nothing published here about Torbay is dated, so nothing is judged overdue.',
    );
  });
});
