// Reads a council's improvement plan from a Word document: mammoth turns the .docx into HTML
// (tables, paragraphs and lists as Word holds them), node-html-parser walks it. Themes and objectives
// come from the headings between tables, actions from the rows, rows continued across page breaks
// are joined to their action, and every cell that cannot be read is reported by table, row and column.
import { fullMonthNumber } from '../base/dates.ts';
import mammoth from 'mammoth';
import { zipProblem } from '../spreadsheets/zip-limits.ts';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import {
  action as actionSchema,
  dotValues,
  type Action,
  type Aim,
  type Objective,
  type PlanOutline,
  type Theme,
} from '../../schemas/plan-outline.ts';
import type { Rating, RatingScale } from '../../schemas/plan-version.ts';
import type { Role } from '../../schemas/authority.ts';
import yaml from 'js-yaml';
import { checkIntegrity } from '../graph/integrity/index.ts';
import { authorityOf } from '../base/ids.ts';
import { listWords } from '../base/text.ts';
import { parseContent, type Roots, type SourceFile } from '../content/parse-content.ts';
import { latestVersionEntry } from '../spreadsheets/plan-sheets.ts';
import { outlineJson, versionPaths } from '../content/plan-version-files.ts';
import { planVersion as planVersionSchema } from '../../schemas/plan-version.ts';
import {
  citedParagraphs,
  citedRecommendations,
  citedVisits,
  isCitation,
  recommendationValue,
  trailingCitation,
  type VisitRef,
} from './citations.ts';

/** A problem with the document, placed where a person finds it in Word. */
export interface DocProblem {
  /** "table 3, row 2 (action 1.1.4), Lead", "objective 1.2, bullet 1", or "" for the whole document. */
  where: string;
  message: string;
}

/** Formats a problem as one line. */
export function formatDocProblem(problem: DocProblem): string {
  return problem.where ? `${problem.where}: ${problem.message}` : problem.message;
}

/** Thrown when a file cannot be opened at all; its message is for the author. */
export class ImportFileError extends Error {}

/**
 * What a Word plan may be. A .docx is a zip archive: its parts are measured (and inflated under a
 * ceiling) before mammoth reads any of it, so a small file that unpacks to gigabytes is refused first.
 */
export const wordLimits = {
  /** Bytes of the file itself, checked before it is read. */
  maxFileBytes: 30_000_000,
  /** Bytes all its parts may unpack to (a 60-page plan with its logos unpacks to a few megabytes). */
  maxUncompressedBytes: 40_000_000,
  /** Parts inside the archive. */
  maxEntries: 1_000,
  document: 'word',
} as const;

/** Why a file of `bytes` is too large to be read as `what`, before it is read; undefined when it is within `limit`. */
export function fileTooLarge(name: string, bytes: number, limit: number, what: string): string | undefined {
  if (bytes <= limit) return undefined;
  const mb = (n: number) => `${Math.round(n / 1_000_000)} MB`;
  return `${name} is ${mb(bytes)}, larger than any ${what} needs (at most ${mb(limit)}): check that it is the right file, or save a copy without pictures and import that. Nothing was read.`;
}

/** Turns a .docx file into HTML. A file that is not a Word document, or too large to be one, is refused in an author's words. */
export async function docxToHtml(data: Buffer, name: string): Promise<string> {
  const tooLarge =
    fileTooLarge(name, data.length, wordLimits.maxFileBytes, 'Word plan') ??
    ((problem) => problem && `${name} ${problem}`)(zipProblem(data, wordLimits));
  if (tooLarge) throw new ImportFileError(tooLarge);
  try {
    const result = await mammoth.convertToHtml({ buffer: data });
    return result.value;
  } catch {
    throw new ImportFileError(
      `${name} could not be opened as a Word document (.docx): the file is damaged or is not a .docx. Open it in Word and save it again as "Word Document (.docx)".`,
    );
  }
}

/** The fields a plan table's columns can hold, and `ignore` for a column left out on purpose. */
export const planFields = [
  'ref',
  'desiredOutcome',
  'actions',
  'lead',
  'timescale',
  'impact',
  'measure',
  'evidence',
  'rag',
  'dot',
  'ragDot',
  'ignore',
] as const;
export type PlanField = (typeof planFields)[number];

/** What each field is called in messages. */
const fieldWords: Record<PlanField, string> = {
  ref: 'Ref',
  desiredOutcome: 'Desired outcome',
  actions: 'Actions',
  lead: 'Lead',
  timescale: 'Timescale',
  impact: 'Impact',
  measure: 'Measure',
  evidence: 'Evidence of progress',
  rag: 'RAG',
  dot: 'DOT',
  ragDot: 'RAG/DOT',
  ignore: '(ignored)',
};

const letters = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');

/** Maps a column header to a field by the words councils use; undefined when it is not one of them. */
export function fieldOfHeader(header: string): PlanField | undefined {
  const h = letters(header);
  if (h === '') return undefined;
  if (/^ref(no|number)?$|^reference(number)?$|^no$/.test(h)) return 'ref';
  if (/^ragdot$|^ragdirectionoftravel$|^bragdot$/.test(h)) return 'ragDot';
  if (/^b?rag(rating|status)?$|^rating$|^status$/.test(h)) return 'rag';
  if (/^dot$|^directionoftravel$/.test(h)) return 'dot';
  if (h.includes('outcome')) return 'desiredOutcome';
  if (/^actions?(required|tobetaken)?$|^whatwewilldo$/.test(h)) return 'actions';
  if (/^lead|^responsible|^owner/.test(h)) return 'lead';
  if (/timescale|deadline|^date$|^duedate$|^bywhen$|^targetdate$/.test(h)) return 'timescale';
  if (h.includes('measure') || h.includes('howwillweknow')) return 'measure';
  if (h.includes('impact') || h.includes('whatdifference')) return 'impact';
  if (h.includes('evidence') || /^progress(update)?$/.test(h)) return 'evidence';
  return undefined;
}

