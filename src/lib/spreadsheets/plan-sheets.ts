import type { ContentSet, Entry } from '../content/content.ts';
import { checkIntegrity } from '../graph/integrity/index.ts';
import { parseContent, type Roots, type SourceFile } from '../content/parse-content.ts';
import type { Problem } from '../content/problems.ts';
import {
  firstVersionBase,
  firstVersionColumns,
  firstVersionOptionalColumns,
  rowsToOutline,
  type SheetContext,
  type SheetError,
  type SheetColumn,
} from './spreadsheet.ts';
import { authorityOf, splitId } from '../base/ids.ts';
import { latestVersionEntry, nextVersionMdx, outlineJson, versionPaths } from '../content/plan-version-files.ts';

export { latestVersionEntry };

/** What a sheet is read against, for a plan in a content set. */
export function sheetContext(
  content: ContentSet,
  planKey: string,
  base: Entry<{ ratingScale?: { ratings: SheetContext['ratings'] } }>,
): SheetContext {
  const outline = content.planOutlines.find((o) => o.id === base.id);
  const authority = content.authorities.find((a) => a.id === authorityOf(planKey));
  return {
    base: outline?.data ?? { themes: [] },
    ratings: base.data.ratingScale?.ratings ?? [],
    roles: authority?.data.roles ?? [],
    visits: visitNames(content, authorityOf(planKey)),
  };
}

/** A council's monitoring visits as a sheet names them. */
function visitNames(content: ContentSet, authority: string) {
  return content.monitoringVisits
    .filter((v) => authorityOf(v.id) === authority)
    .map((v) => ({ id: splitId(v.id).slug, name: v.data.title }));
}

/**
 * Reads a sheet into a new plan version and checks the whole content with it added, mapping every
 * problem back to the sheet's rows. Returns the files to write only when there is no problem.
 */
export function importSheet(
  rows: readonly (readonly string[])[],
  files: readonly SourceFile[],
  roots: Roots,
  options: {
    planKey: string;
    version: string;
    label: string;
    published: string;
    first?: { title?: string; inspection?: string; source?: string };
  },
): { files?: SourceFile[]; errors: SheetError[] } {
  const { content, problems } = parseContent(files, roots);
  if (problems.length > 0)
    return {
      errors: problems.map((p) => ({ row: 0, message: `the existing content has a problem: ${p.file}: ${p.message}` })),
    };
  const paths = versionPaths(options.planKey, options.version);
  const hasMdx = files.some((f) => f.root === 'content' && f.path === paths.mdx);
  const hasJson = files.some((f) => f.root === 'content' && f.path === paths.json);
  if (hasMdx && hasJson) {
    return {
      errors: [
        {
          row: 0,
          message: `version "${options.version}" of ${options.planKey} already exists: choose a new version id`,
        },
      ],
    };
  }
  if (hasMdx || hasJson) {
    const [present, absent] = hasMdx ? [paths.mdx, paths.json] : [paths.json, paths.mdx];
    return {
      errors: [
        {
          row: 0,
          message: `${roots.content}/${present} exists without ${absent.split('/').pop()}, so an earlier import or copy was not finished: delete ${roots.content}/${present} and import again`,
        },
      ],
    };
  }
  const base = latestVersionEntry(content, options.planKey);
  if (!base) return importFirstVersion(rows, files, roots, content, paths, options);
  const context = sheetContext(content, options.planKey, base);
  const read = rowsToOutline(rows, context);
  if (!read.outline) return { errors: read.errors };
  const baseMdx = files.find((f) => f.root === 'content' && f.path === `plan-versions/${base.id}.mdx`)!.text;
  const added: SourceFile[] = [
    { root: 'content', path: paths.mdx, text: nextVersionMdx(baseMdx, options.label, options.published) },
    { root: 'content', path: paths.json, text: outlineJson(read.outline) },
  ];
  const checked = parseContent([...files, ...added], roots);
  const issues: Problem[] = checked.problems.length > 0 ? checked.problems : checkIntegrity(checked.content);
  if (issues.length > 0) return { errors: issues.map((p) => toSheetError(p, rows)) };
  return { files: added, errors: [] };
}

