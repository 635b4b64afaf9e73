import type { Role } from '../../schemas/authority.ts';
import { dotValues, type Action, type PlanOutline } from '../../schemas/plan-outline.ts';
import type { Rating } from '../../schemas/plan-version.ts';
import { dotLabel } from '../derivations/labels.ts';
import { timescaleDate } from '../base/timescale.ts';
import { nounFor } from '../base/text.ts';

/** The columns of a plan spreadsheet, in order: one row per action, as a council's plan already has them. */
export const columns = [
  'Ref',
  'Previous ref',
  'Theme',
  'Objective',
  'Desired outcome for children',
  'Actions',
  'Lead',
  'Lead roles',
  'Partners',
  'Timescale',
  'Due date (ISO 8601)',
  'What difference will it make to children (impact)',
  'How will we measure the difference to children?',
  'Evidence of progress',
  'RAG',
  'DOT',
  'Paragraphs',
  'Monitoring visits',
  'Internal data',
  'Notes',
] as const;

/** The name of a column of a plan spreadsheet. */
export type SheetColumn = (typeof columns)[number];

/** What each column holds, for the open-data page and the data package that describe the sheets. */
export const columnMeanings: Record<SheetColumn, string> = {
  Ref: 'Reference number of the action: "1.1.1" (theme, objective, action)',
  'Previous ref': 'Its reference in the previous version, where it was renumbered; empty otherwise',
  Theme: 'Reference of its theme: "1"',
  Objective: 'Reference of its objective: "1.1"',
  'Desired outcome for children':
    "Desired outcome for children, in the plan's words; paragraphs separated by a blank line",
  Actions: "The actions, in the plan's words; paragraphs separated by a blank line",
  Lead: "Lead, in the plan's words",
  'Lead roles': 'The roles the lead names as accountable, by name, separated by semicolons',
  Partners:
    'Roles the lead names in another part than lead, each as "role: the plan\'s words", separated by semicolons',
  Timescale: "Timescale, in the plan's words",
  'Due date (ISO 8601)':
    'The date the timescale\'s words give, in ISO 8601 at their precision ("2019-12-31", or "2020-01" for "End January 2020"); empty for "Immediate" or words with no date',
  'What difference will it make to children (impact)':
    'What difference it will make to children; paragraphs separated by a blank line',
  'How will we measure the difference to children?':
    'How the difference will be measured; paragraphs separated by a blank line',
  'Evidence of progress': 'Evidence of progress; paragraphs separated by a blank line',
  RAG: "Its rating, as the version's rating scale words it; empty when not yet rated",
  DOT: 'Direction of travel; empty when not stated',
  Paragraphs: 'Numbers of the report paragraphs it cites, separated by commas',
  'Monitoring visits': 'Names of the monitoring visits it cites, separated by semicolons',
  'Internal data': '"Yes" when it cites the council\'s internal data rather than the inspectorate; empty otherwise',
  Notes: 'Notes; paragraphs separated by a blank line',
};

/** Columns a sheet may leave out (sheets exported before they existed): read as empty. */
const optionalColumns: readonly (typeof columns)[number][] = ['Partners', 'Due date (ISO 8601)'];

/** A problem in one cell (or row) of a sheet, numbered as the spreadsheet numbers rows (header is row 1). */
export interface SheetError {
  row: number;
  column?: string;
  message: string;
}

/** Formats a sheet error the way a person reads a spreadsheet: "row 14, RAG: …". */
export function formatSheetError(error: SheetError): string {
  if (error.row <= 0) return error.column ? `${error.column}: ${error.message}` : error.message;
  return `row ${error.row}${error.column ? `, ${error.column}` : ''}: ${error.message}`;
}

