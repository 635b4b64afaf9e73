// Tests mirror modules (issues 15 and 21): each src/lib/<folder>/<name>.ts has its tests in one
// place, tests/lib/<folder>/<name>.test.ts. Tests that span modules keep their own names in tests/;
// a file there named after a module that it imports would be a second home for that module's tests.
// A file of that name that does not import the module does not count (a test named glossary that
// tested publishing/abbreviations would not be views/glossary's).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const minimumShare = 0.9;

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(suffix))
    .map((e) => relative('.', join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/** src/lib modules, "views/glossary", and the test files that import each one under its own name. */
export function testLayout(libDir = 'src/lib', testsDir = 'tests') {
  const modules = filesUnder(libDir, '.ts').map((f) => f.slice(libDir.length + 1, -'.ts'.length));
  const tests = filesUnder(testsDir, '.test.ts').filter((f) => !f.startsWith(`${testsDir}/e2e/`));
  const texts = new Map(tests.map((f) => [f, readFileSync(f, 'utf8')]));
  // Under tests/lib/ only the mirrored path counts (views/changes.test.ts imports derivations/changes.ts
  // too, but tests views/changes); elsewhere in tests/, a same-named file that imports the module.
  const testsOf = (module: string) =>
    tests.filter(
      (f) =>
        basename(f) === `${basename(module)}.test.ts` &&
        texts.get(f)!.includes(`src/lib/${module}.ts'`) &&
        (!f.startsWith(`${testsDir}/lib/`) || f === `${testsDir}/lib/${module}.test.ts`),
    );
  const missing = modules.filter((m) => testsOf(m).length === 0);
  return { modules, missing, testsOf };
}

describe('tests mirror src/lib modules', () => {
  const { modules, missing, testsOf } = testLayout();

  it(`gives at least ${minimumShare * 100}% of src/lib modules a same-named test file that imports them`, () => {
    const share = (modules.length - missing.length) / modules.length;
    const report = `${modules.length - missing.length} of ${modules.length} src/lib modules have a same-named test (${(share * 100).toFixed(1)}%). Missing: ${missing.map((m) => `src/lib/${m}.ts (add tests/lib/${m}.test.ts)`).join(', ') || 'none'}`;
    expect(share, report).toBeGreaterThanOrEqual(minimumShare);
  });

  it('puts new test files where their module is: tests/lib/<folder>/<name>.test.ts names a src/lib module', () => {
    const strays = filesUnder('tests/lib', '.test.ts')
      .map((f) => f.slice('tests/lib/'.length, -'.test.ts'.length))
      .filter((m) => m !== 'test-layout' && !modules.includes(m));
    expect(strays, 'a test under tests/lib/ whose module is not at the same path in src/lib').toEqual([]);
  });

  it("keeps each module's tests in one place: no file outside tests/lib is named after a module it imports", () => {
    const elsewhere = modules.flatMap((m) => testsOf(m).filter((f) => !f.startsWith('tests/lib/')));
    expect(elsewhere, 'move these into tests/lib/<folder>/<name>.test.ts, or name them for what they span').toEqual([]);
  });

  it('counts a test only when it imports the module it is named after', () => {
    expect(testsOf('derivations/changes')).toEqual(['tests/lib/derivations/changes.test.ts']);
    expect(testsOf('views/changes')).toEqual(['tests/lib/views/changes.test.ts']);
    expect(modules).toContain('views/glossary');
    expect(testsOf('views/glossary')).toEqual(['tests/lib/views/glossary.test.ts']);
  });
});