/** Parses `--map "Header=field"` options into header → field, reporting a field name that does not exist. */
export function parseMappings(options: readonly string[]): { map: Map<string, PlanField>; problems: DocProblem[] } {
  const map = new Map<string, PlanField>();
  const problems: DocProblem[] = [];
  for (const option of options) {
    const at = option.lastIndexOf('=');
    const header = at > 0 ? option.slice(0, at).trim() : '';
    const wanted = at > 0 ? option.slice(at + 1).trim() : '';
    const field = planFields.find((f) => f.toLowerCase() === wanted.toLowerCase());
    if (!header || !field) {
      problems.push({
        where: `--map ${JSON.stringify(option)}`,
        message: `write --map "Column header=field", where field is one of ${planFields.join(', ')}`,
      });
      continue;
    }
    map.set(letters(header), field);
  }
  return { map, problems };
}

/** What the document is read against: the council's roles, the visits of the plan's inspection, a rating scale. */
export interface PlanDocContext {
  roles: readonly Role[];
  visits: readonly VisitRef[];
  /** The rating scale to read RAG cells with, when the document does not define its own. */
  ratingScale?: RatingScale;
  /** Header → field mappings given with --map (keys are the header's letters, lower-case). */
  map?: ReadonlyMap<string, PlanField>;
}

/** A plan read from a document: its table, what else it says, and what was done to read it. */
export interface PlanDocResult {
  outline?: PlanOutline;
  /** The rating scale the document defines ("Green- the actions … "), if any. */
  ratingScale?: RatingScale;
  /** "Version 1 - October 2019" read as a label and a date, if the document says. */
  version?: { label: string; published: string };
  problems: DocProblem[];
  /** What the importer did that a person should know: joined rows, cells read as empty. */
  log: string[];
  counts: { themes: number; objectives: number; actions: number; continued: number };
  /** Where each action's row is: action ref → "table 3, row 2 (action 1.1.4)". */
  places: Record<string, string>;
}

const squash = (text: string) => text.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
const textOf = (node: Node) => squash(node.text);
const isElement = (node: Node): node is HTMLElement => node.nodeType === 1;
const children = (node: HTMLElement) => node.childNodes.filter(isElement);

/** The paragraphs of a table cell, as Word holds them: one per paragraph or list item. */
function cellParagraphs(cell: HTMLElement): string[] {
  const out: string[] = [];
  const walk = (node: HTMLElement) => {
    for (const child of node.childNodes) {
      if (!isElement(child)) {
        const text = textOf(child);
        if (text) out.push(text);
        continue;
      }
      const tag = child.tagName.toLowerCase();
      if (tag === 'p' || tag === 'li' || /^h\d$/.test(tag)) {
        const text = textOf(child);
        if (text) out.push(text);
      } else if (tag === 'ul' || tag === 'ol' || tag === 'table' || tag === 'tbody' || tag === 'tr' || tag === 'td')
        walk(child);
      else {
        const text = textOf(child);
        if (text) out.push(text);
      }
    }
  };
  walk(cell);
  return out;
}

/** A table's rows as cells of paragraphs, merged cells (colspan) spread over the columns they cover. */
function tableRows(table: HTMLElement): string[][][] {
  const rows: string[][][] = [];
  for (const tr of table.querySelectorAll('tr')) {
    const row: string[][] = [];
    for (const cell of children(tr).filter((c) => /^t[dh]$/i.test(c.tagName))) {
      row.push(cellParagraphs(cell));
      const span = Number(cell.getAttribute('colspan') ?? 1);
      for (let i = 1; i < span; i++) row.push([]);
    }
    rows.push(row);
  }
  return rows;
}

const singleFields = new Set<PlanField>(['ref', 'lead', 'timescale', 'rag', 'dot', 'ragDot']);
const paragraphFields = ['desiredOutcome', 'actions', 'impact', 'measure', 'evidence'] as const;
type ParagraphField = (typeof paragraphFields)[number];

/** The words of a field in notes, as the source's column is called. */
const noteWords: Record<ParagraphField, string> = {
  desiredOutcome: 'desired outcome',
  actions: 'actions',
  impact: 'impact',
  measure: 'measure',
  evidence: 'evidence-of-progress',
};

interface Draft {
  ref: string;
  where: string;
  table: number;
  row: number;
  objective: Objective;
  cells: Partial<Record<PlanField, string[]>>;
  notes: string[];
  /** Citations that stood alone at the top of a page and were joined to the paragraph before: noted once every row is read. */
  joinedCitations: { field: PlanField; citation: string }[];
}

const themePattern = /^(?:theme|pillar|priority)\s+(\d+)\s*[:.–—-]\s*(.+)$/i;
const objectivePattern = /^objective\s*[:.–—-]?\s*(\d+\.\d+)\s*[:.]?\s*(.*)$/i;

/**
 * What the reader knows as it walks the document from top to bottom. A plan document is a run of
 * blocks: before the first theme, a title ("Version 1 - October 2019") and the rating scale as a
 * list; then, for each theme, its heading ("Theme 1 – Leadership …"), and for each objective its
 * heading ("Objective 1.1: …"), the bullets saying what it answers (each ending with its citation in
 * brackets) and one or more tables of actions, the first with a header row naming the columns.
 */
interface ReadState {
  readonly context: PlanDocContext;
  readonly problems: DocProblem[];
  readonly log: string[];
  readonly themes: Theme[];
  readonly drafts: Draft[];
  theme?: Theme;
  objective?: Objective;
  /** The fields of the current table's columns, from its header row or the header of the table it continues. */
  columns?: PlanField[];
  tableNumber: number;
  continued: number;
  ratingScale?: RatingScale;
  version?: PlanDocResult['version'];
  /** The text of the block before this one: the rating scale's introduction, when a list follows it. */
  previousText: string;
  /** Header texts already reported as unknown, so a header repeated on every page is reported once. */
  readonly reportedHeaders: Set<string>;
}

