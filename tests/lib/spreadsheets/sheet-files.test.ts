import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { writeSheet } from '../../../src/lib/spreadsheets/sheet-files.ts';

// writeSheet has exceljs store a workbook's parts uncompressed and compresses them once, when it
// re-dates them (issue 15's build cost). The file must be the one exceljs's own compressed zip,
// re-dated the same way, gives: same parts, same order, same bytes.
describe('writeSheet (xlsx)', () => {
  const rows = [
    ['Ref', 'Action', 'By when'],
    ...Array.from({ length: 30 }, (_, i) => [`1.${i}`, `Managers audit case file ${i} each month.`, 'March 2020']),
  ];
  const date = new Date('2019-10-01T00:00:00Z');

  it('writes the same bytes as re-dating exceljs’s default, compressed zip', async () => {
    const compressed = await (async () => {
      const written = await writeSheet(rows, 'xlsx', 'Actions', date);
      // Rebuild from the written workbook's own parts as exceljs compresses them by default.
      const parts = await JSZip.loadAsync(written);
      const again = new JSZip();
      for (const entry of Object.values(parts.files)) {
        if (!entry.dir) again.file(entry.name, await entry.async('uint8array'), { date, createFolders: false });
      }
      const deflated = await again.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
      const redated = new JSZip();
      for (const entry of Object.values((await JSZip.loadAsync(deflated)).files)) {
        if (!entry.dir) redated.file(entry.name, await entry.async('uint8array'), { date, createFolders: false });
      }
      return {
        written,
        expected: await redated.generateAsync({
          type: 'nodebuffer',
          compression: 'DEFLATE',
          compressionOptions: { level: 6 },
        }),
      };
    })();
    expect(Buffer.compare(compressed.written, compressed.expected)).toBe(0);
    expect(Buffer.compare(await writeSheet(rows, 'xlsx', 'Actions', date), compressed.written)).toBe(0);
  });

  it('compresses every part (none is left stored)', async () => {
    const zip = await JSZip.loadAsync(await writeSheet(rows, 'xlsx', 'Actions', date));
    const methods = Object.values(zip.files)
      .filter((f) => !f.dir)
      .map((f) => (f as unknown as { _data: { compression: { magic: string } } })._data.compression.magic);
    expect(methods.length).toBeGreaterThan(3);
    expect(methods.every((m) => m === '\x08\x00')).toBe(true);
  });
});
