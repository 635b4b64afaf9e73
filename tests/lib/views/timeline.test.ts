import { describe, expect, it } from 'vitest';
import { timelineView, timelineYears } from '../../../src/lib/views/timeline.ts';
import { threeGraph } from '../fixtures.ts';

const fixture = threeGraph().authorityBySlug.get('fixture')!;

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

function fixtureEvent() {
  return { date: '2020', kind: 'review' as const, title: 'Review', node: fixture, deadline: true };
}
