import { describe, expect, it } from 'vitest';
import { inShortView, isHistory, sentenceText } from '../../../src/lib/views/in-short.ts';
import { bundledGraph } from '../../helpers.ts';

const graph = bundledGraph();
const view = (slug: string) =>
  inShortView(graph.authorityBySlug.get(slug)!, graph.authorityBySlug.get(slug)!.asOf.date);

describe('inShortView', () => {
  it('says, for Torbay, the judgement, what it was told to fix, the latest visit, what is being done and what is next', () => {
    const torbay = view('torbay');
    expect(torbay.sentences.map(sentenceText)).toMatchInlineSnapshot(`
      [
        "The latest judgement is “inadequate” (overall effectiveness), in the Ofsted inspection of children's services, June 2018, published August 2018.",
        "It told the council to fix 16 recommendations, 6 of them repeated from an earlier report.",
        "Latest monitoring visit published here: October 2019; its findings are not in the sources published here.",
        "The Torbay Children's Services Improvement Plan, Version 1 (October 2019) has 36 actions: none is rated yet; none is late as at October 2019 (21 are timed “Immediate”, which gives no date, so they are not counted as late).",
        "Next, as at October 2019 (the date of the plan's Version 1): action 4.1.1 of the Torbay Children's Services Improvement Plan, due by 1 November 2019.",
      ]
    `);
    expect(torbay.sentences.flat().filter((p) => typeof p !== 'string')).toMatchInlineSnapshot(`
      [
        {
          "text": "Ofsted inspection of children's services, June 2018",
          "url": "/torbay/inspections/ofsted-2018/",
        },
        {
          "text": "16 recommendations",
          "url": "/torbay/inspections/ofsted-2018/#recommendations",
        },
        {
          "text": "October 2019",
          "url": "/torbay/inspections/ofsted-2018/monitoring-visits/october-2019/",
        },
        {
          "text": "Torbay Children's Services Improvement Plan, Version 1",
          "url": "/torbay/plans/improvement-plan/v1/",
        },
        {
          "text": "36 actions",
          "url": "/torbay/plans/improvement-plan/v1/#actions-heading",
        },
        {
          "text": "4.1.1",
          "url": "/torbay/plans/improvement-plan/actions/4.1.1/",
        },
        {
          "text": "Torbay Children's Services Improvement Plan",
          "url": "/torbay/plans/improvement-plan/v1/",
        },
      ]
    `);
    expect(torbay.history.map((r) => [r.date, r.judgement])).toMatchInlineSnapshot(`
      [
        [
          "October 2010",
          "Inadequate",
        ],
        [
          "February 2013",
          "Adequate",
        ],
        [
          "5 January 2016",
          "Inadequate",
        ],
        [
          "August 2018",
          "Inadequate",
        ],
      ]
    `);
  });

  it('says what is not among the documents, for a council without a plan', () => {
    expect(view('worcestershire').sentences.map(sentenceText)).toMatchInlineSnapshot(`
      [
        "The latest judgement is “inadequate” (overall effectiveness of safeguarding services), in the Inspection of safeguarding and looked after children's services, published November 2010.",
        "The recommendations of that report are not among the documents published here.",
        "No improvement plan is among the documents published here.",
        "Next, as at 2011 (inferred; the date of the newest document published here): Target: Initial assessments within timescale 70%, June 2011.",
      ]
    `);
  });

  it('labels documents older than the latest judged inspection as history', () => {
    const torbay = view('torbay');
    expect(isHistory('2011-03', torbay)).toBe(true);
    expect(isHistory('2016-01-05', torbay)).toBe(true);
    expect(isHistory('2019-10', torbay)).toBe(false);
    expect(isHistory(undefined, torbay)).toBe(false);
  });
});
