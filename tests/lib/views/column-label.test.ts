import { describe, expect, it } from 'vitest';
import { columnLabel, numericCell } from '../../../src/lib/views/column-label.ts';

describe("a stacked table cell's label", () => {
  it("is its column header's text with whitespace collapsed, and none for an empty header", () => {
    expect(columnLabel('  Rate per\n 10,000  ')).toBe('Rate per 10,000');
    expect(columnLabel('  ')).toBeUndefined();
    expect(columnLabel(undefined)).toBeUndefined();
  });

  it('gives a numeric cell its class, then its label when the column has one', () => {
    expect(Object.entries(numericCell('Late '))).toEqual([
      ['class', 'app-table__numeric'],
      ['data-label', 'Late'],
    ]);
    expect(numericCell('')).toEqual({ class: 'app-table__numeric' });
  });
});
