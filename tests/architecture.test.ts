// The house's layers, read from the imports: src/lib/base is the ground floor and imports nothing
// else from src/lib; the schemas and the content layer stand on it and on nothing above it; the
// graph (with the kinds table, src/lib/graph/kinds.ts) stands on those, and every other folder on
// the floors below it. No import climbs, and no module reaches itself through its imports.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every relative import of every .ts file under `dir`, resolved to a path relative to the repository. */
export function importsUnder(dir: string): { file: string; target: string }[] {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => ({
      file: relative('.', file),
      target: relative('.', resolve(dirname(file), m[1]!)),
    })),
  );
}

/** The imports from `dir` that reach into src/lib outside the allowed folders. */
export function climbing(dir: string, allowed: readonly string[]): string[] {
  return importsUnder(dir)
    .filter(({ target }) => target.startsWith('src/lib/') && !allowed.some((a) => target.startsWith(a)))
    .map(({ file, target }) => `${file} imports ${target}`);
}

/** Every circle of imports: each group of modules that reach one another (Tarjan's components), sorted. */
export function circles(imports: readonly { file: string; target: string }[]): string[][] {
  const edges = new Map<string, string[]>();
  for (const { file, target } of imports) edges.set(file, [...(edges.get(file) ?? []), target]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      group.push(w);
    } while (w !== v);
    if (group.length > 1) found.push(group.sort());
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('the layers of src/lib', () => {
  it('the ground floor, src/lib/base, imports nothing else from src/lib', () => {
    expect(climbing('src/lib/base', ['src/lib/base/'])).toEqual([]);
  });

  it('the schemas import only the ground floor from src/lib', () => {
    expect(climbing('src/schemas', ['src/lib/base/'])).toEqual([]);
  });

  it('the content layer imports only the ground floor and itself from src/lib (no arrow up to spreadsheets/ or settings)', () => {
    expect(climbing('src/lib/content', ['src/lib/base/', 'src/lib/content/'])).toEqual([]);
  });

  it('the graph imports nothing from the layers above it (no circle through derivations)', () => {
    expect(climbing('src/lib/graph', ['src/lib/base/', 'src/lib/content/', 'src/lib/graph/'])).toEqual([]);
  });

  it('the spreadsheets import nothing from publishing/ (publishing writes sheets with them, not the other way)', () => {
    expect(
      importsUnder('src/lib/spreadsheets').filter(({ target }) => target.startsWith('src/lib/publishing/')),
    ).toEqual([]);
  });

  it("the graph's node types import nothing from the rest of the graph (no circle through as-of or kinds)", () => {
    expect(
      importsUnder('src/lib/graph').filter(
        ({ file, target }) => file === 'src/lib/graph/nodes.ts' && target.startsWith('src/lib/graph/'),
      ),
    ).toEqual([]);
  });

  it('no module of src/lib reaches itself through its imports, even for types (no circle of any length)', () => {
    expect(circles(importsUnder('src/lib'))).toEqual([]);
  });

  it('every folder of src/lib imports only the floors below it', () => {
    // From the ground up; a folder may import those before it in this list, never one after.
    const floors = [
      'base',
      'content',
      'graph',
      'derivations',
      'spreadsheets',
      'search',
      'importers',
      'publishing',
      'views',
      'bench',
      'settings',
    ];
    const floorOf = (path: string) => floors.indexOf(path.split('/')[2]!.replace(/\.ts$/, ''));
    const upward = importsUnder('src/lib')
      .filter(({ target }) => target.startsWith('src/lib/') && target.endsWith('.ts'))
      .filter(({ file, target }) => floorOf(target) > floorOf(file))
      .map(({ file, target }) => `${file} imports ${target}`);
    expect(upward).toEqual([]);
    expect(
      readdirSync('src/lib')
        .map((f) => f.replace(/\.ts$/, ''))
        .filter((f) => !floors.includes(f)),
    ).toEqual([]);
  });

  it('finds a circle when there is one (the rule can fail)', () => {
    const imports = [
      { file: 'a.ts', target: 'b.ts' },
      { file: 'b.ts', target: 'c.ts' },
      { file: 'c.ts', target: 'a.ts' },
      { file: 'c.ts', target: 'd.ts' },
    ];
    expect(circles(imports)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('finds a climbing import when there is one (the rule can fail)', () => {
    expect(climbing('src/lib/derivations', ['src/lib/base/']).length).toBeGreaterThan(0);
  });
});
