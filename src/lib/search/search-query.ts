import type { Term } from '../../schemas/glossary.ts';

/**
 * Words people use for a report's recommendations, whatever the report calls them:
 * "recommendation 8", "rec 8", "area for improvement b", "area b", "priority action 2", "AFI 3".
 */
const recommendationWords =
  '(?:recommendations?|recs?|areas? for (?:priority )?(?:improvement|action)|areas?|priority actions?|afis?)';
const recommendationRef = new RegExp(
  `^${recommendationWords}\\.? ?(?:no\\.? ?)?((?:\\d+[a-z]?|[a-z]{1,2})(?:\\.(?:\\d+[a-z]?|[a-z]{1,2}))*)$`,
);

/** An exact reference a query names: the `ref` filter value of the page it means. */
export function parseReference(query: string): string | undefined {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  const recommendation = recommendationRef.exec(q);
  if (recommendation) return `recommendation ${recommendation[1]!.replace(/^0+(?=\d)/, '')}`;
  const paragraph = /^(?:paragraph|para|par|paras?)\.? ?(\d+)$/.exec(q);
  if (paragraph) return `paragraph ${Number(paragraph[1])}`;
  const action = /^(?:action )?(\d+\.\d+\.\d+)$/.exec(q);
  if (action) return `action ${action[1]}`;
  return undefined;
}

/** An exact reference, and the council it is scoped to when the query names one. */
export interface ScopedReference {
  /** The `ref` filter value: "recommendation 5". */
  ref: string;
  /** The council's name as the search filters know it ("Worcestershire County Council"), when the query names one. */
  council?: string;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

/**
 * Reads a reference that may start with a council's name: "Worcestershire recommendation 5",
 * "torbay rec 8", "area b". The council words must all appear in exactly one of `councils`
 * (the names the search filters offer); a query naming a council the site does not have is no
 * exact reference, so it is searched as words.
 */
export function parseScopedReference(query: string, councils: readonly string[] = []): ScopedReference | undefined {
  const q = query.trim().replace(/\s+/g, ' ');
  const whole = parseReference(q);
  if (whole) return { ref: whole };
  const parts = q.split(' ');
  for (let i = 1; i < parts.length; i++) {
    const ref = parseReference(parts.slice(i).join(' '));
    if (!ref) continue;
    const scope = words(parts.slice(0, i).join(' ')).filter(
      (w) => w !== 'council' && w !== 'county' && w !== 'city' && w !== 's',
    );
    if (scope.length === 0) continue;
    const matches = councils.filter((name) => {
      const nameWords = words(name);
      return scope.every((w) => nameWords.includes(w));
    });
    if (matches.length === 1) return { ref, council: matches[0]! };
    return undefined;
  }
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
    if (byTerm.test(query)) variants.push(query.replace(byTerm, () => expansion));
    if (byExpansion.test(query)) variants.push(query.replace(byExpansion, () => term));
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
