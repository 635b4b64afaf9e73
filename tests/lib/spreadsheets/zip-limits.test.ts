import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { zipProblem } from '../../../src/lib/spreadsheets/zip-limits.ts';

const limits = { maxEntries: 10, maxUncompressedBytes: 1_000_000 };
const zip = async (files: Record<string, string>, compression: 'DEFLATE' | 'STORE' = 'DEFLATE') => {
  const z = new JSZip();
  for (const [name, text] of Object.entries(files)) z.file(name, text);
  return z.generateAsync({ type: 'nodebuffer', compression });
};

describe('an .xlsx is checked before it is inflated', () => {
  it('accepts a small archive, stored or deflated', async () => {
    expect(zipProblem(await zip({ 'a.xml': '<a/>'.repeat(100), 'b.xml': '<b/>' }), limits)).toBeUndefined();
    expect(zipProblem(await zip({ 'a.xml': '<a/>' }, 'STORE'), limits)).toBeUndefined();
  });

  it('refuses a small file that would unpack to too much (a zip bomb), in words', async () => {
    const bomb = await zip({ 'sheet.xml': '0'.repeat(2_000_000) });
    expect(bomb.length).toBeLessThan(50_000);
    expect(zipProblem(bomb, limits)).toBe(
      "would unpack to more than 1 MB, far more than a plan sheet: it may contain images, other sheets or repeated cells. Copy the plan's rows into a new workbook and save that",
    );
  });

  it('refuses a part that lies about its size', async () => {
    const data = await zip({ 'sheet.xml': '0'.repeat(500_000) });
    const central = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    data.writeUInt32LE(1000, central + 24); // declares 1,000 bytes; inflates to 500,000
    expect(zipProblem(data, limits)).toMatch(/would unpack to more than|is not an Excel workbook/);
  });

  it('refuses too many parts, and what is not a zip at all', async () => {
    const many = await zip(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`p${i}.xml`, 'x'])));
    expect(zipProblem(many, limits)).toBe(
      "has 11 parts inside; a plan workbook has far fewer (at most 10): save only the plan's sheet in a new workbook",
    );
    expect(zipProblem(Buffer.from('Ref,Theme\n1.1.1,x\n'), limits)).toBe(
      'is not an Excel workbook (.xlsx), or it is damaged: open it in Excel and save it again as "Excel Workbook (.xlsx)"',
    );
    const truncated = (await zip({ 'a.xml': 'a' })).subarray(0, 10);
    expect(zipProblem(Buffer.from(truncated), limits)).toMatch(/^is not an Excel workbook/);
  });
});
