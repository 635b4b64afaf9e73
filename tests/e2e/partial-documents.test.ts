// The partial-documents fixture (tests/fixtures/partial-documents: test fixtures, never bundled) built
// as a whole site into a temporary folder. Its pages say only what its documents say: the order,
// "latest", "next" and counts the dates and rows allow, the sources' own terms, dates at their
// precision, inferences as inferences, and "not in the source" where a source lacks something:
// never a placeholder, a sentinel date or an invented value.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from './build-site.ts';

const fixture = 'tests/fixtures/partial-documents';
let work: string;
let dist: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'partial-documents-'));
  dist = buildSite(work, { content: `${fixture}/content`, data: `${fixture}/data` });
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A built page's main text as read on screen (print-only text left out), tags removed and spaces collapsed. */
function pageText(path: string): string {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? html;
  return main
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<span class="app-print-only"[^>]*>[^<]*<\/span>/g, '')
    .replace(/<section class="app-print-only app-endnotes"[\s\S]*?<\/section>/g, ' ')
    .replace(/<a href="\/glossary\/#[^"]*" class="app-abbr"><abbr title="[^"]*">([^<]*)<\/abbr><\/a>/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&#x26;|&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every built HTML page, relative to the site root. */
function allPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) out.push(relative(dist, path));
    }
  };
  walk(dist);
  return out.sort();
}

describe('the partial-documents site', () => {
  it("builds every council's pages, with no placeholder, sentinel date or invented value on any", () => {
    const pages = allPages();
    for (const page of [
      'northmoor/index.html',
      'northmoor/timeline/index.html',
      'northmoor/notices/improvement-notice-2011/index.html',
      'northmoor/statements/statement-undated/index.html',
      'northmoor/indicators/re-referrals/index.html',
      'southmoor/index.html',
      'southmoor/plans/improvement-plan/index.html',
      'southmoor/plans/improvement-plan/actions/1.1.2/index.html',
      'southmoor/plans/improvement-plan/v1/board-pack/index.html',
    ])
      expect(pages).toContain(page);
    const forbidden = [
      'undefined',
      'NaN',
      'Invalid Date',
      '[object Object]',
      'EDIT:',
      '(none given)',
      'not named in the sources',
      'Answers the recommendations',
      '1 January 2011',
      '1970',
      'which is newer',
    ];
    for (const page of pages) {
      const html = readFileSync(join(dist, page), 'utf8');
      const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
      for (const bad of forbidden) expect(main.includes(bad), `${page} says "${bad}"`).toBe(false);
    }
  });

  it('Northmoor: order, latest and next as the dates allow, and the newest documents named without an order', () => {
    const overview = pageText('northmoor');
    expect(overview).toContain(
      'The newest documents published here about Northmoor are Improvement Notice and Monitoring visit, October 2011 (test fixture); the sources do not say which came later.',
    );
    expect(overview).toContain('The latest judgement is “inadequate” (overall effectiveness)');
    expect(overview).toContain(
      'The Later inspection report (test fixture) is undated, so may be newer; no judgement from it is in the sources.',
    );
    expect(overview).toContain('No deadline after 2011 (inferred) is set in the documents published here.');
    expect(overview).not.toContain('Council statement (test fixture), ');
  });

  it('Northmoor: each date at its precision, inferences shown as inferences, undated documents said to be undated', () => {
    expect(pageText('northmoor/notices/improvement-notice-2011')).toContain('2011 (inferred)');
    const statement = pageText('northmoor/statements/statement-undated');
    expect(statement).toContain('Not in the source (Test fixture: the press statement is undated.)');
    const visit = pageText('northmoor/inspections/ofsted-2011/monitoring-visits/monitoring-visit-october-2011');
    expect(visit).toContain('17–19 October 2011');
    const indicator = pageText('northmoor/indicators/re-referrals');
    expect(indicator).toContain('“about 40%”');
    expect(indicator).toContain('“under a third”');
    expect(indicator).toContain('Test fixture: the board gives these figures only in words.');
    expect(indicator).toContain('its period is not in the source. Test fixture: the minutes do not say which period.');
  });

  it('Southmoor: what the minutes do not give is "not in the source", and the ratings they report are theirs', () => {
    const plan = pageText('southmoor/plans/improvement-plan');
    expect(plan).toContain(
      'The inspection it answers: Not in the source (Test fixture: the minutes quoting the plan do not say which inspection or review it answers.)',
    );
    expect(plan).toContain(
      'Assessments are timely (test fixture) – no citation in the plan: Test fixture: the minutes quote the bullet without its citation.',
    );
    expect(plan).toContain('Ratings the council reported');
    expect(plan).toContain('As at 14 March 2012 : Red 25%, Amber 50%, Green 25% (“a quarter”) of 12 actions');
    const action = pageText('southmoor/plans/improvement-plan/actions/1.1.2');
    expect(action).toContain('Lead Not in the source (Test fixture: the minutes do not say who leads this action.)');
    expect(action).toContain(
      'Timescale Not in the source (Test fixture: the minutes give no timescale for this action.)',
    );
    expect(pageText('southmoor/plans/improvement-plan/leads')).toContain('Lead not in the source');
    const overview = pageText('southmoor');
    expect(overview).toContain('Ratings the council reported');
    expect(overview).toContain(
      '(the council’s own figures, reported in Test fixture: scrutiny committee minutes, 14 March 2012)',
    );
    expect(pageText('southmoor/plans/improvement-plan/v1/board-pack')).toContain(
      'The inspection the plan answers is not in the sources published here',
    );
  });
});
