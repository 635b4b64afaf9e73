import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from './build-site.ts';

// Other councils' shapes of document (tests/fixtures/other-councils: test fixtures, never bundled),
// built into temporary folders: alone, and together with the bundled Torbay and Worcestershire content.
const fixture = 'tests/fixtures/other-councils';
let work: string;
let alone: string;
let together: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'other-councils-'));
  alone = buildSite(join(work, 'alone'), { content: `${fixture}/content`, data: `${fixture}/data` });
  const content = join(work, 'together-content');
  const data = join(work, 'together-data');
  cpSync('src/content', content, { recursive: true });
  cpSync(`${fixture}/content`, content, { recursive: true, filter: (src) => !src.includes('/glossary') });
  cpSync('data', data, { recursive: true });
  if (existsSync(`${fixture}/data`)) cpSync(`${fixture}/data`, data, { recursive: true });
  together = buildSite(join(work, 'together'), { content, data });
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A built page's main text, tags removed and spaces collapsed. */
function pageText(dist: string, path: string): string {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? html;
  return main
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every HTML file under a council's folder, relative to the site root. */
function councilPages(dist: string, council: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) out.push(relative(dist, path));
    }
  };
  walk(join(dist, council));
  return out.sort();
}

describe('two councils of different decades, built together', () => {
  it('leaves every bundled Torbay and Worcestershire page byte-identical to the bundled build', () => {
    for (const council of ['torbay', 'worcestershire']) {
      const pages = councilPages('dist', council);
      expect(pages.length).toBeGreaterThan(0);
      expect(councilPages(together, council)).toEqual(pages);
      for (const page of pages) {
        expect(readFileSync(join(together, page), 'utf8'), page).toBe(readFileSync(join('dist', page), 'utf8'));
      }
    }
  });

  it('leaves every fixture council page as it is when built alone', () => {
    for (const council of ['westshire', 'eastborough']) {
      const pages = councilPages(alone, council);
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) {
        expect(readFileSync(join(together, page), 'utf8'), page).toBe(readFileSync(join(alone, page), 'utf8'));
      }
    }
  });

  it('says which date each plan is judged as of, and why', () => {
    expect(pageText(together, 'torbay')).toContain("None overdue as of October 2019. Judged as of October 2019, the date of Version 1, this plan's latest version published here.");
    expect(pageText(together, 'eastborough')).toContain("1 action overdue as of November 2023. Judged as of November 2023, the date of Version 1, this plan's latest version published here.");
    expect(pageText(together, 'eastborough/plans/improvement-plan/deadlines')).toContain('1 action overdue as of November 2023');
  });
});

describe('recommendations as the source names them', () => {
  it('speaks of lettered areas for improvement, and how many the sources give', () => {
    const text = pageText(alone, 'westshire/inspections/ofsted-2015');
    expect(text).toContain('Areas for improvement 5 areas for improvement; 4 are in the sources');
    expect(text).toContain('Area for improvement b');
    expect(text).not.toContain('No action answers');
    expect(pageText(alone, 'westshire/inspections/ofsted-2015/recommendations/b')).toMatch(/^.*Area for improvement b Ensure that assessments/);
  });

  it('gives compound ids their own addresses, cited by a plan', () => {
    const text = pageText(alone, 'eastborough/inspections/ilacs-2023/recommendations/2.1');
    expect(text).toContain('Recommendation 2.1');
    expect(text).toContain('1.1.2');
  });
});
