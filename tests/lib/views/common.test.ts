import { describe, expect, it } from 'vitest';
import {
  actionRow,
  asOfFor,
  authorityCrumbs,
  excerpt,
  joinInline,
  link,
  outcomeOf,
  plain,
  planCrumbs,
  ratingOf,
  recommendationLabel,
  transcription,
  when,
} from '../../../src/lib/views/common.ts';
import { bundledGraph, otherGraph, threeGraph } from '../fixtures.ts';

const three = threeGraph().plans.get('fixture/plan')!;
const v3 = three.latest;
const torbay = bundledGraph().plans.get('torbay/improvement-plan')!.latest;

describe('the pieces every page view is made of', () => {
  it("rows an action with overdue judged as of its own plan's date and exact text", () => {
    const row = actionRow(v3.actionByRef.get('1.2.2')!);
    expect(row).toMatchObject({
      ref: '1.2.2',
      href: '/fixture/plans/plan/actions/1.2.2/',
      timescale: '31st January 2020',
      overdue: true,
    });
    expect(row.dueHint).toBeUndefined();
    expect(actionRow(v3.actionByRef.get('1.1.1')!).overdue).toBe(false);
    expect(
      actionRow(
        threeGraph({ asOf: { fixture: '2020-07-01' } })
          .plans.get('fixture/plan')!
          .latest.actionByRef.get('1.1.1')!,
      ).overdue,
    ).toBe(true);
  });

  it('adds the date where the timescale says more than it', () => {
    expect(actionRow(torbay.actionByRef.get('2.1.1')!).dueHint).toBe('due January 2020');
    expect(actionRow(torbay.actionByRef.get('1.3.2')!).dueHint).toBeUndefined();
  });

  it('says a version has no rating column instead of "Not yet rated"', () => {
    const action = v3.actionByRef.get('1.2.3')!;
    const noColumn = {
      ...action,
      version: { ...action.version, data: { ...action.version.data, ratingScale: undefined } },
    };
    expect(actionRow(noColumn).noScale).toBe(true);
    expect(actionRow(action).noScale).toBeUndefined();
    expect(plain(ratingOf(noColumn))).toBe('[No rating column in the plan]');
    expect(plain(ratingOf(action))).toBe('[Not yet rated]');
    expect(plain(ratingOf(v3.actionByRef.get('1.1.1')!))).toBe('[Green]');
  });

  it('excerpts the first sentence with an ellipsis only when more follows, and says when there is no outcome', () => {
    expect(excerpt('One. Two.')).toBe('One. …');
    expect(excerpt('Only one.')).toBe('Only one.');
    const action = v3.actionByRef.get('1.1.1')!;
    expect(outcomeOf({ ...action, data: { ...action.data, desiredOutcome: [] } })).toBe(
      'Desired outcome not in the source',
    );
  });

  it("gives the as-of date and the reason: the plan's own time for its latest version, an earlier one's own date", () => {
    expect(asOfFor(three.latest)).toEqual({
      asOf: three.asOf,
      label: 'April 2020',
      reason: "Judged as of April 2020, the date of Version 3, this plan's latest version published here.",
    });
    expect(asOfFor(three.versions[0]!)).toMatchObject({
      label: 'October 2019',
      reason:
        'Judged as of October 2019, the date of Version 1, whose ratings say where the plan stood then; Version 3 (April 2020) is the latest version published here.',
    });
  });

  it('builds trails, links and provenance', () => {
    expect(authorityCrumbs(three.authority)).toEqual([
      { label: 'Councils', href: '/' },
      { label: three.authority.data.name, href: '/fixture/' },
    ]);
    expect(planCrumbs(three).at(-1)).toEqual({ label: three.data.title, href: '/fixture/plans/plan/' });
    expect(link('Plan', three)).toEqual({ text: 'Plan', href: '/fixture/plans/plan/' });
    expect(transcription([{ title: 'Report' }], ['A note'], ['the date is read from the cover'])).toEqual({
      heading: 'About this transcription',
      intro: 'Transcribed from the document under “Source document” below.',
      inferences: ['Inference: the date is read from the cover'],
      notes: ['A note'],
    });
    expect(transcription([{ title: 'Report' }, { title: 'Annex' }], []).intro).toBe(
      'Transcribed from the documents under “Source documents” below.',
    );
  });

  it('writes dates and lines as a reader reads them', () => {
    expect(when('2019-10')).toEqual({ text: 'October 2019', datetime: '2019-10' });
    expect(plain(joinInline(['a', { text: 'b', href: '/b/' }, { text: 'Overdue', tag: 'overdue' }]))).toBe(
      'a, ‹b›, [Overdue]',
    );
    const westshire = otherGraph().inspections.get('westshire/ofsted-2015')!;
    expect(recommendationLabel(westshire.recommendations[0]!)).toMatch(/^Area for improvement /);
  });
});
