import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommendationIdsAreStrings } from '../../../src/lib/importers/citations.ts';
import { formatDocProblem, ImportFileError } from '../../../src/lib/importers/docx-plan.ts';
import {
  dateRange,
  importReport,
  pdfLines,
  readReportLines,
  textLines,
  type ReportLine,
} from '../../../src/lib/importers/report.ts';
import { defaultRoots } from '../../../src/lib/content/parse-content.ts';
import { inspection } from '../../../src/schemas/inspection.ts';
import { bundledFiles, exampleshire, runImport, scratchContent } from '../../helpers.ts';
import { exampleReport, reportPdf, type ReportShape } from '../../report-pdf-fixture.ts';

const node = 'node_modules/.bin/node';
/** The folders messages name, as in a council's repository (the files themselves come from the fixture). */
const roots = defaultRoots;
const files = [...bundledFiles, exampleshire];
const allParagraphs = (shape: ReportShape) => shape.sections.flatMap((s) => s.paragraphs);
const expectedJudgements = [
  { area: 'The impact of leaders on social work practice with children and families', judgement: 'inadequate' },
  { area: 'The experiences and progress of children who need help and protection', judgement: 'inadequate' },
  { area: 'The experiences and progress of children in care and care leavers', judgement: 'requires-improvement' },
  { area: 'Overall effectiveness', judgement: 'inadequate' },
];

describe('a PDF shaped like an inspection report with numbered recommendations', () => {
  const shape = exampleReport('number', 13, 42);
  let lines: ReportLine[];
  beforeAll(async () => {
    lines = await pdfLines(await reportPdf(shape), 'report.pdf');
  }, 60_000);

  it('has paragraphs that run across pages, under a running head and page numbers', () => {
    const pages = new Set(lines.map((l) => l.page));
    expect(pages.size).toBeGreaterThanOrEqual(4);
    // some page starts (after its running head) in the middle of a paragraph
    const firstTextLines = [...pages].slice(1).map((p) => lines.filter((l) => l.page === p && l.size === 11)[0]!.text);
    expect(firstTextLines.some((t) => !/^\d+\.\t/.test(t))).toBe(true);
  });

  it('reads every recommendation, every paragraph (joined across pages) and the judgements table', () => {
    const read = readReportLines(lines);
    expect(read.recommendations.map((r) => r.id)).toEqual(shape.recommendations.map((_, i) => String(i + 1)));
    expect(read.recommendations.map((r) => r.text)).toEqual(shape.recommendations);
    expect(read.paragraphs.map((p) => p.number)).toEqual(allParagraphs(shape).map((_, i) => i + 1));
    allParagraphs(shape).forEach((text, i) => expect(read.paragraphs[i]!.text, `paragraph ${i + 1}`).toBe(text));
    expect(read.judgements).toEqual(expectedJudgements);
    expect(read.term).toBeUndefined();
    expect(read.title).toBe(shape.title);
    expect([read.fieldworkStart, read.fieldworkEnd]).toEqual(['2018-05-14', '2018-05-25']);
    expect(read.unplaced).toEqual([]);
  });

  it('imports as an inspection file that passes the check, with a summary', () => {
    const result = importReport(lines, files, roots, {
      inspectionKey: 'exampleshire/ofsted-2018',
      sourceName: 'report.pdf',
      inspectorate: 'Ofsted',
    });
    expect(result.problems.map(formatDocProblem)).toEqual([]);
    expect(result.preview[0]).toBe('Read report.pdf: 13 recommendations, 42 paragraphs, 4 judgements.');
    const data = inspection.parse(JSON.parse(result.files![0]!.text));
    expect(data.recommendations).toHaveLength(13);
    const ids = data.recommendations.map(
      (r) => (r as Record<string, unknown>).id ?? (r as Record<string, unknown>).number,
    );
    expect(ids).toEqual(
      recommendationIdsAreStrings()
        ? shape.recommendations.map((_, i) => String(i + 1))
        : shape.recommendations.map((_, i) => i + 1),
    );
    expect(data.paragraphs.map((p) => p.text)).toEqual(allParagraphs(shape));
    expect(data.fieldworkStart).toBe('2018-05-14');
    expect(data.title).toBe(shape.title);
  });
});

