// Reads an inspection report (a PDF through unpdf, which packages pdf.js for Node, or the report's text
// pasted into a .txt) into an inspection file: its judgements table, the recommendations under
// "What needs to improve" (numbered or lettered, in the report's own term) and its numbered
// paragraphs, joined across pages. What it cannot place is reported, never guessed.
import { fullMonthNumber } from '../base/dates.ts';
import { extractTextItems, getDocumentProxy } from 'unpdf';
import { checkIntegrity } from '../graph/integrity/index.ts';
import { parseContent, type Roots, type SourceFile } from '../content/parse-content.ts';
import { inspection as inspectionSchema, judgementValues } from '../../schemas/inspection.ts';
import { recommendationIdsAreStrings, recommendationValue } from './citations.ts';
import { fileTooLarge, ImportFileError, type DocProblem, type ImportResult } from './docx-plan.ts';

/** One line of the report as a reader sees it: columns of a table separated by a tab. */
export interface ReportLine {
  text: string;
  page: number;
  /** Font size, where the file says (a PDF); headings are larger than the text. */
  size?: number;
}

/** What an inspection report's PDF may be, checked before its text is read (a full Ofsted report is under 2 MB and 60 pages). */
export const pdfLimits = {
  maxFileBytes: 30_000_000,
  maxPages: 500,
  /** A report's text pasted into a .txt file. */
  maxTextBytes: 5_000_000,
} as const;

/** Reads a PDF's lines, page by page, from the positions of its text. */
export async function pdfLines(data: Uint8Array, name: string): Promise<ReportLine[]> {
  const tooLarge = fileTooLarge(name, data.length, pdfLimits.maxFileBytes, 'inspection report');
  if (tooLarge) throw new ImportFileError(tooLarge);
  let pages: Awaited<ReturnType<typeof extractTextItems>>['items'];
  let pageCount: number | undefined;
  try {
    const pdf = await getDocumentProxy(new Uint8Array(data), { verbosity: 0 });
    // The page count is in the file's catalogue: read it before any page's text is extracted.
    if (pdf.numPages > pdfLimits.maxPages) pageCount = pdf.numPages;
    else pages = (await extractTextItems(pdf)).items;
  } catch {
    throw new ImportFileError(
      `${name} could not be opened as a PDF: the file is damaged or is not a PDF. Download the report again, or paste its text into a .txt file and import that.`,
    );
  }
  if (pageCount !== undefined)
    throw new ImportFileError(
      `${name} has ${pageCount} pages; an inspection report has far fewer (at most ${pdfLimits.maxPages} are read): check that it is the right file, or paste the report's text into a .txt file and import that. Nothing was read.`,
    );
  const lines: ReportLine[] = [];
  pages!.forEach((items, index) => {
    const rows: { y: number; items: typeof items }[] = [];
    for (const item of items) {
      if (item.str.trim() === '') continue;
      const row = rows.find((r) => Math.abs(r.y - item.y) < Math.max(2, item.fontSize * 0.4));
      if (row) row.items.push(item);
      else rows.push({ y: item.y, items: [item] });
    }
    rows.sort((a, b) => b.y - a.y);
    for (const row of rows) {
      row.items.sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const item of row.items) {
        const gap = item.x - end;
        if (text && gap > Math.max(12, item.fontSize * 1.5)) text = `${text.trimEnd()}\t${item.str.trimStart()}`;
        else if (text && gap > item.fontSize * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.str))
          text += ` ${item.str}`;
        else text += item.str;
        end = item.x + item.width;
      }
      const size = Math.max(...row.items.map((i) => i.fontSize));
      lines.push({ text: text.replace(/ {2,}/g, ' ').trim(), page: index + 1, size });
    }
  });
  return lines;
}