/** Places a content problem on the sheet row of the action it names, with the column for its field. */
function toSheetError(problem: Problem, rows: readonly (readonly string[])[]): SheetError {
  const ref = /\(action (\d+\.\d+\.\d+)\)/.exec(problem.path)?.[1];
  const field = /\(action [\d.]+\)\.(\w+)/.exec(problem.path)?.[1];
  const row = ref ? rows.findIndex((r) => String(r[0]).trim() === ref) + 1 : 0;
  const column = field ? fieldColumns[field] : undefined;
  return { row, column, message: problem.message };
}

/** The sheet column each field of an action is read from (the names are spreadsheet.ts's `columns`). */
const fieldColumns: Record<string, SheetColumn> = {
  ref: 'Ref',
  previousRef: 'Previous ref',
  desiredOutcome: 'Desired outcome for children',
  actions: 'Actions',
  lead: 'Lead',
  leadRoles: 'Lead roles',
  timescale: 'Timescale',
  impact: 'What difference will it make to children (impact)',
  measure: 'How will we measure the difference to children?',
  evidence: 'Evidence of progress',
  rag: 'RAG',
  dot: 'DOT',
  paragraphs: 'Paragraphs',
  monitoringVisits: 'Monitoring visits',
  internal: 'Internal data',
  notes: 'Notes',
};

/**
 * A plan's first version from a sheet: its themes and objectives come from the sheet's extra columns
 * (firstVersionColumns); the plan file is written too when it does not exist (title, inspection and
 * source are then required). Everything is checked before anything is written.
 */
function importFirstVersion(
  rows: readonly (readonly string[])[],
  files: readonly SourceFile[],
  roots: Roots,
  content: ContentSet,
  paths: { mdx: string; json: string },
  options: {
    planKey: string;
    version: string;
    label: string;
    published: string;
    first?: { title?: string; inspection?: string; source?: string };
  },
): { files?: SourceFile[]; errors: SheetError[] } {
  const authority = authorityOf(options.planKey);
  const plan = content.plans.find((p) => p.id === options.planKey);
  const first = options.first ?? {};
  if (!first.source)
    return {
      errors: [
        {
          row: 0,
          message: `${options.planKey} has no version yet, so this sheet starts it: say where the plan is published with --source "<title of the plan as published>"`,
        },
      ],
    };
  if (!plan && (!first.title || !first.inspection)) {
    return {
      errors: [
        {
          row: 0,
          message: `no plan "${options.planKey}" exists yet: give its --title "<the plan's title>" and --inspection <id of the inspection it answers> to create it`,
        },
      ],
    };
  }
  const read = firstVersionBase(rows);
  if (!read.base) return { errors: read.errors };
  const roles = content.authorities.find((a) => a.id === authority)?.data.roles ?? [];
  const outline = rowsToOutline(rows, {
    base: read.base,
    ratings: [],
    roles,
    visits: visitNames(content, authority),
    alsoRead: firstVersionColumns,
    mayLeaveOut: firstVersionOptionalColumns,
  });
  if (!outline.outline) return { errors: outline.errors };
  const sources = [{ title: first.source }];
  const added: SourceFile[] = [
    ...(plan
      ? []
      : [
          {
            root: 'content' as const,
            path: `plans/${options.planKey}.json`,
            text: `${JSON.stringify({ title: first.title, inspection: first.inspection, sources }, null, 2)}\n`,
          },
        ]),
    {
      root: 'content',
      path: paths.mdx,
      text: `---\n${JSON.stringify({ label: options.label, published: options.published, stages: [], sources }, null, 2)}\n---\n`,
    },
    { root: 'content', path: paths.json, text: outlineJson(outline.outline) },
  ];
  const checked = parseContent([...files, ...added], roots);
  const issues: Problem[] = checked.problems.length > 0 ? checked.problems : checkIntegrity(checked.content);
  if (issues.length > 0) return { errors: issues.map((p) => toSheetError(p, rows)) };
  return { files: added, errors: [] };
}
