import type { Term } from '../schemas/glossary.ts';

/** An exact reference a query names: the `ref` filter value of the page it means. */
export function parseReference(query: string): string | undefined {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  const recommendation = /^(?:recommendation|rec)\.? ?(?:no\.? ?)?(\d+)$/.exec(q);
  if (recommendation) return `recommendation ${Number(recommendation[1])}`;
  const paragraph = /^(?:paragraph|para|par|paras?)\.? ?(\d+)$/.exec(q);
  if (paragraph) return `paragraph ${Number(paragraph[1])}`;
  const action = /^(?:action )?(\d+\.\d+\.\d+)$/.exec(q);
  if (action) return `action ${action[1]}`;
  return undefined;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The queries to run for what a person typed: the query itself, and, for each glossary term it
 * contains, the query with the term spelled out; likewise an expansion is searched as its term.
 */
export function expandQuery(query: string, glossary: readonly Term[]): string[] {
  const variants = [query.trim()];
  for (const { term, expansion } of glossary) {
    if (!expansion) continue; // not spelled out: nothing to search it as
    const byTerm = new RegExp(`\\b${escape(term)}s?\\b`, 'i');
    const byExpansion = new RegExp(`\\b${escape(expansion)}s?\\b`, 'i');
    if (byTerm.test(query)) variants.push(query.replace(byTerm, expansion));
    if (byExpansion.test(query)) variants.push(query.replace(byExpansion, term));
  }
  return [...new Set(variants.filter(Boolean))];
}

/** One result of one query, with the score Pagefind gave it. */
export interface Scored<T> {
  id: string;
  score: number;
  data: T;
}

/**
 * Merges the results of several queries: exact-reference results first (in their order), then the
 * rest by best score; a page found by several queries appears once.
 */
export function mergeResults<T>(exact: readonly Scored<T>[], lists: readonly (readonly Scored<T>[])[]): Scored<T>[] {
  const best = new Map<string, Scored<T>>();
  for (const list of lists) {
    for (const result of list) {
      const seen = best.get(result.id);
      if (!seen || result.score > seen.score) best.set(result.id, result);
    }
  }
  const exactIds = new Set(exact.map((r) => r.id));
  const rest = [...best.values()].filter((r) => !exactIds.has(r.id)).sort((a, b) => b.score - a.score);
  return [...exact, ...rest];
}
