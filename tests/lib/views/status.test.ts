// Status lines (issue 13): an action's rating, due date, late or not, slipped or not, and how long an
// "Immediate" action has been timed so, flagged past the configured threshold; each plan in its own time.
import { dueAtPrecision } from '../../../src/lib/derivations/labels.ts';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../scripts/read-content.ts';
import { parseContent, type SourceFile } from '../../../src/lib/content/parse-content.ts';
import { buildGraph, type Graph } from '../../../src/lib/graph/graph.ts';
import { siteConfig, siteConfigSchema } from '../../../src/site.config.ts';
import { plain } from '../../../src/lib/views/common.ts';
import { actionView } from '../../../src/lib/views/action.ts';
import {
  actionStatus,
  defaultStatusOptions,
  elapsedWords,
  recommendationStatus,
  type StatusView,
} from '../../../src/lib/views/status.ts';
import { bundledGraph, otherGraph } from '../../helpers.ts';

const roots = { content: 'tests/fixtures/three-versions/content', data: 'tests/fixtures/three-versions/data' };
const fixtureFiles = readSources(roots);
const graphOf = (files: readonly SourceFile[]): Graph => buildGraph(parseContent(files, roots).content);
const fixture = graphOf(fixtureFiles);
const bundled = bundledGraph();
const other = otherGraph();

const torbay = bundled.plans.get('torbay/improvement-plan')!.latest;
const fixtureV3 = fixture.plans.get('fixture/plan')!.latest;
const eastborough = other.plans.get('eastborough/improvement-plan')!.latest;

/** A status line as a reader reads it: "Key: value" lines, then the note. */
const text = (status: StatusView) => [
  status.heading,
  ...status.rows.map((r) => `${r.key}: ${plain(r.value)}`),
  status.note,
];

