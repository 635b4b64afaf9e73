// How the search index is split so the first query stays small however many councils the site holds.
// Pagefind's metadata file lists every page of an index (about 8 bytes a page, gzipped), and a search
// loads it whole: at 10,000 pages one index costs 80 KB of metadata before any result. So inspection
// paragraph pages (over half of all pages) go into one small index per council, searched when a search
// names that council, asks for paragraphs or quotes a paragraph number; everything else is in the
// site-wide index every search starts from. Shared by the build (src/integrations/search-index.ts)
// and the search page (src/scripts/search.ts).

/** Where the site-wide index is published. */
export const siteIndexPath = '/pagefind/';

/** Where the site publishes the list of council paragraph indexes ({ name, index }[]). */
export const councilIndexListPath = '/search/councils.json';

/** A council's paragraph index, as the search page finds it. */
export interface CouncilIndex {
  /** The council's name, as the search page's "Council" filter gives it. */
  name: string;
  /** Where its index is published: "/torbay/pagefind/". */
  index: string;
}

/** Where a council's paragraph index is published. */
export function councilIndexPath(slug: string): string {
  return `/${slug}/pagefind/`;
}

/** The council whose paragraph index a page belongs in (its slug), or undefined for the site-wide index. */
export function councilIndexOf(url: string): string | undefined {
  return /^\/([^/]+)\/inspections\/[^/]+\/paragraphs\/[^/]+\/$/.exec(url)?.[1];
}

/**
 * The files a council's index needs: a merged index loads only its entry, metadata, word index,
 * fragments and filters (the script, styles and WebAssembly come from the site-wide index).
 */
export function isMergedIndexFile(path: string): boolean {
  return /^(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|(index|fragment|filter)\/[^/]+)$/.test(path);
}

/**
 * The council indexes a search needs besides the site-wide one: none if its type filter leaves
 * paragraphs out; else those of the councils it names; when it names none, every council's if it asks
 * for paragraphs (the "Paragraph" type, or a paragraph number such as "para 24"), otherwise none.
 */
export function councilIndexesFor(
  councils: readonly CouncilIndex[],
  filters: Readonly<Record<string, { any: readonly string[] }>>,
  reference: string | undefined,
): CouncilIndex[] {
  const types = filters.type?.any ?? [];
  if (types.length > 0 && !types.includes('Paragraph')) return [];
  const named = filters.authority?.any ?? [];
  if (named.length > 0) return councils.filter((c) => named.includes(c.name));
  const wantsParagraphs = types.includes('Paragraph') || reference?.startsWith('paragraph ') === true;
  return wantsParagraphs ? [...councils] : [];
}
