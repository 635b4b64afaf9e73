// Shared by the integrity rule tests: the bundled content, parsed once, edited in memory per test.
import { expect } from 'vitest';
import type { ContentSet, Entry } from '../../../../src/lib/content/content.ts';
import { parseContent } from '../../../../src/lib/content/parse-content.ts';
import type { Problem } from '../../../../src/lib/content/problems.ts';
import { checkIntegrity } from '../../../../src/lib/graph/integrity/index.ts';
import type { RuleId } from '../../../../src/lib/graph/integrity/messages.ts';
import { createContext, type Context } from '../../../../src/lib/graph/integrity/context.ts';
import { bundledFiles } from '../../../helpers.ts';

const parsed = parseContent(bundledFiles);
if (parsed.problems.length) throw new Error(parsed.problems.map((p) => p.message).join('\n'));

/** A fresh copy of the bundled content (which passes the check). */
export const fresh = (): ContentSet => structuredClone(parsed.content);

/** The entry `id` of a collection, to edit. */
export function entry<K extends keyof ContentSet>(content: ContentSet, kind: K, id: string): ContentSet[K][number] {
  const found = (content[kind] as Entry<unknown>[]).find((e) => e.id === id);
  if (!found) throw new Error(`no ${kind} ${id} in the bundled content`);
  return found as ContentSet[K][number];
}

/** The problems the check reports after `edit` changes a copy of the bundled content. */
export function problemsAfter(edit: (content: ContentSet) => void): Problem[] {
  const content = fresh();
  edit(content);
  return checkIntegrity(content);
}

/** Asserts that `edit` breaks the rule `rule`, and returns the problems reported under it. */
export function expectRule(rule: RuleId, edit: (content: ContentSet) => void): Problem[] {
  const problems = problemsAfter(edit);
  expect(problems.map((p) => p.rule)).toContain(rule);
  return problems.filter((p) => p.rule === rule);
}

/**
 * `expectRule` for one family's test: also runs the family's checks alone (as index.ts runs them) on
 * the edited content, so the rule is shown to come from that module.
 */
export function rulesOf(...checks: ((ctx: Context) => void)[]) {
  return (rule: RuleId, edit: (content: ContentSet) => void): Problem[] => {
    const problems = expectRule(rule, edit);
    const content = fresh();
    edit(content);
    const ctx = createContext(content);
    for (const check of checks) check(ctx);
    expect(ctx.problems.map((p) => p.rule)).toContain(rule);
    return problems;
  };
}
