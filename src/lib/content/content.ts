// The engine's input: every validated content file, by collection, typed from the collections
// registry (collections.ts), so a new collection needs no line here; and the one order of a plan's versions.
import type { z } from 'astro/zod';
import { compareKnown } from '../base/dates.ts';
import type { PlanVersion } from '../../schemas/plan-version.ts';
import { collectionNames, collections, type CollectionName } from './collections.ts';

/** One validated content file: its id within the collection, its file, its data and any MDX body. */
export interface Entry<T> {
  /** Id within the collection: "torbay/ofsted-2018". */
  id: string;
  /** Path relative to the project root. */
  file: string;
  /** The validated data (JSON, or MDX frontmatter). */
  data: T;
  /** The MDX body, for narrative collections. */
  body?: string;
}

/** Every validated content file, by collection: the engine's input. Typed from the registry, so a new collection needs no line here. */
export type ContentSet = { [N in CollectionName]: Entry<z.infer<(typeof collections)[N]['schema']>>[] };

/** An empty content set: an empty list for every collection registered. */
export function emptyContentSet(): ContentSet {
  return Object.fromEntries(collectionNames().map((name) => [name, []])) as unknown as ContentSet;
}

/**
 * Orders a plan's version files oldest first: by publication date where the dates say which came
 * first, else (same or overlapping dates: "2019" and "15 October 2019") naturally by id (v2 before v10).
 */
export function comparePlanVersions(a: Entry<PlanVersion>, b: Entry<PlanVersion>): number {
  return compareKnown(a.data.published, b.data.published) || a.id.localeCompare(b.id, 'en', { numeric: true });
}