/** Reads pasted text: pages split at form feeds, columns at tabs or runs of spaces. */
export function textLines(text: string): ReportLine[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\f')
    .flatMap((page, index) =>
      page
        .split('\n')
        .map((line) => ({
          text: line
            .trim()
            .replace(/\t+| {2,}/g, '\t')
            .replace(/[ \u00a0]+/g, ' ')
            .trim(),
          page: index + 1,
        }))
        .filter((l) => l.text !== ''),
    );
}

/** The report's own word for what needs to improve: "area for improvement" / "areas for improvement". */
export interface RecommendationTerm {
  singular: string;
  plural: string;
}

export interface ReadRecommendation {
  id: string;
  text: string;
  page: number;
}

export interface ReadReport {
  title?: string;
  inspectorate?: string;
  fieldworkStart?: string;
  fieldworkEnd?: string;
  published?: string;
  judgements: { area: string; judgement: (typeof judgementValues)[number] }[];
  recommendations: ReadRecommendation[];
  /** Absent when the report says "recommendations". */
  term?: RecommendationTerm;
  paragraphs: { number: number; text: string }[];
  /** What could not be placed: gaps in numbering, text outside any numbered item. */
  unplaced: string[];
  /** Lines left out as running heads or feet (repeated on every page), with how often. */
  runningHeads: string[];
}

const grades: [RegExp, (typeof judgementValues)[number]][] = [
  [/^outstanding$/i, 'outstanding'],
  [/^good$/i, 'good'],
  [/^requires improvement(?: to be good)?$/i, 'requires-improvement'],
  [/^adequate$/i, 'adequate'],
  [/^inadequate$/i, 'inadequate'],
];
const gradeWords = 'outstanding|good|requires improvement(?: to be good)?|adequate|inadequate';

/** A date as written ("14 May 2018", "May 2018") as YYYY-MM-DD or YYYY-MM. */
function dateOf(day: string | undefined, month: string, year: string): string | undefined {
  const m = fullMonthNumber(month);
  if (m === undefined) return undefined;
  const mm = String(m).padStart(2, '0');
  return day ? `${year}-${mm}-${day.padStart(2, '0')}` : `${year}-${mm}`;
}

/** "14 May to 25 May 2018", "14 January – 4 February 2015", "3–25 March 2015": first and last day. */
export function dateRange(text: string): { start?: string; end?: string } {
  const end = /(\d{1,2})?\s*([A-Za-z]+)\s+(\d{4})\s*\.?$/.exec(text.trim());
  if (!end) return {};
  const endDate = dateOf(end[1], end[2]!, end[3]!);
  const first = /^(\d{1,2})\s*(?:([A-Za-z]+)\s*)?(\d{4})?\s*(?:to|–|—|-|and)/.exec(text.trim());
  if (!first || !endDate) return { end: endDate };
  const start = dateOf(first[1], first[2] ?? end[2]!, first[3] ?? end[3]!);
  return { start, end: endDate };
}

