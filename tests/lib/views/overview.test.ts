// overviewView: everything a council's overview says, pinned on the bundled content and the fixtures.
import { describe, expect, it } from 'vitest';
import { plain } from '../../../src/lib/views/common.ts';
import { documentDate, overviewView, type OverviewView } from '../../../src/lib/views/overview.ts';
import { bundledGraph, otherGraph } from '../../helpers.ts';

const graph = bundledGraph();
const others = otherGraph();

/** What the page says outside "In short" and "Where it stands" (pinned in their own tests). */
const said = (view: OverviewView) => ({
  title: view.title,
  description: view.description,
  ratings: view.ratings.map((r) => ({
    caption: r.caption,
    rows: r.rows.map((c) => `${c.rating?.label ?? 'Not yet rated'}: ${c.count}`),
    total: r.total,
    chart: `${r.chart.title} — ${r.chart.summary}`,
  })),
  next: [view.next.intro ?? view.next.empty, ...view.next.items.map(plain)],
  documents: view.documents.map(
    (g) =>
      `${g.heading}: ${g.items.map((i) => `${i.text}${i.date ? `, ${i.date}` : ''}${i.history ? ' [History]' : ''}`).join(' | ')}`,
  ),
  links: view.links.map((l) => `${l.text} → ${l.href}`),
  feeds: view.feeds.map((f) => f.href),
  journey: view.journey.length,
});

describe('overviewView on the bundled content', () => {
  it('says what /torbay/ says', () => {
    expect(said(overviewView(graph.authorityBySlug.get('torbay')!))).toMatchInlineSnapshot(`
      {
        "description": "Where Torbay Council's children's services stand: inspections, improvement notices, improvement plans and statements.",
        "documents": [
          "Inspections: Inspection of safeguarding and looked after children's services, October 2010 [History] | Ofsted report, February 2013, February 2013 [History] | Announced inspection of safeguarding and looked after children services, 5 January 2016 [History] | Ofsted inspection of children's services, June 2018, August 2018",
          "Monitoring visits: Monitoring visit, January 2019, January 2019 | Monitoring visit, April 2019, April 2019 | Monitoring visit, October 2019, October 2019",
          "Improvement notices: Improvement Notice, 2011 (inferred), 2011 (inferred) [History]",
          "Improvement plans: Torbay Children's Services Improvement Plan, October 2019",
          "Indicators: Core assessments within 35 days | Initial assessments within 10 working days",
          "Peer reviews: Response to Children's Services Peer Review, 18 July 2012 [History]",
          "Statements: Joint Statement - Announced Inspection of Safeguarding and Looked after Children Services, 5 January 2016 [History]",
        ],
        "feeds": [
          "/torbay/feed.xml",
          "/torbay/plans/improvement-plan/feed.xml",
        ],
        "journey": 15,
        "links": [
          "All statements → /torbay/statements/",
          "Full timeline, with deadlines and targets → /torbay/timeline/",
        ],
        "next": [
          "As of October 2019. The newest documents published here about Torbay are Torbay Children's Services Improvement Plan, Version 1 and Monitoring visit, October 2019; the sources do not say which came later. Statements do not move this date. These deadlines in the documents were still ahead then:",
          "1 November 2019: due, action ‹4.1.1› of the ‹Torbay Children's Services Improvement Plan›",
          "December 2019: ‹Stage 1 due: Laying the foundations› — By December 2019",
          "31 December 2019: due, actions ‹1.1.2›, ‹1.2.1›, ‹1.3.1›, ‹1.3.2›, ‹1.3.3›, ‹2.4.1›, ‹2.4.2›, ‹2.5.1›, ‹4.1.2› and ‹4.1.3› of the ‹Torbay Children's Services Improvement Plan›",
          "January 2020: due, action ‹2.1.1› of the ‹Torbay Children's Services Improvement Plan›",
          "31 March 2020: due, actions ‹1.1.4›, ‹2.6.2› and ‹2.6.3› of the ‹Torbay Children's Services Improvement Plan›",
          "April 2020: ‹Stage 2 due: Embedding sustained improvement› — By April 2020",
          "March 2021: ‹Stage 3 due: Continuous improvement to a 'good' children's service› — Between April 2020 and March 2021",
        ],
        "ratings": [
          {
            "caption": "Actions in Torbay Children's Services Improvement Plan, Version 1, by rating",
            "chart": "Actions by theme and rating, Version 1 — Stacked bars of the actions in each theme by rating. 36 of 36 actions are not yet rated.",
            "rows": [
              "Green: 0",
              "Amber: 0",
              "Red: 0",
              "Not yet rated: 36",
            ],
            "total": 36,
          },
        ],
        "title": "Torbay Council",
      }
    `);
  });

  it('says what /worcestershire/ says', () => {
    expect(said(overviewView(graph.authorityBySlug.get('worcestershire')!))).toMatchInlineSnapshot(`
      {
        "description": "Where Worcestershire County Council's children's services stand: inspections, improvement notices, improvement plans and statements.",
        "documents": [
          "Inspections: Inspection of safeguarding and looked after children's services, November 2010",
          "Improvement notices: Improvement Notice, 2011 (inferred), 2011 (inferred)",
          "Indicators: Core assessments within timescale | Initial assessments within timescale | Vacancy rate of qualified social workers",
        ],
        "feeds": [
          "/worcestershire/feed.xml",
        ],
        "journey": 2,
        "links": [
          "All statements → /worcestershire/statements/",
          "Full timeline, with deadlines and targets → /worcestershire/timeline/",
        ],
        "next": [
          "As of 2011 (inferred), the date of the newest document published here about Worcestershire (Improvement Notice); statements do not move it. These deadlines in the documents were still ahead then:",
          "June 2011: ‹Target: Initial assessments within timescale 70%› — by June 2011, in-month figure",
          "June 2011: ‹Target: Core assessments within timescale 60%› — by June 2011, in-month figure",
          "June 2011: ‹Review of the improvement notice› — “A review of progress will take place in June 2011”",
          "December 2011: ‹Target: Initial assessments within timescale 80%› — by December 2011, cumulative figure for the first three quarters of 2011-12 reporting year",
          "December 2011: ‹Target: Core assessments within timescale 78%› — by December 2011, cumulative figure for the first three quarters of 2011-12 reporting year",
          "January 2012: ‹Review of the improvement notice› — “a final review at the end of January 2012. Such reviews may result in further action being required.”",
        ],
        "ratings": [],
        "title": "Worcestershire County Council",
      }
    `);
  });

  it('finding 6: dates every document at its source\'s precision (the plan "October 2019", the notice "2011")', () => {
    const torbay = graph.authorityBySlug.get('torbay')!;
    expect(documentDate(torbay.plans[0]!)).toBe('2019-10');
    expect(documentDate(torbay.notices[0]!)).toBe('2011');
    const items = overviewView(torbay).documents.flatMap((g) => g.items);
    expect(items.find((i) => i.href === '/torbay/plans/improvement-plan/')!.date).toBe('October 2019');
  });

  it('finding 2: documents older than the latest judgement are marked as history, the plan is not', () => {
    const items = overviewView(graph.authorityBySlug.get('torbay')!).documents.flatMap((g) => g.items);
    expect(items.filter((i) => i.history).map((i) => i.href)).toContain('/torbay/notices/improvement-notice-2011/');
    expect(items.find((i) => i.href === '/torbay/plans/improvement-plan/')!.history).toBe(false);
  });
});

