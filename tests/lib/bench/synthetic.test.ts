import { describe, expect, it } from 'vitest';
import { parseContent } from '../../../src/lib/content/parse-content.ts';
import { buildGraph } from '../../../src/lib/graph/graph.ts';
import { pagesPerAuthority, shapeFor, syntheticCorpus } from '../../../src/lib/bench/synthetic.ts';

// (A shape with fewer actions than objectives makes objectives with no action, which the schema refuses.)
const shape = { authorities: 2, versions: 2, actions: 40, statements: 1 };
const files = syntheticCorpus(shape, [
  'Children are seen quickly by their social worker.',
  'Audits happen every month.',
]);

describe('the synthetic benchmark corpus', () => {
  it('counts pages per council from its shape, and never asks for no council', () => {
    expect(pagesPerAuthority({ versions: 1, actions: 1, statements: 0 })).toBe(
      3 + 120 + 1 + 2 + (1 + 1 + 0 + 1 + 2) + 1,
    );
    expect(shapeFor(0).authorities).toBe(1);
  });

  it('is valid content of the shape asked for, its councils and sources marked synthetic', () => {
    const { content, problems } = parseContent(files);
    expect(problems).toEqual([]);
    const graph = buildGraph(content);
    expect(graph.authorities).toHaveLength(2);
    expect([...graph.plans.values()].map((p) => p.versions.length)).toEqual([2, 2]);
    expect([...graph.plans.values()].every((p) => p.latest.actions.length === 40)).toBe(true);
    expect(graph.authorities.every((a) => a.data.name.includes('(synthetic test data)'))).toBe(true);
    expect(graph.authorities.every((a) => a.statements.length === 1)).toBe(true);
  });

  it("never names a real council's content", () => {
    const slugs = files.map((f) => f.path.split('/')[1]);
    expect(slugs.some((s) => s === 'torbay' || s === 'torbay.json' || s === 'worcestershire')).toBe(false);
  });
});
