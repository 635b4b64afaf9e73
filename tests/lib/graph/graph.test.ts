import { describe, expect, it } from 'vitest';
import * as graph from '../../../src/lib/graph/graph.ts';
import { buildGraph as build } from '../../../src/lib/graph/build.ts';

describe('src/lib/graph/graph.ts, the public entry to the graph', () => {
  it('re-exports buildGraph and its helpers, so imports of graph.ts keep working', () => {
    expect(graph.buildGraph).toBe(build);
    expect(Object.keys(graph).sort()).toEqual(['buildGraph', 'datedDocuments', 'resolveDocumentRef', 'splitId']);
  });
});
