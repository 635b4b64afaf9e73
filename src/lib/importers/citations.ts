// Reads the citations councils put in brackets ("(Para 83, 85, 86)", "(April & October Monitoring
// Visit)", "(recommendation 8 and repeated)") into cross-references. Pure; reports what it cannot place.
import { fullMonthNumber, monthNames } from '../base/dates.ts';
import { recommendation as recommendationSchema } from '../../schemas/inspection.ts';

/** A monitoring visit a citation can name: its id and when it took place ("2019-04"). */
export interface VisitRef {
  id: string;
  visited: string;
}

const monthPattern = new RegExp(`\\b(${monthNames.join('|')})\\b(?:\\s+(\\d{4}))?`, 'gi');

/** A citation in brackets at the end of a paragraph, with anything after it (a full stop, a footnote mark). */
export function trailingCitation(text: string): { before: string; citation: string; after: string } | undefined {
  const match = /^([\s\S]*?)\s*\(([^()]*)\)\s*([.*]*)\s*$/.exec(text);
  if (!match) return undefined;
  return { before: match[1]!, citation: match[2]!.trim(), after: match[3]! };
}

/** True when the words in brackets cite the report or a visit, rather than explain something. */
export function isCitation(words: string): boolean {
  return /\bparas?\b|\bparagraphs?\b|monitoring\s+visit|internal\s+(data|objective)|\brecommendations?\s+\d/i.test(
    words,
  );
}

/** Paragraph numbers cited: "Para 83, 85, 86", "Para 35 & 36", "Para 92, 93, 91" (in the source's order). */
export function citedParagraphs(citation: string): number[] {
  const out: number[] = [];
  for (const run of citation.matchAll(/\b(?:paras?|paragraphs?)\b\.?\s*((?:\d+\s*(?:,|&|and)?\s*)+)/gi)) {
    for (const n of run[1]!.matchAll(/\d+/g)) out.push(Number(n[0]));
  }
  return [...new Set(out)];
}

/** Recommendation ids cited, as the source names them, lower-case: "recommendation 1. and repeated" → ["1"]. */
export function citedRecommendations(citation: string): string[] {
  const out: string[] = [];
  for (const run of citation.matchAll(
    /\brecommendations?\b\s*((?:(?:\d+(?:\.\d+)*|[a-z]\b)\.?\s*(?:,|&|and(?!\s+repeated))?\s*)+)/gi,
  )) {
    for (const id of run[1]!.matchAll(/\d+(?:\.\d+)*|\b[a-z]\b/gi)) out.push(id[0].toLowerCase());
  }
  return [...new Set(out)];
}

/**
 * Monitoring visits named by month (and year, where given): "April & October Monitoring Visit",
 * "Monitoring Visit January, April and October". A month that matches no visit, or more than one,
 * is reported, never guessed.
 */
export function citedVisits(citation: string, visits: readonly VisitRef[]): { ids: string[]; problems: string[] } {
  if (!/monitoring\s+visit/i.test(citation)) return { ids: [], problems: [] };
  const ids: string[] = [];
  const problems: string[] = [];
  for (const match of citation.matchAll(monthPattern)) {
    const month = String(fullMonthNumber(match[1]!)).padStart(2, '0');
    const year = match[2];
    const found = visits.filter((v) =>
      year ? v.visited.startsWith(`${year}-${month}`) : v.visited.slice(5, 7) === month,
    );
    const named = `${match[1]}${year ? ` ${year}` : ''}`;
    if (found.length === 1) ids.push(found[0]!.id);
    else if (found.length === 0) {
      problems.push(
        `"(${citation})" names the ${named} monitoring visit, but the inspection has no monitoring visit in ${named}${visits.length ? ` (it has ${visits.map((v) => `${v.id}, ${v.visited}`).join('; ')})` : ''}: add the visit's file under src/content/monitoring-visits/ first`,
      );
    } else {
      problems.push(
        `"(${citation})" names the ${named} monitoring visit, and ${found.map((v) => v.id).join(' and ')} both took place then: add the year to the citation`,
      );
    }
  }
  if (ids.length === 0 && problems.length === 0) {
    problems.push(
      `"(${citation})" cites a monitoring visit without saying which month: add the month (e.g. "October 2019 Monitoring Visit")`,
    );
  }
  return { ids: [...new Set(ids)], problems };
}

/** True when this site's inspection schema names recommendations by string id (interfaces.md item 1). */
export function recommendationIdsAreStrings(): boolean {
  return 'id' in recommendationSchema.shape;
}

/**
 * A recommendation id as the content files hold it: a string id ("8", "b", "2.1") where the schema
 * has ids, else a positive integer; undefined when the schema cannot hold it (a lettered id before ids).
 */
export function recommendationValue(id: string): string | number | undefined {
  if (recommendationIdsAreStrings()) return id;
  return /^\d+$/.test(id) && Number(id) > 0 ? Number(id) : undefined;
}
