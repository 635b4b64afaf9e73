// The one place where Astro's content collections meet the engine in src/lib. Built once per build.
import { getCollection, getEntry, render } from 'astro:content';
import { collectionNames } from './lib/content/collections.ts';
import { emptyContentSet, type ContentSet, type Entry } from './lib/content/content.ts';
import { buildGraph, type Graph } from './lib/graph/graph.ts';
import { siteConfig } from './site.config.ts';
import { openData } from './lib/publishing/open-data.ts';
import { buildTime, publishable } from './lib/content/publication.ts';
import { settings } from './lib/settings.ts';

let graph: Promise<Graph> | undefined;

/** The cross-reference graph of all content, built on first use and shared by every page. */
export function getGraph(): Promise<Graph> {
  // The editor's preview rebuilds it on every request, so a page shows what was saved a moment ago.
  // Content with problems gives an empty graph there: the middleware shows the problems instead of
  // the page (src/editor/preview-problems.ts), and routes resolved before it (getStaticPaths) must
  // not throw, or the officer meets an HTTP 500.
  if (settings().editing) return loadGraph().catch(() => buildGraph(emptyContentSet()));
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
  for (const name of collectionNames()) {
    const entries = await getCollection(name);
    (content[name] as Entry<unknown>[]) = entries.map((e) => ({
      id: e.id,
      file: e.filePath ?? `src/content/${name}/${e.id}`,
      data: e.data,
      body: 'body' in e ? e.body : undefined,
    }));
  }
  // Drafts and embargoed statements are left out here, before the graph, so no page, feed, search
  // index or open data sees them. The editor's preview (`npm run edit`) shows them, marked.
  if (settings().editing) {
    const graph = buildGraph(content, { asOf: siteConfig.asOf });
    for (const withheld of publishable(content, buildTime({ BUILD_TIME: settings().buildTime })).withheld) {
      graph.statements.get(withheld.id)!.withheld = withheld.reason;
    }
    return graph;
  }
  return buildGraph(publishable(content, buildTime({ BUILD_TIME: settings().buildTime })).content, {
    asOf: siteConfig.asOf,
  });
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
  return [...graph.plans.values()].map((plan) => ({
    params: { authority: plan.authority.slug, plan: plan.slug },
    props: { plan },
  }));
}
