// A view as a reader would read it: lines as plain text (links ‹…›, tags […], ratings [word]).
import { plain } from '../../../src/lib/views/common.ts';

const isRating = (x: object) => 'rating' in x && Object.keys(x).every((k) => k === 'rating' || k === 'noScale');
const isInline = (x: unknown) =>
  typeof x === 'string' || (!!x && typeof x === 'object' && ('text' in x || isRating(x)));

export function readable(value: unknown): unknown {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isInline) && value.some((x) => typeof x !== 'string'))
      return plain(value as never);
    return value.map(readable);
  }
  if (value && typeof value === 'object') {
    if (isRating(value)) return plain([value as never]);
    if ('colour' in value && 'definition' in value && 'label' in value)
      return `[${(value as { label: string }).label}]`;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, readable(v)]));
  }
  return value;
}
