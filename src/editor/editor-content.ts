import { readSources } from '../../scripts/read-content.ts';
import { comparePlanVersions } from '../lib/content/content.ts';
import { parseContent } from '../lib/content/parse-content.ts';
import { authorityOf, splitId, splitVersionKey } from '../lib/base/ids.ts';

/** What the editor's configuration knows about the content: read by `npm run edit` at start. */
export interface EditorContent {
  /** Documents folder, relative to the project: "src/content". */
  contentDir: string;
  /** Published figures folder, relative to the project: "data". */
  dataDir: string;
  authorities: {
    id: string;
    name: string;
    shortName: string;
    inspections: { id: string; title: string }[];
    notices: { id: string; title: string }[];
    indicators: { id: string; title: string }[];
    plans: {
      id: string;
      title: string;
      versions: { id: string; label: string }[];
      /** Every rating of the plan's scales, as editor choices. */
      ratings: { value: string; label: string }[];
      /** The authority's roles, as editor choices for actions' lead roles. */
      roles: { value: string; label: string }[];
    }[];
  }[];
}

/** Folders as Keystatic needs them: relative to the project, inside it. */
export function relativeRoot(dir: string, name: string): string {
  const clean = dir.replace(/^\.\//, '').replace(/\/+$/, '');
  if (clean.startsWith('/') || clean.split('/').includes('..')) {
    throw new Error(`${name}=${dir}: the editor can only edit folders inside the project; give a path relative to it`);
  }
  return clean;
}

/** What the editor's configuration needs to know about the content, read once at start. */
export function editorContent(roots: { content: string; data: string }): EditorContent {
  const { content } = parseContent(readSources(roots), roots);
  return {
    contentDir: roots.content,
    dataDir: roots.data,
    authorities: content.authorities.map((a) => ({
      id: a.id,
      name: a.data.name,
      shortName: a.data.shortName,
      inspections: content.inspections
        .filter((e) => authorityOf(e.id) === a.id)
        .map((e) => ({ id: splitId(e.id).slug, title: e.data.title })),
      notices: content.notices
        .filter((e) => authorityOf(e.id) === a.id)
        .map((e) => ({ id: splitId(e.id).slug, title: e.data.title })),
      indicators: content.indicators
        .filter((e) => authorityOf(e.id) === a.id)
        .map((e) => ({ id: splitId(e.id).slug, title: e.data.title })),
      plans: content.plans
        .filter((e) => authorityOf(e.id) === a.id)
        .map((plan) => {
          const versions = content.planVersions.filter((v) => v.id.startsWith(`${plan.id}/`)).sort(comparePlanVersions);
          const ratings = new Map(
            versions.flatMap((v) => (v.data.ratingScale?.ratings ?? []).map((r) => [r.id, r.label] as const)),
          );
          return {
            id: splitId(plan.id).slug,
            title: plan.data.title,
            versions: versions.map((v) => ({ id: splitVersionKey(v.id).version, label: v.data.label })),
            ratings: [...ratings].map(([value, label]) => ({ value, label })),
            roles: a.data.roles.map((r) => ({
              value: r.id,
              label: r.abbreviation ? `${r.name} (${r.abbreviation})` : r.name,
            })),
          };
        }),
    })),
  };
}
