// registerView: the register's cards, each council as of its own date, pinned on the bundled content
// and the fixtures.
import { describe, expect, it } from 'vitest';
import { plain } from '../../../src/lib/views/common.ts';
import { sentenceText } from '../../../src/lib/views/in-short.ts';
import { registerView, type RegisterView } from '../../../src/lib/views/register.ts';
import { bundledGraph, otherGraph, otherRoots, twelveCouncilFiles } from '../../helpers.ts';
import { parseContent } from '../../../src/lib/content/parse-content.ts';
import { buildGraph } from '../../../src/lib/graph/graph.ts';

const cards = (view: RegisterView) =>
  view.cards.map((c) => ({
    name: c.name,
    href: c.href,
    inShort: c.inShort.sentences.map(sentenceText),
    rows: c.position.rows.map(
      (r) => `${r.key}: ${[plain(r.value), ...(r.paragraphs ?? []).map(plain)].filter(Boolean).join(' ¶ ')}`,
    ),
  }));

describe('registerView', () => {
  it('lists the bundled councils, each with its own In short and position', () => {
    const view = registerView(bundledGraph());
    expect(view.heading).toBe('Councils');
    expect(plain(view.note)).toMatch(/never another council's/);
    expect(cards(view)).toMatchInlineSnapshot(`
      [
        {
          "href": "/torbay/",
          "inShort": [
            "The latest judgement is “inadequate” (overall effectiveness), in the Ofsted inspection of children's services, June 2018, published August 2018.",
            "It told the council to fix 16 recommendations, 6 of them repeated from an earlier report.",
            "Latest monitoring visit published here: October 2019; its findings are not in the sources published here.",
            "The Torbay Children's Services Improvement Plan, Version 1 (October 2019) has 36 actions: none is rated yet; none is late as at October 2019 (21 are timed “Immediate”, which gives no date, so they are not counted as late).",
            "Next, as at October 2019 (the date of the plan's Version 1): action 4.1.1 of the Torbay Children's Services Improvement Plan, due by 1 November 2019.",
          ],
          "name": "Torbay Council",
          "rows": [
            "Latest judgement: Inadequate (overall effectiveness), ‹Ofsted inspection of children's services, June 2018›, published August 2018",
            "Improvement notice: History: ‹Improvement Notice, 2011 (inferred)›: issued in 2011 (inferred); no source published here says whether it was still in force in October 2019.",
            "Improvement plan: ‹Torbay Children's Services Improvement Plan›, Version 1 (October 2019), 36 actions",
            "Actions by rating: 36 [Not yet rated]",
            "Overdue actions: None overdue as of October 2019. Judged as of October 2019, the date of Version 1, this plan's latest version published here.",
            "Slipped since the last version: Nothing to compare: Version 1 is the first version published here",
            "Latest monitoring visit: ‹Monitoring visit, October 2019› (visited October 2019) ¶ Its findings are not reported in the sources published here.",
            "Latest statement: ‹Joint Statement - Announced Inspection of Safeguarding and Looked after Children Services›, 5 January 2016",
          ],
        },
        {
          "href": "/worcestershire/",
          "inShort": [
            "The latest judgement is “inadequate” (overall effectiveness of safeguarding services), in the Inspection of safeguarding and looked after children's services, published November 2010.",
            "The recommendations of that report are not among the documents published here.",
            "No improvement plan is among the documents published here.",
            "Next, as at 2011 (inferred; the date of the newest document published here): Target: Initial assessments within timescale 70%, June 2011.",
          ],
          "name": "Worcestershire County Council",
          "rows": [
            "Latest judgement: Inadequate (overall effectiveness of safeguarding services), ‹Inspection of safeguarding and looked after children's services›, published November 2010",
            "Improvement notice: ‹Improvement Notice, 2011 (inferred)›: issued in 2011 (inferred).",
            "Improvement plan: None published here",
            "Latest monitoring visit: None published here",
            "Latest statement: None published here",
          ],
        },
      ]
    `);
  });

  it('lists other councils from the fixtures', () => {
    expect(cards(registerView(otherGraph())).map((c) => `${c.name} (${c.href}): ${c.rows.join(' / ')}`))
      .toMatchInlineSnapshot(`
        [
          "Eastborough Council (test fixture) (/eastborough/): Latest judgement: Inadequate (overall effectiveness), ‹Inspection of local authority children's services›, published 12 May 2023 / Notices and directions: ‹Statutory Direction, 15 January 2024›: issued on 15 January 2024. ¶ History: ‹Improvement Notice, June 2023›: replaced by a direction on 15 January 2024. / Improvement plan: ‹Eastborough Children's Services Improvement Plan (test fixture)›, Version 1 (November 2023), 2 actions / Actions by rating: This version of the plan has no rating column: its actions are not rated. / Overdue actions: [1 action overdue] as of November 2023. Judged as of November 2023, the date of Version 1, this plan's latest version published here. / Slipped since the last version: Nothing to compare: Version 1 is the first version published here / Latest monitoring visit: ‹Monitoring visit, December 2023› (visited December 2023) ¶ Inspectors found: “Risk is now identified promptly at the front door, and strategy discussions are timely.” ¶ Inspectors found: “Leaders have a clear understanding of the service's strengths and weaknesses.” / Latest statement: ‹Council statement (test fixture)›, 10 January 2025",
          "Westshire Council (test fixture) (/westshire/): Latest judgement: Inadequate (overall effectiveness), ‹Inspection of services for children in need of help and protection, children looked after and care leavers›, published 20 March 2015 / Improvement notice: History: ‹Further Improvement Notice, 1 June 2015›: lifted on 7 July 2017. ¶ History: ‹Improvement Notice, 3 August 2013›: replaced by a further notice on 1 June 2015. / Improvement plan: None published here / Latest monitoring visit: None published here / Latest statement: None published here",
        ]
      `);
  });

  it("keeps each council's own time: adding another council changes nothing said about Torbay", () => {
    const alone = cards(registerView(bundledGraph())).find((c) => c.href === '/torbay/');
    const graph = bundledGraph();
    const withOthers = registerView({ authorities: [...graph.authorities, ...otherGraph().authorities] });
    expect(cards(withOthers).find((c) => c.href === '/torbay/')).toEqual(alone);
  });
});

describe('a register of twelve councils', () => {
  const { content, problems } = parseContent(twelveCouncilFiles(), otherRoots);
  const view = registerView(buildGraph(content));

  it('indexes every council by name, each with its newest document’s date', () => {
    expect(problems).toEqual([]);
    expect(view.cards).toHaveLength(12);
    expect(view.cards.map((c) => c.name)).toEqual(
      [...view.cards.map((c) => c.name)].sort((a, b) => a.localeCompare(b)),
    );
    expect(view.cards.every((c) => /^Newest document: (\d{1,2} )?([A-Z][a-z]+ )?\d{4}$/.test(c.newest))).toBe(true);
  });

  it('filters by where their notices stood at their own newest document, saying only what the facts say', () => {
    expect(view.heading).toBe('Councils');
    expect(view.filters.map((f) => [f.value, f.count])).toEqual(expect.arrayContaining([['all', 12]]));
    expect(view.filters.filter((f) => f.value !== 'all').reduce((n, f) => n + f.count, 0)).toBe(12);
    for (const card of view.cards)
      expect(card.standingText).toMatch(
        card.standing === 'standing'
          ? /stood at its newest document/
          : card.standing === 'past'
            ? /in the past/
            : /No notice/,
      );
  });
});

describe('the bundled register says only what the sources say', () => {
  it('does not head Torbay as under intervention: its notice is in the past, none known to stand in 2019', () => {
    const torbay = registerView(bundledGraph()).cards.find((c) => c.id === 'torbay')!;
    expect(torbay.standing).toBe('past');
    expect(torbay.standingText).toBe(
      'A notice or direction in the past; none published here is known to stand in October 2019',
    );
    expect(torbay.newest).toBe('Newest document: October 2019');
  });
});
