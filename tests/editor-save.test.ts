// The editor's saves (src/editor/save.ts, src/editor/quiet.ts): only what the officer changed is
// rewritten, an officer's own statement gets its source, and a save that breaks a cross-reference
// is refused in the check's words. Run on the other-councils fixture, never on src/content.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffLines } from 'diff';
import { describe, expect, it } from 'vitest';
import { formFor } from '../src/editor/form-links.ts';
import { problemItems, problemPage, problemsOnDisk } from '../src/editor/preview-problems.ts';
import { quietFrontmatter, quietJson } from '../src/editor/quiet.ts';
import { prepareSave, refusal, staysInside, withOwnSource } from '../src/editor/save.ts';
import { readSources } from '../src/lib/content/read-sources.ts';

const roots = { content: 'tests/fixtures/other-councils/content', data: 'tests/fixtures/other-councils/data' };
const statementPath = `${roots.content}/statements/eastborough/statement-2025-01-10.mdx`;
const names = new Map([['eastborough', 'Eastborough Council']]);

/** The lines a rewrite removed and added, trimmed. */
function changedLines(before: string, after: string) {
  const parts = diffLines(before, after);
  const lines = (added: boolean) =>
    parts
      .filter((p) => (added ? p.added : p.removed))
      .flatMap((p) => p.value.split('\n').map((l) => l.trim()))
      .filter(Boolean);
  return { removed: lines(false), added: lines(true) };
}

/** A document as Keystatic's form saves it: keys in the form's order, every default written. */
function asTheFormSaves(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asTheFormSaves);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, asTheFormSaves(v)] as const);
    return Object.fromEntries([...entries.reverse(), ['partners', []], ['internal', false], ['rag', null]]);
  }
  return value;
}

