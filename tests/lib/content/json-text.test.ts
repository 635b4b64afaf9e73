import { describe, expect, it } from 'vitest';
import { firstDuplicateKey, parseJsonText } from '../../../src/lib/content/json-text.ts';

describe('JSON as an author writes it', () => {
  it('reads valid JSON', () => {
    expect(parseJsonText('{"a": [1, {"b": "c"}]}')).toEqual({ ok: true, data: { a: [1, { b: 'c' }] } });
  });

  it('refuses a duplicate key, which JSON.parse would silently resolve, with both lines', () => {
    const text = '{\n  "title": "One",\n  "notes": [],\n  "title": "Two"\n}';
    expect(parseJsonText(text)).toEqual({
      ok: false,
      line: 4,
      message:
        'line 4: the field "title" appears twice in the same object (first on line 2); only one would be kept and the other lost. Keep one and delete or merge the other',
    });
  });

  it('tells keys from values, and objects apart', () => {
    expect(firstDuplicateKey('{"a": "a", "b": {"a": 1}, "c": ["a", "a"]}')).toBeUndefined();
    expect(firstDuplicateKey('{"a": "x\\"y", "k": 1, "k\\u0000": 2}')).toBeUndefined();
    expect(firstDuplicateKey('[{"a": 1}, {"a": 2}]')).toBeUndefined();
    expect(firstDuplicateKey('{"x": {"a": 1, "a": 2}}')).toEqual({ key: 'a', line: 1, firstLine: 1 });
  });

  it('locates syntax errors by line and column and says how to fix them, in words', () => {
    const missingComma = parseJsonText('{\n  "a": 1\n  "b": 2\n}');
    expect(missingComma).toMatchObject({ ok: false, line: 3 });
    expect(missingComma.ok === false && missingComma.message).toMatch(
      /^is not valid JSON at line 3, column 3: .*: a comma is missing between two fields or items, or a bracket is not closed$/,
    );
    const trailing = parseJsonText('{\n  "a": 1,\n}');
    expect(trailing.ok === false && trailing.message).toMatch(
      /field names are in double quotes, and there is no comma after the last field/,
    );
    expect(parseJsonText('')).toEqual({
      ok: false,
      message: 'is empty: a JSON file holds one object, starting with { and ending with }',
    });
    const cut = parseJsonText('{"a": [1');
    expect(cut.ok === false && cut.message).toMatch(/a closing \} or \] is missing|a comma is missing/);
    const tab = parseJsonText('{"a": "one\ttwo"}');
    expect(tab.ok === false && tab.message).toMatch(/contains a line break or tab: write \\n for a new line/);
    const after = parseJsonText('{"a": 1} x');
    expect(after.ok === false && after.message).toMatch(/there is text after the final \}/);
  });
});
