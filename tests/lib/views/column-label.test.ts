import { describe, expect, it } from 'vitest';
import { columnLabel } from '../../../src/lib/views/column-label.ts';

describe("a stacked table cell's label", () => {
  it("is its column header's text with whitespace collapsed, and none for an empty header", () => {
    expect(columnLabel('  Rate per\n 10,000  ')).toBe('Rate per 10,000');
    expect(columnLabel('  ')).toBeUndefined();
    expect(columnLabel(undefined)).toBeUndefined();
  });
});
