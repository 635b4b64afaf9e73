// Collections and loaders only: where each kind of document lives and which schema checks it.
// The registry in src/lib/content/collections.ts and the loader in src/content-loader.ts are shared with
// `npm run check`, so both read the same files the same way.
import { defineCollection } from 'astro:content';
import { contentLoader } from './content-loader.ts';
import { collectionNames, collections as specs, type CollectionName } from './lib/content/collections.ts';
import { contentRoots } from './lib/settings.ts';

/** The folders content is read from; the benchmark and fixture builds point them elsewhere. */
const roots = contentRoots();

/** A collection whose entry ids are file paths without extension ("torbay/ofsted-2018"). */
function collection<N extends CollectionName>(name: N) {
  return defineCollection({
    loader: contentLoader(name, roots),
    schema: specs[name].schema as (typeof specs)[N]['schema'],
  });
}

/** Every collection of the registry: a new kind registered there is read here with no line of its own. */
export const collections = Object.fromEntries(collectionNames().map((name) => [name, collection(name)])) as {
  [N in CollectionName]: ReturnType<typeof collection<N>>;
};
