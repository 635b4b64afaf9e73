// Issue 13: every document page of the built site links its source (title, publisher, date, public
// address or that none is recorded here), on screen and on the printed page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { urlOf } from '../../src/lib/publishing/urls.ts';
import { sourceView } from '../../src/lib/views/source.ts';
import { bundledGraph } from '../helpers.ts';
import { launch } from './browser.ts';
import { printPage } from './pdf.ts';

const graph = bundledGraph();
const documents = [
  ...graph.inspections.values(),
  ...graph.monitoringVisits.values(),
  ...graph.notices.values(),
  ...graph.plans.values(),
  ...graph.planVersions.values(),
  ...graph.peerReviews.values(),
  ...graph.statements.values(),
];

/** The text of the page's source block, tags dropped, or undefined when it has none. */
function sourceBlockOf(html: string): string | undefined {
  const match = /<section class="app-source"[^>]*data-source-block[^>]*>([\s\S]*?)<\/section>/.exec(html);
  return match?.[1]!
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('every document page carries its source block', () => {
  it('is on each of the bundled documents, with title, publisher, date and address (or their absence, as a state)', async () => {
    expect(documents.length).toBeGreaterThanOrEqual(13);
    const missing: string[] = [];
    for (const node of documents) {
      const url = urlOf(node);
      const html = await (await fetch(`${inject('baseUrl')}${url}`)).text();
      const block = sourceBlockOf(html);
      if (!block) {
        missing.push(url);
        continue;
      }
      for (const item of sourceView(node)!.items) {
        expect(block, url).toContain(item.title);
        expect(block, url).toContain(`Publisher ${item.publisher}`);
        expect(block, url).toContain(`Date ${item.date}`);
        expect(block, url).toContain(`Web address ${item.address ?? 'No public web address for it is recorded here'}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('is what "About this transcription" points to, and the titles are not listed there again', async () => {
    let pointing = 0;
    for (const node of documents) {
      const url = urlOf(node);
      const html = await (await fetch(`${inject('baseUrl')}${url}`)).text();
      const about = /<summary>About this transcription<\/summary>([\s\S]*?)<\/details>/.exec(html);
      if (!about) continue;
      pointing++;
      const view = sourceView(node)!;
      expect(about[1], url).toContain(`under “${view.heading}” below`);
      expect(html.indexOf('data-source-block'), url).toBeGreaterThan(html.indexOf('About this transcription'));
      for (const item of view.items) expect(about[1], url).not.toContain(item.title);
    }
    expect(pointing).toBeGreaterThanOrEqual(10);
  });

  it('is not on pages that are not documents (the register, an action)', async () => {
    for (const url of ['/', '/torbay/plans/improvement-plan/actions/1.1.1/', '/glossary/']) {
      const html = await (await fetch(`${inject('baseUrl')}${url}`)).text();
      expect(sourceBlockOf(html), url).toBeUndefined();
    }
  });
});

describe('the source is on the printed page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('prints the notice with its source block and the source at the foot of every sheet', async () => {
    const printed = await printPage(browser, `${inject('baseUrl')}/torbay/notices/improvement-notice-2011/`);
    const all = printed.text.join('\n').replace(/\s+/g, ' ');
    expect(all).toContain('Source document');
    expect(all).toContain('Publisher Not in the source');
    expect(all).toContain('No public web address for it is recorded here');
    for (const sheet of printed.text)
      expect(sheet.replace(/\s+/g, ' ')).toContain('Source: Improvement Notice to Torbay Council, 2011');
  });
});
