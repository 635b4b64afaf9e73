import { describe, expect, it } from 'vitest';
import { readSources } from '../../../scripts/read-content.ts';
import { changesIn, historyOf, slippedSinceLastVersion } from '../../../src/lib/derivations/changes.ts';
import { rewritten } from '../../../src/lib/derivations/changes.ts';
import { buildGraph } from '../../../src/lib/graph/graph.ts';
import { successor } from '../../../src/lib/derivations/history.ts';
import { parseContent } from '../../../src/lib/content/parse-content.ts';

const roots = { content: 'tests/fixtures/three-versions/content', data: 'tests/fixtures/three-versions/data' };
const files = readSources(roots);
const graph = buildGraph(parseContent(files, roots).content);
const plan = graph.plans.get('fixture/plan')!;
const [v1, v2, v3] = plan.versions as [typeof plan.latest, typeof plan.latest, typeof plan.latest];
const refs = (actions: { ref: string }[]) => actions.map((a) => a.ref);
const text = (diff: { value: string; added: boolean; removed: boolean }[]) =>
  diff.map((p) => (p.added ? `[+${p.value}]` : p.removed ? `[-${p.value}]` : p.value)).join('');

describe('what changed between plan versions (three-version fixture)', () => {
  it('has nothing to compare for the first version', () => {
    expect(changesIn(v1)).toBeUndefined();
  });

  it('finds ratings better and worse, and evidence added, in version 2', () => {
    const changes = changesIn(v2)!;
    expect(changes.ratings.map((r) => [r.after.ref, r.direction])).toEqual([
      ['1.1.1', 'better'],
      ['1.1.2', 'worse'],
      ['1.2.1', 'first-rated'],
    ]);
    expect(changes.evidence.map((e) => [e.after.ref, e.added])).toEqual([
      ['1.1.2', ['Audit of 40 files in December found 12 incomplete.']],
    ]);
    expect(changes.added).toEqual([]);
    expect(changes.removed).toEqual([]);
  });

  it('finds an action added, one removed, one renumbered, a timescale slipped by two months and wording changed in version 3', () => {
    const changes = changesIn(v3)!;
    expect(refs(changes.added)).toEqual(['1.2.3']);
    expect(refs(changes.removed)).toEqual(['1.1.3']);
    expect(changes.renumbered.map((p) => [p.before.ref, p.after.ref])).toEqual([['1.2.1', '1.2.2']]);
    expect(changes.timescales.map((t) => [t.after.ref, t.direction, t.months, t.days])).toEqual([
      ['1.1.1', 'slipped', 2, 61],
    ]);
    expect(slippedSinceLastVersion(v3).map((t) => t.after.ref)).toEqual(['1.1.1']);
    const wording = changes.wording.find((w) => w.after.ref === '1.1.1')!;
    expect(wording.fields.map((f) => f.field)).toEqual(['desiredOutcome', 'timescale']);
    expect(text(wording.fields[0]!.diff)).toBe('Supervision is regular [+and recorded].');
  });

  it('gives an action its history across versions, following a renumbering', () => {
    const history = historyOf(v3.actionByRef.get('1.2.2')!);
    expect(
      history.map((h) => [h.version.slug, h.action?.ref, h.action?.rating?.label ?? null, h.renumberedFrom ?? null]),
    ).toEqual([
      ['v1', '1.2.1', null, null],
      ['v2', '1.2.1', 'Amber', null],
      ['v3', '1.2.2', 'Amber', '1.2.1'],
    ]);
    expect(successor(v2.actionByRef.get('1.2.1')!)?.ref).toBe('1.2.2');
    const slipped = historyOf(v3.actionByRef.get('1.1.1')!);
    expect(slipped.map((h) => h.rating ?? null)).toEqual([null, 'better', null]);
    expect(slipped[2]!.timescale).toMatchObject({ direction: 'slipped', months: 2 });
  });

  it('rejects a renumbering that names an action the previous version does not have', () => {
    const broken = files.map((f) =>
      f.path.endsWith('v3.json')
        ? { ...f, text: f.text.replace('"previousRef": "1.2.1"', '"previousRef": "1.2.9"') }
        : f,
    );
    const { content } = parseContent(broken, roots);
    expect(() => buildGraph(content)).toThrow(
      /actions\[0\] \(action 1\.2\.2\)\.previousRef: action 1\.2\.9 is not in the previous version \(fixture\/plan\/v2\)/,
    );
  });
});

describe('a rewritten field', () => {
  it('is told from an edited one by the words the two wordings share', () => {
    expect(rewritten('Supervision is regular.', 'Supervision is regular and recorded.')).toBe(false);
    expect(rewritten('End March 2020', 'End May 2020')).toBe(false);
    expect(rewritten('Immediate', 'Immediate and then every month')).toBe(false);
    // Two unrelated sentences share only "the" and "of": shown as replaced, not diffed word by word.
    expect(
      rewritten(
        'Audit the quality of case files every month across all teams.',
        'Recruit permanent social workers to reduce the use of agency staff.',
      ),
    ).toBe(true);
    expect(rewritten('', 'New text')).toBe(false);
  });
});
