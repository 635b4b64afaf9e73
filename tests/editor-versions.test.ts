// Plan versions in the editor: the next version is started from the newest (the same logic as
// `npm run new -- plan-version`), a published version keeps what it says unless a save carries a
// correction with its note, and the site shows each correction as one. Run on the other-councils
// fixture, never on src/content.
import { diffLines } from 'diff';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { prepareSave } from '../src/editor/save.ts';
import { parseContent, type SourceFile } from '../src/lib/content/parse-content.ts';
import { publishedBecause } from '../src/lib/content/published.ts';
import { startNextVersion } from '../src/lib/content/scaffold.ts';
import { buildGraph } from '../src/lib/graph/graph.ts';
import { planVersionView } from '../src/lib/views/plan-version.ts';
import { otherFiles, otherRoots as roots } from './helpers.ts';

const plan = 'eastborough/improvement-plan';
const v1 = `${roots.content}/plan-versions/${plan}/v1.json`;
const v1Mdx = `${roots.content}/plan-versions/${plan}/v1.mdx`;
const names = new Map([['eastborough', 'Eastborough Council']]);
const content = parseContent(otherFiles, roots).content;
const textOf = (files: readonly SourceFile[], path: string) =>
  files.find((f) => `${roots[f.root]}/${f.path}` === path)!.text;

/** The fixture with Version 2 started from Version 1, dated December 2026. */
function withVersion2(): SourceFile[] {
  const started = startNextVersion(content, otherFiles, plan, '2026-12');
  if ('problem' in started) throw new Error(started.problem);
  return [...otherFiles, ...started.files.map((f) => ({ root: 'content' as const, path: f.path, text: f.text }))];
}

/** `text` (a version's table) with the first action's lead set to `lead`, as the form saves it. */
function edited(text: string, lead: string, extra: Record<string, unknown> = {}): string {
  const data = JSON.parse(text);
  data.themes[0].objectives[0].actions[0].lead = lead;
  return `${JSON.stringify({ ...data, ...extra }, null, 2)}\n`;
}
const lead = 'DCS and HoS';
const newLead = 'The Director of Children’s Services';

const correction = {
  date: '2026-12-07',
  note: "Action 1.1.1's lead was typed as DCS and HoS; the plan says the Director.",
};

describe('starting the next version', () => {
  it("writes Version 2 from Version 1: its date, the council's own, the same table", () => {
    const started = startNextVersion(content, otherFiles, plan, '2026-12');
    if ('problem' in started) throw new Error(started.problem);
    expect(started.version).toBe('v2');
    expect(started.label).toBe('Version 2');
    expect(started.from.id).toBe(`${plan}/v1`);
    const [mdx, json] = started.files;
    expect(mdx!.path).toBe(`plan-versions/${plan}/v2.mdx`);
    expect(mdx!.text).toMatch(/"label": "Version 2"/);
    expect(mdx!.text).toMatch(/"published": "2026-12"/);
    expect(mdx!.text).toMatch(/"origin": "original"/);
    expect(json!.text).toBe(textOf(otherFiles, v1));
    // The result is content the check accepts.
    expect(parseContent(withVersion2(), roots).problems).toEqual([]);
  });

  it('requires a date, not before the version it starts from', () => {
    expect(startNextVersion(content, otherFiles, plan, '')).toMatchObject({ problem: /is not a date/ });
    expect(startNextVersion(content, otherFiles, plan, 'next month')).toMatchObject({ problem: /is not a date/ });
    expect(startNextVersion(content, otherFiles, plan, '2020-01')).toMatchObject({
      problem: /before Version 1's \(November 2023\)/,
    });
    expect(startNextVersion(content, otherFiles, 'eastborough/no-such-plan', '2026-12')).toMatchObject({
      problem: /No plan "eastborough\/no-such-plan"/,
    });
  });

  it("leaves the corrections made to the old version behind: they are the old version's", () => {
    const files = otherFiles.map((f) =>
      `${roots[f.root]}/${f.path}` === v1 ? { ...f, text: edited(f.text, lead, { corrections: [correction] }) } : f,
    );
    const started = startNextVersion(parseContent(files, roots).content, files, plan, '2026-12');
    if ('problem' in started) throw new Error(started.problem);
    expect(started.files[1]!.text).not.toContain('corrections');
    expect(JSON.parse(started.files[1]!.text).themes).toEqual(JSON.parse(textOf(files, v1)).themes);
  });
});

