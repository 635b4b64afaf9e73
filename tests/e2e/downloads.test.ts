import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planSheetName, sheetDateOf, versionRows } from '../../src/lib/plan-downloads.ts';
import { readSheet, writeSheet } from '../../src/lib/sheet-files.ts';
import { bundledGraph } from '../helpers.ts';

describe('plan spreadsheets on /data/', () => {
  it('publishes every version as XLSX beside its CSV: the rows the export writes, in the same columns', async () => {
    for (const version of bundledGraph().planVersions.values()) {
      const name = `dist/data/plans/${planSheetName(version)}`;
      const xlsx = readFileSync(`${name}.xlsx`);
      expect(xlsx.equals(await writeSheet(versionRows(version), 'xlsx', 'Actions', sheetDateOf(version)))).toBe(true);
      expect(await readSheet(xlsx, 'xlsx')).toEqual(await readSheet(readFileSync(`${name}.csv`), 'csv'));
    }
  });
});