describe('quiet saves', () => {
  const planFile = readSources(roots).find((f) => f.path.startsWith('plan-versions/') && f.path.endsWith('.json'))!;

  it('a JSON save changes only the line of the field the officer edited', () => {
    const old = JSON.parse(planFile.text);
    const edited = asTheFormSaves(old) as typeof old;
    edited.themes[0].objectives[0].actions[0].lead = 'The Director of Children’s Services';
    const before = planFile.text;
    const after = quietJson(before, JSON.stringify(edited, null, 2));
    const { removed, added } = changedLines(before, after);
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatch(/^"lead": /);
    expect(added).toEqual(
      ['"lead": "The Director of Children’s Services",'].map((l) => (removed[0]!.endsWith(',') ? l : l.slice(0, -1))),
    );
  });

  it('a save that changes nothing leaves the file byte for byte, whatever its layout', () => {
    const compact = '{ "name": "X", "roles": [ { "id": "a", "name": "A" } ] }\n';
    expect(quietJson(compact, JSON.stringify({ roles: [{ name: 'A', id: 'a', partners: [] }], name: 'X' }))).toBe(
      compact,
    );
  });

  it('new items are written without the empty lists and unticked boxes the form adds', () => {
    const out = JSON.parse(
      quietJson('{\n  "items": []\n}\n', JSON.stringify({ items: [{ text: 'a', sub: [], flag: false }] })),
    );
    expect(out).toEqual({ items: [{ text: 'a' }] });
  });

  it('front matter keeps every untouched key byte for byte, and the body', () => {
    const before = readFileSync(statementPath, 'utf8');
    const form = before
      .replace('summary: "A test fixture statement', 'summary: "An edited fixture statement')
      .replace(/^---\n/, '---\nkeyActions: []\nquestions: []\ndraft: false\n');
    const after = quietFrontmatter(before, form);
    const { removed, added } = changedLines(before, after);
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatch(/^summary: "A test fixture statement/);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^summary: An edited fixture statement/);
  });

  it('no schema defaults a box to ticked, so an unticked box is never worth writing', () => {
    const schemas = readSources({ content: 'src/schemas', data: 'src/schemas' }, { root: 'content', dir: '' })
      .map((f) => f.text)
      .join('\n');
    expect(schemas).toMatch(/default\(false\)/);
    expect(schemas).not.toMatch(/default\(true\)/);
  });
});

describe('saving from the editor', () => {
  const current = readSources(roots);
  const text = readFileSync(statementPath, 'utf8');

  it("an officer's own statement gets the council and the date as its source", () => {
    const own = text
      .replace(/sources:[\s\S]*?\n---/, 'origin: original\n---')
      .replace('date: "2025-01-10"', 'date: 2025-01-10');
    const filled = withOwnSource(own, 'Eastborough Council');
    expect(filled).toContain('title: Eastborough Council, 2025-01-10');
    expect(filled).toContain('publisher: Eastborough Council');
    // Keystatic reads front matter with YAML timestamps: a date stays quoted text.
    expect(filled).toContain("date: '2025-01-10'");
    // A transcription keeps the sources the officer gave.
    expect(withOwnSource(text, 'Eastborough Council')).toBe(text);
  });

  it('refuses a statement about a document that is not on the site, in the check words', () => {
    const bad = text.replace('"plans/improvement-plan"', '"monitoring-visits/november-2026"');
    const { problems } = prepareSave([{ path: statementPath, text: bad }], [], current, roots, names);
    expect(problems.length).toBeGreaterThan(0);
    expect(refusal(problems)).toMatch(/^This cannot be saved yet[\s\S]*november-2026/);
    const { problems: none } = prepareSave([{ path: statementPath, text }], [], current, roots, names);
    expect(none).toEqual([]);
  });
});

describe('the preview of content with problems', () => {
  it('links each problem to the form that fixes it', () => {
    expect(formFor(statementPath, roots)).toBe(
      '/keystatic/collection/statements_eastborough/item/statement-2025-01-10',
    );
    expect(formFor(`${roots.content}/plan-versions/eastborough/improvement-plan/v1.json`, roots)).toBe(
      '/keystatic/singleton/plan_eastborough_improvement_plan_v1_actions',
    );
    expect(formFor(`${roots.content}/authorities/eastborough.json`, roots)).toBe(
      '/keystatic/singleton/authority_eastborough_details',
    );
    expect(formFor(`${roots.data}/figures/eastborough/x.json`, roots)).toBe(
      '/keystatic/singleton/figures_eastborough_x',
    );
    expect(problemsOnDisk(roots)).toEqual([]);
    const page = problemPage(
      problemItems([{ file: statementPath, path: 'about[0]', message: 'no monitoring visit "x" <b>' }], roots),
    );
    expect(page).toContain('<h1>This change cannot be published yet</h1>');
    expect(page).toContain('href="/keystatic/collection/statements_eastborough/item/statement-2025-01-10"');
    expect(page).toContain('&lt;b&gt;');
  });
});

describe('an embargoed statement in the preview', () => {
  it('says when it goes live where that is later than the date it says it was published', async () => {
    const { goesLiveLater } = await import('../src/lib/views/statement.ts');
    expect(goesLiveLater({ date: '2026-12-07', publishAt: '2026-12-10 09:00' })).toBe(
      ' It goes live on 10 December 2026 (09:00, UK time) but says "Published 7 December 2026": if it is first published the day it goes live, set the date of publication to 10 December 2026.',
    );
    expect(goesLiveLater({ date: '2026-12-10', publishAt: '2026-12-10 09:00' })).toBe('');
    expect(goesLiveLater({ date: '2026-12-10' })).toBe('');
  });
});

describe('a save never writes through a symbolic link out of the content', () => {
  it('refuses a path whose folder, or the file itself, is a link out; accepts folders still to be made', () => {
    const dir = mkdtempSync(join(tmpdir(), 'save-links-'));
    const outside = mkdtempSync(join(tmpdir(), 'save-outside-'));
    const roots = { content: join(dir, 'content'), data: join(dir, 'data') };
    mkdirSync(join(roots.content, 'statements/torbay'), { recursive: true });
    mkdirSync(roots.data);
    symlinkSync(outside, join(roots.content, 'statements/elsewhere'));
    writeFileSync(join(outside, 'target.mdx'), 'outside');
    symlinkSync(join(outside, 'target.mdx'), join(roots.content, 'statements/torbay/linked.mdx'));
    expect(staysInside(`${roots.content}/statements/torbay/new.mdx`, roots)).toBe(true);
    expect(staysInside(`${roots.content}/monitoring-visits/torbay/new.json`, roots)).toBe(true);
    expect(staysInside(`${roots.content}/statements/elsewhere/new.mdx`, roots)).toBe(false);
    expect(staysInside(`${roots.content}/statements/torbay/linked.mdx`, roots)).toBe(false);
    expect(staysInside(`${dir}/elsewhere.mdx`, roots)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
});
