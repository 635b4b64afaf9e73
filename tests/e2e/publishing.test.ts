import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.ts';
import { buildSite } from './build-site.ts';
import { serve } from './server.ts';
import { templateText } from '../../src/schemas/statement.ts';
import { bundledRoots } from '../bundled-roots.ts';

// The comms team's month: a new statement and a new plan version made with the project's own commands,
// in a copy of the content, built into its own folder.
let work: string;
let server: Server;
let baseUrl: string;
let browser: Browser;
const node = 'node_modules/.bin/node';

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'publishing-site-'));
  const content = join(work, 'content');
  cpSync(bundledRoots.content, content, { recursive: true });
  cpSync(bundledRoots.data, join(work, 'data'), { recursive: true });
  const env = { ...process.env, CONTENT_DIR: content, DATA_DIR: join(work, 'data') };
  execFileSync(
    node,
    ['scripts/new.ts', 'statement', 'torbay', 'Improvement board welcomes new chair', '--date', '2019-11-20'],
    { env, stdio: 'pipe' },
  );
  const statement = join(content, 'statements/torbay/improvement-board-welcomes-new-chair-2019-11-20.mdx');
  // The author replaces every example text (the check refuses them left in).
  writeFileSync(
    statement,
    readFileSync(statement, 'utf8')
      .replace(
        templateText.body,
        'The improvement board met its new independent chair, who will review supervision arrangements.',
      )
      .replace(templateText.summary, 'The improvement board has a new independent chair.')
      .replace(templateText.keyAction, 'The chair will review supervision arrangements.')
      .replace(templateText.question, 'When does the chair start?')
      .replace(templateText.answer, 'In December 2019.'),
  );
  execFileSync(node, ['scripts/new.ts', 'plan-version', 'torbay/improvement-plan', '--published', '2019-12'], {
    env,
    stdio: 'pipe',
  });
  ({ url: baseUrl, server } = await serve(buildSite(work, { content, data: join(work, 'data') })));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a statement and a plan version made with npm run new', () => {
  it('appear on the built site', async () => {
    const page = await browser.newPage();
    const statement = await page.goto(`${baseUrl}/torbay/statements/improvement-board-welcomes-new-chair-2019-11-20/`);
    expect(statement?.status()).toBe(200);
    expect(await page.locator('main').innerText()).toContain('who will review supervision arrangements');
    // Issue 12, finding 8: a statement written for the site is not presented as a transcription.
    expect(await page.locator('main').innerText()).toContain('About this statement');
    expect(await page.locator('main').innerText()).not.toContain('About this transcription');
    expect(await page.locator('footer').innerText()).toContain('This page was written for this site');
    expect(await page.locator('footer').innerText()).not.toContain('nothing is added');
    await page.goto(`${baseUrl}/torbay/plans/improvement-plan/`);
    expect(await page.locator('.app-lead').innerText()).toContain(
      'Version 2, dated December 2019. This is the latest version published here.',
    );
    const changes = await page.goto(`${baseUrl}/torbay/plans/improvement-plan/v2/changes/`);
    expect(changes?.status()).toBe(200);
  });

  it('appear in search', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('new chair')}`);
    await page.waitForFunction(() => /results? for/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.locator('#search-results h2 a').first().getAttribute('href')).toBe(
      '/torbay/statements/improvement-board-welcomes-new-chair-2019-11-20/',
    );
    await page.fill('#search-input', 'Version 2');
    await page.waitForFunction(() =>
      (document.querySelector('#search-status')?.textContent ?? '').includes('Version 2'),
    );
    expect(await page.locator('#search-results h2 a').allTextContents()).toContain(
      "Torbay Children's Services Improvement Plan, Version 2",
    );
  });

  it('appear in the feeds, which parse as Atom', async () => {
    const page = await browser.newPage();
    for (const path of ['/feed.xml', '/torbay/feed.xml']) {
      const xml = readFileSync(join(work, 'dist', path), 'utf8');
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const entries = [...doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry')];
        return {
          error: doc.getElementsByTagName('parsererror').length,
          root: doc.documentElement.namespaceURI,
          updated: doc.documentElement.getElementsByTagName('updated')[0]?.textContent,
          titles: entries.map((e) => e.getElementsByTagName('title')[0]?.textContent),
          links: entries.map((e) => e.getElementsByTagName('link')[0]?.getAttribute('href')),
        };
      }, xml);
      expect(parsed.error).toBe(0);
      expect(parsed.root).toBe('http://www.w3.org/2005/Atom');
      expect(parsed.titles[0]).toBe("Torbay Children's Services Improvement Plan, Version 2");
      expect(parsed.titles[1]).toBe('Improvement board welcomes new chair');
      expect(parsed.updated).toBe('2019-12-01T00:00:00.000Z');
      expect(parsed.links[1]).toMatch(/\/torbay\/statements\/improvement-board-welcomes-new-chair-2019-11-20\/$/);
      expect(parsed.titles).toContain(
        'Joint Statement - Announced Inspection of Safeguarding and Looked after Children Services',
      );
    }
  });

  it("appear in the plan's own feed, each version with what it changed", async () => {
    const page = await browser.newPage();
    const xml = readFileSync(join(work, 'dist/torbay/plans/improvement-plan/feed.xml'), 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const entries = [...doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry')];
      return {
        error: doc.getElementsByTagName('parsererror').length,
        titles: entries.map((e) => e.getElementsByTagName('title')[0]?.textContent),
        summaries: entries.map((e) => e.getElementsByTagName('summary')[0]?.textContent),
      };
    }, xml);
    expect(parsed.error).toBe(0);
    expect(parsed.titles).toEqual([
      "Torbay Children's Services Improvement Plan, Version 2",
      "Torbay Children's Services Improvement Plan, Version 1",
    ]);
    expect(parsed.summaries[0]).toMatch(
      /^Version 2 of Torbay Children's Services Improvement Plan, dated December 2019, with 36 actions in 4 themes\. Since Version 1: /,
    );
    expect(parsed.summaries[1]).toContain('the first version of the plan published here');
  });

  it('appear on the timeline', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/torbay/timeline/`);
    const timeline = await page.locator('main').innerText();
    expect(timeline).toContain('Improvement board welcomes new chair');
    expect(timeline).toContain("Torbay Children's Services Improvement Plan, Version 2 published");
  });
});
