import { describe, expect, it } from 'vitest';
import { timelineView, timelineYears } from '../../../src/lib/views/timeline.ts';
import { bundledGraph, threeGraph } from '../fixtures.ts';

const fixture = threeGraph().authorityBySlug.get('fixture')!;
/** A timeline as lines: "December 2019 [Target] Target: … — by December 2019, in-month figure". */
const lines = (view: ReturnType<typeof timelineView>) =>
  view.years.flatMap((y) =>
    y.items.map((i) => `${i.dateLabel}${i.tag ? ` [${i.tag}]` : ''} ${i.title}${i.detail ? ` — ${i.detail}` : ''}`),
  );

describe('the timeline page', () => {
  it("groups events by year, oldest first, dated at the source's precision", () => {
    const view = timelineView(fixture);
    expect(view.title).toBe(`Timeline, ${fixture.data.shortName}`);
    expect(view.years.map((y) => [y.id, y.items.map((i) => i.dateLabel)])).toEqual([
      ['year-2019', ['June 2019', 'July 2019', 'October 2019', 'December 2019']],
      ['year-2020', ['January 2020', 'April 2020', 'June 2020']],
    ]);
    const target = view.years[0]!.items[3]!;
    expect(target).toMatchObject({ datetime: '2019-12', tag: 'Target', detail: 'by December 2019, in-month figure' });
    expect(target.href).toMatch(/^\/fixture\/notices\//);
    expect(view.years[0]!.items[0]).not.toHaveProperty('tag');
  });

  it('keeps an event\'s own words for its date where given ("After March 2020")', () => {
    const [event] = [fixtureEvent()];
    const years = timelineYears([{ ...event, date: '2020-03', dateLabel: 'After March 2020', tag: 'Review' }]);
    expect(years).toEqual([
      {
        year: '2020',
        id: 'year-2020',
        items: [
          { datetime: '2020-03', dateLabel: 'After March 2020', tag: 'Review', title: event.title, href: '/fixture/' },
        ],
      },
    ]);
    expect(timelineYears([])).toEqual([]);
  });
});

describe('the timeline page, as lines', () => {
  it('says what it lists and how dates are placed', () => {
    const view = timelineView(fixture);
    expect({ heading: view.heading, lead: view.lead }).toMatchInlineSnapshot(`
      {
        "heading": "Timeline",
        "lead": "Every dated event in the documents published here, at the precision each document gives: inspections, notices, monitoring visits, plan versions, peer reviews and statements. What a document schedules is tagged: targets, the stages a plan is due to reach, and reviews. A review the notice ties to a month's performance data is placed after that month.",
      }
    `);
  });

  it("lists the fixture council's events, scheduled ones tagged", () => {
    expect(lines(timelineView(fixture))).toMatchInlineSnapshot(`
      [
        "June 2019 Fixture inspection report: report published",
        "July 2019 Improvement Notice issued by the Department for Education",
        "October 2019 Fixture Improvement Plan, Version 1 published",
        "December 2019 [Target] Target: Assessments on time 70% — by December 2019, in-month figure",
        "January 2020 Fixture Improvement Plan, Version 2 published",
        "April 2020 Fixture Improvement Plan, Version 3 published",
        "June 2020 [Target] Target: Assessments on time 80% — by June 2020, cumulative figure",
      ]
    `);
  });

  it("lists the bundled councils' events", () => {
    const bundled = bundledGraph();
    expect(lines(timelineView(bundled.authorityBySlug.get('torbay')!))).toMatchInlineSnapshot(`
      [
        "October 2010 Inspection of safeguarding and looked after children's services: report published",
        "March 2011 [Target] Target: Initial assessments within 10 working days 70% — for March 2011, in-month figure",
        "March 2011 [Target] Target: Core assessments within 35 days 60% — for March 2011, in-month figure",
        "After March 2011 [Review] Review of the improvement notice, once March 2011 performance data is in — “A review will be carried out on receipt of performance information relating to March 2011”",
        "October 2011 [Target] Target: Initial assessments within 10 working days 80% — by October 2011, cumulative figure for the first half of 2011-2012 reporting year",
        "October 2011 [Target] Target: Core assessments within 35 days 78% — by October 2011, cumulative figure for the first half of 2011-2012 reporting year",
        "After October 2011 [Review] Review of the improvement notice, once October 2011 performance data is in — “a further assessment will be carried out once October 2011 performance data is available.”",
        "2011 (inferred) Improvement Notice issued",
        "18 July 2012 Response to Children's Services Peer Review, reported to the Overview and Scrutiny Board",
        "February 2013 Ofsted report, February 2013: report published",
        "13 October 2015 Ofsted inspection — Fieldwork 13 October 2015 to 5 November 2015",
        "5 January 2016 Announced inspection of safeguarding and looked after children services: report published",
        "5 January 2016 Joint Statement - Announced Inspection of Safeguarding and Looked after Children Services",
        "June 2018 Ofsted inspection",
        "August 2018 Ofsted inspection of children's services, June 2018: report published",
        "January 2019 Monitoring visit, January 2019",
        "1 February 2019 Monitoring visit, January 2019: a date the plan gives for it — “Inspectors reported in the two most recent monitoring visits on 1 February 2019 and 8 May 2019”",
        "April 2019 Monitoring visit, April 2019",
        "8 May 2019 Monitoring visit, April 2019: a date the plan gives for it — “Inspectors reported in the two most recent monitoring visits on 1 February 2019 and 8 May 2019”",
        "October 2019 Monitoring visit, October 2019",
        "October 2019 Torbay Children's Services Improvement Plan, Version 1 published",
        "December 2019 [Due] Stage 1 due: Laying the foundations — By December 2019",
        "April 2020 [Due] Stage 2 due: Embedding sustained improvement — By April 2020",
        "March 2021 [Due] Stage 3 due: Continuous improvement to a 'good' children's service — Between April 2020 and March 2021",
      ]
    `);
    expect(lines(timelineView(bundled.authorityBySlug.get('worcestershire')!))).toMatchInlineSnapshot(`
      [
        "November 2010 Inspection of safeguarding and looked after children's services: report published",
        "June 2011 [Target] Target: Initial assessments within timescale 70% — by June 2011, in-month figure",
        "June 2011 [Target] Target: Core assessments within timescale 60% — by June 2011, in-month figure",
        "June 2011 [Review] Review of the improvement notice — “A review of progress will take place in June 2011”",
        "2011 (inferred) Improvement Notice issued",
        "December 2011 [Target] Target: Initial assessments within timescale 80% — by December 2011, cumulative figure for the first three quarters of 2011-12 reporting year",
        "December 2011 [Target] Target: Core assessments within timescale 78% — by December 2011, cumulative figure for the first three quarters of 2011-12 reporting year",
        "January 2012 [Review] Review of the improvement notice — “a final review at the end of January 2012. Such reviews may result in further action being required.”",
      ]
    `);
  });
});

function fixtureEvent() {
  return { date: '2020', kind: 'review' as const, title: 'Review', node: fixture, deadline: true };
}
