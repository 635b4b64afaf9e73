// The house's layers, read from the imports: src/lib/base is the ground floor and imports nothing
// else from src/lib; the schemas and the content layer stand on it and on nothing above it; the
// graph (with the kinds table, src/lib/graph/kinds.ts) stands on those.
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

  it('no two modules of src/lib import each other, even for types', () => {
    const imports = importsUnder('src/lib').map(({ file, target }) => `${file} -> ${target}`);
    const both = new Set(imports);
    const circles = importsUnder('src/lib')
      .filter(({ file, target }) => both.has(`${target} -> ${file}`))
      .map(({ file, target }) => `${file} <-> ${target}`);
    expect(circles).toEqual([]);
  });

  it('finds a climbing import when there is one (the rule can fail)', () => {
    expect(climbing('src/lib/derivations', ['src/lib/base/']).length).toBeGreaterThan(0);
  });
});
