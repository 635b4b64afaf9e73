// An .xlsx (or .docx) file is a zip archive. Before any of it is inflated for reading, its directory is read and
// every part is inflated once under a hard ceiling, so a small file that would inflate to hundreds of
// megabytes (a "zip bomb") is refused instead of exhausting memory.
import { inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  /** Most parts in the archive. */
  maxEntries: number;
  /** Most bytes all parts may inflate to together. */
  maxUncompressedBytes: number;
  /** Whose words the messages use: an Excel plan sheet (the default) or a Word document. */
  document?: 'sheet' | 'word';
}

const words = {
  sheet: {
    damaged:
      'is not an Excel workbook (.xlsx), or it is damaged: open it in Excel and save it again as "Excel Workbook (.xlsx)"',
    resave: 'open it in Excel and save it again as "Excel Workbook (.xlsx)"',
    parts: (limit: number) =>
      `a plan workbook has far fewer (at most ${limit}): save only the plan's sheet in a new workbook`,
    tooBig:
      "far more than a plan sheet: it may contain images, other sheets or repeated cells. Copy the plan's rows into a new workbook and save that",
  },
  word: {
    damaged:
      'could not be opened as a Word document (.docx): the file is damaged or is not a .docx. Open it in Word and save it again as "Word Document (.docx)".',
    resave: 'open it in Word and save it again as "Word Document (.docx)"',
    parts: (limit: number) =>
      `a plan document has far fewer (at most ${limit}): copy the plan's tables into a new document and save that`,
    tooBig:
      "far more than a plan's text: it may contain large pictures or embedded files. Copy the plan's tables into a new document, without pictures, and import that",
  },
};

/** Why the archive is refused, in a publisher's words; undefined when it is within the limits. */
export function zipProblem(data: Buffer, limits: ZipLimits): string | undefined {
  const said = words[limits.document ?? 'sheet'];
  const damaged = said.damaged;
  // End of central directory: signature 0x06054b50, within the last 65,557 bytes.
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 65557); i--) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return damaged;
  const entries = data.readUInt16LE(eocd + 10);
  const directoryOffset = data.readUInt32LE(eocd + 16);
  if (entries === 0xffff || directoryOffset === 0xffffffff)
    return `uses a zip format (ZIP64) meant for very large files, which a plan never needs: ${said.resave}`;
  if (entries > limits.maxEntries) return `has ${entries} parts inside; ${said.parts(limits.maxEntries)}`;
  let total = 0;
  let at = directoryOffset;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) return damaged;
    const method = data.readUInt16LE(at + 10);
    const compressed = data.readUInt32LE(at + 20);
    const declared = data.readUInt32LE(at + 24);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const local = data.readUInt32LE(at + 42);
    at += 46 + nameLength + extraLength + commentLength;
    total += declared;
    if (total > limits.maxUncompressedBytes) return tooBig(limits);
    if (local + 30 > data.length || data.readUInt32LE(local) !== 0x04034b50) return damaged;
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const body = data.subarray(start, start + compressed);
    if (method === 0) {
      if (declared !== compressed) return damaged;
    } else if (method === 8) {
      // The declared size may lie: inflate with a ceiling of what it declared, so a lie fails here.
      try {
        const inflated = inflateRawSync(body, { maxOutputLength: Math.max(1, declared) });
        if (inflated.length !== declared) return damaged;
      } catch (error) {
        return (error as Error).name === 'RangeError' || /maxOutputLength|buffer/i.test((error as Error).message)
          ? tooBig(limits)
          : damaged;
      }
    } else return damaged;
  }
  return undefined;
}

function tooBig(limits: ZipLimits): string {
  return `would unpack to more than ${Math.round(limits.maxUncompressedBytes / 1_000_000)} MB, ${words[limits.document ?? 'sheet'].tooBig}`;
}