describe('published versions', () => {
  it('a copy of a published plan is published; a version the council keeps is open until the next starts', () => {
    expect(publishedBecause(content, `${plan}/v1`)).toMatch(/copy of the plan document/);
    const two = parseContent(withVersion2(), roots).content;
    expect(publishedBecause(two, `${plan}/v2`)).toBeUndefined();
    const three = startNextVersion(two, withVersion2(), plan, '2027-06');
    if ('problem' in three) throw new Error(three.problem);
    const files = [...withVersion2(), ...three.files.map((f) => ({ root: 'content' as const, ...f }))];
    expect(publishedBecause(parseContent(files, roots).content, `${plan}/v2`)).toBe(
      'Version 3 has been started from it',
    );
  });

  it('refuses a change to a published version, in plain words', () => {
    const { problems } = prepareSave(
      [{ path: v1, text: edited(textOf(otherFiles, v1), newLead) }],
      [],
      otherFiles,
      roots,
      names,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^Version 1 is published \(it is a copy of the plan document/);
    expect(problems[0]!.message).toMatch(/start the next version[\s\S]*add a correction/);
    // Its introduction too, and deleting it.
    const intro = textOf(otherFiles, v1Mdx).replace(/\n---\n([\s\S]*)$/, '\n---\nA different introduction.\n');
    expect(prepareSave([{ path: v1Mdx, text: intro }], [], otherFiles, roots, names).problems).toHaveLength(1);
    expect(prepareSave([], [v1], otherFiles, roots, names).problems[0]!.message).toMatch(/cannot be deleted/);
  });

  it('accepts the change with a correction saying what was corrected, and writes only those lines', () => {
    const before = textOf(otherFiles, v1);
    const { files, problems } = prepareSave(
      [{ path: v1, text: edited(before, newLead, { corrections: [correction] }) }],
      [],
      otherFiles,
      roots,
      names,
    );
    expect(problems).toEqual([]);
    // The lead's line and the correction's, besides the brackets and commas around the correction
    // (which a line diff may place on either side).
    const lines = (added: boolean) =>
      diffLines(before, files[0]!.text)
        .filter((p) => (added ? p.added : p.removed))
        .flatMap((p) => p.value.split('\n').map((l) => l.trim()))
        .filter((l) => l && !/^[[\]{},]+$/.test(l));
    expect(lines(false)).toEqual([`"lead": "${lead}",`]);
    expect(lines(true)).toContain(`"lead": "${newLead}",`);
    expect(lines(true).join('\n')).toContain(correction.note);
    // A correction alone, with nothing else changed, is accepted too.
    expect(
      prepareSave(
        [{ path: v1, text: edited(before, lead, { corrections: [correction] }) }],
        [],
        otherFiles,
        roots,
        names,
      ).problems,
    ).toEqual([]);
  });

  it("a correction in the details form keeps the version's JSON front matter and body as they were", () => {
    const before = textOf(otherFiles, v1Mdx);
    const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(before)!;
    // Keystatic writes YAML front matter, every key in the form's order, and the body re-serialised.
    // The form writes the defaults too: "origin" as the check reads an absent one, no stages, no claims.
    const data = {
      ...JSON.parse(front!),
      stages: [],
      claims: {},
      origin: 'transcribed',
      notes: [],
      corrections: [correction],
    };
    const saved = `---\n${yaml.dump(data)}---\n\n${body!.trim()}\n`;
    const { files, problems } = prepareSave([{ path: v1Mdx, text: saved }], [], otherFiles, roots, names);
    expect(problems).toEqual([]);
    const removed = diffLines(before, files[0]!.text)
      .filter((p) => p.removed)
      .flatMap((p) => p.value.split('\n').map((l) => l.trim()))
      .filter((l) => l && !/^[[\]{},]+$/.test(l));
    expect(removed).toEqual([]);
    expect(files[0]!.text).toMatch(/^---\n\{\n  "label": "Version 1",/);
    expect(files[0]!.text).toMatch(/\],\n  "corrections": \[\n    \{\n      "date": "2026-12-07",/);
    expect(files[0]!.text.endsWith(body!)).toBe(true);
    expect(files[0]!.text).not.toContain('origin');
  });

  it('keeps the corrections already made: one cannot be removed or rewritten', () => {
    const files = otherFiles.map((f) =>
      `${roots[f.root]}/${f.path}` === v1 ? { ...f, text: edited(f.text, newLead, { corrections: [correction] }) } : f,
    );
    const removed = edited(textOf(files, v1), newLead, { corrections: [] });
    expect(prepareSave([{ path: v1, text: removed }], [], files, roots, names).problems[0]!.message).toMatch(
      /a correction made to it stays on the site/,
    );
    const rewritten = edited(textOf(files, v1), newLead, { corrections: [{ ...correction, note: 'Nothing.' }] });
    expect(prepareSave([{ path: v1, text: rewritten }], [], files, roots, names).problems).toHaveLength(1);
  });

  it('lets the officer update the newest version the council keeps, without a correction', () => {
    const files = withVersion2();
    const v2 = `${roots.content}/plan-versions/${plan}/v2.json`;
    const { problems } = prepareSave([{ path: v2, text: edited(textOf(files, v2), newLead) }], [], files, roots, names);
    expect(problems).toEqual([]);
  });
});

describe('a correction on the site', () => {
  it("is shown on the version's page with its date and note, apart from the plan's words", () => {
    const files = otherFiles.map((f) =>
      `${roots[f.root]}/${f.path}` === v1 ? { ...f, text: edited(f.text, newLead, { corrections: [correction] }) } : f,
    );
    const graph = buildGraph(parseContent(files, roots).content);
    const view = planVersionView(graph, graph.planVersions.get(`${plan}/v1`)!);
    expect(view.corrections).toEqual([
      { label: 'Correction', when: '7 December 2026', date: '2026-12-07', note: correction.note },
    ]);
    const plain = buildGraph(content);
    expect(planVersionView(plain, plain.planVersions.get(`${plan}/v1`)!).corrections).toEqual([]);
  });
});
