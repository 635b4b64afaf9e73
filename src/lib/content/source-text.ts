// Bytes → text, refusing what would silently change an author's words: invalid UTF-8, a BOM, invisible
// control characters. Shared by the content check (and so the build) and the spreadsheet import.

/** Windows-1252's characters for bytes 0x80–0x9F (undefined bytes are absent). */
const cp1252High: Record<number, string> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
};

/** Decodes Windows-1252 (what Excel and Word on Windows save as "CSV" or "Text"); undefined if a byte has no character there. */
export function decodeWindows1252(bytes: Uint8Array): string | undefined {
  let out = '';
  for (const byte of bytes) {
    if (byte < 0x80 || byte >= 0xa0) out += String.fromCharCode(byte);
    else if (cp1252High[byte]) out += cp1252High[byte];
    else return undefined;
  }
  return out;
}

/** The 1-based line and column of a byte offset. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Where the first byte that is not UTF-8 is. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Binary search on prefix validity would split characters; walk instead (files are small).
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      decoder.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return -1;
}

export type DecodedText =
  { ok: true; text: string; bom: boolean } | { ok: false; message: string; line?: number; windows1252?: string };

/** Decodes UTF-8 strictly. A leading BOM is reported in `bom` and removed. */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), bom };
  } catch {
    const offset = firstInvalidUtf8(body);
    const line = lineOfByte(body, offset);
    const windows1252 = decodeWindows1252(body);
    const bad = Array.from(body.subarray(offset, offset + 1), (b) => `0x${b.toString(16).toUpperCase()}`).join(' ');
    const seen = windows1252
      ? ` (it looks like Windows-1252, where that byte is "${decodeWindows1252(body.subarray(offset, offset + 1))}")`
      : '';
    return {
      ok: false,
      line,
      windows1252,
      message: `is not saved as UTF-8: line ${line} has the byte ${bad}${seen}, which would be published as "�". Open the file in your editor and save it with the encoding "UTF-8"`,
    };
  }
}

/**
 * Control characters that are invisible in an editor and invalid in XML: everything below U+0020 except
 * tab, line feed and carriage return, plus U+FFFD (a character already lost), and half of a surrogate
 * pair without its other half (only an escape such as "\\ud800" can write one; it is no character at all).
 */
const invisible =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Describes the first invisible control character, replacement character or lone surrogate in `text`, with its line; undefined if none. */
export function invisibleCharacter(text: string): { line: number; code: string } | undefined {
  const match = invisible.exec(text);
  if (!match) return undefined;
  const line = text.slice(0, match.index).split('\n').length;
  return { line, code: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` };
}
