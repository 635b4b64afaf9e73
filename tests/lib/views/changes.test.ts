import { describe, expect, it } from 'vitest';
import { changesIn } from '../../../src/lib/derivations/changes.ts';
import { plain } from '../../../src/lib/views/common.ts';
import { changesView } from '../../../src/lib/views/changes.ts';
import { threeGraph } from '../fixtures.ts';
import { readable } from './readable.ts';

const [, v2, v3] = threeGraph().plans.get('fixture/plan')!.versions;
const section = (view: ReturnType<typeof changesView>, id: string) => view.sections.find((s) => s.id === id)!;

describe('the changes page', () => {
  it('summarises every kind of change with a count and an anchor', () => {
    const view = changesView(changesIn(v3!)!);
    const counts = Object.fromEntries(view.summary.map((s) => [s.href, s.count]));
    expect(counts).toMatchObject({
      '#new-actions': 1,
      '#removed-actions': 1,
      '#renumbered-actions': 1,
      '#timescales-slipped': 1,
      '#timescales-brought-forward': 0,
    });
    expect(view.heading).toBe('What changed in Version 3');
    expect(plain(view.lead)).toBe('Changes from ‹Version 2› (January 2020) to ‹Version 3› (April 2020).');
  });

  it("quotes a slipped timescale in the plan's words, tagged and measured", () => {
    const view = changesView(changesIn(v3!)!);
    expect(section(view, 'timescales-slipped').items.map((l) => plain(l))).toEqual([
      '‹Action 1.1.1›: [Slipped by 2 months] from “31st March 2020” to “31st May 2020”',
    ]);
    expect(section(view, 'timescales-brought-forward').items).toEqual([]);
    expect(section(view, 'timescales-brought-forward').empty).toBe('No timescale moved earlier.');
  });

  it('shows ratings better, worse and rated for the first time, each with its word', () => {
    const view = changesView(changesIn(v2!)!);
    expect(section(view, 'ratings-better').items.map((l) => plain(l))).toEqual([
      '‹Action 1.1.1›: [Amber] to [Green] (better)',
    ]);
    expect(section(view, 'ratings-worse').items.map((l) => plain(l))).toEqual([
      '‹Action 1.1.2›: [Amber] to [Red] (worse)',
    ]);
    expect(section(view, 'rated-for-the-first-time').items.map((l) => plain(l))).toEqual([
      '‹Action 1.2.1›: [Not yet rated] to [Amber]',
    ]);
    expect(section(view, 'new-actions').items).toEqual([]);
    expect(section(view, 'new-actions').empty).toBe('No new actions.');
  });

  it("lists new and removed actions with their outcome in the plan's words", () => {
    const view = changesView(changesIn(v3!)!);
    const added = v3!.actionByRef.get('1.2.3')!;
    expect(section(view, 'new-actions').items.map((l) => plain(l))).toEqual([
      `‹Action 1.2.3› (objective ${added.objective.ref}): ${added.data.desiredOutcome[0]}`,
    ]);
    expect(plain(section(view, 'removed-actions').items[0]!)).toMatch(/^‹Action 1\.1\.3›, last in Version 2: /);
  });
});