const itemPattern = /^(?:\(?([a-z])[.)]|(\d+)[.)]?)(?:\t|\s+)(.+)$/;
const endsSentence = (text: string) => /[.!?:;]["'’”)]*$/.test(text);

/** Reads the lines of a report. Pure. */
export function readReportLines(input: readonly ReportLine[]): ReadReport {
  const runningHeads: string[] = [];
  const lines = withoutRunningHeads(input, runningHeads);
  const report: ReadReport = { judgements: [], recommendations: [], paragraphs: [], unplaced: [], runningHeads };
  const headings = headingsOf(lines);
  const isHeading = (index: number) => headings.has(index);
  readFrontMatter(lines, report);
  const termAt = listStart(lines, isHeading);
  const headEnd = termAt >= 0 ? termAt : lines.length;
  const tableLines = readJudgements(lines, headEnd, report);
  const afterList = termAt >= 0 ? readRecommendations(lines, termAt, isHeading, report) : lines.length;
  readParagraphs(
    lines,
    { from: termAt >= 0 ? afterList : 0, headEnd, hasList: termAt >= 0 },
    tableLines,
    isHeading,
    report,
  );
  return report;
}

/**
 * Which lines are headings. In a PDF a heading is set larger than the body text (the most common
 * size); in pasted text it is one or two lines that end no sentence, follow the end of one and come
 * straight before a numbered item.
 */
function headingsOf(lines: readonly ReportLine[]): Set<number> {
  const bodySize = mostCommon(lines.map((l) => l.size).filter((s): s is number => s !== undefined));
  const headings = new Set<number>();
  lines.forEach((line, index) => {
    if (bodySize !== undefined) {
      if (line.size !== undefined && line.size > bodySize + 0.5 && !itemPattern.test(line.text)) headings.add(index);
      return;
    }
    const previous = lines[index - 1];
    if (previous && !endsSentence(previous.text) && !headings.has(index - 1)) return;
    for (let k = index; k < Math.min(index + 2, lines.length); k++) {
      const l = lines[k]!;
      if (itemPattern.test(l.text) || /[.!?;]["'’”)]*$/.test(l.text) || l.text.length > 100) return;
      if (lines[k + 1] && itemPattern.test(lines[k + 1]!.text)) {
        for (let h = index; h <= k; h++) headings.add(h);
        return;
      }
    }
  });
  return headings;
}

/**
 * What the report's first page says of itself: its title (the largest text on the first page of a
 * PDF, else the first line), the inspectorate, "Inspection dates: 15–17 October 2019" and
 * "Report published: 7 December 2018".
 */
function readFrontMatter(lines: readonly ReportLine[], report: ReadReport) {
  const sized = lines.some((l) => l.size !== undefined);
  const top = sized
    ? lines.filter((l) => l.page === lines[0]?.page).reduce((max, l) => Math.max(max, l.size ?? 0), 0)
    : 0;
  const firstTitle = sized ? lines.findIndex((l) => l.size === top) : 0;
  let titleEnd = firstTitle;
  while (sized && lines[titleEnd + 1]?.size === top) titleEnd++;
  report.title =
    firstTitle >= 0
      ? lines
          .slice(firstTitle, titleEnd + 1)
          .map((l) => l.text)
          .join(' ') || undefined
      : undefined;
  const all = lines.map((l) => l.text).join('\n');
  if (/\bOfsted\b/.test(all))
    report.inspectorate = /\bCQC\b|Care Quality Commission/.test(all) && /joint/i.test(all) ? undefined : 'Ofsted';
  const dates = /^inspection dates?:\s*(.+)$/im.exec(all);
  if (dates) {
    const range = dateRange(dates[1]!);
    report.fieldworkStart = range.start;
    report.fieldworkEnd = range.end;
  }
  const published =
    /^(?:report published|published|publication date|date of publication):\s*(\d{1,2})?\s*([A-Za-z]+)\s+(\d{4})\s*$/im.exec(
      all,
    );
  if (published) report.published = dateOf(published[1], published[2]!, published[3]!);
}

/** Where the recommendations start: "What needs to improve…", or a heading naming them (-1 if nowhere). */
function listStart(lines: readonly ReportLine[], isHeading: (index: number) => boolean): number {
  const improveAt = lines.findIndex((l) =>
    /^what needs to improve\b|^what does the local authority need to improve\b/i.test(l.text),
  );
  if (improveAt >= 0) return improveAt;
  const listHeading = /^(recommendations|areas? for (improvement|priority action)|priority actions?)\b/i;
  return lines.findIndex(
    (l, i) =>
      (isHeading(i) && listHeading.test(l.text)) || new RegExp(`${listHeading.source}\\s*:?$`, 'i').test(l.text),
  );
}

/**
 * The judgements: table rows before the recommendations, "area<tab>grade", an area's words sometimes
 * wrapped onto the next line and "Requires improvement to be good" sometimes split over two. Returns
 * the lines the table took, which no paragraph may claim.
 */
function readJudgements(lines: readonly ReportLine[], headEnd: number, report: ReadReport): Set<number> {
  let inTable = false;
  let gradeText = '';
  const tableLines = new Set<number>();
  for (let i = 0; i < headEnd; i++) {
    const text = lines[i]!.text;
    if (/^judgements?\b.*\b(grade|judgement)$|^the judgements\b.*:$/i.test(text.replace(/\t/g, ' '))) {
      inTable = true;
      continue;
    }
    const row = new RegExp(`^(?:[•·▪●-]\\s*)?(.+?)(\\t|\\s{2,}|\\s[–—]\\s|\\s)(${gradeWords})\\.?$`, 'i').exec(text);
    const last = report.judgements.at(-1);
    const left = text.includes('\t') ? text.slice(0, text.lastIndexOf('\t')) : '';
    const fullGrade = 'requires improvement to be good';
    const missing =
      last && inTable && fullGrade.startsWith(gradeText.toLowerCase()) ? fullGrade.slice(gradeText.length).trim() : '';
    if (last && missing && text.toLowerCase().endsWith(missing)) {
      // a grade cell wrapped over two lines: "… care and care<tab>Requires improvement" / "leavers<tab>to be good"
      gradeText = `${gradeText} ${text.slice(text.length - missing.length)}`;
      const areaPart = (left || text.slice(0, text.length - missing.length)).trim();
      if (areaPart) last.area += ` ${areaPart}`;
      tableLines.add(i);
    } else if (row && (row[2] !== ' ' || inTable)) {
      const judgement = grades.find(([re]) => re.test(row[3]!))![1];
      report.judgements.push({ area: row[1]!.trim(), judgement });
      tableLines.add(i);
      gradeText = row[3]!;
      inTable = true;
    } else if (inTable && last && !text.includes('\t') && /^[a-z]/.test(text)) {
      last.area += ` ${text}`;
      tableLines.add(i);
    } else inTable = false;
  }
  return tableLines;
}

/**
 * The recommendations: the numbered (1, 2, …) or lettered (a, b, …) list after the heading at
 * `termAt`, each item running on until the next. The report's own term ("areas for improvement") is
 * read from the heading. Returns the index of the first line after the list.
 */
function readRecommendations(
  lines: readonly ReportLine[],
  termAt: number,
  isHeading: (index: number) => boolean,
  report: ReadReport,
): number {
  const words = [
    lines[termAt]!.text,
    ...lines
      .slice(termAt + 1, termAt + 4)
      .filter((l) => !itemPattern.test(l.text))
      .map((l) => l.text),
  ].join(' ');
  const term = /\b(areas? for (?:improvement|priority action|development)|priority actions?)\b/i.exec(words)?.[1];
  if (term) {
    const singular = term
      .toLowerCase()
      .replace(/^areas/, 'area')
      .replace(/actions$/, 'action');
    report.term = {
      singular,
      plural: singular.replace(/^area/, 'areas').replace(/^priority action$/, 'priority actions'),
    };
  }
  let current: ReadRecommendation | undefined;
  let style: 'number' | 'letter' | undefined;
  let i = termAt + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const item = itemPattern.exec(line.text);
    const id = item ? (item[1] ?? item[2])! : undefined;
    const expected =
      style === 'letter'
        ? String.fromCharCode(96 + report.recommendations.length + 1)
        : String(report.recommendations.length + 1);
    if (item && (id === expected || (!style && (id === '1' || id === 'a')))) {
      style ??= item[1] ? 'letter' : 'number';
      current = { id: id!, text: item[3]!.replace(/\t/g, ' ').trim(), page: line.page };
      report.recommendations.push(current);
    } else if (!current) {
      const subHeading = line.text.length <= 60 && !endsSentence(line.text);
      if (!subHeading && !isHeading(i) && !/\b(should|following|must|need)\b.*:?$/i.test(line.text))
        report.unplaced.push(
          `page ${line.page}: "${line.text}" (between the heading and the first ${report.term?.singular ?? 'recommendation'})`,
        );
    } else if (item) break;
    else if (isHeading(i)) {
      // a sub-heading that says when ("Immediately", "Within three months") goes on with the list;
      // any other heading ends it (numbering alone cannot tell a paragraph 4 from a recommendation 4)
      if (!/^(immediately|within\b.+|by\b.+|in the (short|medium|long) term)\s*:?$/i.test(line.text)) break;
      let k = i + 1;
      while (k < lines.length && isHeading(k)) k++;
      const after = lines[k] ? itemPattern.exec(lines[k]!.text) : null;
      if (!after || (after[1] ?? after[2]) !== expected) break;
      i = k - 1;
    } else current.text = joinLine(current.text, line.text);
  }
  return i;
}

/**
 * The numbered paragraphs: everything numbered after the recommendations (or from the start where
 * the report has no list). A number counts as the next paragraph when it follows the last one
 * closely and the text before it ends a sentence; gaps and stray lines are reported as unplaced.
 */
function readParagraphs(
  lines: readonly ReportLine[],
  where: { from: number; headEnd: number; hasList: boolean },
  tableLines: ReadonlySet<number>,
  isHeading: (index: number) => boolean,
  report: ReadReport,
) {
  const { unplaced } = report;
  let para: { number: number; text: string } | undefined;
  for (let j = where.from; j < lines.length; j++) {
    const line = lines[j]!;
    if (tableLines.has(j)) continue;
    const item = /^(\d+)\.?(?:\t|\s+)(.+)$/.exec(line.text);
    const number = item ? Number(item[1]) : NaN;
    const last = para?.number ?? 0;
    if (item && para === undefined && number > 0) {
      // the first numbered paragraph: 1, or the number after the recommendations where a report numbers on
      if (number !== 1 && number !== report.recommendations.length + 1)
        unplaced.push(
          `the numbered paragraphs start at ${number} (page ${line.page}): paragraphs 1 to ${number - 1} were not found`,
        );
      para = { number, text: item[2]!.replace(/\t/g, ' ').trim() };
      report.paragraphs.push(para);
    } else if (item && number > last && number <= last + 5 && (endsSentence(para!.text) || number === last + 1)) {
      if (number !== last + 1)
        unplaced.push(
          `paragraph${number - last > 2 ? 's' : ''} ${last + 1}${number - last > 2 ? ` to ${number - 1}` : ''}: not found (the numbers go from ${last} to ${number}, page ${line.page})`,
        );
      para = { number, text: item[2]!.replace(/\t/g, ' ').trim() };
      report.paragraphs.push(para);
    } else if (para && !isHeading(j)) {
      para.text = joinLine(para.text, line.text);
    } else if (!isHeading(j) && (where.hasList ? true : j >= where.headEnd)) {
      if (!(!where.hasList && report.judgements.some((jd) => line.text.startsWith(jd.area))))
        unplaced.push(`page ${line.page}: "${line.text.slice(0, 80)}" is in no numbered paragraph`);
    }
  }
}

const joinLine = (text: string, next: string) => `${text} ${next.replace(/\t/g, ' ')}`.trim();

function mostCommon(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v * 2) / 2, (counts.get(Math.round(v * 2) / 2) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Drops running heads and feet: page numbers ("3", "Page 3 of 12") and lines that repeat at the top or
 * bottom of several pages (the report's title, a copyright line), so paragraphs join across pages.
 */
function withoutRunningHeads(lines: readonly ReportLine[], dropped: string[]): ReportLine[] {
  const kept = runningHeadsDropped(lines);
  const left = new Map<string, number>();
  for (const l of lines)
    if (!kept.has(l) && !/^(page\s+)?\d+(\s+of\s+\d+)?$/i.test(l.text)) left.set(l.text, (left.get(l.text) ?? 0) + 1);
  for (const [text, n] of left) dropped.push(`"${text}" (${n} times)`);
  return lines.filter((l) => kept.has(l));
}

function runningHeadsDropped(lines: readonly ReportLine[]): Set<ReportLine> {
  return new Set(keptLines(lines));
}

function keptLines(lines: readonly ReportLine[]): ReportLine[] {
  const pages = [...new Set(lines.map((l) => l.page))];
  if (pages.length < 2) {
    // pasted text has no pages: a line repeated word for word three times or more is a running head
    const counts = new Map<string, number>();
    for (const l of lines) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
    return lines.filter(
      (l, index) =>
        !/^(page\s+)?\d+(\s+of\s+\d+)?$/i.test(l.text) &&
        (index === 0 || (counts.get(l.text) ?? 0) < 3 || itemPattern.test(l.text)),
    );
  }
  const edge = new Map<string, Set<number>>();
  const key = (t: string) => t.replace(/\d+/g, '#').toLowerCase();
  for (const page of pages) {
    const on = lines.filter((l) => l.page === page);
    for (const l of [...on.slice(0, 2), ...on.slice(-2)]) {
      const set = edge.get(key(l.text)) ?? new Set<number>();
      set.add(page);
      edge.set(key(l.text), set);
    }
  }
  const running = new Set(
    [...edge.entries()].filter(([, set]) => set.size >= Math.max(2, Math.ceil(pages.length / 2))).map(([k]) => k),
  );
  return lines.filter((l) => {
    const on = lines.filter((x) => x.page === l.page);
    const position = on.indexOf(l);
    const atEdge = position < 2 || position >= on.length - 2;
    if (atEdge && /^(page\s+)?\d+(\s+of\s+\d+)?$/i.test(l.text)) return false;
    if (atEdge && running.has(key(l.text))) return false;
    return true;
  });
}

/** What a report is imported as. */
export interface ReportImportOptions {
  /** "torbay/ofsted-2018". */
  inspectionKey: string;
  sourceName: string;
  /** The plain-text copy of the document kept in the content's sources/<authority>/ folder, if there is one. */
  sourceFile?: string | undefined;
  title?: string;
  inspectorate?: string;
  published?: string;
  /** The report's publisher as it names itself, and its public web address: recorded in its source. */
  publisher?: string;
  address?: string;
}

const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

/** Builds an inspection file from a report's lines and checks it with the content; files only when all is well. */
export function importReport(
  lines: readonly ReportLine[],
  files: readonly SourceFile[],
  roots: Roots,
  options: ReportImportOptions,
): ImportResult {
  const problems: DocProblem[] = [];
  const read = readReportLines(lines);
  const path = `inspections/${options.inspectionKey}.json`;
  if (!/^[a-z0-9-]+\/[a-z0-9][a-z0-9.-]*$/.test(options.inspectionKey)) {
    return {
      problems: [
        {
          where: '--inspection',
          message: `${JSON.stringify(options.inspectionKey)} is not <authority>/<id>, e.g. "torbay/ofsted-2018"`,
        },
      ],
      preview: [],
    };
  }
  if (files.some((f) => f.root === 'content' && f.path === path)) {
    return {
      problems: [
        { where: '', message: `${roots.content}/${path} already exists: choose a new id, or remove the file first` },
      ],
      preview: [],
    };
  }
  const term = read.term;
  const termWords = term ?? { singular: 'recommendation', plural: 'recommendations' };
  const preview = [
    `Read ${options.sourceName}: ${plural(read.recommendations.length, termWords.singular, termWords.plural)}, ${plural(read.paragraphs.length, 'paragraph')}, ${plural(read.judgements.length, 'judgement')}.`,
    ...(read.runningHeads.length ? [`Left out as running heads or feet: ${read.runningHeads.join('; ')}.`] : []),
  ];
  const said = (value: string | undefined, option: string | undefined) =>
    option ? `${option} (given)` : (value ?? 'not found');
  preview.push(
    `Title: ${said(read.title, options.title)}; inspectorate: ${said(read.inspectorate, options.inspectorate)}; fieldwork: ${read.fieldworkStart ? `${read.fieldworkStart} to ${read.fieldworkEnd}` : 'not found'}; published: ${said(read.published, options.published)}.`,
  );
  if (read.unplaced.length) {
    preview.push(
      `Could not place ${plural(read.unplaced.length, 'thing')} (left out, not guessed):`,
      ...read.unplaced.slice(0, 20).map((u) => `  · ${u}`),
    );
    if (read.unplaced.length > 20) preview.push(`  · … and ${read.unplaced.length - 20} more`);
  }
  if (read.recommendations.length + read.paragraphs.length + read.judgements.length === 0) {
    problems.push({
      where: '',
      message:
        'no judgements table, no numbered recommendations under "What needs to improve" and no numbered paragraphs were found: is this an inspection report? A scanned PDF has no text to read; paste the report\'s text into a .txt file instead',
    });
  }
  const title = options.title ?? read.title;
  const inspectorate = options.inspectorate ?? read.inspectorate;
  const published = options.published ?? read.published;
  if (!title) problems.push({ where: '', message: 'the report has no title line: give one with --title "…"' });
  if (!inspectorate)
    problems.push({
      where: '',
      message: 'the report does not name its inspectorate: give it with --inspectorate "Ofsted"',
    });
  if (!published && !read.fieldworkStart)
    problems.push({
      where: '',
      message:
        'neither the inspection dates ("Inspection dates: 14 May to 25 May 2018") nor the publication date could be read: give --published YYYY-MM-DD',
    });
  const recommendations = read.recommendations.map((r) => {
    const value = recommendationValue(r.id);
    if (value === undefined) {
      problems.push({
        where: `page ${r.page}, ${termWords.singular} ${r.id}`,
        message: `the report letters its ${termWords.plural} (a, b, …), but this site's schema still numbers recommendations: it needs recommendation ids (interfaces.md item 1) before this report can be imported`,
      });
    }
    return {
      ...(recommendationIdsAreStrings() ? { id: r.id } : { number: value }),
      text: r.text,
      repeated: false,
      notes: [],
    };
  });
  const termSupported = 'recommendationTerm' in inspectionSchema.shape;
  if (term && !termSupported)
    preview.push(
      `The report calls them "${term.plural}"; this site's schema cannot record its own term yet, so pages will say "recommendations".`,
    );
  if (problems.length > 0) return { problems, preview };

  const data = {
    title,
    inspectorate,
    ...(read.fieldworkStart ? { fieldworkStart: read.fieldworkStart } : {}),
    ...(read.fieldworkEnd ? { fieldworkEnd: read.fieldworkEnd } : {}),
    ...(published ? { published } : {}),
    judgements: read.judgements,
    ...(term && termSupported ? { recommendationTerm: term } : {}),
    recommendations,
    paragraphs: read.paragraphs,
    sources: [
      {
        title: title!,
        ...(options.sourceFile ? { file: options.sourceFile } : {}),
        ...(options.publisher ? { publisher: options.publisher } : {}),
        ...(published ? { date: published } : {}),
        ...(options.address ? { address: options.address } : {}),
      },
    ],
    notes: [
      "Imported from the report by npm run import; whether a recommendation repeats an earlier report's is not read from the report and is left unmarked.",
    ],
  };
  const added: SourceFile[] = [{ root: 'content', path, text: `${JSON.stringify(data, null, 2)}\n` }];
  const checked = parseContent([...files, ...added], roots);
  const issues = checked.problems.length > 0 ? checked.problems : checkIntegrity(checked.content);
  if (issues.length > 0)
    return {
      problems: issues.map((p) => ({ where: `${p.file}${p.path ? `: ${p.path}` : ''}`, message: p.message })),
      preview,
    };
  preview.push(
    'Will write:',
    `  ${roots.content}/${path} (${[read.fieldworkStart && `fieldwork from ${read.fieldworkStart}`, published && `published ${published}`].filter(Boolean).join(', ')})`,
  );
  return { files: added, problems: [], preview };
}
