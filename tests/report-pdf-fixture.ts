// Builds PDFs shaped like an Ofsted report with pdfkit, for tests only: a title, inspection dates,
// a judgements table, a list of what needs to improve (numbered or lettered), and numbered paragraphs
// that run across pages under a running head and a page number. The council is fictional
// ("Exampleshire") and the text is generated; nothing here is about a real council.
import PDFDocument from 'pdfkit';

export interface ReportShape {
  title: string;
  dates: string;
  judgements: [area: string, grade: string][];
  /** The heading over the list and an optional line introducing it. */
  improveHeading: string;
  improveIntro?: string;
  /** "number" writes 1., 2., …; "letter" writes a), b), … */
  style: 'number' | 'letter';
  recommendations: string[];
  /** Headings with the paragraphs under them; paragraphs are numbered on from 1 across headings. */
  sections: { heading: string; paragraphs: string[] }[];
}

const words = (
  'leaders know the service well and have set clear priorities for children whose plans are reviewed on time by managers who record ' +
  'their oversight of each case social workers visit families regularly but assessments vary in quality some children wait too long ' +
  'before help is offered partners share information at the front door thresholds are understood by most agencies care leavers ' +
  'receive support from personal advisers although not all have suitable accommodation independent reviewing officers challenge drift ' +
  'performance data is used in monthly meetings audits identify learning yet actions are not always completed staff turnover remains high'
).split(' ');

/** A deterministic paragraph of `sentences` sentences, distinct for each seed. */
export function paragraphText(seed: number, sentences = 5): string {
  let state = (seed * 2654435761) % 4294967296;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
  const out: string[] = [];
  for (let s = 0; s < sentences; s++) {
    const length = 12 + (next() % 9);
    const sentence = Array.from({ length }, () => words[next() % words.length]!).join(' ');
    out.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)} (${seed}.${s}).`);
  }
  return out.join(' ');
}

/** An Exampleshire report with `recommendations` items and `paragraphs` numbered paragraphs. */
export function exampleReport(style: 'number' | 'letter', recommendations: number, paragraphs: number): ReportShape {
  const recs = Array.from({ length: recommendations }, (_, i) =>
    i % 3 === 0
      ? `The quality and consistency of management oversight and supervision of social work practice, so that plans for children progress without drift (${i + 1}).`
      : `Timely assessments for children in need of help and protection (${i + 1}).`,
  );
  const third = Math.ceil(paragraphs / 3);
  return {
    title: 'Inspection of Exampleshire local authority children’s services',
    dates: 'Inspection dates: 14 May to 25 May 2018',
    judgements: [
      ['The impact of leaders on social work practice with children and families', 'Inadequate'],
      ['The experiences and progress of children who need help and protection', 'Inadequate'],
      ['The experiences and progress of children in care and care leavers', 'Requires improvement to be good'],
      ['Overall effectiveness', 'Inadequate'],
    ],
    improveHeading: style === 'number' ? 'What needs to improve in this local authority?' : 'What needs to improve',
    ...(style === 'letter'
      ? { improveIntro: 'The local authority should address the following areas for improvement:' }
      : {}),
    style,
    recommendations: recs,
    sections: [
      {
        heading: 'The experiences and progress of children who need help and protection: inadequate',
        paragraphs: Array.from({ length: third }, (_, i) => paragraphText(i + 1, 4 + (i % 4))),
      },
      {
        heading: 'The experiences and progress of children in care and care leavers: requires improvement to be good',
        paragraphs: Array.from({ length: third }, (_, i) => paragraphText(third + i + 1, 4 + (i % 4))),
      },
      {
        heading: 'The impact of leaders on social work practice with children and families: inadequate',
        paragraphs: Array.from({ length: paragraphs - 2 * third }, (_, i) =>
          paragraphText(2 * third + i + 1, 4 + (i % 4)),
        ),
      },
    ],
  };
}

/** Writes the report as a PDF. */
export function reportPdf(shape: ReportShape): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 72, bottom: 72, left: 72, right: 72 },
    info: { CreationDate: new Date(Date.UTC(2018, 7, 1)) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  let page = 1;
  const furniture = () => {
    const { x, y } = doc;
    doc.font('Helvetica').fontSize(8);
    doc.text(shape.title, 72, 30, { lineBreak: false });
    doc.text(String(page), 290, 800, { lineBreak: false });
    doc.font('Helvetica').fontSize(11);
    doc.x = x;
    doc.y = y;
  };
  doc.on('pageAdded', () => {
    page++;
    furniture();
  });
  furniture();
  doc.font('Helvetica-Bold').fontSize(18).text(shape.title, 72, 90, { width: 450 });
  doc.moveDown(0.5).font('Helvetica').fontSize(11).text(shape.dates, 72);
  doc.moveDown(1);
  const row = (left: string, right: string, bold = false) => {
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(11);
    doc.text(left, 72, y, { width: 300 });
    const after = doc.y;
    doc.text(right, 400, y, { width: 120 });
    doc.y = Math.max(after, doc.y) + 4;
  };
  row('Judgement', 'Grade', true);
  for (const [area, grade] of shape.judgements) row(area, grade);
  doc
    .moveDown(1)
    .font('Helvetica')
    .fontSize(11)
    .text('This report sets out what inspectors found during the inspection.', 72, doc.y, { width: 450 });
  doc.moveDown(1).font('Helvetica-Bold').fontSize(14).text(shape.improveHeading, 72, doc.y, { width: 450 });
  doc.font('Helvetica').fontSize(11);
  if (shape.improveIntro) doc.moveDown(0.3).text(shape.improveIntro, 72, doc.y, { width: 450 });
  const item = (marker: string, text: string) => {
    doc.moveDown(0.4);
    if (doc.y > 740) doc.addPage();
    const y = doc.y;
    doc.text(marker, 72, y, { lineBreak: false });
    doc.text(text, 100, y, { width: 420 });
  };
  shape.recommendations.forEach((text, i) =>
    item(shape.style === 'number' ? `${i + 1}.` : `${String.fromCharCode(97 + i)})`, text),
  );
  let n = 0;
  for (const section of shape.sections) {
    doc.moveDown(1);
    if (doc.y > 720) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(14).text(section.heading, 72, doc.y, { width: 450 });
    doc.font('Helvetica').fontSize(11);
    for (const text of section.paragraphs) item(`${++n}.`, text);
  }
  doc.end();
  return done;
}