/** What a sheet is read against: the version it updates and the authority's vocabularies. */
export interface SheetContext {
  base: PlanOutline;
  ratings: readonly Rating[];
  roles: readonly Role[];
  /** Columns read by another step (a first version's themes and objectives), so not unknown here. */
  alsoRead?: readonly string[];
  /** The council's monitoring visits, by id and name ("Monitoring visit, January 2019"). */
  visits?: readonly MonitoringVisitName[];
  /** Columns this sheet may leave out (a first version has no progress yet): read as empty. */
  mayLeaveOut?: readonly SheetColumn[];
}

/** A monitoring visit as a sheet names it. */
export interface MonitoringVisitName {
  id: string;
  name: string;
}

/**
 * How a sheet names a cited visit: by its name, unless another visit of the council has the same
 * name (then by its id, which is unique); an id the council does not have is written as it is.
 */
function visitLabel(id: string, visits: readonly MonitoringVisitName[]): string {
  const visit = visits.find((v) => v.id === id);
  if (!visit) return id;
  const shared = visits.filter((v) => v.name.toLowerCase() === visit.name.toLowerCase()).length > 1;
  return shared ? id : visit.name;
}

const paragraphBreak = '\n\n';
const joinParagraphs = (values: readonly string[]) => values.join(paragraphBreak);
const splitParagraphs = (cell: string) =>
  cell
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter(Boolean);
const splitList = (cell: string, separator: RegExp = /[;,]/) =>
  cell
    .split(separator)
    .map((v) => v.trim())
    .filter(Boolean);

/** One row per action of a version's table, in the column order above. */
export function outlineToRows(
  outline: PlanOutline,
  context: Pick<SheetContext, 'ratings' | 'roles' | 'visits'>,
): string[][] {
  const visits = context.visits ?? [];
  const roleName = new Map(context.roles.map((r) => [r.id, r.name]));
  const ratingLabel = new Map(context.ratings.map((r) => [r.id, r.label]));
  const rows: string[][] = [[...columns]];
  for (const theme of outline.themes) {
    for (const objective of theme.objectives) {
      for (const a of objective.actions) {
        rows.push([
          a.ref,
          a.previousRef ?? '',
          theme.ref,
          objective.ref,
          joinParagraphs(a.desiredOutcome),
          joinParagraphs(a.actions),
          a.lead ?? '',
          a.leadRoles.map((id) => roleName.get(id) ?? id).join('; '),
          (a.partners ?? []).map((p) => `${roleName.get(p.role) ?? p.role}: ${p.words}`).join('; '),
          a.timescale ?? '',
          (a.timescale && timescaleDate(a.timescale)) ?? '',
          joinParagraphs(a.impact),
          joinParagraphs(a.measure),
          joinParagraphs(a.evidence),
          a.rag === null ? '' : (ratingLabel.get(a.rag) ?? a.rag),
          a.dot === null ? '' : dotLabel(a.dot),
          a.paragraphs.join(', '),
          // Names hold commas ("Monitoring visit, January 2019"), so the list is separated by semicolons.
          a.monitoringVisits.map((id) => visitLabel(id, visits)).join('; '),
          a.internal ? 'Yes' : '',
          joinParagraphs(a.notes),
        ]);
      }
    }
  }
  return rows;
}

/**
 * Reads an edited sheet back into a version's table: themes, objectives and their bullets come from
 * the base version; actions come from the rows, placed in the objective each row names. Returns
 * every error with its row and column, and no table unless the whole sheet is valid.
 */
