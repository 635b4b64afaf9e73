import { describe, expect, it } from 'vitest';
import { timelineOf } from '../../../src/lib/derivations/timeline.ts';
import { otherGraph, threeGraph, editJson, threeFiles } from '../fixtures.ts';

const summary = (events: ReturnType<typeof timelineOf>) =>
  events.map((e) => [e.date, e.kind, e.deadline, e.title, e.detail ?? null]);

describe("timelineOf: a council's improvement journey, oldest first", () => {
  it('puts notices, their targets and plan versions in date order, at the precision of the source', () => {
    expect(summary(timelineOf(threeGraph().authorityBySlug.get('fixture')!))).toEqual([
      ['2019-06', 'report', false, 'Fixture inspection report: report published', null],
      ['2019-07', 'notice', false, 'Improvement Notice issued by the Department for Education', null],
      ['2019-10', 'plan-version', false, 'Fixture Improvement Plan, Version 1 published', null],
      ['2019-12', 'target', true, 'Target: Assessments on time 70%', 'by December 2019, in-month figure'],
      ['2020-01', 'plan-version', false, 'Fixture Improvement Plan, Version 2 published', null],
      ['2020-04', 'plan-version', false, 'Fixture Improvement Plan, Version 3 published', null],
      ['2020-06', 'target', true, 'Target: Assessments on time 80%', 'by June 2020, cumulative figure'],
    ]);
  });

  it("gives a notice's life events in the source's words, and says lower is better where it is", () => {
    const events = summary(timelineOf(otherGraph().authorityBySlug.get('westshire')!));
    expect(events).toContainEqual([
      '2015-06-01',
      'notice',
      false,
      'Improvement Notice replaced by a further notice',
      'Ministers issued a new improvement notice on 1 June 2015 (test fixture).',
    ]);
    expect(events).toContainEqual([
      '2017-07-07',
      'notice',
      false,
      'Further Improvement Notice lifted',
      'We lifted the improvement notice on 7 July 2017 (test fixture).',
    ]);
    expect(events.find((e) => e[1] === 'target')?.[3]).toBe(
      'Target: Re-referrals within 12 months (test fixture) 30% (lower is better)',
    );
    expect(events.find((e) => e[1] === 'inspection')?.[4]).toBe('Fieldwork 14 January 2015 to 4 February 2015');
  });

  it('dates a quarter target by its last day and a review tied to data as "After" that month', () => {
    const files = editJson(threeFiles, 'notices/fixture/notice-2019.json', (n) => {
      n.measures[0].targets[0].due = '2019-Q4';
      n.reviews = [{ text: 'Reviewed once the data is in.', dataPeriod: '2020-03' }];
    });
    const events = timelineOf(threeGraph(undefined, files).authorityBySlug.get('fixture')!);
    expect(events.find((e) => e.kind === 'target')?.date).toBe('2019-12-31');
    const review = events.find((e) => e.kind === 'review')!;
    expect(review).toMatchObject({
      date: '2020-03',
      dateLabel: 'After March 2020',
      deadline: true,
      tag: 'Review',
      title: 'Review of the improvement notice, once March 2020 performance data is in',
      detail: '“Reviewed once the data is in.”',
    });
  });
});
