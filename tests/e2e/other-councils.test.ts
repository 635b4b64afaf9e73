import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.ts';
import { buildSite } from './build-site.ts';
import { serve } from './server.ts';
import { bundledRoots } from '../bundled-roots.ts';
import { siteDir } from './site.ts';

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
  cpSync(bundledRoots.content, content, { recursive: true });
  cpSync(`${fixture}/content`, content, { recursive: true, filter: (src) => !src.includes('/glossary') });
  cpSync(bundledRoots.data, data, { recursive: true });
  if (existsSync(`${fixture}/data`)) cpSync(`${fixture}/data`, data, { recursive: true });
  together = buildSite(join(work, 'together'), { content, data });
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A page's HTML with each glossary link on first use reduced to the word it marks. */
function withoutAbbreviations(html: string): string {
  return html.replace(/<a href="\/glossary\/#[^"]*" class="app-abbr"><abbr title="[^"]*">([^<]*)<\/abbr><\/a>/g, '$1');
}

/** A built page's main text as read on screen (print-only endnotes left out), tags removed and spaces collapsed. */
function pageText(dist: string, path: string): string {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? html;
  return main
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<span class="app-print-only"[^>]*>[^<]*<\/span>/g, '')
    .replace(/<section class="app-print-only app-endnotes"[\s\S]*?<\/section>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&#x26;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
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
      const pages = councilPages(siteDir, council);
      expect(pages.length).toBeGreaterThan(0);
      expect(councilPages(together, council)).toEqual(pages);
      for (const page of pages) {
        expect(readFileSync(join(together, page), 'utf8'), page).toBe(readFileSync(join(siteDir, page), 'utf8'));
      }
    }
  });

  it('leaves every fixture council page as it is when built alone', () => {
    for (const council of ['westshire', 'eastborough']) {
      const pages = councilPages(alone, council);
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) {
        // The glossary is the site's, not a council's: the fixture brings its own, so a term's
        // first-use <abbr> link may differ; everything a council publishes must not.
        expect(withoutAbbreviations(readFileSync(join(together, page), 'utf8')), page).toBe(
          withoutAbbreviations(readFileSync(join(alone, page), 'utf8')),
        );
      }
    }
  });

  it('says which date each plan is judged as of, and why', () => {
    expect(pageText(together, 'torbay')).toContain(
      "None overdue as of October 2019. Judged as of October 2019, the date of Version 1, this plan's latest version published here.",
    );
    expect(pageText(together, 'eastborough')).toContain(
      "1 action overdue as of November 2023. Judged as of November 2023, the date of Version 1, this plan's latest version published here.",
    );
    expect(pageText(together, 'eastborough/plans/improvement-plan/deadlines')).toContain(
      '1 action overdue as of November 2023',
    );
  });
});

describe('recommendations as the source names them', () => {
  it('speaks of lettered areas for improvement, and how many the sources give', () => {
    const text = pageText(alone, 'westshire/inspections/ofsted-2015');
    expect(text).toContain('Areas for improvement 5 areas for improvement; 4 are in the sources');
    expect(text).toContain('Area for improvement b');
    expect(text).not.toContain('No action answers');
    expect(pageText(alone, 'westshire/inspections/ofsted-2015/recommendations/b')).toMatch(
      // The status line (issue 13) sits between the heading and the report's words.
      /^.*Area for improvement b Status Actions: Not known: no improvement plan answering the .* is published here\. .*Ensure that assessments/,
    );
  });

  it('gives compound ids their own addresses, cited by a plan', () => {
    const text = pageText(alone, 'eastborough/inspections/ilacs-2023/recommendations/2.1');
    expect(text).toContain('Recommendation 2.1');
    expect(text).toContain('1.1.2');
  });
});

