import { describe, expect, it } from 'vitest';
import { firstDuplicateKey, firstErrorAt, parseJsonText } from '../../../src/lib/content/json-text.ts';

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

  it("locates an unexpected token the engine gives no position for, and never echoes the engine's message", () => {
    expect(parseJsonText('{\n  "name": }')).toEqual({
      ok: false,
      line: 2,
      message:
        'is not valid JSON at line 2, column 11: unexpected "}": a value is missing before it, or there is a comma after the last field or item',
    });
    const bare = parseJsonText('{\n  "a": 1,\n  "b": tru\n}');
    expect(bare).toMatchObject({ ok: false, line: 3 });
    expect(bare.ok === false && bare.message).toBe(
      'is not valid JSON at line 3, column 8: unexpected "t": a value is missing, or a text value is not in double quotes (true, false and null are written in lower case, without quotes)',
    );
    expect(bare.ok === false && bare.message).not.toMatch(/Unexpected token|is not valid JSON:/);
  });

  it('finds the first invalid character exactly where JSON.parse would fail, and none in valid JSON', () => {
    const valid = ['{}', '[]', '{"a": [1, -2.5e3, true, false, null, "x\\"y"]}', ' {"a": {"b": []}} '];
    for (const text of valid) expect(firstErrorAt(text), text).toBe(-1);
    expect(firstErrorAt('{"a": }')).toBe(6);
    expect(firstErrorAt('[1, 2,]')).toBe(6);
    expect(firstErrorAt('{"a": 1} x')).toBe(9);
    expect(firstErrorAt('{"a": "b')).toBe(8);
    expect(firstErrorAt("{'a': 1}")).toBe(1);
    expect(firstErrorAt('{"a": 01}')).toBe(7);
    expect(firstErrorAt('{"a" 1}')).toBe(5);
  });
});
