// The one place where Astro's content collections meet the engine in src/lib. Built once per build.
import { getCollection, getEntry, render } from 'astro:content';
import { collectionNames } from './lib/collections.ts';
import { emptyContentSet, type ContentSet, type Entry } from './lib/content.ts';
import { buildGraph, type Graph } from './lib/graph.ts';
import { siteConfig } from './site.config.ts';
import { openData } from './lib/open-data.ts';

let graph: Promise<Graph> | undefined;

/** The cross-reference graph of all content, built on first use and shared by every page. */
export function getGraph(): Promise<Graph> {
  graph ??= loadGraph();
  return graph;
}

let datasets: Promise<ReturnType<typeof openData>> | undefined;

/** Every open-data dataset, computed once per build and shared by the /data/ pages. */
export function getOpenData(): Promise<ReturnType<typeof openData>> {
  datasets ??= getGraph().then(openData);
  return datasets;
}

async function loadGraph(): Promise<Graph> {
  const content: ContentSet = emptyContentSet();
  for (const name of collectionNames) {
    const entries = await getCollection(name);
    (content[name] as Entry<unknown>[]) = entries.map((e) => ({
      id: e.id,
      file: e.filePath ?? `src/content/${name}/${e.id}`,
      data: e.data,
      body: 'body' in e ? e.body : undefined,
    }));
  }
  return buildGraph(content, { asOf: siteConfig.asOf });
}

/** Renders the MDX body of a statement or plan version. */
export async function renderBody(collection: 'statements' | 'planVersions', id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`No ${collection} entry "${id}"`);
  return render(entry);
}

/** Static paths for a page per authority, with the authority as a prop. */
export async function authorityPaths() {
  const graph = await getGraph();
  return graph.authorities.map((authority) => ({ params: { authority: authority.slug }, props: { authority } }));
}

/** Static paths for a page per plan, with the plan as a prop. */
export async function planPaths() {
  const graph = await getGraph();
  return [...graph.plans.values()].map((plan) => ({ params: { authority: plan.authority.slug, plan: plan.slug }, props: { plan } }));
}