describe("the intervention's life, and honest partial sources", () => {
  it('labels lifted and replaced notices as history on the overview, and the direction as where it stands', () => {
    const west = pageText(alone, 'westshire');
    expect(west).toContain('History: Further Improvement Notice, 1 June 2015 : lifted on 7 July 2017.');
    expect(west).toContain('History: Improvement Notice, 3 August 2013 : replaced by a further notice on 1 June 2015.');
    const east = pageText(alone, 'eastborough');
    expect(east).toContain('Notices and directions Statutory Direction, 15 January 2024 : issued on 15 January 2024.');
    expect(east).toContain('History: Improvement Notice, June 2023 : replaced by a direction on 15 January 2024.');
  });

  it("never calls Torbay's 2011 notice current in 2019", () => {
    const torbay = pageText(siteDir, 'torbay');
    expect(torbay).toContain(
      'History: Improvement Notice, 2011 (inferred) : issued in 2011 (inferred); no source published here says whether it was still in force in October 2019.',
    );
  });

  it('shows a partial notice resting on three documents in the source\'s words, with "Not in the source" where it is silent', () => {
    const text = pageText(alone, 'westshire/notices/improvement-notice-2015');
    expect(text).toContain('The sources give only part of this notice: page 1 of 4.');
    expect(text).toContain('Kind Non-statutory improvement notice');
    expect(text).toContain(
      'Poor performance in Not in the source : Test fixture: page 1 of 4 does not name the service.',
    );
    expect(text).toContain('(Scorecard, March 2015, not published on this site)');
    expect(text).toContain('(Diagnostic assessment, not published on this site)');
    expect(text).toContain('Follows Improvement Notice, 3 August 2013');
    expect(text).toContain('Lifted on 7 July 2017 We lifted the improvement notice on 7 July 2017 (test fixture).');
    expect(text).toContain(
      'The Council must work with their partners to take action to: Help and protection reduce re-referrals',
    );
    expect(text).toContain('Adoption reduce the time children wait');
    expect(text).not.toContain('The Council must take action to:');
    expect(text).not.toContain('particular regard to');
    expect(text).not.toContain('sets no review dates');
    expect(text).toContain(
      'How progress will be assessed Not in the source: Test fixture: the reviews are on a later page',
    );
    expect(text).toContain(
      'If the council does not comply Not in the source : Test fixture: the consequence is on a later page',
    );
  });

  it('shows what a direction appoints', () => {
    const text = pageText(alone, 'eastborough/notices/direction-2024');
    expect(text).toContain('Kind Statutory direction');
    expect(text).toContain('Appoints A commissioner: A. Commissioner (test fixture)');
    expect(text).toContain('Replaces Improvement Notice, June 2023');
  });
});

describe('indicators and targets in general form', () => {
  it("shows a plan's own target in a rate per 10,000 children, who set it, its direction and whether it was met", () => {
    const text = pageText(alone, 'eastborough/indicators/children-in-need-rate');
    expect(text).toContain('Unit Rate per 10,000 children aged under 18');
    expect(text).toContain(
      "Eastborough Children's Services Improvement Plan (test fixture), Version 1 (“Reduce the rate of children in need to 480 per 10,000 by the end of September 2023 (rolling year)”)",
    );
    expect(text).toContain(
      '480 per 10,000 children aged under 18 July to September 2023 Rolling : rolling year Lower is better (the source says “Reduce”) 470 per 10,000 children aged under 18 for July to September 2023, rolling . Source: Test fixture: performance scorecard, October 2023 Met : 470 per 10,000 children aged under 18 for July to September 2023 is at or below the target of 480 per 10,000 children aged under 18',
    );
    expect(text).toContain(
      "Not yet known : no figure for March 2024 is published here, and March 2024 may not have ended by November 2023 (Eastborough's as-of date)",
    );
    expect(text).not.toContain('No target');
    expect(text).not.toMatch(/\d%/);
    const html = readFileSync(join(alone, 'eastborough/indicators/children-in-need-rate/index.html'), 'utf8');
    expect(html).toContain('data-axis="Rate per 10,000"');
    expect(html).not.toContain('data-unit="%"');
  });

  it("tables a financial-year figure, and never defaults a target's basis", () => {
    const text = pageText(alone, 'westshire/indicators/re-referrals');
    expect(text).toContain('2013/14 (financial year) 35%');
    expect(text).toContain('Target (basis not stated)');
    expect(text).not.toContain('Target (in-month)');
    expect(text).toContain('28% (“almost 30%”)');
  });

  it('says "lower is better" wherever a notice\'s target is: the notice, and the timeline', () => {
    expect(pageText(alone, 'westshire/notices/improvement-notice-2015')).toContain(
      '30% by September 2016 — lower is better',
    );
    expect(pageText(alone, 'westshire/timeline')).toContain(
      'Target: Re-referrals within 12 months (test fixture) 30% (lower is better)',
    );
  });

  it("links an indicator with no notice target from its council's overview", () => {
    expect(pageText(alone, 'eastborough')).toContain(
      'Indicators Children in need (test fixture) Average days from referral to assessment (test fixture)',
    );
  });
});

