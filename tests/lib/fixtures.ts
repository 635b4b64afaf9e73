// Graphs the module tests under tests/lib share: the bundled content, other councils' shapes of
// document, and the three-version plan (tests/fixtures/three-versions).
import { readSources } from '../../scripts/read-content.ts';
import { parseContent, type SourceFile } from '../../src/lib/content/parse-content.ts';
import { buildGraph, type Graph, type GraphOptions } from '../../src/lib/graph/graph.ts';

export { bundledFiles, bundledGraph, otherFiles, otherGraph, otherRoots } from '../helpers.ts';

export const threeRoots = {
  content: 'tests/fixtures/three-versions/content',
  data: 'tests/fixtures/three-versions/data',
};
export const threeFiles: readonly SourceFile[] = readSources(threeRoots);

/** The graph of the three-version fixture: fixture/plan v1, v2, v3. */
export function threeGraph(options?: GraphOptions, files: readonly SourceFile[] = threeFiles): Graph {
  const { content, problems } = parseContent(files, threeRoots);
  if (problems.length) throw new Error(problems.map((p) => p.message).join('\n'));
  return buildGraph(content, options);
}

/** A copy of some files with one JSON file changed by `edit`. */
export function editJson(files: readonly SourceFile[], path: string, edit: (data: any) => void): SourceFile[] {
  let found = false;
  const out = files.map((f) => {
    if (f.path !== path) return f;
    found = true;
    const data = JSON.parse(f.text);
    edit(data);
    return { ...f, text: JSON.stringify(data, null, 2) };
  });
  if (!found) throw new Error(`no file ${path}`);
  return out;
}
