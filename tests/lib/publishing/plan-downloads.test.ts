import { describe, expect, it } from 'vitest';
import { outlineOf, planSheetName, sheetDateOf, versionRows } from '../../../src/lib/publishing/plan-downloads.ts';
import { parseContent } from '../../../src/lib/content/parse-content.ts';
import { bundledFiles, bundledGraph, threeGraph } from '../fixtures.ts';

const v1 = bundledGraph().plans.get('torbay/improvement-plan')!.latest;

describe("a plan version's downloads", () => {
  it('names the spreadsheet by council, plan and version', () => {
    expect(planSheetName(v1)).toBe('torbay-improvement-plan-v1');
    expect(planSheetName(threeGraph().plans.get('fixture/plan')!.versions[1]!)).toBe('fixture-plan-v2');
  });

  it('rebuilds the table exactly as it is in the content file (as read, defaults filled)', () => {
    const outline = parseContent(bundledFiles).content.planOutlines.find((e) => e.id === 'torbay/improvement-plan/v1')!;
    // Corrections are notes on the version (shown on its page), not rows of its table: the downloads carry the table.
    const { corrections, ...table } = outline.data;
    expect(corrections).toEqual([]);
    expect(outlineOf(v1)).toEqual(table);
    const file = JSON.parse(bundledFiles.find((f) => f.path === 'plan-versions/torbay/improvement-plan/v1.json')!.text);
    expect(outlineOf(v1).themes.map((t) => t.title)).toEqual(file.themes.map((t: { title: string }) => t.title));
  });

  it("writes one row per action after a header, in the version's order, with exact text", () => {
    const rows = versionRows(v1);
    expect(rows).toHaveLength(1 + v1.actions.length);
    expect(rows.slice(1).map((r) => r.find((c) => /^\d+\.\d+\.\d+$/.test(c)))).toEqual(v1.actions.map((a) => a.ref));
    const withTimescale = rows.find((r) => r.includes('End January 2020 for review outcome and implementation plan'));
    expect(withTimescale).toBeDefined();
  });

  it("dates the sheet by the day its publication begins, never a day the source doesn't give beyond that", () => {
    expect(sheetDateOf(v1).toISOString()).toBe('2019-10-01T00:00:00.000Z');
  });
});
