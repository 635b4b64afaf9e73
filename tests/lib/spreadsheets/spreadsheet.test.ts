import { describe, expect, it } from 'vitest';
import {
  columns,
  firstVersionBase,
  formatSheetError,
  outlineToRows,
  rowsToOutline,
} from '../../../src/lib/spreadsheets/spreadsheet.ts';
import { outlineOf } from '../../../src/lib/publishing/plan-downloads.ts';
import { planOutline } from '../../../src/schemas/plan-outline.ts';
import { threeGraph } from '../fixtures.ts';
import { timescaleDate } from '../../../src/lib/base/timescale.ts';

const v3 = threeGraph().plans.get('fixture/plan')!.latest;
const context = {
  base: outlineOf(v3),
  ratings: v3.data.ratingScale!.ratings,
  roles: v3.plan.authority.data.roles,
};
const rows = outlineToRows(outlineOf(v3), context);
const col = (name: (typeof columns)[number]) => columns.indexOf(name);

describe("a plan version's table as spreadsheet rows, and back", () => {
  it('writes a header and one row per action with ratings and roles by name', () => {
    expect(rows[0]).toEqual([...columns]);
    expect(rows.slice(1).map((r) => r[col('Ref')])).toEqual(['1.1.1', '1.1.2', '1.2.2', '1.2.3']);
    const first = rows[1]!;
    expect(first[col('RAG')]).toBe('Green');
    expect(first[col('Lead roles')]).toBe("Director of Children's Services");
    expect(first[col('Timescale')]).toBe('31st May 2020');
    expect(rows[3]![col('Previous ref')]).toBe('1.2.1');
  });

  it('reads its own rows back to the table as its file has it, exact text kept', () => {
    const back = rowsToOutline(rows, context);
    expect(back.errors).toEqual([]);
    // The same table once the schema has filled its defaults (empty lists the sheet need not spell out).
    expect(planOutline.parse(back.outline)).toEqual({ ...outlineOf(v3), corrections: [] });
  });

  it('reports every bad cell with its row and column, and gives no table', () => {
    const edited = rows.map((r) => [...r]);
    edited[2]![col('RAG')] = 'Purple';
    edited[3]![col('Lead roles')] = 'Nobody in particular';
    const back = rowsToOutline(edited, context);
    expect(back.outline).toBeUndefined();
    expect(back.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'RAG'],
      [4, 'Lead roles'],
    ]);
    expect(back.errors[0]!.message).toContain('Purple');
  });

  it('refuses a sheet missing columns, naming them, and a cell beyond the header', () => {
    const missing = rowsToOutline([columns.filter((c) => c !== 'RAG' && c !== 'DOT'), []], context);
    expect(missing.errors).toEqual([
      {
        row: 1,
        message: 'the header row lacks the columns "RAG", "DOT"; export a fresh sheet to see the expected columns',
      },
    ]);
    const extra = rows.map((r, i) => (i === 1 ? [...r, '', 'stray'] : [...r]));
    expect(rowsToOutline(extra, context).errors.length).toBeGreaterThan(0);
  });

  it('formats an error as a person reads a spreadsheet', () => {
    expect(formatSheetError({ row: 14, column: 'RAG', message: 'x' })).toBe('row 14, RAG: x');
    expect(formatSheetError({ row: 14, message: 'x' })).toBe('row 14: x');
    expect(formatSheetError({ row: 0, column: 'RAG', message: 'x' })).toBe('RAG: x');
    expect(formatSheetError({ row: 0, message: 'x' })).toBe('x');
  });

  it("asks a first version's sheet for its themes and objectives", () => {
    expect(firstVersionBase([['Ref']]).errors[0]!.message).toBe(
      'a plan\'s first version comes from the sheet, so it needs the columns "Theme title", "Objective text", "Objective citation", "Recommendations" as well',
    );
    const header = [
      'Ref',
      'Theme',
      'Objective',
      'Theme title',
      'Objective text',
      'Objective citation',
      'Recommendations',
    ];
    const base = firstVersionBase([
      header,
      ['1.1.1', '1', '1.1', 'Practice', 'Improve supervision', 'recommendation 1', '1'],
    ]);
    expect(base.errors).toEqual([]);
    expect(base.base?.themes[0]).toMatchObject({ ref: '1', title: 'Practice' });
    expect(base.base?.themes[0]!.objectives[0]!.aims[0]).toMatchObject({
      text: 'Improve supervision',
      recommendations: ['1'],
    });
  });
});

describe('dates and visits as a reader of the sheet reads them', () => {
  const visits = [
    { id: 'may-2020', name: 'Monitoring visit, May 2020' },
    { id: 'june-2020', name: 'Monitoring visit, June 2020' },
  ];
  const citing = structuredClone(outlineOf(v3));
  citing.themes[0]!.objectives[0]!.actions[0]!.monitoringVisits = ['may-2020', 'june-2020'];
  const named = outlineToRows(citing, { ...context, visits });
  const withVisits = { ...context, base: citing, visits };

  it('writes the due date in ISO 8601 beside the words, at the precision they give', () => {
    expect(named.slice(1).map((r) => [r[col('Timescale')], r[col('Due date (ISO 8601)')]])).toEqual(
      named.slice(1).map((r) => [r[col('Timescale')], timescaleDate(r[col('Timescale')]!) ?? '']),
    );
    expect(named[1]![col('Due date (ISO 8601)')]).toBe('2020-05-31');
  });

  it('names the visits an action cites, separated by semicolons, and reads the names back to ids', () => {
    expect(named[1]![col('Monitoring visits')]).toBe('Monitoring visit, May 2020; Monitoring visit, June 2020');
    const back = rowsToOutline(named, withVisits);
    expect(back.errors).toEqual([]);
    expect(back.outline!.themes[0]!.objectives[0]!.actions[0]!.monitoringVisits).toEqual(['may-2020', 'june-2020']);
  });

  it('still reads a sheet that lists visit ids with commas, and refuses a visit the council does not have', () => {
    const ids = named.map((r, i) => (i === 1 ? r.with(col('Monitoring visits'), 'may-2020, june-2020') : r));
    expect(rowsToOutline(ids, withVisits).outline!.themes[0]!.objectives[0]!.actions[0]!.monitoringVisits).toEqual([
      'may-2020',
      'june-2020',
    ]);
    const unknown = named.map((r, i) =>
      i === 1 ? r.with(col('Monitoring visits'), 'Monitoring visit, July 2020') : r,
    );
    expect(rowsToOutline(unknown, withVisits).errors).toEqual([
      {
        row: 2,
        column: 'Monitoring visits',
        message:
          '"Monitoring visit, July 2020" is not a monitoring visit of this council: use one of "Monitoring visit, May 2020"; "Monitoring visit, June 2020", separated by semicolons',
      },
    ]);
  });

  it('refuses a due date edited away from its timescale, so the edit is not lost without a word', () => {
    const edited = named.map((r, i) => (i === 1 ? r.with(col('Due date (ISO 8601)'), '2021-01-31') : r));
    expect(rowsToOutline(edited, withVisits).errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'Due date (ISO 8601)'],
    ]);
    const cleared = named.map((r, i) => (i === 1 ? r.with(col('Due date (ISO 8601)'), '') : r));
    expect(rowsToOutline(cleared, withVisits).errors).toEqual([]);
  });
});
