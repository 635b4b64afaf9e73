// Views as a reader reads them: lines as plain text, ratings and tags as their words, for inline snapshots.
import { plain, type ActionRow } from '../../../src/lib/views/common.ts';

const isRating = (x: object) => 'rating' in x && Object.keys(x).every((k) => k === 'rating' || k === 'noScale');
const isInline = (x: unknown) =>
  typeof x === 'string' || (!!x && typeof x === 'object' && ('text' in x || isRating(x)));

/** A view with every line turned into the text a reader sees (links as ‹text›, tags and ratings as [text]). */
export function readable(value: unknown): unknown {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isInline) && value.some((x) => typeof x !== 'string'))
      return plain(value as never);
    return value.map(readable);
  }
  if (value && typeof value === 'object') {
    if (isRating(value)) return plain([value as never]);
    // A rating of a plan's scale, as its word: "[Green]".
    if ('colour' in value && 'definition' in value && 'label' in value)
      return `[${(value as { label: string }).label}]`;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, readable(v)]));
  }
  return value;
}

/** An action row as one line: "1.2.2 | HoS | 31st January 2020 [Overdue] | Amber". */
export const actionRowText = (r: ActionRow) =>
  `${r.ref} | ${r.lead} | ${r.timescale}${r.dueHint ? ` (${r.dueHint})` : ''}${r.overdue ? ' [Overdue]' : ''} | ${r.rating?.label ?? (r.noScale ? 'No rating column in the plan' : 'Not yet rated')}`;
