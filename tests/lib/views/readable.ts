// Views as a reader reads them: lines as plain text, ratings and tags as their words, for inline snapshots.
import { plain } from '../../../src/lib/views/common.ts';

const isRating = (x: object) => 'rating' in x && Object.keys(x).every((k) => k === 'rating' || k === 'noScale');
const isInline = (x: unknown) =>
  typeof x === 'string' || (!!x && typeof x === 'object' && ('text' in x || isRating(x)));

/** A view with every line turned into the text a reader sees (links as ‹text›, tags as [text]). */
export function readable(value: unknown): unknown {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isInline) && value.some((x) => typeof x !== 'string'))
      return plain(value as never);
    return value.map(readable);
  }
  if (value && typeof value === 'object') {
    if (isRating(value)) return plain([value as never]);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, readable(v)]));
  }
  return value;
}