export function rowsToOutline(
  rows: readonly (readonly string[])[],
  context: SheetContext,
): { outline?: PlanOutline; errors: SheetError[] } {
  const errors: SheetError[] = [];
  const header = (rows[0] ?? []).map((h) => h.trim());
  const missing = columns.filter(
    (c) => !header.includes(c) && !optionalColumns.includes(c) && !(context.mayLeaveOut ?? []).includes(c),
  );
  if (missing.length > 0) {
    errors.push({
      row: 1,
      message: `the header row lacks the ${nounFor(missing.length, 'column')} ${missing.map((m) => `"${m}"`).join(', ')}; export a fresh sheet to see the expected columns`,
    });
    return { errors };
  }
  // Every cell is read or reported: a column twice, a column the plan does not have, or a cell beyond
  // the header would otherwise be dropped without a word.
  const letter = (i: number): string =>
    i < 26 ? String.fromCharCode(65 + i) : letter(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26));
  const hasContent = (i: number) => rows.slice(1).some((row) => String(row[i] ?? '').trim() !== '');
  header.forEach((name, i) => {
    if (name === '') {
      if (hasContent(i))
        errors.push({
          row: 1,
          column: letter(i),
          message:
            'this column has cells but no heading, so they would be lost: give it one of the plan\'s headings, or move its text into "Notes"',
        });
    } else if (header.indexOf(name) !== i) {
      errors.push({
        row: 1,
        column: name,
        message: `the column "${name}" appears twice (columns ${letter(header.indexOf(name))} and ${letter(i)}); only one can be read: keep one and delete the other`,
      });
    } else if (
      !(columns as readonly string[]).includes(name) &&
      !(context.alsoRead ?? []).includes(name) &&
      hasContent(i)
    ) {
      const near = columns.find((c) => c.toLowerCase() === name.toLowerCase());
      errors.push({
        row: 1,
        column: name,
        message: `"${name}" is not a column of the plan sheet, so its cells would be lost${near ? `: did you mean "${near}"?` : ': move its text into "Notes" (or another column) and delete the column'}`,
      });
    }
  });
  const width = header.length;
  rows.slice(1).forEach((row, index) => {
    const beyond = row.slice(width).findIndex((cell) => String(cell ?? '').trim() !== '');
    if (beyond >= 0)
      errors.push({
        row: index + 2,
        column: letter(width + beyond),
        message: 'this cell is beyond the last heading, so it would be lost: move its text into the right column',
      });
  });
  if (errors.length > 0) return { errors };
  const at = (row: readonly string[], column: (typeof columns)[number]) =>
    header.includes(column) ? String(row[header.indexOf(column)] ?? '').trim() : '';
  const ratingsByLabel = new Map(context.ratings.map((r) => [r.label.toLowerCase(), r.id]));
  const rolesByName = new Map(
    context.roles.flatMap((r) => [
      [r.name.toLowerCase(), r.id],
      [r.id, r.id],
      ...(r.abbreviation ? [[r.abbreviation.toLowerCase(), r.id] as const] : []),
    ]),
  );
  const dots = new Map(dotValues.map((d) => [dotLabel(d).toLowerCase(), d]));
  const objectives = new Map(context.base.themes.flatMap((t) => t.objectives.map((o) => [o.ref, { theme: t.ref }])));
  const placed = new Map<string, Action[]>();
  const baseActions = new Map(
    context.base.themes.flatMap((t) => t.objectives.flatMap((o) => o.actions.map((x) => [x.ref, x] as const))),
  );
  const seen = new Map<string, number>();

  rows.slice(1).forEach((row, index) => {
    const rowNumber = index + 2;
    if (row.every((cell) => String(cell ?? '').trim() === '')) return;
    const error = (column: (typeof columns)[number] | undefined, message: string) =>
      errors.push({ row: rowNumber, column, message });
    const ref = at(row, 'Ref');
    if (!/^\d+\.\d+\.\d+$/.test(ref)) error('Ref', `${JSON.stringify(ref)} is not an action reference like "1.1.1"`);
    if (seen.has(ref)) error('Ref', `action ${ref} is also on row ${seen.get(ref)}: each action has one row`);
    seen.set(ref, rowNumber);
    const objective = at(row, 'Objective');
    const theme = at(row, 'Theme');
    const place = objectives.get(objective);
    if (!place)
      error(
        'Objective',
        `${JSON.stringify(objective)} is not an objective of this plan: use one of ${[...objectives.keys()].join(', ')}`,
      );
    else if (place.theme !== theme)
      error('Theme', `objective ${objective} belongs to theme ${place.theme}, not ${JSON.stringify(theme)}`);
    const ragCell = at(row, 'RAG');
    const rag = ragCell === '' ? null : ratingsByLabel.get(ragCell.toLowerCase());
    if (rag === undefined)
      error(
        'RAG',
        `${JSON.stringify(ragCell)} is not one of ${context.ratings.map((r) => r.label).join(', ')} (leave it blank for not yet rated)`,
      );
    const dotCell = at(row, 'DOT');
    const dot = dotCell === '' ? null : dots.get(dotCell.toLowerCase());
    if (dot === undefined)
      error(
        'DOT',
        `${JSON.stringify(dotCell)} is not one of ${[...dots.keys()].map((d) => d.charAt(0).toUpperCase() + d.slice(1)).join(', ')} (or blank)`,
      );
    const leadRoles = splitList(at(row, 'Lead roles'), /;/).map((name) => {
      const id = rolesByName.get(name.toLowerCase());
      if (!id)
        error(
          'Lead roles',
          `${JSON.stringify(name)} is not a role of this council: use one of ${context.roles.map((r) => r.name).join('; ')}`,
        );
      return id ?? name;
    });
    const partners = splitList(at(row, 'Partners'), /;/).map((item) => {
      const [name = '', ...words] = item.split(':');
      const role = rolesByName.get(name.trim().toLowerCase());
      if (!role || words.length === 0)
        error(
          'Partners',
          `${JSON.stringify(item)} is not "role: the lead's words for its part", e.g. "PeopleToo: working in conjunction with PeopleToo", with a role of this council`,
        );
      return { role: role ?? name.trim(), words: words.join(':').trim() };
    });
    const paragraphs = splitList(at(row, 'Paragraphs')).map((p) => {
      if (!/^\d+$/.test(p))
        error(
          'Paragraphs',
          `${JSON.stringify(p)} is not a paragraph number: list numbers separated by commas, e.g. "24, 39"`,
        );
      return Number(p);
    });
    const dueCell = at(row, 'Due date (ISO 8601)');
    const dueRead = timescaleDate(at(row, 'Timescale'));
    if (dueCell !== '' && dueCell !== dueRead)
      error(
        'Due date (ISO 8601)',
        `${JSON.stringify(dueCell)} is not the date the Timescale's words give (${dueRead ?? 'none'}): this column is read from the Timescale, so change the Timescale's words instead, or clear this cell`,
      );
    const monitoringVisits = readVisits(at(row, 'Monitoring visits'), context.visits ?? [], (message) =>
      error('Monitoring visits', message),
    );
    const internal = at(row, 'Internal data').toLowerCase();
    if (!['', 'yes', 'no'].includes(internal))
      error('Internal data', `${JSON.stringify(internal)} is not "Yes" or blank`);
    const required = (column: (typeof columns)[number]) => {
      const value = at(row, column);
      if (value === '') error(column, 'is empty: every action needs it');
      return value;
    };
    // A cell the version it updates says is not in the source (a lead, a timescale) may stay blank.
    const kept = (column: (typeof columns)[number], field: 'desiredOutcome' | 'lead' | 'timescale') =>
      at(row, column) === '' && baseActions.get(ref)?.notInSource[field] !== undefined ? undefined : required(column);
    const lead = kept('Lead', 'lead');
    const timescale = kept('Timescale', 'timescale');
    const action = {
      ref,
      ...(at(row, 'Previous ref') ? { previousRef: at(row, 'Previous ref') } : {}),
      desiredOutcome: splitParagraphs(kept('Desired outcome for children', 'desiredOutcome') ?? ''),
      actions: splitParagraphs(required('Actions')),
      ...(lead !== undefined ? { lead } : {}),
      leadRoles,
      // Written only when the lead names a partner, as the content does.
      ...(partners.length > 0 ? { partners } : {}),
      ...(timescale !== undefined ? { timescale } : {}),
      impact: splitParagraphs(at(row, 'What difference will it make to children (impact)')),
      measure: splitParagraphs(at(row, 'How will we measure the difference to children?')),
      evidence: splitParagraphs(at(row, 'Evidence of progress')),
      rag: rag ?? null,
      dot: dot ?? null,
      paragraphs,
      monitoringVisits,
      internal: internal === 'yes',
      notes: splitParagraphs(at(row, 'Notes')),
      // Notes on cells the source does not give are kept from the version the sheet updates.
      ...(Object.keys(baseActions.get(ref)?.notInSource ?? {}).length > 0
        ? { notInSource: baseActions.get(ref)!.notInSource }
        : {}),
    } as Action;
    if (lead !== undefined && leadRoles.length === 0 && at(row, 'Lead roles') === '')
      error('Lead roles', 'is empty: name the roles in the lead, separated by semicolons');
    placed.set(objective, [...(placed.get(objective) ?? []), action]);
  });
  if (seen.size === 0 && errors.length === 0) errors.push({ row: 2, message: 'the sheet has no actions' });
  if (errors.length > 0) return { errors };
  const outline: PlanOutline = {
    themes: context.base.themes.map((theme) => ({
      ...theme,
      objectives: theme.objectives.map((objective) => ({ ...objective, actions: placed.get(objective.ref) ?? [] })),
    })),
  };
  const empty = outline.themes.flatMap((t) => t.objectives).filter((o) => o.actions.length === 0);
  if (empty.length > 0) {
    return {
      errors: empty.map((o) => ({
        row: 1,
        column: 'Objective',
        message: `no row is in objective ${o.ref}: every objective needs at least one action`,
      })),
    };
  }
  return { outline, errors: [] };
}

