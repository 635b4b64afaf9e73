import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSheetName, sheetDateOf, versionRows } from '../../src/lib/publishing/plan-downloads.ts';
import { readSheet, writeSheet } from '../../src/lib/spreadsheets/sheet-files.ts';
import { titleOf } from '../../src/lib/derivations/labels.ts';
import { bundledGraph } from '../helpers.ts';
import { siteDir } from './site.ts';

describe('plan spreadsheets on /data/', () => {
  it('publishes every version as XLSX beside its CSV: the rows the export writes, in the same columns', async () => {
    for (const version of bundledGraph().planVersions.values()) {
      const name = join(siteDir, 'data/plans', planSheetName(version));
      const xlsx = readFileSync(`${name}.xlsx`);
      expect(
        xlsx.equals(await writeSheet(versionRows(version), 'xlsx', 'Actions', sheetDateOf(version), titleOf(version))),
      ).toBe(true);
      expect(await readSheet(xlsx, 'xlsx')).toEqual(await readSheet(readFileSync(`${name}.csv`), 'csv'));
    }
  });
});

describe('following a plan or a council', () => {
  const html = (path: string) => readFileSync(join(siteDir, `${path}index.html`), 'utf8');
  it('links each plan page to the plan feed and the council feed, in the head and visibly', () => {
    for (const path of ['/torbay/plans/improvement-plan/', '/torbay/plans/improvement-plan/v1/']) {
      const page = html(path);
      expect(page).toContain(
        '<link rel="alternate" type="application/atom+xml" title="Torbay Children\'s Services Improvement Plan: new versions and what changed" href="/torbay/plans/improvement-plan/feed.xml">',
      );
      expect(page).toMatch(
        /<a href="\/torbay\/plans\/improvement-plan\/feed.xml" type="application\/atom\+xml">\s*Follow Torbay Children(?:'|&#39;)s Services Improvement Plan: new versions and what changed\s*<\/a>/,
      );
      expect(page).toMatch(
        /<a href="\/torbay\/feed.xml" type="application\/atom\+xml">\s*Follow Torbay Council: statements and new documents\s*<\/a>/,
      );
    }
  });

  it("links the council page to its feed and its plans' feeds", () => {
    const page = html('/torbay/');
    expect(page).toContain(
      '<link rel="alternate" type="application/atom+xml" title="Torbay Council: statements and new documents" href="/torbay/feed.xml">',
    );
    expect(page).toMatch(/href="\/torbay\/feed.xml" type="application\/atom\+xml">\s*Follow Torbay Council/);
    expect(page).toMatch(
      /href="\/torbay\/plans\/improvement-plan\/feed.xml" type="application\/atom\+xml">\s*Follow Torbay/,
    );
    expect(readFileSync(join(siteDir, 'torbay/plans/improvement-plan/feed.xml'), 'utf8')).toContain(
      '<title type="text">Torbay Children\'s Services Improvement Plan, Version 1</title>',
    );
  });
});
