import type { Term } from '../../schemas/glossary.ts';

/**
 * Words people use for a report's recommendations, whatever the report calls them:
 * "recommendation 8", "rec 8", "area for improvement b", "area b", "priority action 2", "AFI 3".
 */
const recommendationWords =
  '(?:recommendations?|recs?|areas? for (?:priority )?(?:improvement|action)|areas?|priority actions?|afis?)';
// An id by number may follow the word at once ("rec8"); an id by letter needs a space or a full stop
// between, or "recommendations" would read as recommendation "s".
const recommendationRef = new RegExp(
  `^${recommendationWords}(?:\\.? ?(?:no\\.? ?)?(\\d+[a-z]?(?:\\.(?:\\d+[a-z]?|[a-z]{1,2}))*)|(?:\\. ?| )(?:no\\.? ?)?([a-z]{1,2}(?:\\.(?:\\d+[a-z]?|[a-z]{1,2}))*))$`,
);

/** An exact reference a query names: the `ref` filter value of the page it means. */
export function parseReference(query: string): string | undefined {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  const recommendation = recommendationRef.exec(q);
  if (recommendation) return `recommendation ${(recommendation[1] ?? recommendation[2])!.replace(/^0+(?=\d)/, '')}`;
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

/** Words of councils' names that name no council in particular. */
const genericCouncilWords = new Set('council county city borough metropolitan district of the s'.split(' '));

/**
 * Words that may stand just before a reference in a question without naming anything themselves:
 * "who is responsible for recommendation 8", "what happened to rec 8", "progress on para 24".
 */
const linkingWords = new Set(
  'for to on about of with in under against from by at and is was are were the a an did does do has have had s leads led owns answers meets met see show find me'.split(
    ' ',
  ),
);

/** Short words a reference by letter ("area b") would otherwise take from a sentence ("recommendations on"). */
const notLetterReferences = new Set(
  'a i an am as at be by do he if in is it me my no of on or so to up us we'.split(' '),
);

/** The councils whose names all the council words of a query belong to. */
function councilsNamed(
  queryWords: readonly string[],
  councils: readonly string[],
): { named: boolean; matches: string[] } {
  const nameWords = councils.map((name) => ({ name, words: words(name).filter((w) => !genericCouncilWords.has(w)) }));
  const known = new Set(nameWords.flatMap((n) => n.words));
  const scope = queryWords.filter((w) => known.has(w));
  if (scope.length === 0) return { named: false, matches: [] };
  return { named: true, matches: nameWords.filter((n) => scope.every((w) => n.words.includes(w))).map((n) => n.name) };
}

/**
 * Reads a reference anywhere in a query, scoped to the council it names: "recommendation 8",
 * "Worcestershire recommendation 5", "torbay rec 8", "who is responsible for recommendation 8",
 * "what happened to Torbay's rec 8". The words around the reference may be a question; the word just
 * before it must be a linking word ("for", "to", "about"…) or a council's, so that "Leicester
 * recommendation 5" (a council the site does not have) or "supervision recommendation 8" is searched
 * as words, not pinned to another council's recommendation. Council words must all belong to exactly
 * one of `councils` (the names the search filters offer). A query naming two references names none.
 */
export function parseScopedReference(query: string, councils: readonly string[] = []): ScopedReference | undefined {
  const q = query.trim().replace(/\s+/g, ' ');
  const whole = parseReference(q);
  if (whole) return { ref: whole };
  const parts = q.split(' ');
  const found: { ref: string; start: number; end: number }[] = [];
  // The longest reference starting at each word: "area for improvement b" before "area".
  for (let start = 0; start < parts.length; start++) {
    for (let end = Math.min(parts.length, start + 6); end > start; end--) {
      const text = parts.slice(start, end).join(' ');
      const ref = parseReference(text.replace(/[?!.,;:]+$/, ''));
      if (!ref) continue;
      const letters = /^recommendation ([a-z]{1,2})$/.exec(ref)?.[1];
      if (letters && notLetterReferences.has(letters)) continue;
      found.push({ ref, start, end });
      start = end - 1;
      break;
    }
  }
  if (found.length !== 1) return undefined;
  const [{ ref, start, end }] = found as [{ ref: string; start: number; end: number }];
  const others = words([...parts.slice(0, start), ...parts.slice(end)].join(' '));
  const { named, matches } = councilsNamed(others, councils);
  if (named && matches.length !== 1) return undefined;
  const before = words(parts.slice(0, start).join(' ')).at(-1);
  const council = matches[0];
  const councilWords = council ? words(council) : [];
  if (before !== undefined && !linkingWords.has(before) && !councilWords.includes(before)) return undefined;
  return council ? { ref, council } : { ref };
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
