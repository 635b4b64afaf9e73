import { describe, expect, it } from 'vitest';
import { decodeUtf8, decodeWindows1252, invisibleCharacter } from '../../../src/lib/content/source-text.ts';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("bytes to text, never silently changing an author's words", () => {
  it('decodes UTF-8, reporting and removing a BOM', () => {
    expect(decodeUtf8(utf8('Café “quoted”'))).toEqual({ ok: true, text: 'Café “quoted”', bom: false });
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ ok: true, text: 'A', bom: true });
  });

  it('refuses bytes that are not UTF-8, naming the line, the byte and what Windows-1252 would read', () => {
    const decoded = decodeUtf8(bytes(0x61, 0x0a, 0x62, 0x0a, 0x93, 0x78, 0x94));
    expect(decoded).toEqual({
      ok: false,
      line: 3,
      windows1252: 'a\nb\n“x”',
      message:
        'is not saved as UTF-8: line 3 has the byte 0x93 (it looks like Windows-1252, where that byte is "“"), which would be published as "�". Open the file in your editor and save it with the encoding "UTF-8"',
    });
    const truncated = decodeUtf8(bytes(0x41, 0xe2, 0x80));
    expect(truncated.ok).toBe(false);
    expect(!truncated.ok && truncated.message).toContain('line 1 has the byte 0xE2');
  });

  it('decodes Windows-1252, and gives up on bytes it does not define', () => {
    expect(decodeWindows1252(bytes(0x80, 0x20, 0x96, 0x20, 0xe9))).toBe('€ – é');
    expect(decodeWindows1252(bytes(0x81))).toBeUndefined();
  });

  it('finds invisible control characters and replacement characters, with their line', () => {
    expect(invisibleCharacter('a\tb\r\nc')).toBeUndefined();
    expect(invisibleCharacter('one\ntwo\u0007')).toEqual({ line: 2, code: 'U+0007' });
    expect(invisibleCharacter('lost \uFFFD')).toEqual({ line: 1, code: 'U+FFFD' });
    expect(invisibleCharacter('\u007f')).toEqual({ line: 1, code: 'U+007F' });
  });
});
