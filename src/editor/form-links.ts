// Where in the editor each content file is edited: one home for the names the editor gives its
// forms (`editorForms`; src/editor/config.ts makes them with `formName`), so a problem found in a
// file can link to the form that fixes it (src/editor/preview-problems.ts). Imports nothing from
// Keystatic: the preview's middleware uses it without loading the editor's interface.
import { collectionOf, collections, type CollectionName } from '../lib/content/collections.ts';
import { plainKinds } from '../lib/graph/kinds.ts';

/** The name of an editor form: "statements_torbay", "plan_torbay_improvement_plan_v2_actions". */
export function formKey(kind: string, ...ids: string[]): string {
  return [kind, ...ids].join('_').replace(/[^a-zA-Z0-9_]/g, '_');
}

/**
 * Each kind of document an officer edits in the editor, by its collection (src/lib/content/collections.ts),
 * and its form: `list` is a council's list of them (create and edit), `one` a form per file, named
 * with the file's ids and, for a plan version's two files or a council's own file, `part`. The one
 * home of these names: src/editor/config.ts makes the forms with `formName`, and a problem found in
 * a file links to its form with `formFor`. A kind the graph builds plainly (src/lib/graph/kinds.ts)
 * needs no line: its form is a council's list named by its folder (`formOf`). Any other kind not
 * listed here has no form.
 */
export const editorForms = {
  statements: { list: 'statements' },
  monitoringVisits: { list: 'visits' },
  peerReviews: { list: 'peer-reviews' },
  authorities: { one: 'authority', part: 'details' },
  inspections: { one: 'inspection' },
  notices: { one: 'notice' },
  indicators: { one: 'indicator' },
  figures: { one: 'figures' },
  plans: { one: 'plan', part: 'about' },
  planOutlines: { one: 'plan', part: 'actions' },
  planVersions: { one: 'plan', part: 'details' },
} as const satisfies Partial<Record<CollectionName, { list: string } | { one: string; part?: string }>>;

export type EditedKind = keyof typeof editorForms;

/** One form of the editor, as `editorForms` writes it. */
export type Form = { list: string } | { one: string; part?: string };

/**
 * The form of a collection's files: its row of `editorForms`, or for a kind the graph builds plainly
 * a council's list named by its folder ("partner-inspections"); undefined where there is none.
 */
export function formOf(collection: CollectionName): Form | undefined {
  if (collection in editorForms) return editorForms[collection as EditedKind];
  const plain = plainKinds().some(({ row }) => row.collection === collection);
  return plain ? { list: collections[collection].dir } : undefined;
}

/**
 * The name of the form for a kind of document of council `authority`: a list's name, or the form of
 * one file given its ids below the council ("inspection" + ["ofsted-2018"]; a plan version's
 * ["improvement-plan", "v2"]).
 */
export function formName(kind: CollectionName, authority: string, ...ids: string[]): string {
  const form = formOf(kind);
  if (!form) throw new Error(`The editor has no form for ${kind}`);
  if ('list' in form) return formKey(form.list, authority);
  return formKey(form.one, authority, ...ids, ...(form.part ? [form.part] : []));
}

/** Folders as the editor was started with them, relative to the project ("src/content", "data"). */
export interface EditorRoots {
  content: string;
  data: string;
}

/**
 * The editor's address of the form that edits `file` (a path relative to the project, as problems
 * name it), or undefined where the editor has no form for it.
 */
export function formFor(file: string, roots: EditorRoots): string | undefined {
  const place = (['content', 'data'] as const)
    .map((root) => ({ root, path: file.startsWith(`${roots[root]}/`) ? file.slice(roots[root].length + 1) : '' }))
    .find((p) => p.path);
  if (!place) return undefined;
  const kind = collectionOf(place.root, place.path);
  const form = kind && formOf(kind);
  if (!kind || !form) return undefined;
  // The folder, then the council (or the council's own file), then the file's ids.
  const [, authority, ...ids] = place.path.replace(/\.(json|mdx|md)$/, '').split('/');
  if ('list' in form) return `/keystatic/collection/${formName(kind, authority!)}/item/${ids.join('/')}`;
  return `/keystatic/singleton/${formName(kind, authority!, ...ids)}`;
}
