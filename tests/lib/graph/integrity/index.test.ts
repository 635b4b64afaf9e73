import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../../../src/lib/graph/integrity/index.ts';
import { messages, ruleIds } from '../../../../src/lib/graph/integrity/messages.ts';
import { fresh } from './helpers.ts';

const familyOf = (rule: string) => rule.split('.')[0]!;
const moduleOf: Record<string, string> = {
  scaffold: 'scaffold',
  authority: 'authorities',
  glossary: 'glossary',
  inspection: 'inspections',
  'monitoring-visit': 'monitoring-visits',
  notice: 'notices',
  plan: 'plans',
  indicator: 'indicators',
  'plan-version': 'plan-versions',
  'plan-table': 'plan-tables',
  figures: 'figures',
  'peer-review': 'peer-reviews',
  statement: 'statements',
  source: 'sources',
};

describe('the integrity check', () => {
  it('finds nothing wrong with the bundled content', () => {
    expect(checkIntegrity(fresh())).toEqual([]);
  });

  it('names every rule "<family>.<rule>", each family a module with a same-named test', () => {
    const modules = readdirSync('src/lib/graph/integrity');
    const tests = readdirSync('tests/lib/graph/integrity');
    for (const rule of ruleIds) {
      expect(rule).toMatch(/^[a-z-]+\.[a-z-]+$/);
      const module = moduleOf[familyOf(rule)];
      expect(module, rule).toBeDefined();
      expect(modules).toContain(`${module}.ts`);
      expect(tests).toContain(`${module}.test.ts`);
    }
  });

  it("has a test that asserts each rule's id, in its family's test file", () => {
    for (const rule of ruleIds) {
      const text = readFileSync(`tests/lib/graph/integrity/${moduleOf[familyOf(rule)]}.test.ts`, 'utf8');
      expect(text, rule).toContain(`'${rule}'`);
    }
  });

  it('describes every rule in a sentence', () => {
    for (const rule of ruleIds) expect(messages[rule].summary, rule).toMatch(/^[A-Z"].+\.$/);
  });
});