describe('source documents (issue 13)', () => {
  it('links a recorded public address from the document page, and says where none is recorded', () => {
    const version = readFileSync(join(alone, 'eastborough/plans/improvement-plan/v1/index.html'), 'utf8');
    const address = 'https://www.example.org/eastborough/improvement-plan-v1.pdf';
    expect(version.replace(/>\s+/g, '>').replace(/\s+</g, '<')).toContain(
      `<a href="${address}" rel="external" class="app-source__address">${address}</a>`,
    );
    expect(version).toContain('<time datetime="2023-11">November 2023</time>');
    expect(pageText(alone, 'eastborough/plans/improvement-plan/v1')).toContain(
      'Publisher Eastborough (a test fixture)',
    );
    expect(pageText(alone, 'westshire/notices/improvement-notice-2015')).toContain(
      'Web address No public web address for it is recorded here',
    );
  });
});

describe('plans of other shapes', () => {
  it('says a plan has no rating column, never "Not yet rated"', () => {
    for (const path of [
      'eastborough',
      'eastborough/plans/improvement-plan',
      'eastborough/plans/improvement-plan/actions/1.1.2',
    ]) {
      const text = pageText(alone, path);
      expect(text, path).not.toContain('Not yet rated');
    }
    expect(pageText(alone, 'eastborough/plans/improvement-plan')).toContain(
      'This version of the plan has no rating column: its actions are not rated.',
    );
    expect(pageText(alone, 'eastborough/plans/improvement-plan/actions/1.1.2')).toContain(
      'Rating No rating column in the plan',
    );
  });

  it('lists an action with several leads under each of them', () => {
    const text = pageText(alone, 'eastborough/plans/improvement-plan/leads');
    expect(text).toMatch(/Head of Service[^]*1\.1\.1[^]*1\.1\.2[^]*Quality Assurance Lead[^]*1\.1\.2/);
  });
});

describe('exact-reference search follows the source and the council named (in Chromium)', () => {
  let server: Server | undefined;
  let close: (() => Promise<void>) | undefined;
  let search: (query: string) => Promise<string>;

  beforeAll(async () => {
    const served = await serve(together);
    server = served.server;
    const browser = await launch();
    const page = await browser.newPage();
    await page.goto(`${served.url}/search/`);
    close = () => browser.close();
    search = async (query: string) => {
      await page.fill('#search-input', query);
      await page.waitForFunction(
        (q) => (document.querySelector('#search-status')?.textContent ?? '').includes(`“${q}”`),
        query,
      );
      return (await page.locator('#search-results h2 a').first().getAttribute('href')) ?? '';
    };
  }, 120_000);
  afterAll(async () => {
    await close?.();
    server?.close();
  });

  it.each([
    ['area b', '/westshire/inspections/ofsted-2015/recommendations/b/'],
    ['Eastborough recommendation 2', '/eastborough/inspections/ilacs-2023/recommendations/2/'],
    ['Torbay recommendation 2', '/torbay/inspections/ofsted-2018/recommendations/2/'],
    ['eastborough rec 2.1', '/eastborough/inspections/ilacs-2023/recommendations/2.1/'],
  ])('"%s" puts %s first', async (query, href) => {
    expect(await search(query)).toBe(href);
  });
});

describe('honest partial sources elsewhere', () => {
  it('says "Not in the source" for an undated inspection and a missing desired outcome, with the notes', () => {
    const inspection = pageText(alone, 'westshire/inspections/ofsted-2013');
    expect(inspection).toContain(
      'Published Not given in the sources (Test fixture: the notice names the report but gives no date for it.)',
    );
    expect(inspection).toContain('Not in the source : Test fixture: the notice does not quote the judgements.');
    const action = pageText(alone, 'eastborough/plans/improvement-plan/actions/1.1.2');
    expect(action).toContain(
      'Desired outcome for children Not in the source : Test fixture: the minutes quote only the actions column of this row.',
    );
  });
});

describe('evidence documents a plan rests on', () => {
  it('names the diagnostic and scorecard beside the inspection', () => {
    const text = pageText(alone, 'eastborough/plans/improvement-plan');
    expect(text).toContain(
      "Also answers: Diagnostic assessment by the DfE's adviser, August 2023 (test fixture) (Diagnostic assessment, August 2023, not published on this site)",
    );
    expect(text).toContain(
      "Also answers: Children's services scorecard, Q2 2023/24 (test fixture) (Scorecard, not published on this site)",
    );
  });
});

describe("Eastborough's overview on a phone (in Chromium)", () => {
  it('names the latest monitoring visit within the first screen at 375 px', async () => {
    const served = await serve(alone);
    const browser = await launch();
    try {
      const context = await browser.newContext({
        viewport: { width: 375, height: 667 },
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      await page.goto(`${served.url}/eastborough/`);
      const sentence = page.locator('.app-in-short li', { hasText: 'monitoring visit' });
      const box = (await sentence.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(667);
    } finally {
      await browser.close();
      served.server.close();
    }
  }, 120_000);
});
