// The editor, driven as a comms officer and a performance officer would: `npm run edit` on a copy
// of the content (never the repository's own), forms filled in Chromium, the real pages previewed,
// then the check and a build publish what was saved. One editor and one build serve every test.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { diffLines } from 'diff';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.ts';
import { startEditor, type EditorProcess } from './editor-process.ts';
import { buildSite } from './build-site.ts';
import { serve } from './server.ts';
import { bundledRoots } from '../bundled-roots.ts';

const node = 'node_modules/.bin/node';
// Keystatic edits folders inside the project only, and skips what .gitignore ignores, so the copy
// is a hidden folder at the project's root, removed when the tests end.
const work = mkdtempSync('.editor-test-');
const roots = { content: join(work, 'content'), data: join(work, 'data') };
// Its own content and dependency cache, so the project's are never touched by the test's content.
// Without vitest's own variables (NODE_ENV=test, VITEST…), which change how Astro's dev server runs.
const inherited = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST') && key !== 'TEST'),
);
const env = {
  ...inherited,
  CONTENT_DIR: roots.content,
  DATA_DIR: roots.data,
  CACHE_DIR: join(work, 'dev-cache'),
  BUILD_TIME: '2026-11-24T12:00:00Z',
};
const slug = 'improvement-board-welcomes-new-chair-2019-11-20';
const brokenVisit = join(roots.content, 'monitoring-visits/torbay/april-2019.json');
const unlistedNotice = join(roots.content, 'notices/worcestershire/improvement-notice-2011.json');
let brokenVisitText = '';
/** Version 1's actions as its page shows them before Version 2 is started. */
let v1Actions = '';
const title = 'Improvement board welcomes new chair';
let editor: EditorProcess | undefined;
let editorUrl = '';
let browser: Browser;
let page: Page;
let site: { url: string; server: Server } | undefined;

/** Requests the editor's pages make to any other host. */
const external: string[] = [];
/**
 * Every answer of the editor's server with status 500 or more, to any page the tests open on it
 * (except the dev server's own 504 for a dependency bundle it has just rebuilt: the page reloads).
 */
const serverErrors: string[] = [];
/** A page whose answers from the editor's server are watched for errors. */
function watched(p: Page): Page {
  p.on('response', (response) => {
    const rebuilt = response.status() === 504 && response.url().includes('/node_modules/.vite/');
    if (response.status() >= 500 && !rebuilt && response.url().startsWith(new URL(editorUrl).origin))
      serverErrors.push(`${response.status()} ${response.url()}`);
  });
  return p;
}

/** Waits until `n` dialogs are open (Keystatic animates them closed). */
async function dialogs(n: number) {
  await expect.poll(() => page.getByRole('dialog').count(), { timeout: 10_000 }).toBe(n);
}

/** Opens theme 1, objective 1.1 and action 1.1.1 of the plan form on screen: the action's dialog. */
async function openAction111() {
  await page.getByText('1 Leadership Management and Governance').click();
  await dialogs(1);
  await page
    .getByRole('dialog')
    .getByText(/^1\.1$/)
    .first()
    .click();
  await dialogs(2);
  await page
    .getByRole('dialog')
    .last()
    .getByText(/^1\.1\.1/)
    .first()
    .click();
  await dialogs(3);
  return page.getByRole('dialog').last();
}

/** Closes the `open` dialogs with their "Done", the innermost first. */
async function closeDialogs(open: number) {
  for (; open > 0; open--) {
    await page.getByRole('dialog').last().getByRole('button', { name: 'Done' }).click();
    await dialogs(open - 1);
  }
}

/** Adds one item to an array field: opens its "Add item" dialog, fills it, confirms. */
async function addItem(
  scope: ReturnType<Page['locator']> | Page,
  group: string,
  fill: (dialog: ReturnType<Page['locator']>) => Promise<void>,
) {
  const open = await page.getByRole('dialog').count();
  await scope
    .getByRole('group', { name: group })
    .first()
    .getByRole('button', { name: 'Add', exact: true })
    .first()
    .click();
  await dialogs(open + 1);
  const dialog = page.getByRole('dialog').last();
  await fill(dialog);
  await dialog.getByRole('button', { name: 'Add', exact: true }).last().click();
  await dialogs(open);
}