/**
 * The visits a "Monitoring visits" cell names, as ids: each name, separated by semicolons, is a visit's
 * name or id; a sheet written before names were used lists ids separated by commas, read as such.
 */
function readVisits(cell: string, visits: readonly MonitoringVisitName[], report: (message: string) => void): string[] {
  const byName = new Map<string, string | null>();
  for (const v of visits) {
    const key = v.name.toLowerCase();
    byName.set(key, byName.has(key) ? null : v.id);
  }
  const ids = new Set(visits.map((v) => v.id));
  return splitList(cell, /;/).flatMap((item) => {
    const named = byName.get(item.toLowerCase());
    if (named) return [named];
    if (named === null) {
      report(`${JSON.stringify(item)} names more than one monitoring visit: write the visit's id instead`);
      return [item];
    }
    const pieces = splitList(item, /,/);
    if (visits.length === 0 || pieces.every((p) => ids.has(p))) return pieces;
    report(
      `${JSON.stringify(item)} is not a monitoring visit of this council: use one of ${visits.map((v) => `"${v.name}"`).join('; ')}, separated by semicolons`,
    );
    return pieces;
  });
}

/**
 * Columns a plan's first version may leave out: what the plan tracks later (progress, ratings,
 * evidence) or may not give at all. The columns that make an action (Ref, Theme, Objective, the
 * desired outcome, Actions, Lead, Lead roles, Timescale) are still needed.
 */
