// How the search index is split so the first query stays small however many councils the site holds.
// Pagefind's metadata file lists every page of an index (about 8 bytes a page, gzipped), and a search
// loads it whole, with at least one word-index chunk (about 20,000 word positions, whatever the site's
// size) and, to filter, the filter's whole page list. So:
// - the site-wide index, which a search across councils uses, holds every page except inspection
//   paragraph pages (over half of all pages);
// - each council has its own complete index (all its pages, paragraphs included), which a search
//   that names the council uses instead of the site-wide one, so it never loads the site-wide metadata
//   or the "Council" filter's page list; a search that wants paragraphs without naming a council adds
//   every council's index, for its paragraph pages only.
// Shared by the build (src/integrations/search-index.ts) and the search page (src/scripts/search.ts).

/** Where the site-wide index is published. */
export const siteIndexPath = '/pagefind/';

/** Where the site publishes the list of council indexes ({ name, index }[]). */
export const councilIndexListPath = '/search/councils.json';

/** A council's own index, as the search page finds it. */
export interface CouncilIndex {
  /** The council's name, as the search page's "Council" filter gives it. */
  name: string;
  /** Where its index is published: "/torbay/pagefind/". */
  index: string;
}

/** Where a council's own index is published. */
export function councilIndexPath(slug: string): string {
  return `/${slug}/pagefind/`;
}

/** The council folder of a council index path ("/torbay/pagefind/" → "torbay"). */
export function councilSlugOf(indexPath: string): string | undefined {
  return /^\/([^/]+)\/pagefind\/$/.exec(indexPath)?.[1];
}

/** The council whose own index alone holds a page (its slug): inspection paragraph pages; otherwise undefined. */
export function councilIndexOf(url: string): string | undefined {
  return /^\/([^/]+)\/inspections\/[^/]+\/paragraphs\/[^/]+\/$/.exec(url)?.[1];
}

/**
 * The files a council index publishes: its entry, metadata, word index, fragments and filters, and, so
 * that it can be searched on its own, Pagefind's WebAssembly (the script is the site-wide index's; the
 * search page runs no Pagefind worker; the styles and UI are not used).
 */
export function isCouncilIndexFile(path: string): boolean {
  return /^(pagefind-entry\.json|wasm\.(?!unknown\.)[a-z-]+\.pagefind|pagefind\.[^/]+\.pf_meta|(index|fragment|filter)\/[^/]+)$/.test(
    path,
  );
}

/**
 * The globs, relative to the built site, that the site-wide index reads it in: its top-level pages,
 * then each top-level folder in turn (a council's pages, /search/, /glossary/…), never Pagefind's own.
 * Pagefind reads every file one call names at the same time, so one call for the whole site held all
 * its HTML in memory at once; a call per folder holds one folder's. It indexes the same pages either way.
 */
export function siteIndexGlobs(folders: readonly string[]): string[] {
  return [
    '*.{html}',
    ...folders
      .filter((f) => f !== siteIndexPath.replaceAll('/', ''))
      .toSorted()
      .map((f) => `${f}/**/*.{html}`),
  ];
}

/** The indexes one search runs on. */
export interface IndexChoice {
  /** Search the site-wide index (every page but inspection paragraphs). */
  site: boolean;
  /** Council indexes to search together (merged into one). */
  councils: CouncilIndex[];
  /** True when the council indexes serve only their paragraph pages (the site-wide index has the rest). */
  paragraphsOnly: boolean;
}

/**
 * The indexes a search needs. A search that names councils in its "Council" filter runs on those
 * councils' own indexes alone. Otherwise it runs on the site-wide index, plus every council's index
 * for paragraphs when it asks for them (the "Paragraph" type, or a paragraph number such as
 * "para 24") and its type filter does not leave them out.
 */
export function indexesFor(
  councils: readonly CouncilIndex[],
  filters: Readonly<Record<string, { any: readonly string[] }>>,
  reference: string | undefined,
): IndexChoice {
  const named = filters.authority?.any ?? [];
  const chosen = councils.filter((c) => named.includes(c.name));
  if (chosen.length > 0) return { site: false, councils: chosen, paragraphsOnly: false };
  const types = filters.type?.any ?? [];
  const wantsParagraphs =
    types.includes('Paragraph') || (types.length === 0 && reference?.startsWith('paragraph ') === true);
  return {
    site: named.length > 0 || !types.includes('Paragraph') || types.length > 1,
    councils: named.length === 0 && wantsParagraphs ? [...councils] : [],
    paragraphsOnly: true,
  };
}
