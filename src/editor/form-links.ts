// Where in the editor each content file is edited: one home for the names the editor gives its
// forms (src/editor/config.ts builds them with `formKey`), so a problem found in a file can link to
// the form that fixes it (src/editor/preview-problems.ts). Imports nothing from Keystatic: the
// preview's middleware uses it without loading the editor's interface.

/** The name of an editor form: "statements_torbay", "plan_torbay_improvement_plan_v2_actions". */
export function formKey(kind: string, ...ids: string[]): string {
  return [kind, ...ids].join('_').replace(/[^a-zA-Z0-9_]/g, '_');
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
  const under = (root: string) => (file.startsWith(`${root}/`) ? file.slice(root.length + 1) : undefined);
  const data = under(roots.data);
  if (data) {
    const m = /^figures\/([^/]+)\/([^/]+)\.json$/.exec(data);
    return m ? `/keystatic/singleton/${formKey('figures', m[1]!, m[2]!)}` : undefined;
  }
  const inContent = under(roots.content);
  if (!inContent) return undefined;
  const parts = inContent.replace(/\.(json|mdx|md)$/, '').split('/');
  const extension = /\.(json|mdx|md)$/.exec(inContent)?.[1];
  const [folder, authority, ...rest] = parts;
  if (!authority) return undefined;
  const id = rest.join('/');
  switch (folder) {
    case 'statements':
      return id ? `/keystatic/collection/${formKey('statements', authority)}/item/${id}` : undefined;
    case 'monitoring-visits':
      return id ? `/keystatic/collection/${formKey('visits', authority)}/item/${id}` : undefined;
    case 'peer-reviews':
      return id ? `/keystatic/collection/${formKey('peer-reviews', authority)}/item/${id}` : undefined;
    case 'plan-versions': {
      const [plan, version] = rest;
      if (!plan || !version) return undefined;
      return `/keystatic/singleton/${formKey('plan', authority, plan, version, extension === 'json' ? 'actions' : 'details')}`;
    }
    case 'authorities':
      return `/keystatic/singleton/${formKey('authority', authority, 'details')}`;
    case 'inspections':
      return id ? `/keystatic/singleton/${formKey('inspection', authority, id)}` : undefined;
    case 'notices':
      return id ? `/keystatic/singleton/${formKey('notice', authority, id)}` : undefined;
    case 'indicators':
      return id ? `/keystatic/singleton/${formKey('indicator', authority, id)}` : undefined;
    default:
      return undefined;
  }
}
