// searchView and notFoundView: what the search page and the "Page not found" page offer.
import { describe, expect, it } from 'vitest';
import { notFoundView } from '../../../src/lib/views/not-found.ts';
import { searchView } from '../../../src/lib/views/search.ts';
import { bundledGraph, otherGraph } from '../../helpers.ts';

describe('searchView', () => {
  it('offers the filters with more than one value, the first open, on the bundled content', () => {
    const view = searchView(bundledGraph());
    expect(view.filters.map((f) => `${f.label}${f.open ? ' (open)' : ''}: ${f.values.length} values`))
      .toMatchInlineSnapshot(`
        [
          "Type of document (open): 13 values",
          "Council: 2 values",
          "Inspection: 4 values",
          "Theme: 4 values",
          "Lead role: 18 values",
          "Repeated recommendation: 2 values",
        ]
      `);
    expect(JSON.parse(view.glossary).length).toBeGreaterThan(0);
    expect(JSON.parse(view.glossary).every((t: { expansion?: string }) => t.expansion)).toBe(true);
  });

  it("offers the fixture councils' filters", () => {
    const view = searchView(otherGraph());
    expect(view.filters.map((f) => `${f.label}: ${f.values.join(', ')}`)).toMatchInlineSnapshot(`
      [
        "Type of document: Action, Board pack, Council, Improvement notice, Improvement plan, Indicator, Inspection, Monitoring visit, Page, Recommendation, Statement",
        "Council: Eastborough Council (test fixture), Westshire Council (test fixture)",
        "Inspection: Inspection of local authority children's services, Inspection of services for children in need of help and protection, children looked after and care leavers, Ofsted inspection of safeguarding and looked after children services (test fixture)",
        "Lead role: Director of Children's Services (DCS), Head of Service (HoS), Quality Assurance Lead",
      ]
    `);
  });
});

describe('notFoundView', () => {
  it('lists the councils to start again from', () => {
    expect(notFoundView(bundledGraph()).councils).toMatchInlineSnapshot(`
      [
        {
          "href": "/torbay/",
          "text": "Torbay Council",
        },
        {
          "href": "/worcestershire/",
          "text": "Worcestershire County Council",
        },
      ]
    `);
    expect(notFoundView(otherGraph()).councils.map((c) => c.href)).toMatchInlineSnapshot(`
      [
        "/eastborough/",
        "/westshire/",
      ]
    `);
  });
});