describe('an action status line', () => {
  it('an "Immediate" action past the threshold is flagged, with its time since the version that introduced it', () => {
    // Action 1.1.2 is "Immediate" in versions 1 (October 2019), 2 and 3 (April 2020): 6 calendar months.
    expect(text(actionStatus(fixtureV3.actionByRef.get('1.1.2')!, { immediateFlagMonths: 3 }))).toMatchInlineSnapshot(`
      [
        "Status as of April 2020",
        "Rating: [Red]",
        "Due: “Immediate” (the plan gives no date)",
        "Late: Not judged: “Immediate” gives no date to be late against.",
        "Slipped: No: its timescale has not moved later between the versions published here.",
        "Timed “Immediate”: [“Immediate” for 3 months or more] Since Version 1 (October 2019): 6 calendar months to April 2020, the date this plan is judged as of. The plan's RAG scale has no rating meaning complete, so no version published here records it as complete.",
        "Judged as of April 2020, the date of Version 3, this plan's latest version published here.",
      ]
    `);
  });

  it('the same action below the threshold is not flagged, and says the same time', () => {
    const status = text(actionStatus(fixtureV3.actionByRef.get('1.1.2')!, { immediateFlagMonths: 7 }));
    expect(status.find((l) => l.startsWith('Timed'))).toMatchInlineSnapshot(
      `"Timed “Immediate”: Since Version 1 (October 2019): 6 calendar months to April 2020, the date this plan is judged as of. The plan's RAG scale has no rating meaning complete, so no version published here records it as complete."`,
    );
    // The threshold is counted in the same calendar months the line shows: 6 months reach a threshold of 6.
    const at = text(actionStatus(fixtureV3.actionByRef.get('1.1.2')!, { immediateFlagMonths: 6 }));
    expect(at.find((l) => l.startsWith('Timed'))).toContain('[“Immediate” for 6 months or more]');
  });

  it('a slipped action says when and by how much its timescale moved later', () => {
    expect(text(actionStatus(fixtureV3.actionByRef.get('1.1.1')!))).toMatchInlineSnapshot(`
      [
        "Status as of April 2020",
        "Rating: [Green]",
        "Due: 31 May 2020 (the plan: “31st May 2020”)",
        "Late: No: due 31 May 2020, not before April 2020.",
        "Slipped: [Slipped] In Version 3 its timescale moved from “31st March 2020” to “31st May 2020” (2 months later).",
        "Judged as of April 2020, the date of Version 3, this plan's latest version published here.",
      ]
    `);
  });

  it('a plan with no rating column: late, but never "not yet rated" or "still open"', () => {
    expect(text(actionStatus(eastborough.actionByRef.get('1.1.1')!))).toMatchInlineSnapshot(`
      [
        "Status as of November 2023",
        "Rating: [No rating column in the plan]",
        "Due: 31 October 2023 (the plan: “31st October 2023”)",
        "Late: [Late] Its timescale passed before November 2023, and the plan has no rating column to record completion.",
        "Slipped: No earlier version is published here to compare its timescale with.",
        "Complete: This plan has no rating column, so the sources published here do not say whether it is complete.",
        "Judged as of November 2023, the date of Version 1, this plan's latest version published here.",
      ]
    `);
  });

  it('Torbay: an "Immediate" action introduced in the version the plan is judged as of', () => {
    expect(text(actionStatus(torbay.actionByRef.get('1.1.1')!))).toMatchInlineSnapshot(`
      [
        "Status as of October 2019",
        "Rating: [Not yet rated]",
        "Due: “Immediate” (the plan gives no date)",
        "Late: Not judged: “Immediate” gives no date to be late against.",
        "Slipped: No earlier version is published here to compare its timescale with.",
        "Timed “Immediate”: Since Version 1 (October 2019), the same calendar month as October 2019, the date this plan is judged as of. The plan's RAG scale has no rating meaning complete, so no version published here records it as complete.",
        "Judged as of October 2019, the date of Version 1, this plan's latest version published here.",
      ]
    `);
  });

  it('Torbay: a due date at the precision of the words ("End January 2020 …" is January 2020)', () => {
    const action = torbay.actionByRef.get('2.1.1')!;
    expect(dueAtPrecision(action)).toEqual({ text: 'January 2020', datetime: '2020-01' });
    expect(dueAtPrecision(torbay.actionByRef.get('1.1.2')!)).toEqual({
      text: '31 December 2019',
      datetime: '2019-12-31',
    });
    expect(text(actionStatus(action)).find((l) => l.startsWith('Due'))).toMatchInlineSnapshot(
      `"Due: January 2020 (the plan: “End January 2020 for review outcome and implementation plan”)"`,
    );
  });

  it('a rating the scale defines as complete is respected: not late, not flagged', () => {
    // Version 3 of the fixture given a BRAG scale whose Blue means complete, with action 1.1.2 rated Blue.
    const files = fixtureFiles.map((f) => {
      if (f.path === 'plan-versions/fixture/plan/v3.mdx')
        return {
          ...f,
          text: f.text.replace(
            '"ratings": [',
            '"ratings": [{ "id": "blue", "label": "Blue", "definition": "Complete", "colour": "blue", "complete": true },',
          ),
        };
      if (f.path === 'plan-versions/fixture/plan/v3.json') {
        const data = JSON.parse(f.text);
        data.themes[0].objectives[0].actions.find((a: { ref: string }) => a.ref === '1.1.2').rag = 'blue';
        return { ...f, text: JSON.stringify(data) };
      }
      return f;
    });
    const graph = graphOf(files);
    const action = graph.plans.get('fixture/plan')!.latest.actionByRef.get('1.1.2')!;
    expect(action.rating?.complete).toBe(true);
    expect(text(actionStatus(action, { immediateFlagMonths: 3 }))).toMatchInlineSnapshot(`
      [
        "Status as of April 2020",
        "Rating: [Blue]",
        "Due: “Immediate” (the plan gives no date)",
        "Late: Not judged: “Immediate” gives no date to be late against.",
        "Slipped: No: its timescale has not moved later between the versions published here.",
        "Timed “Immediate”: Since Version 1 (October 2019): 6 calendar months to April 2020, the date this plan is judged as of. Rated Blue, which the plan's RAG scale defines as complete.",
        "Judged as of April 2020, the date of Version 3, this plan's latest version published here.",
      ]
    `);
    // And an unrated action of that plan says no version records it as complete, in the scale's word.
    const other = graph.plans.get('fixture/plan')!.latest.actionByRef.get('1.2.3')!;
    expect(text(actionStatus(other)).at(-2)).toMatchInlineSnapshot(
      `"Slipped: No: its timescale has not moved later between the versions published here."`,
    );
  });

  it('the action page view carries the status line', () => {
    const view = actionView(fixture, fixtureV3.actionByRef.get('1.1.2')!, {}, { immediateFlagMonths: 3 });
    expect(text(view.status)).toEqual(
      text(actionStatus(fixtureV3.actionByRef.get('1.1.2')!, { immediateFlagMonths: 3 })),
    );
  });
});

