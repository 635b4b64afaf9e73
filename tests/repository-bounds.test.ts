// The engine's tests never depend on the live content or on anything outside the repository (issue
// 23): a council replaces every file of src/content and data/ and `npm test` stays green, and a fresh
// clone with nothing beside it passes. Tests read the frozen copy at tests/fixtures/bundled (through
// tests/bundled-roots.ts) and the browser tests build it into their own folder (tests/e2e/site.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Source files whose reads are checked: code, not the fixtures' content. */
const code = /\.(ts|mts|cts|js|mjs|cjs|astro)$/;

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && code.test(e.name))
    .map((e) => relative('.', join(e.parentPath, e.name)).split('\\').join('/'))
    .filter((f) => !f.startsWith('tests/fixtures/'))
    .sort();
}

const quote = '[`\'"]';
/** The calls that read or copy files. */
const reads = 'readFileSync|readFile|readSources|readdirSync|existsSync|statSync|cpSync|copyFileSync|createReadStream';
/** Anything in the repository that names a folder beside it, or the variable that used to point there. */
const outside = [/\.\.\/shared\b/, /\bSEEDS_DIR\b/];
/** A test that reads the live content, data or the site built from them, instead of a fixture. */
const live = [
  // A file call on the live folders: readFileSync('src/content/…'), cpSync('data', …), readSources('src/content' …)
  new RegExp(`\\b(${reads})\\(\\s*${quote}(\\./)?(src/content|data)(/|\\$\\{|${quote})`),
  // A roots object or environment naming them: { content: 'src/content', data: 'data' }, CONTENT_DIR: 'src/content'
  new RegExp(`\\b(content|CONTENT_DIR):\\s*${quote}(\\./)?src/content${quote}`),
  new RegExp(`\\b(data|DATA_DIR):\\s*${quote}(\\./)?data${quote}`),
  // The site npm run build makes from them: serve('dist'), builtPages('dist'), readFileSync(`dist${path}…`)
  new RegExp(
    `\\b(${reads}|serve|builtPages|resolveFile|pageText|councilPages|join)\\(\\s*${quote}(\\./)?dist(/|\\$\\{|${quote})`,
  ),
  // A folder named once and read later: const root = 'dist';
  new RegExp(`=\\s*${quote}(\\./)?(src/content|dist)/?${quote}`),
];

/** Lines that name the live folders without reading them, and why. */
const allowed: Record<string, RegExp> = {
  // The defaults themselves are what this test checks (src/lib/settings.ts defines them).
  'tests/lib/content/parse-content.test.ts': /expect\(defaultRoots\)\.toEqual/,
};

/** Every line of `files` that reads outside the repository, or (in tests/) the live content. */
export function boundaryProblems(files: readonly { path: string; text: string }[]): string[] {
  return files.flatMap(({ path, text }) =>
    text.split('\n').flatMap((line, i) => {
      const where = `${path}:${i + 1}: ${line.trim()}`;
      if (outside.some((p) => p.test(line))) return [`${where} (reads a path outside the repository)`];
      if (path.startsWith('tests/') && live.some((p) => p.test(line)) && !allowed[path]?.test(line))
        return [`${where} (a test reads the live content; use the fixture in tests/bundled-roots.ts)`];
      return [];
    }),
  );
}

describe('nothing reads outside the repository, and no test reads the live content', () => {
  it('holds for every code file under tests/, scripts/ and src/', () => {
    const self = 'tests/repository-bounds.test.ts';
    const files = ['tests', 'scripts', 'src']
      .flatMap(codeFiles)
      .filter((f) => f !== self)
      .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
    expect(files.length).toBeGreaterThan(100);
    expect(boundaryProblems(files)).toEqual([]);
  });

  it('catches each way a file could break the rule', () => {
    const lines = [
      "const seeds = join(repository, '../shared/seeds');",
      'const dir = process.env.SEEDS_DIR;',
      "const files = readSources({ content: 'src/content', data: 'data' });",
      "cpSync('src/content', dir, { recursive: true });",
      "cpSync('data', join(dir, 'data'));",
      "readFileSync('src/content/authorities/torbay.json', 'utf8');",
      'readFileSync(`src/content/${PLAN}`, "utf8");',
      "const env = { CONTENT_DIR: 'src/content' };",
      "await serve('dist');",
      "builtPages('dist/');",
      'readFileSync(`dist${path}index.html`);',
      "const root = 'dist';",
    ];
    const found = boundaryProblems(lines.map((text, i) => ({ path: `tests/example-${i}.test.ts`, text })));
    expect(found).toHaveLength(lines.length);
    // Outside tests/, only paths beside the repository are refused: the build's own defaults are its business.
    expect(boundaryProblems([{ path: 'scripts/x.ts', text: lines.join('\n') }])).toHaveLength(2);
  });

  it('leaves fixtures, scratch folders and messages that name src/content alone', () => {
    const lines = [
      'const files = readSources(bundledRoots);',
      "cpSync(bundledRoots.data, join(dir, 'data'), { recursive: true });",
      "expect(message).toBe('src/content/plans/torbay/plan.json: title: is missing');",
      "buildSite(join(work, 'dist'), roots);",
      "expect(out).toContain('dist/ is unchanged');",
      "const roots = { content: join(dir, 'content'), data: join(dir, 'data') };",
    ];
    expect(boundaryProblems(lines.map((text) => ({ path: 'tests/example.test.ts', text })))).toEqual([]);
  });
});