export const firstVersionOptionalColumns: readonly SheetColumn[] = [
  'Previous ref',
  'Partners',
  'What difference will it make to children (impact)',
  'How will we measure the difference to children?',
  'Evidence of progress',
  'RAG',
  'DOT',
  'Paragraphs',
  'Monitoring visits',
  'Internal data',
  'Notes',
];

/** Columns a sheet needs, beyond the usual ones, to start a plan's first version: its themes and objectives. */
export const firstVersionColumns = ['Theme title', 'Objective text', 'Objective citation', 'Recommendations'] as const;

/**
 * Reads the themes and objectives of a plan's first version from a sheet: each row names its theme
 * (with its title) and objective (with its words, the citation in the plan's brackets, and the ids
 * of the recommendations it answers, "internal" for an internal objective). Actions are then read
 * by rowsToOutline against this base.
 */
export function firstVersionBase(rows: readonly (readonly string[])[]): { base?: PlanOutline; errors: SheetError[] } {
  const header = (rows[0] ?? []).map((h) => String(h).trim());
  const missing = firstVersionColumns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    return {
      errors: [
        {
          row: 1,
          message: `a plan's first version comes from the sheet, so it needs the ${nounFor(missing.length, 'column')} ${missing.map((m) => `"${m}"`).join(', ')} as well`,
        },
      ],
    };
  }
  const at = (row: readonly string[], column: string) => String(row[header.indexOf(column)] ?? '').trim();
  const errors: SheetError[] = [];
  const themes = new Map<
    string,
    {
      title: string;
      objectives: Map<string, { text: string; citation: string; recommendations: string[]; internal: boolean }>;
    }
  >();
  rows.slice(1).forEach((row, index) => {
    if (row.every((cell) => String(cell ?? '').trim() === '')) return;
    const rowNumber = index + 2;
    const themeRef = at(row, 'Theme');
    const objectiveRef = at(row, 'Objective');
    if (!/^\d+$/.test(themeRef)) {
      errors.push({
        row: rowNumber,
        column: 'Theme',
        message: `${JSON.stringify(themeRef)} is not a theme number like "1"`,
      });
      return;
    }
    if (!new RegExp(`^${themeRef}\\.\\d+$`).test(objectiveRef)) {
      errors.push({
        row: rowNumber,
        column: 'Objective',
        message: `${JSON.stringify(objectiveRef)} is not an objective of theme ${themeRef}, like "${themeRef}.1"`,
      });
      return;
    }
    const theme = themes.get(themeRef) ?? { title: '', objectives: new Map() };
    theme.title ||= at(row, 'Theme title');
    themes.set(themeRef, theme);
    if (!theme.objectives.has(objectiveRef)) {
      const cites = splitList(at(row, 'Recommendations'));
      const internal = cites.some((c) => c.toLowerCase() === 'internal');
      const recommendations = cites.filter((c) => c.toLowerCase() !== 'internal').map((c) => c.toLowerCase());
      for (const id of recommendations) {
        if (!/^[0-9a-z]+(\.[0-9a-z]+)*$/.test(id))
          errors.push({
            row: rowNumber,
            column: 'Recommendations',
            message: `${JSON.stringify(id)} is not a recommendation id: write them as the report does, e.g. "8", "b", "2.1", separated by commas, or "internal"`,
          });
      }
      const text = at(row, 'Objective text');
      const citation = at(row, 'Objective citation');
      if (!text)
        errors.push({
          row: rowNumber,
          column: 'Objective text',
          message: `is empty: give objective ${objectiveRef}'s words on its first row`,
        });
      if (!citation)
        errors.push({
          row: rowNumber,
          column: 'Objective citation',
          message: `is empty: give the citation in the plan's brackets, e.g. "recommendation 8"`,
        });
      theme.objectives.set(objectiveRef, { text, citation, recommendations, internal });
    }
  });
  for (const [ref, theme] of themes)
    if (!theme.title) errors.push({ row: 1, column: 'Theme title', message: `no row gives theme ${ref}'s title` });
  if (errors.length > 0) return { errors };
  const byRef = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
  return {
    errors: [],
    base: {
      themes: [...themes.entries()]
        .sort(([a], [b]) => byRef(a, b))
        .map(([ref, t]) => ({
          ref,
          title: t.title,
          objectives: [...t.objectives.entries()]
            .sort(([a], [b]) => byRef(a, b))
            .map(([oref, o]) => ({
              ref: oref,
              aims: [
                {
                  text: o.text,
                  citation: o.citation,
                  recommendations: o.recommendations,
                  repeated: false,
                  monitoringVisits: [],
                  internal: o.internal,
                },
              ],
              actions: [],
            })),
        })),
    },
  };
}