describe('a PDF report with lettered areas for improvement', () => {
  const shape = exampleReport('letter', 6, 30);
  let lines: ReportLine[];
  beforeAll(async () => {
    lines = await pdfLines(await reportPdf(shape), 'areas.pdf');
  }, 60_000);

  it("reads the letters, the report's own term and every paragraph", () => {
    const read = readReportLines(lines);
    expect(read.recommendations.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(read.recommendations.map((r) => r.text)).toEqual(shape.recommendations);
    expect(read.term).toEqual({ singular: 'area for improvement', plural: 'areas for improvement' });
    allParagraphs(shape).forEach((text, i) =>
      expect(read.paragraphs[i], `paragraph ${i + 1}`).toEqual({ number: i + 1, text }),
    );
    expect(read.paragraphs).toHaveLength(30);
  });

  it('imports with string ids where the schema has them, and otherwise says why it cannot', () => {
    const result = importReport(lines, files, roots, {
      inspectionKey: 'exampleshire/ofsted-2018',
      sourceName: 'areas.pdf',
      inspectorate: 'Ofsted',
    });
    expect(result.preview[0]).toBe('Read areas.pdf: 6 areas for improvement, 30 paragraphs, 4 judgements.');
    if (recommendationIdsAreStrings()) {
      expect(result.problems).toEqual([]);
      const data = JSON.parse(result.files![0]!.text);
      expect(data.recommendations.map((r: { id: string }) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
      expect(data.recommendationTerm).toEqual({ singular: 'area for improvement', plural: 'areas for improvement' });
    } else {
      expect(result.files).toBeUndefined();
      expect(formatDocProblem(result.problems[0]!)).toBe(
        "page 1, area for improvement a: the report letters its areas for improvement (a, b, …), but this site's schema still numbers recommendations: it needs recommendation ids (interfaces.md item 1) before this report can be imported",
      );
    }
  });
});

describe('a report pasted as text', () => {
  const shape = exampleReport('number', 5, 12);
  const text = [
    shape.title,
    shape.dates,
    'Judgement\tGrade',
    ...shape.judgements.map(([a, g]) => `${a}\t${g}`),
    'This report sets out what inspectors found during the inspection.',
    shape.improveHeading,
    ...shape.recommendations.map((r, i) => `${i + 1}. ${r}`),
    ...shape.sections.flatMap((s, k) => [s.heading, ...s.paragraphs.map((p, i) => `${k * 4 + i + 1}. ${p}`)]),
  ].join('\n');

  it('reads the same as the PDF', () => {
    const read = readReportLines(textLines(text));
    expect(read.recommendations.map((r) => r.text)).toEqual(shape.recommendations);
    expect(read.paragraphs.map((p) => p.text)).toEqual(allParagraphs(shape));
    expect(read.judgements).toEqual(expectedJudgements);
  });

  it('reports gaps in the numbering instead of guessing', () => {
    const gappy = text.replace(/\n6\. [^\n]*/, '');
    const read = readReportLines(textLines(gappy));
    expect(read.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12]);
    expect(read.unplaced).toEqual(['paragraph 6: not found (the numbers go from 5 to 7, page 1)']);
  });

  it('reads inspection date ranges as the report writes them', () => {
    expect(dateRange('14 January – 4 February 2015')).toEqual({ start: '2015-01-14', end: '2015-02-04' });
    expect(dateRange('3–25 March 2015')).toEqual({ start: '2015-03-03', end: '2015-03-25' });
    expect(dateRange('9 October to 2 November 2017')).toEqual({ start: '2017-10-09', end: '2017-11-02' });
  });
});

describe('npm run import with a report', () => {
  let dir: string;
  const run = (args: string[]) => runImport(dir, args);
  const inspections = () => readdirSync(join(dir, 'content/inspections/exampleshire')).sort();
  beforeAll(async () => {
    dir = scratchContent('report-');
    writeFileSync(join(dir, 'content/authorities/exampleshire.json'), exampleshire.text);
    writeFileSync(join(dir, 'report.pdf'), await reportPdf(exampleReport('number', 13, 20)));
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.7\nthis is not really a PDF');
    writeFileSync(join(dir, 'notes.txt'), 'Minutes of the improvement board.\nNothing numbered here.');
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('previews, writes the inspection, and it checks clean', () => {
    const out = run([join(dir, 'report.pdf'), '--inspection', 'exampleshire/ofsted-2018', '--inspectorate', 'Ofsted']);
    expect(out.out).toContain('Read report.pdf: 13 recommendations, 20 paragraphs, 4 judgements.');
    expect(out.out).toContain('Written.');
    expect(inspections()).toEqual(['ofsted-2018.json']);
    const check = execFileSync(node, ['scripts/check.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: join(dir, 'content'), DATA_DIR: join(dir, 'data') },
    });
    expect(check).toContain('Content check passed');
    const again = run([join(dir, 'report.pdf'), '--inspection', 'exampleshire/ofsted-2018']);
    expect(again.code).toBe(1);
    expect(again.out).toContain('ofsted-2018.json already exists: choose a new id');
    rmSync(join(dir, 'content/inspections/exampleshire'), { recursive: true });
  });

  it('a damaged PDF, a text that is no report and a missing file: a message, and nothing written', () => {
    const broken = run([join(dir, 'broken.pdf'), '--inspection', 'exampleshire/ofsted-2018']);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('broken.pdf could not be opened as a PDF: the file is damaged or is not a PDF.');
    const notes = run([join(dir, 'notes.txt'), '--inspection', 'exampleshire/ofsted-2018']);
    expect(notes.code).toBe(1);
    expect(notes.out).toContain(
      'no judgements table, no numbered recommendations under "What needs to improve" and no numbered paragraphs were found',
    );
    const missing = run([join(dir, 'gone.pdf'), '--inspection', 'exampleshire/ofsted-2018']);
    expect(missing.out).toContain('gone.pdf: there is no such file.');
    expect(existsSync(join(dir, 'content/inspections/exampleshire'))).toBe(false);
  });

  it("a damaged PDF is refused in an author's words by the library function too", async () => {
    await expect(pdfLines(new Uint8Array([1, 2, 3]), 'x.pdf')).rejects.toThrow(ImportFileError);
  });
});

describe("a report's text pasted from a PDF viewer: wrapped lines, running heads and page numbers", () => {
  const shape = exampleReport('number', 13, 40);
  let text: string;
  beforeAll(async () => {
    const lines = await pdfLines(await reportPdf(shape), 'report.pdf');
    text = lines.map((l) => l.text.replace(/\t/g, ' ')).join('\n'); // no tabs, no page breaks
  }, 60_000);

  it('reads every recommendation, paragraph and judgement, and says which repeated lines it left out', () => {
    const read = readReportLines(textLines(text));
    expect(read.recommendations.map((r) => r.text)).toEqual(shape.recommendations);
    allParagraphs(shape).forEach((p, i) =>
      expect(read.paragraphs[i], `paragraph ${i + 1}`).toEqual({ number: i + 1, text: p }),
    );
    expect(read.judgements).toEqual(expectedJudgements);
    expect(read.runningHeads).toEqual([`"${shape.title}" (7 times)`]);
  });
});

describe("the report's dates are read only where it labels them", () => {
  const base = [
    'Inspection of Exampleshire local authority children’s services',
    'Judgement\tGrade',
    'Overall effectiveness\tInadequate',
  ];
  it('a date in a paragraph is not the publication date', () => {
    const read = readReportLines(
      textLines([...base, '1. The plan published in January 2016 was not followed.'].join('\n')),
    );
    expect(read.published).toBeUndefined();
    expect(read.fieldworkStart).toBeUndefined();
  });
  it('labelled dates are read', () => {
    const read = readReportLines(
      textLines(
        [
          base[0],
          'Inspection dates: 14 January – 4 February 2015',
          'Report published: 20 March 2015',
          ...base.slice(1),
        ].join('\n'),
      ),
    );
    expect([read.fieldworkStart, read.fieldworkEnd, read.published]).toEqual([
      '2015-01-14',
      '2015-02-04',
      '2015-03-20',
    ]);
  });
});

describe("a real report opening (Leicester City, SIF, 2015; Ofsted, Open Government Licence; from the project's published excerpts of other councils)", () => {
  // Verbatim excerpt, pasted as text: the judgements table has numbered sub-areas ("2.1") and two spaces between the columns.
  const excerpt = [
    'Leicester City',
    'Inspection of services for children in need of help and protection, children looked after and care leavers',
    'and',
    'Review of the effectiveness of the local safeguarding children board',
    'Inspection date: 14 January – 4 February 2015',
    'Report published: 20 March 2015',
    "The overall judgement is that children's services are inadequate",
    'There are widespread or serious failures that create or leave children being harmed or at risk of harm. Leaders and managers have not been able to demonstrate sufficient understanding of failures and have been ineffective in prioritising, challenging and making improvements.',
    "It is Ofsted's expectation that, as a minimum, all children and young people receive good help, care and protection.",
    'The judgements on areas of the service that contribute to overall effectiveness are:',
    '1. Children who need help and protection  Inadequate',
    '2. Children looked after and achieving permanence  Requires improvement',
    '2.1 Adoption performance  Good',
    '2.2 Experiences and progress of care leavers  Requires improvement',
    '3. Leadership, management and governance  Inadequate',
  ].join('\n');

  it('reads the judgements table as it stands, and no numbered paragraph from it', () => {
    const read = readReportLines(textLines(excerpt));
    expect(read.judgements).toEqual([
      { area: '1. Children who need help and protection', judgement: 'inadequate' },
      { area: '2. Children looked after and achieving permanence', judgement: 'requires-improvement' },
      { area: '2.1 Adoption performance', judgement: 'good' },
      { area: '2.2 Experiences and progress of care leavers', judgement: 'requires-improvement' },
      { area: '3. Leadership, management and governance', judgement: 'inadequate' },
    ]);
    expect(read.paragraphs).toEqual([]);
    expect(read.recommendations).toEqual([]);
    expect([read.fieldworkStart, read.fieldworkEnd, read.published, read.inspectorate]).toEqual([
      '2015-01-14',
      '2015-02-04',
      '2015-03-20',
      'Ofsted',
    ]);
  });
});

describe("judgements listed as bullets with a dash (Liverpool City Council statement, 2023; from the project's published excerpts of other councils)", () => {
  it('reads each "area – grade" bullet', () => {
    const excerpt = [
      'The outcome of the inspection is that Ofsted rated services as:',
      '  • The experiences and progress of children who need help and protection – Inadequate',
      '  • The experiences and progress of children in care – Requires Improvement to be good',
      '  • Overall effectiveness – Inadequate',
    ].join('\n');
    expect(readReportLines(textLines(excerpt)).judgements).toEqual([
      { area: 'The experiences and progress of children who need help and protection', judgement: 'inadequate' },
      { area: 'The experiences and progress of children in care', judgement: 'requires-improvement' },
      { area: 'Overall effectiveness', judgement: 'inadequate' },
    ]);
  });
});

describe('recommendations under sub-headings, and paragraphs numbered on after them (the older single inspection framework)', () => {
  const text = [
    'Inspection of services for children in need of help and protection, children looked after and care leavers',
    'Inspection date: 3–25 March 2015',
    'Recommendations',
    'Immediately',
    '1. Ensure that every child at risk is seen.',
    '2. Ensure that strategy meetings are held.',
    'Within three months',
    '3. Improve the quality of assessments.',
    "Summary of this report's findings",
    '4. Children are not always seen quickly.',
    '5. Managers do not always review plans.',
  ].join('\n');

  it('reads all the recommendations across the sub-headings, and the paragraphs from the number after them', () => {
    const read = readReportLines(textLines(text));
    expect(read.recommendations.map((r) => [r.id, r.text])).toEqual([
      ['1', 'Ensure that every child at risk is seen.'],
      ['2', 'Ensure that strategy meetings are held.'],
      ['3', 'Improve the quality of assessments.'],
    ]);
    expect(read.paragraphs).toEqual([
      { number: 4, text: 'Children are not always seen quickly.' },
      { number: 5, text: 'Managers do not always review plans.' },
    ]);
    expect(read.unplaced).toEqual([]);
  });
});
