// "Propose my changes", clicked in the editor as an officer would: `npm run edit` on a copy of the
// content kept in a git repository of its own (inside the project, where Keystatic edits; never the
// project's own repository), with a local bare repository as its `origin`. A statement saved, the
// link followed, the summary written, the button pressed: the branch is on the remote with exactly
// that file, and the page ends at where the reviewer sees it.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../scripts/accessibility-check.ts';
import { launch } from './browser.ts';
import { startEditor, type EditorProcess } from './editor-process.ts';
import { bundledRoots } from '../bundled-roots.ts';

const work = mkdtempSync('.propose-test-');
const remote = join(mkdtempSync(join(tmpdir(), 'propose-remote-')), 'tracker.git');
const roots = { content: join(work, 'content'), data: join(work, 'data') };
const statement = 'statements/torbay/board-welcomes-chair-2026-12-07.mdx';
const inherited = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST') && key !== 'TEST'),
);
const env = { ...inherited, CONTENT_DIR: roots.content, DATA_DIR: roots.data, CACHE_DIR: join(work, 'dev-cache') };
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: 'pipe',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' },
  });

let editor: EditorProcess | undefined;
let editorUrl = '';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  cpSync(bundledRoots.content, roots.content, { recursive: true });
  cpSync(bundledRoots.data, roots.data, { recursive: true });
  // The copy is its own repository, published to the bare one: the project's repository is never used.
  git(join(remote, '..'), 'init', '--quiet', '--bare', '--initial-branch=main', remote);
  git(work, 'init', '--quiet', '--initial-branch=main');
  git(work, 'config', 'user.name', 'Comms Officer');
  git(work, 'config', 'user.email', 'comms@torbay.example');
  writeFileSync(join(work, '.gitignore'), 'dev-cache/\n');
  git(work, 'add', '.');
  git(work, 'commit', '--quiet', '-m', 'Published');
  git(work, 'remote', 'add', 'origin', remote);
  git(work, 'push', '--quiet', 'origin', 'main');
  // What the officer saved in the editor's statement form.
  writeFileSync(
    join(roots.content, statement),
    `---
title: "Board welcomes chair"
date: "2026-12-07"
kind: "statement"
summary: "The board welcomed its new chair."
signatories: ["Torbay Council"]
origin: "original"
---

The improvement board welcomed its new chair.
`,
  );

  editor = await startEditor(env);
  editorUrl = editor.url;
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(editorUrl, { timeout: 180_000 });
}, 420_000);

afterAll(async () => {
  await browser?.close();
  editor?.stop();
  rmSync(work, { recursive: true, force: true });
  rmSync(join(remote, '..'), { recursive: true, force: true });
});

describe('proposing from the editor', () => {
  it('the editor links to "Propose my changes", which lists the saved statement, ticked', async () => {
    const link = page.getByRole('link', { name: 'Propose my changes' }).first();
    await link.waitFor({ timeout: 180_000 });
    mkdirSync('.scratch', { recursive: true });
    await page.screenshot({ path: '.scratch/propose-editor.png' });
    await link.click();
    await page.waitForURL('**/keystatic/propose');
    expect(await page.locator('h1').innerText()).toBe('Propose my changes');
    const box = page.getByRole('checkbox', { name: new RegExp(statement.replace(/[.]/g, '\\.')) });
    expect(await box.isChecked()).toBe(true);
    expect(await page.getByRole('checkbox').count()).toBe(1);
    // The page meets the rules the site's own pages do.
    const violations = (await axeViolations(page)).map((v) => v.id);
    expect(violations).toEqual([]);
  });

  it('proposes it: the branch is on the remote with exactly that file, and the page says where the reviewer sees it', async () => {
    const before = git(work, 'status', '--porcelain');
    await page.getByLabel('What changed, in one line').fill('Statement: board welcomes chair');
    mkdirSync('.scratch', { recursive: true });
    await page.screenshot({ path: '.scratch/propose-form.png', fullPage: true });
    await page.getByRole('button', { name: 'Propose my changes' }).click();
    await page.getByRole('heading', { name: 'Your change is proposed' }).waitFor({ timeout: 60_000 });
    const done = await page.getByRole('status').innerText();
    expect(done).toMatch(/The reviewer sees it as the branch proposal\/\d{4}-\d\d-\d\d-statement-board-welcomes-chair/);
    await page.screenshot({ path: '.scratch/propose-done.png', fullPage: true });
    const branch = git(remote, 'branch', '--list', 'proposal/*').trim();
    expect(branch).toMatch(/^proposal\/\d{4}-\d\d-\d\d-statement-board-welcomes-chair$/);
    expect(git(remote, 'diff', '--name-only', 'main', branch).trim()).toBe(`content/${statement}`);
    // The officer's copy is as it was: the statement still saved, nothing committed on main.
    expect(git(work, 'status', '--porcelain')).toBe(before);
    // Listed again, it is marked as proposed and left unticked.
    expect(await page.getByRole('checkbox').isChecked()).toBe(false);
    expect(await page.locator('form').innerText()).toContain('already proposed as it is now');
  });
});
