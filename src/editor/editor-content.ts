import { readSources } from '../../scripts/read-content.ts';
import { collectionIn } from '../lib/content/collections.ts';
import { comparePlanVersions, type Entry } from '../lib/content/content.ts';
import { parseContent } from '../lib/content/parse-content.ts';
import { authorityOf, splitId, splitVersionKey } from '../lib/base/ids.ts';
import { statementTypes } from '../lib/graph/kinds.ts';

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
    inspections: {
      id: string;
      title: string;
      /** Its recommendations, as picker choices ("8"), with any id the council's documents cite that it lacks. */
      recommendations: Choice[];
      /** Its numbered paragraphs, as picker choices ("23"). */
      paragraphs: Choice[];
    }[];
    notices: { id: string; title: string }[];
    indicators: { id: string; title: string }[];
    /** The council's monitoring visits, as picker choices ("april-2019"). */
    visits: Choice[];
    /**
     * The inspection whose recommendations a visit's findings are tied to, where every visit of the
     * council follows the same one (or there is no visit yet: the latest); absent where they differ.
     */
    visitsFollow?: string;
    /**
     * Where the council's visits follow different inspections: those inspections (and the latest,
     * for a new visit), oldest first.
     */
    visitsFollowEach: string[];
    /** Every document a statement can speak about, as picker choices ("monitoring-visits/april-2019"). */
    documents: Choice[];
    plans: {
      id: string;
      title: string;
      versions: { id: string; label: string }[];
      /** Every rating of the plan's scales, as editor choices. */
      ratings: { value: string; label: string }[];
      /** The authority's roles, as editor choices for actions' lead roles. */
      roles: { value: string; label: string }[];
      /** The council's monitoring visits, as picker choices. */
      visits: Choice[];
      /** The recommendations of the inspection the plan answers, for its aims. */
      recommendations: Choice[];
      /** The numbered paragraphs of the inspection the plan answers, for its actions. */
      paragraphs: Choice[];
    }[];
  }[];
}

/** One choice of an editor picker: the id saved, and the words shown. */
export interface Choice {
  value: string;
  label: string;
}

/** What a picker shows for an id the content cites but that does not exist: so it can be unticked. */
export const missingLabel = (value: string) => `${value}: not on the site (add it, or untick this)`;

/** Every value of `key` anywhere in `data` (the monitoring visits an outline's actions cite), as text. */
function valuesOf(data: unknown, key: string, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(data)) for (const item of data) valuesOf(item, key, out);
  else if (data && typeof data === 'object')
    for (const [k, v] of Object.entries(data)) {
      if (k === key && Array.isArray(v)) {
        for (const item of v) if (typeof item === 'string' || typeof item === 'number') out.add(String(item));
      } else valuesOf(v, key, out);
    }
  return out;
}

/** A text cut to a picker's line: the first words, then "…". */
const short = (text: string) => (text.length > 110 ? `${text.slice(0, 107).trimEnd()}…` : text);

/** A numbered paragraph as a picker choice: its number, and its first words where they are known. */
const paragraphChoice = (p: { number: number; text: string | null }): Choice => ({
  value: String(p.number),
  label: p.text ? `${p.number}: ${short(p.text)}` : `${p.number} (its text is not in the sources)`,
});