describe('overviewView on other councils (fixtures)', () => {
  it("says what each fixture council's overview says", () => {
    expect(Object.fromEntries(others.authorities.map((a) => [a.slug, said(overviewView(a))]))).toMatchInlineSnapshot(`
      {
        "eastborough": {
          "description": "Where Eastborough Council (test fixture)'s children's services stand: inspections, improvement notices, improvement plans and statements.",
          "documents": [
            "Inspections: Inspection of local authority children's services, 12 May 2023",
            "Monitoring visits: Monitoring visit, September 2023, 4 October 2023 | Monitoring visit, December 2023, December 2023",
            "Improvement notices: Improvement Notice, June 2023, June 2023 | Statutory Direction, 15 January 2024, 15 January 2024",
            "Improvement plans: Eastborough Children's Services Improvement Plan (test fixture), November 2023",
            "Indicators: Children in need (test fixture) | Average days from referral to assessment (test fixture)",
            "Statements: Council statement (test fixture), 10 January 2025",
          ],
          "feeds": [
            "/eastborough/feed.xml",
            "/eastborough/plans/improvement-plan/feed.xml",
          ],
          "journey": 10,
          "links": [
            "All statements → /eastborough/statements/",
            "Full timeline, with deadlines and targets → /eastborough/timeline/",
          ],
          "next": [
            "As of 15 January 2024. The newest documents published here about Eastborough are Statutory Direction and Improvement Notice, replaced; the sources do not say which came later. Statements do not move this date. These deadlines in the documents were still ahead then:",
            "March 2024: ‹Target: Children in need (test fixture) 450 per 10,000 children aged under 18 (lower is better)› — Reduce the rate of children in need to 450 per 10,000 by March 2024, Eastborough Children's Services Improvement Plan (test fixture), Version 1",
            "31 March 2024: due, action ‹1.1.2› of the ‹Eastborough Children's Services Improvement Plan (test fixture)›",
            "31 August 2024: ‹Target: Average days from referral to assessment (test fixture) 25 days (“fewer than 25 days”) (lower is better)› — fewer than 25 days by the end of the academic year, The council: Cabinet report (test fixture)",
          ],
          "ratings": [],
          "title": "Eastborough Council (test fixture)",
        },
        "westshire": {
          "description": "Where Westshire Council (test fixture)'s children's services stand: inspections, improvement notices, improvement plans and statements.",
          "documents": [
            "Inspections: Inspection of services for children in need of help and protection, children looked after and care leavers, 20 March 2015 | Ofsted inspection of safeguarding and looked after children services (test fixture), Date not in the source",
            "Improvement notices: Improvement Notice, 3 August 2013, 3 August 2013 [History] | Further Improvement Notice, 1 June 2015, 1 June 2015",
            "Indicators: Re-referrals within 12 months (test fixture)",
          ],
          "feeds": [
            "/westshire/feed.xml",
          ],
          "journey": 6,
          "links": [
            "All statements → /westshire/statements/",
            "Full timeline, with deadlines and targets → /westshire/timeline/",
          ],
          "next": [
            "No deadline after 7 July 2017 is set in the documents published here. As of 7 July 2017, the date of the newest document published here about Westshire (Further Improvement Notice, lifted); statements do not move it. Ofsted inspection of safeguarding and looked after children services (test fixture) is undated, so may be newer.",
          ],
          "ratings": [],
          "title": "Westshire Council (test fixture)",
        },
      }
    `);
  });
});