describe("the changes page, part by part, on the fixture's Version 2 and Version 3", () => {
  const view = changesView(changesIn(v2!)!);

  it('sits under the plan in the trail and leads back to the version', () => {
    expect(view.breadcrumbs.map((c) => c.label)).toEqual([
      'Councils',
      'Fixture Borough Council (test fixture)',
      'Fixture Improvement Plan',
      'Version 2',
    ]);
    expect(readable(view.back)).toMatchInlineSnapshot(`
      {
        "href": "/fixture/plans/plan/v2/",
        "text": "Back to Fixture Improvement Plan, Version 2",
      }
    `);
  });

  it('is headed by the version and the two dates it compares', () => {
    expect(
      readable({
        title: view.title,
        caption: view.caption,
        heading: view.heading,
        lead: view.lead,
        summaryCaption: view.summaryCaption,
      }),
    ).toMatchInlineSnapshot(`
      {
        "caption": "Fixture Improvement Plan",
        "heading": "What changed in Version 2",
        "lead": "Changes from ‹Version 1› (October 2019) to ‹Version 2› (January 2020).",
        "summaryCaption": "Summary of changes",
        "title": "What changed in Version 2, Fixture Improvement Plan",
      }
    `);
  });

  it('counts every kind of change, the empty ones too', () => {
    expect(readable(view.summary)).toMatchInlineSnapshot(`
      [
        {
          "count": 0,
          "href": "#new-actions",
          "label": "New actions",
        },
        {
          "count": 0,
          "href": "#removed-actions",
          "label": "Removed actions",
        },
        {
          "count": 0,
          "href": "#renumbered-actions",
          "label": "Renumbered actions",
        },
        {
          "count": 1,
          "href": "#ratings-better",
          "label": "Ratings better",
        },
        {
          "count": 1,
          "href": "#ratings-worse",
          "label": "Ratings worse",
        },
        {
          "count": 1,
          "href": "#rated-for-the-first-time",
          "label": "Rated for the first time",
        },
        {
          "count": 0,
          "href": "#timescales-slipped",
          "label": "Timescales slipped",
        },
        {
          "count": 0,
          "href": "#timescales-brought-forward",
          "label": "Timescales brought forward",
        },
        {
          "count": 1,
          "href": "#actions-with-new-evidence",
          "label": "Actions with new evidence",
        },
        {
          "count": 0,
          "href": "#actions-reworded",
          "label": "Actions reworded",
        },
      ]
    `);
  });

  it('says each kind of change, action by action', () => {
    expect(readable(view.sections)).toMatchInlineSnapshot(`
      [
        {
          "empty": "No timescale moved later.",
          "heading": "Timescales that slipped",
          "id": "timescales-slipped",
          "items": [],
        },
        {
          "empty": "No timescale moved earlier.",
          "heading": "Timescales brought forward",
          "id": "timescales-brought-forward",
          "items": [],
        },
        {
          "empty": "No rating got worse.",
          "heading": "Ratings that got worse",
          "id": "ratings-worse",
          "items": [
            "‹Action 1.1.2›: [Amber] to [Red] (worse)",
          ],
        },
        {
          "empty": "No rating got better.",
          "heading": "Ratings that got better",
          "id": "ratings-better",
          "items": [
            "‹Action 1.1.1›: [Amber] to [Green] (better)",
          ],
        },
        {
          "empty": "None.",
          "heading": "Rated for the first time, or no longer rated",
          "id": "rated-for-the-first-time",
          "items": [
            "‹Action 1.2.1›: [Not yet rated] to [Amber]",
          ],
        },
        {
          "empty": "No new actions.",
          "heading": "New actions",
          "id": "new-actions",
          "items": [],
        },
        {
          "empty": "No action was removed.",
          "heading": "Removed actions",
          "id": "removed-actions",
          "items": [],
        },
        {
          "empty": "No action was renumbered.",
          "heading": "Renumbered actions",
          "id": "renumbered-actions",
          "items": [],
        },
        {
          "blocks": [
            {
              "heading": "‹Action 1.1.2›",
              "items": [
                "Audit of 40 files in December found 12 incomplete.",
              ],
            },
          ],
          "empty": "No new evidence was reported.",
          "heading": "New evidence of progress",
          "id": "actions-with-new-evidence",
          "items": [],
        },
        {
          "blocks": [],
          "empty": "No wording changed.",
          "heading": "Changed wording",
          "hint": "Words removed are struck through and marked “removed”; words added are underlined and marked “added”.",
          "id": "actions-reworded",
          "items": [],
        },
      ]
    `);
  });

  it("lists each section's items and blocks in Version 3", () => {
    expect(
      readable(
        changesView(changesIn(v3!)!).sections.map((s) => ({
          heading: s.heading,
          items: s.items,
          blocks: s.blocks?.map((b) => plain(b.heading)),
        })),
      ),
    ).toMatchInlineSnapshot(`
      [
        {
          "blocks": undefined,
          "heading": "Timescales that slipped",
          "items": [
            "‹Action 1.1.1›: [Slipped by 2 months] from “31st March 2020” to “31st May 2020”",
          ],
        },
        {
          "blocks": undefined,
          "heading": "Timescales brought forward",
          "items": [],
        },
        {
          "blocks": undefined,
          "heading": "Ratings that got worse",
          "items": [],
        },
        {
          "blocks": undefined,
          "heading": "Ratings that got better",
          "items": [],
        },
        {
          "blocks": undefined,
          "heading": "Rated for the first time, or no longer rated",
          "items": [],
        },
        {
          "blocks": undefined,
          "heading": "New actions",
          "items": [
            "‹Action 1.2.3› (objective 1.2): Assessments are shared with families.",
          ],
        },
        {
          "blocks": undefined,
          "heading": "Removed actions",
          "items": [
            "‹Action 1.1.3›, last in Version 2: Audits happen.",
          ],
        },
        {
          "blocks": undefined,
          "heading": "Renumbered actions",
          "items": [
            "Action 1.2.1 is now ‹action 1.2.2›",
          ],
        },
        {
          "blocks": [],
          "heading": "New evidence of progress",
          "items": [],
        },
        {
          "blocks": [
            "‹Action 1.1.1›",
          ],
          "heading": "Changed wording",
          "items": [],
        },
      ]
    `);
  });
});
