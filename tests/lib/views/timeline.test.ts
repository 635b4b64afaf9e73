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
    expect({ heading: view.heading, lead: view.lead }).toMatchInlineSnapshot();
  });

  it("lists the fixture council's events, scheduled ones tagged", () => {
    expect(lines(timelineView(fixture))).toMatchInlineSnapshot();
  });

  it("lists the bundled councils' events", () => {
    const bundled = bundledGraph();
    expect(lines(timelineView(bundled.authorityBySlug.get('torbay')!))).toMatchInlineSnapshot();
    expect(lines(timelineView(bundled.authorityBySlug.get('worcestershire')!))).toMatchInlineSnapshot();
  });
});

function fixtureEvent() {
  return { date: '2020', kind: 'review' as const, title: 'Review', node: fixture, deadline: true };
}