/** The choices, then any cited id with no document, shown as missing. */
function withMissing(choices: Choice[], cited: Iterable<string>): Choice[] {
  const known = new Set(choices.map((c) => c.value));
  const missing = [...new Set(cited)].filter((v) => !known.has(v)).sort();
  return [...choices, ...missing.map((value) => ({ value, label: missingLabel(value) }))];
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
  const described: EditorContent = {
    contentDir: roots.content,
    dataDir: roots.data,
    authorities: content.authorities.map((a) => ({
      id: a.id,
      name: a.data.name,
      shortName: a.data.shortName,
      visitsFollowEach: [],
      inspections: content.inspections
        .filter((e) => authorityOf(e.id) === a.id)
        .map((e) => ({
          id: splitId(e.id).slug,
          title: e.data.title,
          recommendations: withMissing(
            e.data.recommendations.map((r) => ({ value: r.id, label: `${r.id}: ${short(r.text)}` })),
            // What the council's visits tie to this inspection's recommendations.
            content.monitoringVisits
              .filter((v) => authorityOf(v.id) === a.id && v.data.inspection === splitId(e.id).slug)
              .flatMap((v) => [...valuesOf(v.data.ties, 'recommendations')]),
          ),
          paragraphs: e.data.paragraphs.map(paragraphChoice),
        })),
      notices: content.notices
        .filter((e) => authorityOf(e.id) === a.id)
        .map((e) => ({ id: splitId(e.id).slug, title: e.data.title })),
      indicators: content.indicators
        .filter((e) => authorityOf(e.id) === a.id)
        .map((e) => ({ id: splitId(e.id).slug, title: e.data.title })),
      visits: withMissing(
        content.monitoringVisits
          .filter((e) => authorityOf(e.id) === a.id)
          .map((e) => ({ value: splitId(e.id).slug, label: e.data.title })),
        content.planOutlines
          .filter((e) => authorityOf(e.id) === a.id)
          .flatMap((e) => [...valuesOf(e.data, 'monitoringVisits')]),
      ),
      documents: withMissing(
        // Every type a statement can name but statements themselves, each from the collection in its folder.
        statementTypes()
          .filter((type) => type !== 'statements')
          .flatMap((type) =>
            (content[collectionIn(type)!] as Entry<{ title: string }>[]).map(
              (e) => [type, e.id, e.data.title] as const,
            ),
          )
          .filter(([, id]) => authorityOf(id) === a.id)
          .map(([type, id, label]) => ({ value: `${type}/${splitId(id).slug}`, label })),
        content.statements.filter((e) => authorityOf(e.id) === a.id).flatMap((e) => e.data.about),
      ),
      plans: content.plans
        .filter((e) => authorityOf(e.id) === a.id)
        .map((plan) => {
          const versions = content.planVersions.filter((v) => v.id.startsWith(`${plan.id}/`)).sort(comparePlanVersions);
          // The aims and actions pick from the inspection the plan answers; an id a version cites
          // that the inspection lacks is listed as missing, so the form that removes it opens.
          const inspection = content.inspections.find((i) => i.id === `${a.id}/${plan.data.inspection}`);
          const outlines = content.planOutlines.filter((o) => o.id.startsWith(`${plan.id}/`)).map((o) => o.data);
          const recommendations = withMissing(
            (inspection?.data.recommendations ?? []).map((r) => ({ value: r.id, label: `${r.id}: ${short(r.text)}` })),
            valuesOf(outlines, 'recommendations'),
          );
          const paragraphs = withMissing(
            (inspection?.data.paragraphs ?? []).map(paragraphChoice),
            valuesOf(outlines, 'paragraphs'),
          );
          const ratings = new Map(
            versions.flatMap((v) => (v.data.ratingScale?.ratings ?? []).map((r) => [r.id, r.label] as const)),
          );
          return {
            id: splitId(plan.id).slug,
            title: plan.data.title,
            versions: versions.map((v) => ({ id: splitVersionKey(v.id).version, label: v.data.label })),
            ratings: [...ratings].map(([value, label]) => ({ value, label })),
            visits: [],
            recommendations,
            paragraphs,
            roles: a.data.roles.map((r) => ({
              value: r.id,
              label: r.abbreviation ? `${r.name} (${r.abbreviation})` : r.name,
            })),
          };
        }),
    })),
  };
  // A finding is tied to recommendations of the inspection the council's visits follow.
  for (const a of described.authorities) {
    const followed = new Set(
      content.monitoringVisits.filter((v) => authorityOf(v.id) === a.id).map((v) => v.data.inspection),
    );
    const only = followed.size === 0 ? a.inspections.at(-1)?.id : followed.size === 1 ? [...followed][0] : undefined;
    if (only && a.inspections.some((i) => i.id === only)) a.visitsFollow = only;
    else {
      const latest = a.inspections.at(-1)?.id;
      a.visitsFollowEach = a.inspections.map((i) => i.id).filter((id) => followed.has(id) || id === latest);
    }
  }
  // An action picks from its council's visits.
  for (const a of described.authorities) for (const plan of a.plans) plan.visits = a.visits;
  return described;
}
