// Small helpers the integrity messages share: lists, ranges and repeats as a reader expects them.
import { listWords } from '../../base/text.ts';

/** Lists values as a reader expects: "1, 2 and 3". */
export function list(values: readonly (string | number)[], conjunction: 'and' | 'or' = 'and'): string {
  const shown = values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v)));
  return shown.length === 0 ? 'none' : listWords(shown, conjunction);
}

/** Describes a run of numbers compactly: "1–16", "18, 19, 21–25". */
export function ranges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j - i >= 2 ? `${sorted[i]}–${sorted[j]}` : sorted.slice(i, j + 1).join(', '));
    i = j;
  }
  return parts.join(', ') || 'none';
}

/**
 * Recommendation ids in the report's order, numbers as ranges: "1–16", "a, b, c", "1.1, 2.1".
 * All-numeric lists keep the range form; anything else is listed.
 */
export function idList(ids: readonly string[]): string {
  if (ids.length > 0 && ids.every((id) => /^\d+$/.test(id))) return ranges(ids.map(Number));
  return ids.length > 0 ? [...new Set(ids)].join(', ') : 'none';
}

/** The values that occur more than once, each once, in the order of their second occurrence. */
export function duplicates<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const dupes = new Set<T>();
  for (const v of values) (seen.has(v) ? dupes : seen).add(v);
  return [...dupes];
}