beforeAll(async () => {
  cpSync(bundledRoots.content, roots.content, { recursive: true });
  cpSync(bundledRoots.data, roots.data, { recursive: true });
  brokenVisitText = readFileSync(brokenVisit, 'utf8');
  // A draft and an embargoed statement: neither is in the repository's content. (The plan's second
  // version is started in the editor, below.)
  const statement = (name: string, extra: string, text = `Zanzibarquartz ${name} text.`) =>
    writeFileSync(
      join(roots.content, `statements/torbay/${name}.mdx`),
      `---
title: "Hidden ${name} statement"
date: "2019-11-21"
kind: "statement"
summary: "Not for publication yet: ${name}."
signatories: ["Torbay Council"]
sources: [{ title: "Press office" }]
${extra}
---

${text}
`,
    );
  statement('draft', 'draft: true');
  statement('embargoed', 'publishAt: "2030-01-01 09:00"');
  // What used to lock an officer out: a statement citing a visit that is not on the site (the old
  // free-text "About" accepted it), and a content file broken by hand (a trailing comma). The
  // editor must start and open anyway.
  statement('cites-missing-visit', 'about: ["monitoring-visits/november-2026"]', 'The board will meet the inspectors.');
  writeFileSync(brokenVisit, readFileSync(brokenVisit, 'utf8').replace(/("title": "[^"]*"),/, '$1,,'));
  // A choice its list does not offer (a hand edit naming an inspection that is not on the site):
  // Keystatic's own select would refuse to open the notice's form at all.
  writeFileSync(unlistedNotice, readFileSync(unlistedNotice, 'utf8').replace('"ofsted-2010"', '"ofsted-2009"'));

  editor = await startEditor(env);
  editorUrl = editor.url;
  browser = await launch();
  page = watched(await browser.newPage({ viewport: { width: 1280, height: 900 } }));
  // A request to another host counts unless the page's policy stopped it before it left.
  const elsewhere = (url: string) => !url.startsWith(new URL(editorUrl).origin) && !url.startsWith('data:');
  page.on('requestfinished', (request) => {
    if (elsewhere(request.url())) external.push(request.url());
  });
  page.on('requestfailed', (request) => {
    if (elsewhere(request.url()) && !/BLOCKED_BY_CSP|^csp$/.test(request.failure()?.errorText ?? ''))
      external.push(`${request.url()} (${request.failure()?.errorText})`);
  });
  // The first visit bundles the editor's dependencies: slow on a busy machine, once.
  await page.goto(editorUrl, { timeout: 180_000 });
  await page
    .getByRole('link', { name: 'Statements' })
    .first()
    .waitFor({ timeout: 180_000 })
    .catch(async (error) => {
      throw new Error(
        `The editor did not show its dashboard: ${(await page.locator('body').innerText()).slice(0, 500)}\n${editor!.output()}\n${error}`,
      );
    });
}, 420_000);

// A failing step leaves a screenshot of the editor in .scratch/ to see what the officer would see.
afterEach(async (context) => {
  mkdirSync('.scratch', { recursive: true });
  if (context.task.result?.state === 'fail')
    await page?.screenshot({
      path: `.scratch/editor-failure-${context.task.name.slice(0, 20).replace(/\W+/g, '-')}.png`,
    });
});

afterAll(async () => {
  await browser?.close();
  site?.server.close();
  editor?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('the editor (npm run edit)', () => {
  it('prints its address and serves the editor on a free port, asking no other host for anything', () => {
    expect(editorUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/keystatic$/);
    expect(external).toEqual([]);
  });

  it('is never locked out: a broken file and a missing document give a plain page linking to the forms', async () => {
    // The editor started (beforeAll) with both problems present, and its own pages answer.
    const editorPage = await fetch(editorUrl);
    expect(editorPage.status).toBe(200);
    // Every preview is the plain problem page: never a 500 or a developer overlay.
    const preview = watched(await browser.newPage());
    const response = await preview.goto(new URL('/torbay/', editorUrl).href);
    expect(response!.status()).not.toBe(500);
    expect(await preview.locator('h1').innerText()).toBe('This change cannot be published yet');
    const text = await preview.locator('main').innerText();
    expect(text).toContain('monitoring-visits/torbay/april-2019.json: is not valid JSON');
    expect(text).toMatch(/cites-missing-visit\.mdx.*november-2026/);
    expect(await preview.locator('vite-error-overlay').count()).toBe(0);
    // Each problem links to the form that fixes it: the statement's form opens, with the missing
    // visit shown as such in its picker, and unticking it fixes the statement.
    await preview.getByRole('listitem').filter({ hasText: 'cites-missing-visit' }).getByRole('link').click();
    await preview.waitForURL('**/keystatic/collection/statements_torbay/item/cites-missing-visit');
    const missing = preview.getByRole('checkbox', { name: /november-2026: not on the site/ });
    await missing.waitFor({ timeout: 120_000 });
    expect(await missing.isChecked()).toBe(true);
    await missing.click();
    await preview.getByRole('button', { name: 'Save' }).click();
    const file = join(roots.content, 'statements/torbay/cites-missing-visit.mdx');
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 10_000 }).not.toContain('november-2026');
    // The notice naming an inspection its list does not offer opens too, saying so under the field;
    // picking the inspection from the list mends it.
    await preview.goto(new URL('/torbay/', editorUrl).href);
    await preview.getByRole('listitem').filter({ hasText: 'improvement-notice-2011' }).getByRole('link').click();
    await preview.waitForURL('**/keystatic/singleton/notice_worcestershire_improvement_notice_2011');
    await preview
      .getByText('This file says "ofsted-2009", which is not one of the choices.')
      .waitFor({ timeout: 120_000 });
    // A screen reader hears the warning with the field: it is the picker's description.
    const described = await preview
      .getByRole('button', { name: /The inspection it rests on/ })
      .first()
      .evaluate((el) =>
        (el.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
    expect(described).toContain('This file says "ofsted-2009", which is not one of the choices.');
    await preview
      .getByRole('button', { name: /The inspection it rests on/ })
      .first()
      .click();
    await preview
      .getByRole('option', { name: "Inspection of safeguarding and looked after children's services" })
      .click();
    expect(await preview.getByText('which is not one of the choices').count()).toBe(0);
    await preview.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => readFileSync(unlistedNotice, 'utf8'), { timeout: 10_000 })
      .toContain('"inspection": "ofsted-2010"');
    // The broken file is mended outside the editor (the editor cannot read JSON that does not parse);
    // then the previews are pages again.
    writeFileSync(brokenVisit, brokenVisitText);
    await expect
      .poll(
        async () => {
          await preview.goto(new URL('/torbay/', editorUrl).href);
          return preview.locator('h1').innerText();
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .not.toBe('This change cannot be published yet');
    await preview.close();
  }, 240_000);

  it("opens on an officer's own statement: focus on the headline, today's date in the address", async () => {
    await page.goto(`${editorUrl}/collection/statements_torbay/create`);
    const headline = page.getByRole('textbox', { name: 'Headline' });
    await headline.waitFor();
    await expect.poll(() => headline.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Board meets');
    const date = await page.getByLabel('Date of publication').inputValue();
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.getByRole('textbox', { name: 'Web address (file name)' }).inputValue()).toBe(
      `board-meets-${date}`,
    );
    expect(await page.getByRole('button', { name: /Kind of statement/ }).innerText()).toContain('Statement');
    expect(await page.getByRole('button', { name: /Who wrote it/ }).innerText()).toContain('Written for this site');
    // Labels and help are an officer's words, never the file's keys or types.
    const words = await page.locator('main').innerText();
    expect(words).not.toMatch(/Saved as|KeyAction|notInSource|\bnull\b/);
  }, 120_000);

  it('adds a monitoring visit in the editor, and a statement picks it', async () => {
    await page.goto(`${editorUrl}/collection/visits_torbay/create`);
    await page.getByRole('textbox', { name: 'Title of the visit' }).fill('Monitoring visit, November 2026');
    expect(await page.getByRole('textbox', { name: 'Web address (file name)' }).inputValue()).toBe('november-2026');
    await page.getByRole('textbox', { name: 'When the visit took place' }).fill('2026-11');
    await addItem(page, 'Findings as the sources report them', (d) =>
      d.getByRole('textbox').fill('Leaders have a clear understanding of the quality of practice.'),
    );
    // What the finding concerns is ticked from the recommendations of the inspection the visits follow.
    await addItem(page, 'What findings speak to, where the letter itself names it', async (d) => {
      await d
        .getByRole('textbox', { name: 'The finding, word for word as it appears in findings' })
        .fill('Leaders have a clear understanding of the quality of practice.');
      await d.getByRole('checkbox', { name: /^4: Senior managers and leaders/ }).click();
      await d.getByRole('textbox', { name: "The letter's exact words that make the link" }).fill('Recommendation 4');
    });
    await addItem(page, 'Where this was transcribed from', (d) =>
      d.getByRole('textbox', { name: 'Title of the source document' }).fill('Monitoring visit letter, November 2026'),
    );
    await page.getByRole('button', { name: 'Create' }).click();
    const file = join(roots.content, 'monitoring-visits/torbay/november-2026.json');
    // Keystatic writes in place: wait for the whole file.
    await expect
      .poll(() => (existsSync(file) ? readFileSync(file, 'utf8') : ''), { timeout: 10_000 })
      .toMatch(/\}\s*$/);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved).toMatchObject({ title: 'Monitoring visit, November 2026', visited: '2026-11' });
    expect(saved.ties).toEqual([
      {
        finding: 'Leaders have a clear understanding of the quality of practice.',
        recommendations: ['4'],
        words: 'Recommendation 4',
      },
    ]);
    // Nothing written for fields left empty.
    expect(Object.keys(saved)).not.toContain('citedAs');
    // The editor reloads its pickers; a statement can now speak about the visit.
    await page.waitForTimeout(5_000);
    await page.goto(`${editorUrl}/collection/statements_torbay/item/cites-missing-visit`, { timeout: 180_000 });
    const visit = page.getByRole('checkbox', { name: 'Monitoring visit, November 2026' });
    await visit.waitFor({ timeout: 60_000 });
    await visit.click();
    await page.getByRole('button', { name: 'Save' }).click();
    const statementFile = join(roots.content, 'statements/torbay/cites-missing-visit.mdx');
    await expect
      .poll(() => readFileSync(statementFile, 'utf8'), { timeout: 10_000 })
      .toContain('monitoring-visits/november-2026');
  }, 360_000);

  it('refuses a save the check would refuse, in its words, writing nothing', async () => {
    const file = join(roots.content, 'statements/torbay/cites-missing-visit.mdx');
    const before = readFileSync(file, 'utf8');
    const response = await fetch(new URL('/api/keystatic/update', editorUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'no-cors': '1' },
      body: JSON.stringify({
        additions: [
          {
            path: `${roots.content}/statements/torbay/cites-missing-visit.mdx`,
            contents: Buffer.from(before.replace('november-2026', 'december-2031')).toString('base64url'),
          },
        ],
        deletions: [],
      }),
    });
    expect(response.status).toBe(422);
    expect(await response.text()).toMatch(/This cannot be saved yet[\s\S]*december-2031/);
    expect(readFileSync(file, 'utf8')).toBe(before);
    // A save another site's page could send (no editor header, a form's content type) is refused
    // before anything is read or written, even one the check would accept.
    const forgeries: Record<string, string>[] = [
      { 'content-type': 'application/json' },
      { 'content-type': 'text/plain', 'no-cors': '1' },
    ];
    for (const headers of forgeries) {
      const forged = await fetch(new URL('/api/keystatic/update', editorUrl), {
        method: 'POST',
        headers,
        body: JSON.stringify({
          additions: [
            {
              path: `${roots.content}/statements/torbay/cites-missing-visit.mdx`,
              contents: Buffer.from(before.replace('The board will meet', 'Forged: the board will meet')).toString(
                'base64url',
              ),
            },
          ],
          deletions: [],
        }),
      });
      // 400 from Keystatic's guard, or 403 from Astro's own check of a cross-site form's post.
      expect([400, 403]).toContain(forged.status);
      expect(readFileSync(file, 'utf8')).toBe(before);
    }
  });

  it('creates a statement through the form, previews it and saves it', async () => {
    await page.goto(`${editorUrl}/collection/statements_torbay/create`);
    await page.getByRole('textbox', { name: 'Headline' }).fill(title);
    await page.getByRole('textbox', { name: 'Web address (file name)' }).fill(slug);
    await page.getByLabel('Date of publication').fill('2019-11-20');
    await page.getByRole('button', { name: /Kind of statement/ }).click();
    await page.getByRole('option', { name: 'Press release' }).click();
    await page
      .getByRole('textbox', { name: 'One or two sentences for listings and previews' })
      .fill('The improvement board has a new independent chair, who starts in December.');
    await addItem(page, 'Signatory organisations', (d) => d.getByRole('textbox').fill('Torbay Council'));
    await addItem(page, 'Key actions taken', (d) =>
      d.getByRole('textbox', { name: 'The key action' }).fill('The board will meet monthly from December.'),
    );
    await addItem(page, 'Questions and answers', async (d) => {
      await d.getByRole('textbox', { name: 'The question' }).fill('Who is the new chair?');
      await addItem(d, 'The answer, one string per paragraph', (a) =>
        a.getByRole('textbox').fill('An independent chair appointed with the Department for Education.'),
      );
    });
    const body = page.locator('[contenteditable="true"]').last();
    await body.click();
    await page.keyboard.type('The council welcomes the chair. Quixoticplume is the word to search for.');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.waitForURL(`**/collection/statements_torbay/item/${slug}`, { timeout: 30_000 });
    const file = join(roots.content, `statements/torbay/${slug}.mdx`);
    await expect.poll(() => existsSync(file), { timeout: 10_000 }).toBe(true);
    const written = readFileSync(file, 'utf8');
    expect(written).toContain('Quixoticplume');
    // An officer's own statement: written for this site, its source the council and the date.
    expect(written).toMatch(/^origin: original$/m);
    expect(written).toContain('title: Torbay Council, 2019-11-20');
    // No empty lists written for what the officer left out.
    expect(written).not.toMatch(/^(about|notes): \[\]/m);

    // Preview: the editor links to the real page, rendered by the same server from the saved file.
    // (The dev server reloads the editor once its content layer has read the new file: slow on a busy machine.)
    const preview = page.locator(`a[href="/torbay/statements/${slug}/"]`);
    await preview.waitFor({ timeout: 120_000 });
    const previewPage = watched(await browser.newPage());
    // The dev server's file watcher reloads the content a moment after the save; the officer reloads.
    await expect
      .poll(
        async () => {
          await previewPage.goto(new URL(`/torbay/statements/${slug}/`, editorUrl).href);
          return previewPage.locator('h1').innerText();
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toContain(title);
    expect(await previewPage.locator('main').innerText()).toContain('Quixoticplume');
    expect(await previewPage.locator('main').innerText()).toContain('Who is the new chair?');
    // Drafts are previewed too, marked as not published.
    await previewPage.goto(new URL('/torbay/statements/draft/', editorUrl).href);
    expect(await previewPage.locator('main').innerText()).toContain('Preview: not yet published');
    await previewPage.close();
  }, 300_000);

  it('starts Version 2 from Version 1 (its date required) and opens it; Version 1 stays as it was', async () => {
    const v1Files = ['v1.json', 'v1.mdx'].map((f) => join(roots.content, 'plan-versions/torbay/improvement-plan', f));
    const v1Before = v1Files.map((f) => readFileSync(f, 'utf8'));
    // Another site's page cannot start one: a form's plain-text body, or another origin, is refused.
    const forgeries: Record<string, string>[] = [
      { 'content-type': 'text/plain' },
      { 'content-type': 'application/json', origin: 'https://example.org' },
    ];
    for (const headers of forgeries) {
      const forged = await fetch(new URL('/api/editor/plan-version', editorUrl), {
        method: 'POST',
        headers,
        body: JSON.stringify({ plan: 'torbay/improvement-plan', published: '2019-12' }),
      });
      expect(forged.status).toBe(403);
    }
    expect(existsSync(join(roots.content, 'plan-versions/torbay/improvement-plan/v2.json'))).toBe(false);
    const v1Page = new URL('/torbay/plans/improvement-plan/v1/', editorUrl).href;
    const preview = watched(await browser.newPage());
    await preview.goto(v1Page);
    v1Actions = await preview.locator('#actions').innerText();
    await page.goto(`${editorUrl}/singleton/plan_torbay_improvement_plan_v1_actions`);
    // The form says where the version stands: a copy of the published plan, changed only by a correction.
    await page.getByText('Version 1 is published').first().waitFor({ timeout: 120_000 });
    const start = page.getByRole('button', { name: 'Start Version 2 from Version 1' });
    // Its date is required: the editor says so, and starts nothing.
    await start.click();
    await page.getByRole('alert').filter({ hasText: "Give Version 2's own date first" }).waitFor();
    expect(existsSync(join(roots.content, 'plan-versions/torbay/improvement-plan/v2.json'))).toBe(false);
    await page.getByRole('textbox', { name: 'Date of Version 2' }).click();
    await page.keyboard.type('2019-12');
    await start.click();
    // The new version opens in the editor, open for updates.
    await page.waitForURL('**/singleton/plan_torbay_improvement_plan_v2_actions', { timeout: 60_000 });
    await page.getByText('Version 2 is the newest version').first().waitFor({ timeout: 120_000 });
    const mdx = readFileSync(join(roots.content, 'plan-versions/torbay/improvement-plan/v2.mdx'), 'utf8');
    expect(mdx).toMatch(/"label": "Version 2"/);
    expect(mdx).toMatch(/"published": "2019-12"/);
    expect(mdx).toMatch(/"origin": "original"/);
    // The same table as Version 1, to update; Version 1's files are untouched.
    expect(readFileSync(join(roots.content, 'plan-versions/torbay/improvement-plan/v2.json'), 'utf8')).toBe(
      v1Before[0],
    );
    expect(v1Files.map((f) => readFileSync(f, 'utf8'))).toEqual(v1Before);
    // Version 1's form now says Version 2 is the newest, and links to it.
    await page.goto(`${editorUrl}/singleton/plan_torbay_improvement_plan_v1_details`);
    await page.getByRole('link', { name: 'Open Version 2' }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('button', { name: /^Start Version/ }).count()).toBe(0);
    await preview.close();
  }, 360_000);

  it("changes an action's rating and evidence, and the preview of the changes page shows it", async () => {
    await page.goto(`${editorUrl}/singleton/plan_torbay_improvement_plan_v2_actions`);
    const action = await openAction111();
    // The dialog opens on the rating, what an officer updates, not on the action's reference number.
    await expect
      .poll(() => action.evaluate((d) => d.querySelector('button, input')?.textContent ?? ''))
      .toMatch(/Not yet rated|Red|Amber|Green/);
    await action
      .getByRole('button', { name: /Rating/ })
      .first()
      .click();
    await page.getByRole('option', { name: 'Amber' }).click();
    await addItem(action, 'Evidence of progress', (d) =>
      d.getByRole('textbox').fill('Service plans agreed by the Improvement Board in November 2019.'),
    );
    await closeDialogs(3);
    const file = join(roots.content, 'plan-versions/torbay/improvement-plan/v2.json');
    const before = readFileSync(file, 'utf8');
    const inode = statSync(file).ino;
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => readFileSync(file, 'utf8'), { timeout: 10_000 })
      .toContain('Service plans agreed by the Improvement Board');
    // Written whole under a temporary name and renamed into place (a new file), never rewritten in
    // place, where the preview could read it half-written; nothing temporary is left beside it.
    expect(statSync(file).ino).not.toBe(inode);
    expect(readdirSync(join(roots.content, 'plan-versions/torbay/improvement-plan')).sort()).toEqual([
      'v1.json',
      'v1.mdx',
      'v2.json',
      'v2.mdx',
    ]);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.themes[0].objectives[0].actions[0]).toMatchObject({
      ref: '1.1.1',
      rag: 'amber',
      evidence: ['Service plans agreed by the Improvement Board in November 2019.'],
    });
    // A quiet save: the only lines changed are the two fields the officer edited.
    const lines = (added: boolean) =>
      diffLines(before, readFileSync(file, 'utf8'))
        .filter((part) => (added ? part.added : part.removed))
        .flatMap((part) => part.value.split('\n').map((line) => line.trim()))
        .filter(Boolean)
        .sort();
    expect(lines(false)).toEqual(['"evidence": [],', '"rag": null,']);
    expect(lines(true)).toEqual(
      [
        '"evidence": [',
        '"rag": "amber",',
        '"Service plans agreed by the Improvement Board in November 2019."',
        '],',
      ].sort(),
    );

    // The dev server picks the saved file up within moments; the officer reloads the preview.
    const preview = watched(await browser.newPage());
    const changes = new URL('/torbay/plans/improvement-plan/v2/changes/', editorUrl).href;
    await expect
      .poll(
        async () => {
          await preview.goto(changes);
          return preview.locator('main').innerText();
        },
        { timeout: 90_000, interval: 1_000 },
      )
      .toContain('Service plans agreed by the Improvement Board in November 2019.');
    const text = await preview.locator('main').innerText();
    expect(text).toContain('1.1.1');
    expect(text).toMatch(/Amber/);
    expect(text).toContain('Service plans agreed by the Improvement Board in November 2019.');
    // Version 2's own page shows the rating; Version 1's actions read exactly as before.
    await preview.goto(new URL('/torbay/plans/improvement-plan/v2/', editorUrl).href);
    expect(await preview.locator('#actions').innerText()).toMatch(
      /Action 1\.1\.1\n[\s\S]*?Rating:\s*Amber\nAction 1\.1\.2/,
    );
    expect(v1Actions).toMatch(/Action 1\.1\.1\n[\s\S]*?Rating:\s*Not yet rated\nAction 1\.1\.2/);
    await preview.goto(new URL('/torbay/plans/improvement-plan/v1/', editorUrl).href);
    // (Only "Overdue" marks may differ: they are judged as of the plan's latest version's date,
    // which is now Version 2's, the plan's own time; what Version 1 says is unchanged.)
    const unmarked = (text: string) => text.replace(/\s*Overdue$/gm, '');
    const v1After = await preview.locator('#actions').innerText();
    expect(unmarked(v1After)).toBe(unmarked(v1Actions));
    expect(await preview.locator('main').innerText()).toContain('A newer version exists: Version 2');
    await preview.close();
  }, 180_000);

  it('then the check passes and a build publishes the statement, leaving drafts and embargoes out', async () => {
    const check = execFileSync(node, ['scripts/check.ts'], { env, encoding: 'utf8' });
    expect(check).toContain('3 statements');
    expect(check).toMatch(/draft\.mdx: it is a draft/);
    expect(check).toMatch(/embargoed\.mdx: it is embargoed until 2030-01-01 09:00/);
    const dist = buildSite(work, roots);
    site = await serve(dist);
    const get = (path: string) => readFileSync(join(dist, path), 'utf8');

    // The statement: its page, the council's feed and the site's feed, the timeline, search.
    expect(get(`torbay/statements/${slug}/index.html`)).toContain(title);
    expect(get('torbay/feed.xml')).toContain(title);
    expect(get('feed.xml')).toContain(title);
    expect(get('torbay/timeline/index.html')).toContain(title);
    const search = await browser.newPage();
    await search.goto(`${site.url}/search/`);
    await search.fill('#search-input', 'Quixoticplume');
    await search.waitForFunction(() =>
      (document.querySelector('#search-status')?.textContent ?? '').includes('Quixoticplume'),
    );
    expect(await search.locator('#search-results h2 a').first().innerText()).toContain(title);

    // The plan's changes page shows the new rating and evidence.
    const changes = get('torbay/plans/improvement-plan/v2/changes/index.html');
    expect(changes).toContain('Service plans agreed by the Improvement Board in November 2019.');

    // Neither the draft nor the embargoed statement is anywhere: page, feed, search, open data.
    for (const name of ['draft', 'embargoed']) {
      expect(existsSync(join(dist, `torbay/statements/${name}/index.html`))).toBe(false);
    }
    const everything = (readdirSync(dist, { recursive: true }) as string[])
      .filter((f) => /\.(html|xml|json|csv)$/.test(f))
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('\n');
    expect(everything).not.toContain('Zanzibarquartz');
    expect(everything).not.toContain('Hidden draft statement');
    await search.fill('#search-input', 'Zanzibarquartz');
    await search.waitForFunction(() =>
      (document.querySelector('#search-status')?.textContent ?? '').includes('Zanzibarquartz'),
    );
    expect(await search.locator('#search-results h2 a').count()).toBe(0);
    await search.close();

    // The public build carries none of the editor.
    expect(existsSync(join(dist, 'keystatic'))).toBe(false);
    expect(everything).not.toMatch(/keystatic/i);
    const scripts = (readdirSync(dist, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(dist, f), 'utf8'));
    expect(scripts.some((s) => /keystatic|react-dom/i.test(s))).toBe(false);
  }, 420_000);

  it('keeps Version 1 as published: a change is refused until it carries a correction, which the site shows', async () => {
    const file = join(roots.content, 'plan-versions/torbay/improvement-plan/v1.json');
    const before = readFileSync(file, 'utf8');
    await page.goto(`${editorUrl}/singleton/plan_torbay_improvement_plan_v1_actions`);
    await page.getByText('Version 1 is published').first().waitFor({ timeout: 120_000 });
    const action = await openAction111();
    await action
      .getByRole('button', { name: /Rating/ })
      .first()
      .click();
    await page.getByRole('option', { name: 'Amber' }).click();
    await closeDialogs(3);
    // Without a correction the save is refused, in plain words, and nothing is written.
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByText(/This cannot be saved yet/)
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await page.locator('body').innerText()).toMatch(/add a correction in this form/);
    expect(readFileSync(file, 'utf8')).toBe(before);
    // With a correction saying what was corrected, it is saved: those lines only.
    const note = "Action 1.1.1's rating was left out when the plan was copied here: the plan rates it Amber.";
    await addItem(page, 'Corrections made after publication', async (d) => {
      await d.getByRole('textbox', { name: 'Date of the correction' }).fill('2026-12-07');
      await d.getByRole('textbox', { name: 'What was corrected' }).fill(note);
    });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 10_000 }).toContain(note);
    const lines = (added: boolean) =>
      diffLines(before, readFileSync(file, 'utf8'))
        .filter((part) => (added ? part.added : part.removed))
        .flatMap((part) => part.value.split('\n').map((line) => line.trim()))
        .filter(Boolean)
        .sort();
    // The rating's line and the correction's, besides the brackets and commas around the correction
    // (which a line diff may place on either side).
    const words = (added: boolean) => lines(added).filter((line) => !/^[[\]{},]+$/.test(line));
    expect(words(false)).toEqual(['"rag": null,']);
    expect(words(true)).toEqual(
      ['"rag": "amber",', '"corrections": [', '"date": "2026-12-07",', `"note": ${JSON.stringify(note)}`].sort(),
    );
    // The site shows it as a correction, with its date, on Version 1's page.
    const preview = watched(await browser.newPage());
    await expect
      .poll(
        async () => {
          await preview.goto(new URL('/torbay/plans/improvement-plan/v1/', editorUrl).href);
          return preview.locator('main').innerText();
        },
        { timeout: 90_000, interval: 1_000 },
      )
      .toContain(note);
    const section = preview.getByRole('region', { name: 'Corrected since publication' });
    expect(await section.getByRole('heading', { level: 3 }).innerText()).toBe('Correction, 7 December 2026');
    await preview.close();
  }, 300_000);

  it('never answered with a server error, to any page or save of the officer', () => {
    expect(serverErrors).toEqual([]);
  });
});
