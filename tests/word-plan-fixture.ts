// Writes a Word document of the Torbay plan from its source text (a copy of the plan's source document in tests/fixtures/word-plan/), with the `docx`
// package: headings, bulleted objectives and, as in the source, tables broken across pages, where a
// row continues at the top of the next page in a row without a Ref. Test fixture only.
import { readFileSync } from 'node:fs';
import {
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

export const TORBAY_SEED = 'tests/fixtures/word-plan/torbay-improvement-plan-v1-2019-10.txt';

/** Text as one run. The seed's "31 st" (a superscript in the published plan, read as the seed has it) stays as the bundled content transcribes it. */
function runs(text: string, italics = false): TextRun[] {
  return [new TextRun({ text, italics })];
}

/** A cell's paragraphs: "<p>a</p> <p>b</p>" is two, plain text one. */
function cellParagraphs(cell: string): string[] {
  const tagged = [...cell.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.trim());
  return tagged.length ? tagged : cell.trim() ? [cell.trim()] : [];
}

export interface WordPlanOptions {
  /** Replace a header cell's text, e.g. to test an unknown column. */
  header?: (text: string, column: number) => string;
}

/** Builds the .docx of the seed plan. */
export async function torbayPlanDocx(
  options: WordPlanOptions = {},
  seed = readFileSync(TORBAY_SEED, 'utf8'),
): Promise<Buffer> {
  const lines = seed.split(/\r?\n/);
  const children: (Paragraph | Table)[] = [];
  let table: string[][] = [];
  let tables = 0;
  const flushTable = () => {
    if (table.length === 0) return;
    if (tables++ > 0 && !/^Ref/.test(table[0]![0]!)) children.push(new Paragraph({ children: [new PageBreak()] }));
    const width = Math.max(...table.map((r) => r.length));
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: table.map((row, r) => {
          const header = r === 0 && /^Ref/.test(row[0]!);
          return new TableRow({
            tableHeader: header,
            cantSplit: false,
            children: Array.from({ length: width }, (_, c) => {
              const text = header && options.header ? options.header(row[c] ?? '', c) : (row[c] ?? '');
              const paras = cellParagraphs(text);
              return new TableCell({
                children: paras.length
                  ? paras.map(
                      (p) => new Paragraph({ children: header ? [new TextRun({ text: p, bold: true })] : runs(p) }),
                    )
                  : [new Paragraph('')],
              });
            }),
          });
        }),
      }),
    );
    table = [];
  };
  for (const line of lines) {
    if (line.includes('\t')) {
      const cells = line.split('\t');
      if (cells.every((c) => /^-*$/.test(c.trim()))) continue; // the text dump's rule under a page's last row
      table.push(cells);
      continue;
    }
    flushTable();
    const text = line.trim();
    if (!text) continue;
    if (/^Theme \d/.test(text)) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(text) }));
    else if (/^Objective/.test(text))
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(text) }));
    else if (text.startsWith('- ')) {
      const item = text.slice(2);
      const italic = /^\*[\s\S]*\*$/.test(item);
      children.push(new Paragraph({ bullet: { level: 0 }, children: runs(italic ? item.slice(1, -1) : item, italic) }));
    } else if (/^[A-Z' ]+$/.test(text) && text.length > 3)
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(text) }));
    else children.push(new Paragraph({ children: runs(text) }));
  }
  flushTable();
  const document = new Document({ sections: [{ children }] });
  return Packer.toBuffer(document);
}

/**
 * A short plan for the fictional "Exampleshire" (test fixture): one theme, one objective citing
 * recommendation 2, two actions citing paragraphs 3 and 4, the first rated "Amber ↑" and continued on
 * the next page mid-sentence.
 */
export async function exampleshirePlanDocx(): Promise<Buffer> {
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const row = (cells: string[], header = false) =>
    new TableRow({ tableHeader: header, children: cells.map((c) => cell(c, header)) });
  const header = ['Ref', 'Desired outcome', 'Actions', 'Lead', 'Timescale', 'Evidence of progress', 'RAG/DOT'];
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            text: 'Exampleshire Children’s Services Improvement Plan (fictional, for tests)',
          }),
          new Paragraph('VERSION 1 - OCTOBER 2018'),
          new Paragraph('We will use Red/ Amber/ Green (RAG) ratings to show progress:'),
          new Paragraph({ bullet: { level: 0 }, text: 'Green- on track' }),
          new Paragraph({ bullet: { level: 0 }, text: 'Amber- some slippage' }),
          new Paragraph({ bullet: { level: 0 }, text: 'Red- not on track' }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Theme 1 – Help and protection' }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Objective 1.1:' }),
          new Paragraph({ bullet: { level: 0 }, text: 'Make assessments timely (recommendation 2)' }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              row(header, true),
              row([
                '1.1.1',
                'Assessments are completed on time. (Para 3, 4)',
                'Managers track every assessment and review',
                'DCS',
                'December 2018',
                'Weekly tracking started.',
                'Amber ↑',
              ]),
            ],
          }),
          new Paragraph({ children: [new PageBreak()] }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              row(['', '', 'overdue assessments each week.', '', '', '', '']),
              row([
                '1.1.2',
                'Plans are reviewed with the child. (Para 4)',
                'Review every plan with the child.',
                'DCS',
                'March 2019',
                '',
                '',
              ]),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
