import type { z } from 'astro/zod';
import * as schemas from '../schemas/index.ts';

/** Where one collection's files live under `src/content/`, which files belong, and their schema. */
export interface CollectionSpec {
  /** Folder under the content root. */
  dir: string;
  /** Glob of the collection's files within `dir` (one `*` per path segment). */
  pattern: string;
  /** What a content author calls one of these files. */
  label: string;
  /** The schema its data (JSON, or MDX frontmatter) must match. */
  schema: z.ZodType;
}

/** Every collection, by the name Astro and the engine both use. The one place a new type is registered. */
export const collections = {
  authorities: { dir: 'authorities', pattern: '*.json', label: 'authority', schema: schemas.authority },
  inspections: { dir: 'inspections', pattern: '*/*.json', label: 'inspection', schema: schemas.inspection },
  monitoringVisits: { dir: 'monitoring-visits', pattern: '*/*.json', label: 'monitoring visit', schema: schemas.monitoringVisit },
  notices: { dir: 'notices', pattern: '*/*.json', label: 'improvement notice', schema: schemas.notice },
  indicators: { dir: 'indicators', pattern: '*/*.json', label: 'indicator', schema: schemas.indicator },
  plans: { dir: 'plans', pattern: '*/*.json', label: 'improvement plan', schema: schemas.plan },
  planVersions: { dir: 'plan-versions', pattern: '*/*/*.mdx', label: 'plan version', schema: schemas.planVersion },
  planOutlines: { dir: 'plan-versions', pattern: '*/*/*.json', label: 'plan version table', schema: schemas.planOutline },
  peerReviews: { dir: 'peer-reviews', pattern: '*/*.json', label: 'peer review', schema: schemas.peerReview },
  statements: { dir: 'statements', pattern: '*/*.mdx', label: 'statement', schema: schemas.statement },
  glossary: { dir: 'glossary', pattern: '*.json', label: 'glossary', schema: schemas.glossary },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof collections;

/** The collection names in registration order. */
export const collectionNames = Object.keys(collections) as CollectionName[];

/** Converts a collection pattern to a RegExp over paths relative to the content root. */
function patternToRegExp(spec: CollectionSpec): RegExp {
  const segment = spec.pattern
    .split('/')
    .map((part) => part.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+'))
    .join('/');
  return new RegExp(`^${spec.dir}/${segment}$`);
}

const matchers = collectionNames.map((name) => [name, patternToRegExp(collections[name])] as const);

/** Which collection a content file belongs to, by its path relative to the content root; undefined if none. */
export function collectionOf(relativePath: string): CollectionName | undefined {
  return matchers.find(([, regexp]) => regexp.test(relativePath))?.[0];
}

/** The entry id of a content file: its path within the collection folder, without extension. */
export function entryId(name: CollectionName, relativePath: string): string {
  return relativePath.slice(collections[name].dir.length + 1).replace(/\.[a-z]+$/, '');
}

/** Where each collection expects its files, for messages about files that belong nowhere. */
export function expectedLocations(): string[] {
  return collectionNames.map((name) => `${collections[name].dir}/${collections[name].pattern} (${collections[name].label})`);
}
