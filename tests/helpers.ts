import { buildGraph, type Graph, type GraphOptions } from '../src/lib/graph/graph.ts';
import { parseContent, type SourceFile } from '../src/lib/content/parse-content.ts';
import { sourceDocumentOf } from '../src/lib/content/collections.ts';
import type { SeedText } from '../src/lib/content/seed-check.ts';
import type { Problem } from '../src/lib/content/problems.ts';
import { checkIntegrity } from '../src/lib/graph/integrity/index.ts';
import { readSources } from '../scripts/read-content.ts';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledRoots } from './bundled-roots.ts';

export { bundledRoots };

/**
 * The bundled content files as frozen for the tests (tests/fixtures/bundled), read once. Parsed with
 * the default roots, so messages name each file where a council keeps it: "src/content/…".
 */
export const bundledFiles: readonly SourceFile[] = readSources(bundledRoots);

/**
 * The source documents the bundled content is transcribed from, as the fixture keeps them beside its
 * content (sources/<authority>/<file>.txt), each named as entries' sources[].file name it.
 */
export const bundledSources: readonly SeedText[] = bundledFiles
  .filter((f) => sourceDocumentOf(f.root, f.path))
  .map((f) => ({ file: sourceDocumentOf(f.root, f.path)!.file, text: f.text }));

/** Other councils' shapes of document: tests/fixtures/other-councils (test fixtures, never bundled). */
export const otherRoots = {
  content: 'tests/fixtures/other-councils/content',
  data: 'tests/fixtures/other-councils/data',
};
export const otherFiles: readonly SourceFile[] = readSources(otherRoots);
export const otherGraph = (options?: GraphOptions): Graph =>
  buildGraph(parseContent(otherFiles, otherRoots).content, options);

/** The graph of the bundled content. */
export function bundledGraph(options?: GraphOptions): Graph {
  const { content, problems } = parseContent(bundledFiles);
  if (problems.length) throw new Error(problems.map((p) => p.message).join('\n'));
  return buildGraph(content, options);
}

/** A copy of the bundled files with one JSON file changed by `edit`. */
export function withJson(
  path: string,
  edit: (data: any) => void,
  files: readonly SourceFile[] = bundledFiles,
): SourceFile[] {
  return files.map((f) => {
    if (f.path !== path) return f;
    const data = JSON.parse(f.text);
    edit(data);
    return { ...f, text: JSON.stringify(data, null, 2) };
  });
}

/** Every problem the check reports for a set of files: schema problems, else integrity problems. */
export function problemsOf(files: readonly SourceFile[]): Problem[] {
  const { content, problems } = parseContent(files);
  return problems.length ? problems : checkIntegrity(content);
}

/** The one-line messages of the problems, "file: path: message". */
export function messagesOf(files: readonly SourceFile[]): string[] {
  return problemsOf(files).map((p) => (p.path ? `${p.file}: ${p.path}: ${p.message}` : `${p.file}: ${p.message}`));
}

/** A first plan version's first action as a sheet row's cells, for Westshire (tests/fixtures/other-councils). */
export const westshireFirstAction = {
  Ref: '1.1.1',
  Theme: '1',
  'Theme title': 'Help and protection',
  Objective: '1.1',
  'Objective text': 'Supervision is regular',
  'Objective citation': 'area for improvement a',
  Recommendations: 'a',
  'Desired outcome for children': 'Children are seen by supervised workers.',
  Actions: 'Audit supervision.',
  Lead: 'DCS',
  'Lead roles': 'DCS',
  Timescale: 'End Oct 16',
};

export const OUTLINE = 'plan-versions/torbay/improvement-plan/v1.json';
export const INSPECTION_2018 = 'inspections/torbay/ofsted-2018.json';

/** A scratch folder holding a copy of the bundled fixture's content (content/) and data (data/), for commands that write. */
export function scratchContent(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(bundledRoots.content, join(dir, 'content'), { recursive: true });
  cpSync(bundledRoots.data, join(dir, 'data'), { recursive: true });
  return dir;
}

/** Runs `npm run import -- …` on a scratch folder's content and data: its exit code and all it printed. */
export function runImport(dir: string, args: readonly string[]): { code: number; out: string } {
  try {
    const out = execFileSync(
      'node_modules/.bin/node',
      ['scripts/import.ts', ...args, '--content', join(dir, 'content'), '--data', join(dir, 'data')],
      { encoding: 'utf8', stdio: 'pipe' },
    );
    return { code: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

/**
 * Twelve councils: the other-councils fixture's two, each copied six times under new ids and names
 * ("Eastborough Council 2"), for what must hold at a register's scale (an index, a filter).
 */
export function twelveCouncilFiles(): SourceFile[] {
  const ids = ['eastborough', 'westshire'];
  const copies = [1, 2, 3, 4, 5, 6];
  return copies.flatMap((k) =>
    otherFiles.flatMap((file): SourceFile[] => {
      if (file.path.startsWith('glossary/')) return k === 1 ? [file] : [];
      if (k === 1) return [file];
      let path = file.path;
      for (const id of ids) path = path.replace(new RegExp(`(^|/)${id}(/|\\.json$)`), `$1${id}-${k}$2`);
      // A council's readings name its own files: the copy's name theirs.
      const text = /^authorities\//.test(file.path)
        ? JSON.stringify({ ...JSON.parse(file.text), name: `${JSON.parse(file.text).name} ${k}` })
        : /\/readings\.json$/.test(file.path)
          ? ids.reduce((t, id) => t.replace(new RegExp(`"([a-z-]+/)${id}/`, 'g'), `"$1${id}-${k}/`), file.text)
          : file.text;
      return [{ ...file, path, text }];
    }),
  );
}

/** A fictional council for the fixture reports, so nothing is said about a real one. */
export const exampleshire: SourceFile = {
  root: 'content',
  path: 'authorities/exampleshire.json',
  text: JSON.stringify({
    name: 'Exampleshire County Council (fictional, for tests)',
    shortName: 'Exampleshire',
    roles: [],
  }),
};