/** Reads a plan document's HTML (mammoth's output) into a plan version's table. Pure. */
export function readPlanHtml(html: string, context: PlanDocContext): PlanDocResult {
  // (node-html-parser reads a line break within a paragraph, Shift+Enter in Word, as white space)
  const state: ReadState = {
    context,
    problems: [],
    log: [],
    themes: [],
    drafts: [],
    tableNumber: 0,
    continued: 0,
    previousText: '',
    reportedHeaders: new Set(),
  };
  for (const block of children(parse(html))) {
    if (block.tagName.toLowerCase() === 'table') readTable(state, block);
    else readBlock(state, block);
  }
  return finish(state);
}

/** Adds a bullet (or heading text, or paragraph) saying what the current objective answers, read from its citation. */
function addAim(state: ReadState, text: string, where: string) {
  const { objective, problems, context } = state;
  if (!objective) return;
  const cite = trailingCitation(text);
  if (!cite) {
    problems.push({
      where,
      message: `${JSON.stringify(text)} has no citation in brackets at its end (e.g. "(recommendation 8)" or "(Internal objective)"): add what the bullet answers`,
    });
    return;
  }
  const recommendations: (string | number)[] = [];
  for (const id of citedRecommendations(cite.citation)) {
    const value = recommendationValue(id);
    if (value === undefined)
      problems.push({
        where,
        message: `recommendation "${id}" is lettered, but this site's content schema accepts only numbered recommendations so far: write the recommendation's number, or import once lettered recommendations are supported`,
      });
    else recommendations.push(value);
  }
  const visits = citedVisits(cite.citation, context.visits);
  for (const message of visits.problems) problems.push({ where, message });
  objective.aims.push({
    text: cite.before.trim(),
    citation: cite.citation,
    recommendations: recommendations as Aim['recommendations'],
    repeated: /\brepeated\b/i.test(cite.citation),
    monitoringVisits: visits.ids,
    internal: /\binternal\s+objective\b/i.test(cite.citation),
  });
}

/**
 * A table of actions: its header row (if it has one) fixes the columns, and each later row is an
 * action, or the continuation of the row before it across a page break. A table without a header
 * continues the columns of the table before it.
 */
function readTable(state: ReadState, table: HTMLElement) {
  state.tableNumber++;
  const rows = tableRows(table);
  const tableWhere = `table ${state.tableNumber}${state.objective ? ` (objective ${state.objective.ref})` : ''}`;
  const header = rows[0] ?? [];
  const headerTexts = header.map((cell) => cell.join(' '));
  const mapped = headerTexts.map((h) => state.context.map?.get(letters(h)) ?? fieldOfHeader(h));
  const looksLikeHeader = mapped.includes('ref') && mapped.filter(Boolean).length >= 3;
  if (!state.theme) {
    if (looksLikeHeader)
      state.problems.push({
        where: `table ${state.tableNumber}`,
        message: 'this plan table comes before any theme heading ("Theme 1 – …"): add the heading above it',
      });
    else
      state.log.push(
        `table ${state.tableNumber} comes before the first theme and has no plan columns; it was not read`,
      );
    return;
  }
  if (looksLikeHeader) readHeader(state, headerTexts, mapped, tableWhere);
  else if (!state.columns) {
    state.problems.push({
      where: tableWhere,
      message:
        'has no header row naming its columns (Ref, Desired outcome, Actions, Lead, Timescale …), and no table before it has one',
    });
    return;
  } else if (header.length !== state.columns.length && header.length > 0) {
    state.problems.push({
      where: tableWhere,
      message: `has ${header.length} columns and no header row, but the table it continues has ${state.columns.length}: it cannot be matched column by column`,
    });
    return;
  }
  for (let r = looksLikeHeader ? 1 : 0; r < rows.length; r++)
    readRow(state, rows[r]!, `${tableWhere}, row ${r + 1}`, r + 1);
}

/** A header row: each header names a field (or --map says which); unknown, blank and missing columns are reported. */
function readHeader(
  state: ReadState,
  headerTexts: readonly string[],
  mapped: readonly (PlanField | undefined)[],
  tableWhere: string,
) {
  const { problems } = state;
  const unmapped = headerTexts.map((h, i) => ({ h, i })).filter(({ h, i }) => mapped[i] === undefined && h !== '');
  for (const { h, i } of unmapped) {
    if (state.reportedHeaders.has(letters(h))) continue;
    state.reportedHeaders.add(letters(h));
    problems.push({
      where: `${tableWhere}, column ${i + 1} "${h}"`,
      message: `is not a column the importer knows. Say which field it holds, e.g. --map "${h}=evidence", or --map "${h}=ignore" to leave it out (fields: ${planFields.join(', ')})`,
    });
  }
  for (const { i } of headerTexts.map((h, i) => ({ h, i })).filter(({ h }) => h === ''))
    problems.push({
      where: `${tableWhere}, column ${i + 1}`,
      message: 'has no header: name the column in the document, or give it with --map',
    });
  const columns = mapped.map((f) => f ?? 'ignore');
  state.columns = columns;
  for (const required of ['desiredOutcome', 'actions', 'lead', 'timescale'] as const) {
    if (!columns.includes(required))
      problems.push({
        where: tableWhere,
        message: `no column holds the ${fieldWords[required]}: name it with --map "Header=${required}"`,
      });
  }
}

/**
 * One row of an actions table. Its Ref is an action's ("1.1.4"), or empty or "1.1.4 (cont.)" where
 * Word carried the row over a page break: then its cells join the action before it.
 */