describe('a recommendation status line', () => {
  it('counts through objectives, by rating name, late, slipped, next due and flagged "Immediate" actions', () => {
    const recommendation = fixture.inspections.get('fixture/report-2019')!.recommendations[0]!;
    expect(recommendationStatus(recommendation, { immediateFlagMonths: 3 }).map(text)).toMatchInlineSnapshot(`
      [
        [
          "Status as of April 2020",
          "Actions: 2, through objective ‹1.1› of ‹Version 3› (the plan cites recommendation 1 for the objective as a whole)",
          "Rated by the council: 2 of 2: 1 Green and 1 Red.",
          "Late: None as of April 2020.",
          "Slipped: [1 slipped] (timescale moved later between versions): ‹1.1.1›.",
          "Next due: 31 May 2020 (action ‹1.1.1›).",
          "Timed “Immediate”: 1 of 2, since Version 1 (October 2019); [1 “Immediate” for 3 months or more] as of April 2020: ‹1.1.2›.",
          "Judged as of April 2020, the date of Version 3, this plan's latest version published here.",
        ],
      ]
    `);
    expect(
      recommendationStatus(recommendation, { immediateFlagMonths: 12 })
        .map(text)[0]!
        .find((l) => l.startsWith('Timed')),
    ).toMatchInlineSnapshot(
      `"Timed “Immediate”: 1 of 2, since Version 1 (October 2019); none for 12 months or more as of April 2020."`,
    );
  });

  it('each plan keeps its own time: a configured as-of date for one council moves only its plans', () => {
    const recommendation = (g: Graph) =>
      g.inspections.get('torbay/ofsted-2018')!.recommendations.find((r) => r.id === '8')!;
    const moved = bundledGraph({ asOf: { torbay: '2020-06' } });
    expect(recommendationStatus(recommendation(moved), { immediateFlagMonths: 3 }).map(text)).toMatchInlineSnapshot(`
      [
        [
          "Status as of June 2020",
          "Actions: 7, through objective ‹1.1› of ‹Version 1› (the plan cites recommendation 8 for the objective as a whole)",
          "Rated by the council: None of the 7 yet.",
          "Late: [2 late] as of June 2020: ‹1.1.2›, ‹1.1.4› (timescale passed, not rated complete).",
          "Slipped: Not known: Version 1 is the only version published here.",
          "Next due: No dated timescale on or after June 2020.",
          "Timed “Immediate”: 5 of 7, since Version 1 (October 2019); [5 “Immediate” for 3 months or more] as of June 2020: ‹1.1.1›, ‹1.1.3›, ‹1.1.5›, ‹1.1.6›, ‹1.1.7›.",
          "Judged as of June 2020, the date this site's configuration sets for Torbay.",
        ],
      ]
    `);
    // Another council's configured date changes nothing here.
    const elsewhere = bundledGraph({ asOf: { worcestershire: '2030' } });
    expect(recommendationStatus(recommendation(elsewhere)).map(text)).toEqual(
      recommendationStatus(recommendation(bundled)).map(text),
    );
  });
});

describe('time at the precision of the dates, in words', () => {
  it('says calendar months or years, and "within the same" for none', () => {
    expect(elapsedWords({ unit: 'month', amount: 6, flagMonths: 6 })).toBe('6 calendar months');
    expect(elapsedWords({ unit: 'month', amount: 1, flagMonths: 1 })).toBe('1 calendar month');
    expect(elapsedWords({ unit: 'month', amount: 0, flagMonths: 0 })).toBe('within the same calendar month');
    expect(elapsedWords({ unit: 'year', amount: 2, flagMonths: 12 })).toBe('2 calendar years');
    expect(elapsedWords({ unit: 'year', amount: 0, flagMonths: 0 })).toBe('within the same calendar year');
  });
});

describe('the threshold setting', () => {
  const base = { ...siteConfig };
  it('is in the site configuration, 3 months unless set, and the status lines use it', () => {
    expect(siteConfig.immediateFlagMonths).toBe(3);
    expect(defaultStatusOptions.immediateFlagMonths).toBe(siteConfig.immediateFlagMonths);
    const { immediateFlagMonths: _, ...without } = base;
    expect(siteConfigSchema.parse(without).immediateFlagMonths).toBe(3);
  });
  it.each([
    [0, 'immediateFlagMonths must be at least 1 month'],
    [2.5, 'immediateFlagMonths must be a whole number of months, for example 3'],
    ['3', 'immediateFlagMonths must be a whole number of months, for example 3'],
    [121, 'immediateFlagMonths must be at most 120 months (10 years)'],
  ])('refuses %j, in words', (value, message) => {
    const result = siteConfigSchema.safeParse({ ...base, immediateFlagMonths: value });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message)).toEqual([message]);
  });
});

describe('an action the latest version no longer includes', () => {
  it('is judged as of the last version that includes it, and the action page agrees', () => {
    // Action 1.1.3 is in versions 1 and 2 (January 2020), not in version 3 (April 2020).
    const action = fixture.plans.get('fixture/plan')!.versions[1]!.actionByRef.get('1.1.3')!;
    expect(text(actionStatus(action))).toMatchInlineSnapshot(`
      [
        "Status as of January 2020",
        "Rating: [Green]",
        "Due: 31 December 2019 (the plan: “31st December 2019”)",
        "Late: [Late] Its timescale passed before January 2020, and it is not rated complete.",
        "Slipped: No: its timescale has not moved later between the versions published here.",
        "Judged as of January 2020, the date of Version 2, the last version published here that includes it; Version 3 (April 2020) does not.",
      ]
    `);
    const view = actionView(fixture, action);
    expect(view.overdue).toBe(
      view.status.rows.find((r) => r.key === 'Late')!.value.some((p) => typeof p !== 'string' && 'tag' in p),
    );
  });
});
