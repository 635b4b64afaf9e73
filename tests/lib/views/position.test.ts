// positionView: "Where it stands" on the register and the overview, pinned on the bundled content
// and on other councils' fixtures (issue 12: templates only render; findings 2 and 6 stay fixed).
import { describe, expect, it } from 'vitest';
import { plain } from '../../../src/lib/views/common.ts';
import { positionView, type PositionView } from '../../../src/lib/views/position.ts';
import { bundledGraph, otherGraph } from '../../helpers.ts';

const graph = bundledGraph();
const others = otherGraph();

/** The rows as a reader reads them: "key: value ¶ paragraph ¶ …". */
const text = (view: PositionView) =>
  view.rows.map((r) =>
    [`${r.key}: ${plain(r.value)}`, ...(r.paragraphs ?? []).map((p) => `  ¶ ${plain(p)}`)].join('\n'),
  );

describe('positionView on the bundled content', () => {
  it('says where Torbay stands', () => {
    expect(text(positionView(graph.authorityBySlug.get('torbay')!))).toMatchInlineSnapshot(`
      [
        "Latest judgement: Inadequate (overall effectiveness), ‹Ofsted inspection of children's services, June 2018›, published August 2018",
        "Improvement notice: 
        ¶ History: ‹Improvement Notice, 2011 (inferred)›: issued in 2011 (inferred); no source published here says whether it was still in force in October 2019.",
        "Improvement plan: 
        ¶ ‹Torbay Children's Services Improvement Plan›, Version 1 (October 2019), 36 actions",
        "Actions by rating: 36 [Not yet rated]",
        "Overdue actions: 
        ¶ None overdue as of October 2019. Judged as of October 2019, the date of Version 1, this plan's latest version published here.",
        "Slipped since the last version: Nothing to compare: Version 1 is the first version published here",
        "Latest monitoring visit: ‹Monitoring visit, October 2019› (visited October 2019)
        ¶ Its findings are not reported in the sources published here.",
        "Latest statement: ‹Joint Statement - Announced Inspection of Safeguarding and Looked after Children Services›, 5 January 2016",
      ]
    `);
  });

  it('says where Worcestershire stands', () => {
    expect(text(positionView(graph.authorityBySlug.get('worcestershire')!))).toMatchInlineSnapshot(`
      [
        "Latest judgement: Inadequate (overall effectiveness of safeguarding services), ‹Inspection of safeguarding and looked after children's services›, published November 2010",
        "Improvement notice: 
        ¶ ‹Improvement Notice, 2011 (inferred)›: issued in 2011 (inferred).",
        "Improvement plan: None published here",
        "Latest monitoring visit: None published here",
        "Latest statement: None published here",
      ]
    `);
  });

  it("finding 2: the 2011 notice is history, never Torbay's position as of October 2019", () => {
    const rows = text(positionView(graph.authorityBySlug.get('torbay')!)).join('\n');
    expect(rows).toMatch(
      /History:.*Improvement Notice.*no source published here says whether it was still in force in October 2019/,
    );
  });

  it('finding 6: never invents a day for a date the source gives by month', () => {
    const rows = text(positionView(graph.authorityBySlug.get('torbay')!)).join('\n');
    expect(rows).toContain('as of October 2019');
    expect(rows).not.toMatch(/\b\d{1,2} October 2019/);
  });

  it('links every document it names to its page', () => {
    const rows = positionView(graph.authorityBySlug.get('torbay')!).rows;
    const links = rows
      .flatMap((r) => [r.value, ...(r.paragraphs ?? [])].flat())
      .filter((p) => typeof p === 'object' && 'href' in p);
    expect(links.map((l) => (l as { href: string }).href)).toMatchInlineSnapshot(`
      [
        "/torbay/inspections/ofsted-2018/",
        "/torbay/notices/improvement-notice-2011/",
        "/torbay/plans/improvement-plan/",
        "/torbay/inspections/ofsted-2018/monitoring-visits/october-2019/",
        "/torbay/statements/pr5220-2016-01-05/",
      ]
    `);
  });
});

describe('positionView on other councils (fixtures)', () => {
  it('says where each fixture council stands, each as of its own date', () => {
    expect(Object.fromEntries(others.authorities.map((a) => [a.slug, text(positionView(a))]))).toMatchInlineSnapshot(`
      {
        "eastborough": [
          "Latest judgement: Inadequate (overall effectiveness), ‹Inspection of local authority children's services›, published 12 May 2023",
          "Notices and directions: 
        ¶ ‹Statutory Direction, 15 January 2024›: issued on 15 January 2024.
        ¶ History: ‹Improvement Notice, June 2023›: replaced by a direction on 15 January 2024.",
          "Improvement plan: 
        ¶ ‹Eastborough Children's Services Improvement Plan (test fixture)›, Version 1 (November 2023), 2 actions",
          "Actions by rating: This version of the plan has no rating column: its actions are not rated.",
          "Overdue actions: 
        ¶ [1 action overdue] as of November 2023. Judged as of November 2023, the date of Version 1, this plan's latest version published here.",
          "Slipped since the last version: Nothing to compare: Version 1 is the first version published here",
          "Latest monitoring visit: ‹Monitoring visit, December 2023› (visited December 2023)
        ¶ Inspectors found: “Risk is now identified promptly at the front door, and strategy discussions are timely.”
        ¶ Inspectors found: “Leaders have a clear understanding of the service's strengths and weaknesses.”",
          "Latest statement: ‹Council statement (test fixture)›, 10 January 2025",
        ],
        "westshire": [
          "Latest judgement: Inadequate (overall effectiveness), ‹Inspection of services for children in need of help and protection, children looked after and care leavers›, published 20 March 2015",
          "Improvement notice: 
        ¶ History: ‹Further Improvement Notice, 1 June 2015›: lifted on 7 July 2017.
        ¶ History: ‹Improvement Notice, 3 August 2013›: replaced by a further notice on 1 June 2015.",
          "Improvement plan: None published here",
          "Latest monitoring visit: None published here",
          "Latest statement: None published here",
        ],
      }
    `);
  });
});