function readRow(state: ReadState, row: readonly string[][], rowWhere: string, rowNumber: number) {
  const { problems, drafts, objective } = state;
  const columns = state.columns!;
  if (row.every((cell) => cell.length === 0 || cell.every((p) => /^[-–—\s]*$/.test(p)))) return;
  const cells: Partial<Record<PlanField, string[]>> = {};
  columns.forEach((field, i) => {
    if (field === 'ignore') return;
    cells[field] = [...(cells[field] ?? []), ...(row[i] ?? [])];
  });
  const ref = (cells.ref ?? []).join(' ').trim();
  const beyond = row.slice(columns.length).findIndex((cell) => cell.length > 0);
  if (beyond >= 0) {
    problems.push({
      where: `${rowWhere}, column ${columns.length + beyond + 1}`,
      message: `holds ${JSON.stringify(row[columns.length + beyond]!.join(' ').slice(0, 60))}, but the table's header names only ${columns.length} columns: add the column's header in the document`,
    });
  }
  const cont = /^(\d+\.\d+\.\d+)\s*\(?\s*(?:cont(?:inued|'d|d)?\.?|continued)\s*\)?$/i.exec(ref);
  if (ref === '' || cont) {
    const last = drafts.at(-1);
    if (!last || last.objective !== objective || (cont && cont[1] !== last.ref)) {
      problems.push({
        where: rowWhere,
        message: cont
          ? `says it continues action ${cont[1]}, but the row before it is ${last ? `action ${last.ref}` : 'no action'}: correct the Ref`
          : "has no Ref and follows no action of this objective, so it cannot be joined to one: give it its action's Ref",
      });
      return;
    }
    joinContinuation(last, cells, state.log);
    state.continued++;
    return;
  }
  if (!/^\d+\.\d+\.\d+$/.test(ref)) {
    problems.push({
      where: `${rowWhere}, Ref`,
      message: `${JSON.stringify(ref)} is not an action reference like "1.1.1"`,
    });
    return;
  }
  if (!objective) {
    problems.push({
      where: rowWhere,
      message: `action ${ref} comes before any objective heading ("Objective ${ref.split('.').slice(0, 2).join('.')}:")`,
    });
    return;
  }
  if (!ref.startsWith(`${objective.ref}.`)) {
    problems.push({
      where: `${rowWhere} (action ${ref}), Ref`,
      message: `action ${ref} is under the heading of objective ${objective.ref}: correct the Ref or the heading`,
    });
  }
  drafts.push({
    ref,
    where: `${rowWhere} (action ${ref})`,
    table: state.tableNumber,
    row: rowNumber,
    objective,
    cells,
    notes: [],
    joinedCitations: [],
  });
}

/**
 * A block between the tables: a theme or objective heading, an objective's bullets (what it answers),
 * before the first theme the version line and the rating scale, or text the reader logs as not read.
 */
function readBlock(state: ReadState, block: HTMLElement) {
  const tag = block.tagName.toLowerCase();
  const text = textOf(block);
  if (!text) return;
  const { theme, objective, drafts, log } = state;
  const themeMatch = themePattern.exec(text);
  const objectiveMatch = objectivePattern.exec(text);
  if (themeMatch && tag !== 'li') {
    state.theme = { ref: themeMatch[1]!, title: themeMatch[2]!.trim(), objectives: [] };
    state.themes.push(state.theme);
    state.objective = undefined;
    state.columns = undefined;
  } else if (objectiveMatch && tag !== 'li') {
    if (!theme) {
      state.problems.push({
        where: `objective ${objectiveMatch[1]}`,
        message: 'comes before any theme heading ("Theme 1 – …")',
      });
      return;
    }
    state.objective = { ref: objectiveMatch[1]!, aims: [], actions: [] };
    theme.objectives.push(state.objective);
    if (objectiveMatch[2]) addAim(state, objectiveMatch[2], `objective ${state.objective.ref}, heading`);
  } else if (tag === 'ul' || tag === 'ol') {
    const items = children(block)
      .filter((c) => c.tagName.toLowerCase() === 'li')
      .map(textOf)
      .filter(Boolean);
    if (objective && objective.actions.length === 0 && !drafts.some((d) => d.objective === objective)) {
      items.forEach((item) => addAim(state, item, `objective ${objective.ref}, bullet ${objective.aims.length + 1}`));
    } else if (!theme) {
      const scale = ratingScaleOf(items, state.previousText);
      if (scale) state.ratingScale = scale;
    } else {
      for (const item of items)
        log.push(
          `not read (a list between the tables, after ${objective ? `objective ${objective.ref}'s table` : `theme ${theme.ref}'s heading`}): "${item.slice(0, 80)}"`,
        );
    }
  } else if (!theme) {
    const v = /\bversion\s+(\d+(?:\.\d+)?)\s*[-–—,:]?\s*([a-z]+)\s+(\d{4})\b/i.exec(text);
    const month = v ? fullMonthNumber(v[2]!) : undefined;
    if (v && month !== undefined && !state.version)
      state.version = { label: `Version ${v[1]}`, published: `${v[3]}-${String(month).padStart(2, '0')}` };
  } else if (objective && !drafts.some((d) => d.objective === objective) && trailingCitation(text)) {
    // an objective's statement written as a paragraph rather than a bullet
    addAim(state, text, `objective ${objective.ref}, paragraph ${objective.aims.length + 1}`);
  } else if (!/^ref(\s*no\.?)?$/i.test(text)) {
    log.push(
      `not read (text between the tables, after ${objective ? `objective ${objective.ref}` : `theme ${theme.ref}'s heading`}): "${text.slice(0, 80)}"`,
    );
  }
  state.previousText = text;
}

/** After the last block: each row becomes an action, and the plan's structure is checked as a whole. */
function finish(state: ReadState): PlanDocResult {
  const { themes, drafts, problems, context, ratingScale } = state;
  if (themes.length === 0)
    problems.push({
      where: '',
      message:
        'no theme heading ("Theme 1 – Leadership, management and governance") was found, so the plan\'s structure cannot be read',
    });
  const ratings = ratingScale?.ratings ?? context.ratingScale?.ratings ?? [];
  for (const draft of drafts)
    for (const joined of draft.joinedCitations) draft.notes.push(joinedCitationNote(draft, joined, drafts));
  for (const draft of drafts) {
    const action = toAction(draft, context, ratings, problems);
    if (action) draft.objective.actions.push(action);
  }
  for (const t of themes) {
    if (t.objectives.length === 0)
      problems.push({ where: `theme ${t.ref}`, message: 'has no objective heading ("Objective 1.1:") under it' });
    for (const o of t.objectives) {
      if (o.aims.length === 0)
        problems.push({
          where: `objective ${o.ref}`,
          message: 'has no bullet saying what it answers: add one, ending with its citation in brackets',
        });
      if (o.actions.length === 0 && !drafts.some((d) => d.objective === o))
        problems.push({ where: `objective ${o.ref}`, message: 'has no table of actions under it' });
    }
  }
  const seen = new Map<string, string>();
  for (const d of drafts) {
    if (seen.has(d.ref))
      problems.push({
        where: d.where,
        message: `action ${d.ref} is also at ${seen.get(d.ref)}: each action has one Ref (if this row continues it on a new page, leave its Ref empty or write "${d.ref} (cont.)")`,
      });
    else seen.set(d.ref, d.where);
  }
  const counts = {
    themes: themes.length,
    objectives: themes.reduce((n, t) => n + t.objectives.length, 0),
    actions: drafts.length,
    continued: state.continued,
  };
  const places = Object.fromEntries(drafts.map((d) => [d.ref, d.where]));
  return {
    ...(problems.length ? {} : { outline: { themes } }),
    ratingScale,
    version: state.version,
    problems,
    log: state.log,
    counts,
    places,
  };
}

/**
 * The note on a citation joined across a page break, saying where the plan's other actions put
 * theirs in the same column, as the rows show it: at the end of the last paragraph, after an earlier
 * one, or nowhere (never "everywhere else" unless every other row does).
 */
function joinedCitationNote(draft: Draft, joined: Draft['joinedCitations'][number], drafts: readonly Draft[]): string {
  const noun = noteWords[joined.field as ParagraphField] ?? fieldWords[joined.field];
  const earlier: string[] = [];
  const none: string[] = [];
  for (const other of drafts) {
    if (other === draft) continue;
    const paragraphs = other.cells[joined.field] ?? [];
    const cited = paragraphs.map((p) => trailingCitation(p) !== undefined);
    if (!cited.includes(true)) none.push(other.ref);
    else if (!cited.at(-1)) earlier.push(other.ref);
  }
  const start = `The citation "${joined.citation}" stands alone at the top of the next page; it is joined to the end of the last paragraph of the ${noun}`;
  if (earlier.length === 0 && none.length === 0)
    return `${start}, where every other ${noun} of the plan ends with its citation.`;
  const exceptions = [
    ...(earlier.length
      ? [`${listWords(earlier)} ${earlier.length === 1 ? 'puts' : 'put'} a citation after an earlier paragraph`]
      : []),
    ...(none.length ? [`${listWords(none)} ${none.length === 1 ? 'has' : 'have'} none`] : []),
  ];
  return `${start}, where most of the plan's other ${noun}s end with theirs (not all: ${exceptions.join(', and ')}).`;
}

/** Joins a row continued on the next page to its action, cell by cell. */
function joinContinuation(draft: Draft, cells: Partial<Record<PlanField, string[]>>, log: string[]) {
  for (const [field, paras] of Object.entries(cells) as [PlanField, string[]][]) {
    if (field === 'ref' || paras.length === 0) continue;
    const before = draft.cells[field] ?? [];
    if (singleFields.has(field) || before.length === 0) {
      draft.cells[field] =
        singleFields.has(field) && before.length ? [[...before, ...paras].join(' ')] : [...before, ...paras];
      if (before.length) log.push(`action ${draft.ref}, ${fieldWords[field]}: continued on the next page; joined`);
      continue;
    }
    const last = before.at(-1)!;
    const first = paras[0]!;
    const cite = /^\(([^()]*)\)\.?$/.exec(first);
    if (cite && isCitation(cite[1]!)) {
      draft.cells[field] = [...before.slice(0, -1), `${last} ${first}`, ...paras.slice(1)];
      draft.joinedCitations.push({ field, citation: first });
      log.push(
        `action ${draft.ref}, ${fieldWords[field]}: the citation ${first} at the top of the next page was joined to the paragraph before it`,
      );
    } else if (!/[.!?:;]["'’”)]*$/.test(last) && /^[a-z(‘'"“]/.test(first)) {
      draft.cells[field] = [...before.slice(0, -1), `${last} ${first}`, ...paras.slice(1)];
      log.push(
        `action ${draft.ref}, ${fieldWords[field]}: a paragraph split by a page break was joined ("…${last.slice(-24)}" + "${first.slice(0, 24)}…")`,
      );
    } else {
      draft.cells[field] = [...before, ...paras];
      log.push(`action ${draft.ref}, ${fieldWords[field]}: continued on the next page with a new paragraph`);
    }
  }
}

const dotWords: [RegExp, (typeof dotValues)[number]][] = [
  [/\bimprov(ing|ed)\b|↑|⬆|\bup\b/i, 'improving'],
  [/\bno\s*change\b|\bstatic\b|\bsame\b|↔|→|⬌/i, 'no-change'],
  [/\bdeclin(ing|ed)\b|\bworse\b|↓|⬇|\bdown\b/i, 'declining'],
];

function toAction(
  draft: Draft,
  context: PlanDocContext,
  ratings: readonly Rating[],
  problems: DocProblem[],
): Action | undefined {
  const before = problems.length;
  const at = (field: PlanField) => `${draft.where}, ${fieldWords[field]}`;
  const paras = (field: ParagraphField): string[] => {
    const values = draft.cells[field] ?? [];
    if (values.length > 0 && values.every((v) => /^[\p{P}\s]+$/u.test(v))) {
      draft.notes.push(`The source's ${noteWords[field]} cell holds a lone '${values.join(' ')}', read as empty.`);
      return [];
    }
    return values;
  };
  const single = (field: PlanField) => (draft.cells[field] ?? []).join(' ').trim();
  const required = <T extends string | string[]>(field: PlanField, value: T): T => {
    if (value.length === 0) problems.push({ where: at(field), message: 'is empty: every action needs it' });
    return value;
  };
  // an empty desired-outcome cell is "not in the source" where the schema can say so, else a problem
  const outcomeCanBeMissing = 'notInSource' in actionSchema.shape;
  const desiredOutcome = outcomeCanBeMissing
    ? paras('desiredOutcome')
    : required('desiredOutcome', paras('desiredOutcome'));
  const notInSource =
    outcomeCanBeMissing && desiredOutcome.length === 0
      ? { desiredOutcome: "The plan's desired-outcome cell for this action is empty." }
      : {};
  const actions = required('actions', paras('actions'));
  const lead = required('lead', single('lead'));
  const timescale = required('timescale', single('timescale'));

  let rag: string | null = null;
  let dot: Action['dot'] = null;
  const ratingCell = single('rag') || single('ragDot');
  if (ratingCell) {
    const rating = ratings.find((r) => new RegExp(`(?<!\\w)${escape(r.label)}(?!\\w)`, 'i').test(ratingCell));
    const directionOnly =
      !single('rag') &&
      !/\p{L}/u.test(dotWords.reduce((t, [re]) => t.replace(new RegExp(re.source, 'gi'), ''), ratingCell));
    if (!rating && !directionOnly) {
      problems.push({
        where: at(single('rag') ? 'rag' : 'ragDot'),
        message: `${JSON.stringify(ratingCell)} is not a rating of the plan's scale: use one of ${ratings.map((r) => r.label).join(', ') || '(the document defines no rating scale)'}, or leave it empty for not yet rated`,
      });
    }
    rag = rating?.id ?? null;
  }
  const dotCell = [single('ragDot'), single('dot')].filter(Boolean).join(' ');
  if (dotCell) {
    const found = dotWords.filter(([re]) => re.test(dotCell));
    if (found.length === 1) dot = found[0]![1];
    else if (found.length > 1)
      problems.push({
        where: at('dot'),
        message: `${JSON.stringify(dotCell)} names more than one direction of travel`,
      });
    else if (single('dot'))
      problems.push({
        where: at('dot'),
        message: `${JSON.stringify(dotCell)} is not a direction of travel: use Improving, No change or Declining, or leave it empty`,
      });
  }

  const paragraphs: number[] = [];
  const visits: string[] = [];
  let internal = false;
  for (const paragraph of desiredOutcome) {
    const cite = trailingCitation(paragraph);
    if (!cite || !isCitation(cite.citation)) continue;
    paragraphs.push(...citedParagraphs(cite.citation));
    const v = citedVisits(cite.citation, context.visits);
    visits.push(...v.ids);
    for (const message of v.problems) problems.push({ where: at('desiredOutcome'), message });
    if (/\binternal\s+data\b/i.test(cite.citation)) internal = true;
  }
  const { accountable, partners } = lead
    ? splitLead(lead, context.roles, at('lead'), problems)
    : { accountable: [], partners: [] };
  const leadRoles = accountable;
  if (problems.length > before) return undefined;
  return {
    ref: draft.ref,
    desiredOutcome,
    ...(Object.keys(notInSource).length ? { notInSource } : {}),
    actions,
    lead,
    leadRoles,
    ...(partners.length > 0 ? { partners } : {}),
    timescale,
    impact: paras('impact'),
    measure: paras('measure'),
    evidence: paras('evidence'),
    rag,
    dot,
    paragraphs: [...new Set(paragraphs)],
    monitoringVisits: [...new Set(visits)],
    internal,
    notes: draft.notes,
  } as Action;
}

/**
 * The parts of a lead that name roles other than the accountable ones, in the plan's words:
 * "working in conjunction with PeopleToo", "social workers to deliver", "HoS and Service Managers
 * when necessary". The rest of the lead names the accountable roles.
 */
const partnerClauses = [
  /(?:working\s+)?in conjunction with [^()]+?(?=\)|$)/gi,
  /(?<=,\s*)[^,]+?\bto deliver\b/gi,
  /(?<=[–-]\s*)[^–-]+?\bwhen necessary\b/gi,
];

/** A lead read into its accountable roles and its partners (each with the lead's words for its part). */
export function splitLead(
  lead: string,
  roles: readonly Role[],
  where: string,
  problems: DocProblem[],
): { accountable: string[]; partners: { role: string; words: string }[] } {
  const clauses = partnerClauses
    .flatMap((pattern) => [...lead.matchAll(pattern)].map((m) => ({ at: m.index!, words: m[0].trim() })))
    .sort((a, b) => a.at - b.at);
  let rest = lead;
  for (const clause of clauses) rest = rest.replace(clause.words, ' ');
  const partners = clauses.flatMap((clause) =>
    rolesIn(clause.words, roles, where, problems).map((role) => ({ role, words: clause.words })),
  );
  return { accountable: rolesIn(rest, roles, where, problems), partners };
}

const connectors = new Set([
  'and',
  'the',
  'in',
  'conjunction',
  'with',
  'working',
  'to',
  'oversee',
  'deliver',
  'when',
  'necessary',
  'or',
  'of',
  'for',
  'by',
  'all',
  'supported',
  'support',
  'lead',
  'leads',
  'plus',
  'other',
  'relevant',
  'as',
  'required',
  'appropriate',
  'where',
  'via',
]);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The authority's roles named in a lead, in the order the lead names them: longest names first, so
 * "Deputy DCS" is not read as "DCS". Words left over that are not joining words are reported, so a
 * role the authority file lacks is added rather than silently dropped.
 */
export function rolesIn(lead: string, roles: readonly Role[], where: string, problems: DocProblem[]): string[] {
  const normal = lead.replace(/[’']s\b/g, 's');
  const names = roles
    .flatMap((r) =>
      [r.name, r.abbreviation, r.id.replace(/-/g, ' ')]
        .filter((n): n is string => Boolean(n))
        .map((name) => ({ id: r.id, name })),
    )
    .sort((a, b) => b.name.length - a.name.length);
  const taken = Array.from({ length: normal.length }, () => false);
  const found: { id: string; at: number }[] = [];
  for (const { id, name } of names) {
    const pattern = new RegExp(`(?<![\\w-])${escape(name.replace(/[’']s\b/g, 's'))}(?![\\w-])`, 'gi');
    for (const match of normal.matchAll(pattern)) {
      const from = match.index!;
      const to = from + match[0].length;
      if (taken.slice(from, to).some(Boolean)) continue;
      for (let i = from; i < to; i++) taken[i] = true;
      found.push({ id, at: from });
    }
  }
  const left = normal
    .split('')
    .map((c, i) => (taken[i] ? ' ' : c))
    .join('')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !connectors.has(w.toLowerCase()));
  if (left.length > 0) {
    problems.push({
      where,
      message: `${JSON.stringify(lead)}: ${left.map((w) => JSON.stringify(w)).join(', ')} ${left.length === 1 ? 'is' : 'are'} not part of any role of this council: add the role (or its abbreviation) to the authority's roles in src/content/authorities/, then import again`,
    });
  }
  const ids = found.sort((a, b) => a.at - b.at).map((f) => f.id);
  return [...new Set(ids)];
}

/** A rating scale defined by a list such as "Green- the actions … / Amber- … / Red- …". */
function ratingScaleOf(items: readonly string[], introduction: string): RatingScale | undefined {
  const ratings: Rating[] = [];
  for (const item of items) {
    const m = /^(blue|green|amber|red)\s*[-–—:]\s*(.+)$/i.exec(item);
    if (!m) return undefined;
    const colour = m[1]!.toLowerCase() as Rating['colour'];
    ratings.push({
      id: colour,
      label: m[1]!,
      definition: m[2]!.trim(),
      colour,
      complete: colour === 'blue' && /complete/i.test(m[2]!),
    });
  }
  if (ratings.length < 2) return undefined;
  const name = /\b(B?RAG)\b/.exec(introduction)?.[1] ?? ratings.map((r) => r.label[0]!.toUpperCase()).join('');
  return { name, ...(/rating|progress|RAG/i.test(introduction) ? { introduction } : {}), ratings };
}

/** What a plan document is imported as. */
export interface PlanImportOptions {
  /** "torbay/improvement-plan". */
  planKey: string;
  /** The new version's id: "v2". */
  version: string;
  label?: string;
  published?: string;
  /** The document's file name, recorded as the version's source. */
  sourceName: string;
  /** The plain-text copy of the document kept in the content's sources/<authority>/ folder, if there is one. */
  sourceFile?: string | undefined;
  /** --map "Header=field" options. */
  map?: readonly string[];
  /** For a plan that does not exist yet: its title and the inspection it answers; and the plan's title as published. */
  first?: { title?: string; inspection?: string; source?: string };
  /** The plan's publisher as it names itself, and its public web address: recorded in its source. */
  publisher?: string;
  address?: string;
}

/** The files an import would write (none on any problem), the problems, and a preview for a person. */
export interface ImportResult {
  files?: SourceFile[];
  problems: DocProblem[];
  preview: string[];
}

/** The column a field of an action is read from, for messages. */
const fieldColumn: Record<string, string> = {
  desiredOutcome: 'Desired outcome',
  actions: 'Actions',
  lead: 'Lead',
  leadRoles: 'Lead',
  timescale: 'Timescale',
  impact: 'Impact',
  measure: 'Measure',
  evidence: 'Evidence of progress',
  rag: 'RAG',
  dot: 'DOT',
  paragraphs: 'Desired outcome (its "Para" citation)',
  monitoringVisits: 'Desired outcome (its monitoring visit citation)',
};

const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

/**
 * Imports a plan document's HTML as a new version of a plan: reads it, builds the version's two files
 * and checks the whole content with them added. Returns files only when there is no problem at all.
 */
export function importPlanDocument(
  html: string,
  files: readonly SourceFile[],
  roots: Roots,
  options: PlanImportOptions,
): ImportResult {
  const { content, problems: existing } = parseContent(files, roots);
  if (existing.length > 0) {
    return {
      problems: existing.map((p) => ({
        where: '',
        message: `the existing content has a problem; fix it first: ${p.file}: ${p.path ? `${p.path}: ` : ''}${p.message}`,
      })),
      preview: [],
    };
  }
  const plan = content.plans.find((p) => p.id === options.planKey);
  const first = options.first ?? {};
  if (!plan && (!first.title || !first.inspection)) {
    return {
      problems: [
        {
          where: '',
          message: `no plan "${options.planKey}" exists yet: give its --title "<the plan's title>" and --inspection <id of the inspection it answers> to create it`,
        },
      ],
      preview: [],
    };
  }
  const planData = plan?.data ?? { title: first.title!, inspection: first.inspection! };
  const authorityId = authorityOf(options.planKey);
  const paths = versionPaths(options.planKey, options.version);
  if (files.some((f) => f.root === 'content' && (f.path === paths.mdx || f.path === paths.json))) {
    return {
      problems: [
        {
          where: '',
          message: `version "${options.version}" of ${options.planKey} already exists: choose a new version id`,
        },
      ],
      preview: [],
    };
  }
  const base = latestVersionEntry(content, options.planKey);
  const mappings = parseMappings(options.map ?? []);
  if (mappings.problems.length) return { problems: mappings.problems, preview: [] };
  const read = readPlanHtml(html, {
    roles: content.authorities.find((a) => a.id === authorityId)?.data.roles ?? [],
    visits: content.monitoringVisits
      .filter((v) => v.id.startsWith(`${authorityId}/`) && v.data.inspection === planData.inspection)
      // A visit with no date cannot be matched to a citation by its month.
      .flatMap((v) => (v.data.visited ? [{ id: v.id.slice(authorityId.length + 1), visited: v.data.visited }] : [])),
    ratingScale: base?.data.ratingScale,
    map: mappings.map,
  });
  const problems = [...read.problems];
  const preview = [
    `Read ${options.sourceName}: ${plural(read.counts.themes, 'theme')}, ${plural(read.counts.objectives, 'objective')}, ${plural(read.counts.actions, 'action')}; ${plural(read.counts.continued, 'row')} continued on a following page joined to ${read.counts.continued === 1 ? 'its action' : 'their actions'}.`,
    ...read.log.map((line) => `  · ${line}`),
  ];
  const label = options.label ?? read.version?.label ?? `Version ${options.version.replace(/^v/, '')}`;
  const published = options.published ?? read.version?.published;
  if (!options.label && read.version && read.version.label !== `Version ${options.version.replace(/^v/, '')}`) {
    preview.push(
      `The document calls itself "${read.version.label}", so that is the label; give --label "…" to name it otherwise.`,
    );
  }
  if (!published)
    problems.push({
      where: '',
      message:
        'the document does not say when this version was published ("Version 2 - January 2020"): give it with --published YYYY-MM',
    });
  const ratingScale = read.ratingScale ?? base?.data.ratingScale;
  const scaleOptional = planVersionSchema.shape.ratingScale.safeParse(undefined).success;
  if (!ratingScale && !scaleOptional)
    problems.push({
      where: '',
      message:
        'the document defines no rating scale (a list such as "Green- …", "Amber- …", "Red- …") and the plan has no earlier version to take one from',
    });
  if (!ratingScale && scaleOptional)
    preview.push(
      'The document defines no rating scale and no action is rated, so the version has none: pages say the plan does not rate its actions.',
    );
  if (problems.length > 0 || !read.outline || !published || (!ratingScale && !scaleOptional))
    return { problems, preview };

  const baseFile = base
    ? files.find((f) => f.root === 'content' && f.path === `plan-versions/${base.id}.mdx`)
    : undefined;
  const baseMatch = baseFile ? /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(baseFile.text) : null;
  const baseFront = (baseMatch ? (yaml.load(baseMatch[1]!) as Record<string, unknown>) : {}) ?? {};
  // The source is the document being imported: its file name, and what the importer was told of it.
  const sourceFields = {
    ...(options.sourceFile ? { file: options.sourceFile } : {}),
    ...(options.publisher ? { publisher: options.publisher } : {}),
    ...(options.address ? { address: options.address } : {}),
  };
  const front = {
    label,
    published,
    ...(baseFront.stages ? { stages: baseFront.stages } : {}),
    ...(ratingScale ? { ratingScale: read.ratingScale ?? baseFront.ratingScale ?? ratingScale } : {}),
    sources: [{ title: first.source ?? `${planData.title}, ${label}`, ...sourceFields, date: published }],
  };
  const body = baseMatch?.[2] ?? '';
  const added: SourceFile[] = [
    ...(plan
      ? []
      : [
          {
            root: 'content' as const,
            path: `plans/${options.planKey}.json`,
            text: `${JSON.stringify({ title: planData.title, inspection: planData.inspection, sources: [{ title: first.source ?? planData.title, ...sourceFields }] }, null, 2)}\n`,
          },
        ]),
    { root: 'content', path: paths.mdx, text: `---\n${JSON.stringify(front, null, 2)}\n---\n${body}` },
    { root: 'content', path: paths.json, text: outlineJson(read.outline) },
  ];
  const checked = parseContent([...files, ...added], roots);
  const issues = checked.problems.length > 0 ? checked.problems : checkIntegrity(checked.content);
  if (issues.length > 0) {
    return {
      problems: issues.map((p) => {
        const ref = /\(action (\d+\.\d+\.\d+)\)/.exec(p.path)?.[1];
        const field = /\(action [\d.]+\)\.(\w+)/.exec(p.path)?.[1];
        const aim = /\(objective ([\d.]+)\)\.aims\[(\d+)\]/.exec(p.path);
        if (ref)
          return {
            where: `${read.places[ref] ?? `action ${ref}`}${field ? `, ${fieldColumn[field] ?? field}` : ''}`,
            message: p.message,
          };
        if (aim) return { where: `objective ${aim[1]}, bullet ${Number(aim[2]) + 1}`, message: p.message };
        if (p.file.endsWith(paths.mdx) && (p.path === 'published' || p.path === 'label')) {
          return {
            where: options[p.path] !== undefined ? `--${p.path}` : `the document's "Version … - Month Year" line`,
            message: p.message,
          };
        }
        return { where: `${p.file}${p.path ? `: ${p.path}` : ''}`, message: p.message };
      }),
      preview,
    };
  }
  preview.push(
    base
      ? `The introduction and stages are carried over from ${base.id.split('/').at(-1)}${read.ratingScale ? '' : ', and so is the rating scale (the document defines none)'}; edit ${roots.content}/${paths.mdx} if this version changes them.`
      : 'The introduction (the body of the .mdx) is left empty: paste it below the second "---" line.',
    'Will write:',
    ...(plan
      ? []
      : [
          `  ${roots.content}/plans/${options.planKey}.json (the plan: ${planData.title}, answering ${planData.inspection})`,
        ]),
    `  ${roots.content}/${paths.mdx} (${label}, published ${published})`,
    `  ${roots.content}/${paths.json} (${plural(read.counts.actions, 'action')})`,
  );
  return { files: added, problems: [], preview };
}
