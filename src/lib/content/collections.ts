import type { z } from 'astro/zod';
import * as schemas from '../../schemas/index.ts';

/** Where one collection's files live under `src/content/`, which files belong, and their schema. */
export interface CollectionSpec {
  /** Which root the folder is under: `src/content/` (documents) or `data/` (published figures). */
  root: 'content' | 'data';
  /** Folder under the root. */
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
  authorities: {
    root: 'content',
    dir: 'authorities',
    pattern: '*.json',
    label: 'authority',
    schema: schemas.authority,
  },
  inspections: {
    root: 'content',
    dir: 'inspections',
    pattern: '*/*.json',
    label: 'inspection',
    schema: schemas.inspection,
  },
  monitoringVisits: {
    root: 'content',
    dir: 'monitoring-visits',
    pattern: '*/*.json',
    label: 'monitoring visit',
    schema: schemas.monitoringVisit,
  },
  notices: {
    root: 'content',
    dir: 'notices',
    pattern: '*/*.json',
    label: 'improvement notice',
    schema: schemas.notice,
  },
  indicators: {
    root: 'content',
    dir: 'indicators',
    pattern: '*/*.json',
    label: 'indicator',
    schema: schemas.indicator,
  },
  plans: { root: 'content', dir: 'plans', pattern: '*/*.json', label: 'improvement plan', schema: schemas.plan },
  planVersions: {
    root: 'content',
    dir: 'plan-versions',
    pattern: '*/*/*.mdx',
    label: 'plan version',
    schema: schemas.planVersion,
  },
  planOutlines: {
    root: 'content',
    dir: 'plan-versions',
    pattern: '*/*/*.json',
    label: 'plan version table',
    schema: schemas.planOutline,
  },
  peerReviews: {
    root: 'content',
    dir: 'peer-reviews',
    pattern: '*/*.json',
    label: 'peer review',
    schema: schemas.peerReview,
  },
  statements: { root: 'content', dir: 'statements', pattern: '*/*.mdx', label: 'statement', schema: schemas.statement },
  glossary: { root: 'content', dir: 'glossary', pattern: '*.json', label: 'glossary', schema: schemas.glossary },
  figures: { root: 'data', dir: 'figures', pattern: '*/*.json', label: 'indicator figures', schema: schemas.figures },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof collections;

/**
 * The collection names in registration order. Read from the registry when called, never cached, so
 * everything derived from it follows the registry as it is (a test registers a new kind's collection
 * and watches its files load, check and build).
 */
export function collectionNames(): CollectionName[] {
  return Object.keys(collections) as CollectionName[];
}

/** The collection whose files are in folder `dir` of the content root ("monitoring-visits"); undefined if none. */
export function collectionIn(dir: string): CollectionName | undefined {
  return collectionNames().find((name) => collections[name].root === 'content' && collections[name].dir === dir);
}

/** Converts a collection pattern to a RegExp over paths relative to its root. */
function patternToRegExp(spec: CollectionSpec): RegExp {
  const segment = spec.pattern
    .split('/')
    .map((part) => part.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+'))
    .join('/');
  return new RegExp(`^${spec.dir}/${segment}$`);
}

/** Which collection a file belongs to, by its root and its path relative to that root; undefined if none. */
export function collectionOf(root: CollectionSpec['root'], relativePath: string): CollectionName | undefined {
  return collectionNames().find((name) => {
    const spec: CollectionSpec = collections[name];
    return spec.root === root && patternToRegExp(spec).test(relativePath);
  });
}

/**
 * Where a council keeps the source documents its content is transcribed from: plain-text files in
 * the content root's `sources/<authority>/`, named as each entry's `sources[].file` names them. They
 * are not a collection (never pages of the site); the verbatim check reads them beside the content.
 */
export const sourceDocuments = { root: 'content', dir: 'sources', pattern: '*/*.txt' } as const;

const sourceDocumentPattern = new RegExp(`^${sourceDocuments.dir}/([^/]+)/([^/]+\\.txt)$`);

/** The authority and file name of a source document, by its root and path; undefined if it is not one. */
export function sourceDocumentOf(
  root: CollectionSpec['root'],
  relativePath: string,
): { authority: string; file: string } | undefined {
  const match = root === sourceDocuments.root ? sourceDocumentPattern.exec(relativePath) : null;
  return match ? { authority: match[1]!, file: match[2]! } : undefined;
}

/**
 * The readings file of an authority's sources: `sources/<authority>/readings.json`, where a council
 * records how it read each transcribed field that is not word for word in its source (the verbatim
 * check accepts such a field only with a reading).
 */
export const readingsFile = 'readings.json';

const readingsPattern = new RegExp(`^${sourceDocuments.dir}/([^/]+)/${readingsFile.replace('.', '\\.')}$`);

/** The authority whose readings file this is, by its root and path; undefined if it is not one. */
export function readingsOf(root: CollectionSpec['root'], relativePath: string): string | undefined {
  const match = root === sourceDocuments.root ? readingsPattern.exec(relativePath) : null;
  return match ? match[1]! : undefined;
}

/** True for any file under the content root's sources/ folder, a source document or not. */
export function inSourcesFolder(root: CollectionSpec['root'], relativePath: string): boolean {
  return root === sourceDocuments.root && relativePath.startsWith(`${sourceDocuments.dir}/`);
}

/** The entry id of a content file: its path within the collection folder, without extension. */
export function entryId(name: CollectionName, relativePath: string): string {
  return relativePath.slice(collections[name].dir.length + 1).replace(/\.[a-z]+$/, '');
}

/** Where the collections of one root expect their files, for messages about files that belong nowhere. */
export function expectedLocations(root: CollectionSpec['root']): string[] {
  return collectionNames()
    .filter((name) => collections[name].root === root)
    .map((name) => `${collections[name].dir}/${collections[name].pattern} (${collections[name].label})`);
}
