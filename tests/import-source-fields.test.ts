// The importers record the imported document as the source (issue 13): its file, its date, and the
// publisher and public web address the person importing gives (--publisher, --address). A bad
// address is refused in an author's words and nothing is written.
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultRoots, type SourceFile } from '../src/lib/content/parse-content.ts';
import { docxToHtml, formatDocProblem, importPlanDocument } from '../src/lib/importers/docx-plan.ts';
import { importReport, pdfLines, type ReportLine } from '../src/lib/importers/report.ts';
import { bundledFiles, exampleshire } from './helpers.ts';
import { exampleReport, reportPdf } from './report-pdf-fixture.ts';
import { torbayPlanDocx } from './word-plan-fixture.ts';

/** The folders messages name, as in a council's repository (the files themselves come from the fixture). */
const roots = defaultRoots;
const V1 = 'plan-versions/torbay/improvement-plan/v1';
const withoutV1 = bundledFiles.filter((f) => !f.path.startsWith(`${V1}.`));
const ADDRESS = 'https://www.example.gov.uk/media/1/improvement-plan.pdf';

describe('a Word plan import records its source', () => {
  let html: string;
  beforeAll(async () => {
    html = await docxToHtml(await torbayPlanDocx(), 'plan.docx');
  }, 60_000);
  const frontOf = (files: SourceFile[]) =>
    yaml.load(/^---\n([\s\S]*?)\n---/.exec(files.find((f) => f.path === `${V1}.mdx`)!.text)![1]!) as {
      sources: object[];
    };

  it('with the date the document gives, and the publisher and address it was given', () => {
    const result = importPlanDocument(html, withoutV1, roots, {
      planKey: 'torbay/improvement-plan',
      version: 'v1',
      sourceName: 'plan.docx',
      // a plain-text copy kept in sources/torbay/ is named; the .docx itself is not such a file
      sourceFile: 'plan.txt',
      publisher: 'Torbay Council',
      address: ADDRESS,
    });
    expect(result.problems.map(formatDocProblem)).toEqual([]);
    expect(frontOf(result.files!).sources).toEqual([
      {
        title: "Torbay Children's Services Improvement Plan, Version 1",
        file: 'plan.txt',
        publisher: 'Torbay Council',
        address: ADDRESS,
        date: '2019-10',
      },
    ]);
  });

  it('never invents a publisher or an address when none is given', () => {
    const result = importPlanDocument(html, withoutV1, roots, {
      planKey: 'torbay/improvement-plan',
      version: 'v1',
      sourceName: 'plan.docx',
    });
    expect(frontOf(result.files!).sources).toEqual([
      { title: "Torbay Children's Services Improvement Plan, Version 1", date: '2019-10' },
    ]);
  });

  it('refuses a bad address and writes nothing', () => {
    const result = importPlanDocument(html, withoutV1, roots, {
      planKey: 'torbay/improvement-plan',
      version: 'v1',
      sourceName: 'plan.docx',
      address: 'www.torbay.gov.uk/plan.pdf',
    });
    expect(result.files).toBeUndefined();
    expect(result.problems.map(formatDocProblem).join('\n')).toContain(
      '"www.torbay.gov.uk/plan.pdf" is not a public web address: copy the whole address from the browser\'s address bar, starting with https://',
    );
  });
});

describe('a report import records its source', () => {
  let lines: ReportLine[];
  beforeAll(async () => {
    lines = await pdfLines(await reportPdf(exampleReport('number', 3, 6)), 'report.pdf');
  }, 60_000);

  it('with its publication date, and the publisher and address it was given', () => {
    const result = importReport(lines, [...bundledFiles, exampleshire], roots, {
      inspectionKey: 'exampleshire/ofsted-2018',
      sourceName: 'report.pdf',
      sourceFile: 'report.txt',
      inspectorate: 'Ofsted',
      published: '2018-08-06',
      publisher: 'Ofsted',
      address: 'https://reports.example.gov.uk/provider/44/80512',
    });
    expect(result.problems.map(formatDocProblem)).toEqual([]);
    const data = JSON.parse(result.files![0]!.text) as { title: string; sources: object[] };
    expect(data.sources).toEqual([
      {
        title: data.title,
        file: 'report.txt',
        publisher: 'Ofsted',
        date: '2018-08-06',
        address: 'https://reports.example.gov.uk/provider/44/80512',
      },
    ]);
  });

  it('refuses a bad address and writes nothing', () => {
    const result = importReport(lines, [...bundledFiles, exampleshire], roots, {
      inspectionKey: 'exampleshire/ofsted-2018',
      sourceName: 'report.pdf',
      inspectorate: 'Ofsted',
      address: 'javascript:alert(1)',
    });
    expect(result.files).toBeUndefined();
    expect(result.problems.map(formatDocProblem).join('\n')).toContain(
      '"javascript:alert(1)" is not a public web address',
    );
  });
});
