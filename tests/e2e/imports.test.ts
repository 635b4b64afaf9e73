import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleReport, reportPdf } from '../report-pdf-fixture.ts';
import { exampleshirePlanDocx } from '../word-plan-fixture.ts';
import { launch } from './browser.ts';
import { buildSite } from './build-site.ts';
import { serve } from './server.ts';
import { bundledRoots } from '../bundled-roots.ts';

// A fictional council added the way the README's "Add a council" starts: its report (PDF) and its
// Word plan imported with npm run import, then the site built into its own folder.
let work: string;
let dist: string;
const shape = exampleReport('number', 5, 12);
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
/** A page's text as read on screen: issue 13's print-only endnote markers and endnotes left out. */
const squash = (html: string) =>
  html
    .replace(/<span class="app-print-only"[^>]*>[^<]*<\/span>/g, '')
    .replace(/<section class="app-print-only app-endnotes"[\s\S]*?<\/section>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ');

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'imports-site-'));
  const content = join(work, 'content');
  cpSync(bundledRoots.content, content, { recursive: true });
  cpSync(bundledRoots.data, join(work, 'data'), { recursive: true });
  writeFileSync(
    join(content, 'authorities/exampleshire.json'),
    JSON.stringify({
      name: 'Exampleshire County Council (fictional, for tests)',
      shortName: 'Exampleshire',
      roles: [{ id: 'dcs', name: "Director of Children's Services", abbreviation: 'DCS' }],
    }),
  );
  writeFileSync(join(work, 'report.pdf'), await reportPdf(shape));
  writeFileSync(join(work, 'plan.docx'), await exampleshirePlanDocx());
  const run = (args: string[]) =>
    execFileSync(
      'node_modules/.bin/node',
      ['scripts/import.ts', ...args, '--content', content, '--data', join(work, 'data')],
      { encoding: 'utf8', stdio: 'pipe' },
    );
  run([join(work, 'report.pdf'), '--inspection', 'exampleshire/ofsted-2018', '--inspectorate', 'Ofsted']);
  run([
    join(work, 'plan.docx'),
    '--plan',
    'exampleshire/improvement-plan',
    '--version',
    'v1',
    '--title',
    "Exampleshire Children's Services Improvement Plan (fictional, for tests)",
    '--inspection',
    'ofsted-2018',
  ]);
  dist = buildSite(work, { content, data: join(work, 'data') });
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a council added from its report and its Word plan', () => {
  it("has a page for every imported recommendation and paragraph, in the report's words", () => {
    shape.recommendations.forEach((text, i) =>
      expect(squash(page(`exampleshire/inspections/ofsted-2018/recommendations/${i + 1}`))).toContain(text),
    );
    shape.sections
      .flatMap((s) => s.paragraphs)
      .forEach((text, i) =>
        expect(squash(page(`exampleshire/inspections/ofsted-2018/paragraphs/${i + 1}`))).toContain(text),
      );
  });

  it('links the imported actions to the paragraphs and recommendation they cite, both ways', () => {
    const action = page('exampleshire/plans/improvement-plan/actions/1.1.1');
    expect(squash(action)).toContain('Managers track every assessment and review overdue assessments each week.');
    expect(action).toContain('href="/exampleshire/inspections/ofsted-2018/paragraphs/3/"');
    expect(squash(action)).toContain('Rating: Amber Direction of travel: Improving'); // "Amber ↑" in the Word table
    expect(page('exampleshire/inspections/ofsted-2018/recommendations/2')).toContain(
      'href="/exampleshire/plans/improvement-plan/actions/1.1.1/"',
    );
    expect(page('exampleshire/inspections/ofsted-2018/paragraphs/4')).toContain(
      'href="/exampleshire/plans/improvement-plan/actions/1.1.2/"',
    );
  });

  it('fits a phone: no page of the imported council scrolls sideways at 375 px', async () => {
    const { url, server } = await serve(dist);
    const browser = await launch();
    try {
      for (const path of [
        '/exampleshire/inspections/ofsted-2018/',
        '/exampleshire/inspections/ofsted-2018/recommendations/1/',
        '/exampleshire/plans/improvement-plan/actions/1.1.1/',
        '/exampleshire/plans/improvement-plan/',
      ]) {
        const tab = await browser.newPage({ viewport: { width: 375, height: 800 } });
        await tab.goto(url + path);
        expect(await tab.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
        await tab.close();
      }
    } finally {
      await browser.close();
      server.close();
    }
  });

  it('says "cited by the improvement plan" only of the paragraphs the plan cites', () => {
    const text = squash(page('exampleshire/inspections/ofsted-2018'));
    expect(text).toContain(
      'Paragraphs cited by the improvement plan Paragraph 3 Paragraph 4 Other numbered paragraphs Paragraph 1 Paragraph 2 Paragraph 5',
    );
  });
});
