// The search page's behaviour: loads Pagefind only when a person searches, runs exact-reference and
// glossary-expanded queries, and renders accessible results. Logic lives in src/lib/search/search-query.ts.
import type { Term } from '../schemas/glossary.ts';
import { expandQuery, mergeResults, parseScopedReference, type Scored } from '../lib/search/search-query.ts';
import { councilIndexListPath, indexesFor, siteIndexPath, type CouncilIndex } from '../lib/search/search-split.ts';

interface PagefindResult {
  id: string;
  score?: number;
  data: () => Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  search: (q: string | null, o?: object) => Promise<{ results: PagefindResult[] }>;
  mergeIndex: (path: string, o?: { baseUrl?: string }) => Promise<void>;
}
interface PagefindModule extends Pagefind {
  createInstance: (o: { basePath: string; noWorker?: boolean }) => Pagefind;
}

/** Results shown at first; each further page of results loads only when asked for. */
const PAGE_SIZE = 10;
// Pagefind searches in this page, not in its web worker: the worker's script would be 12 KB more for the
// first query to fetch (docs/search.md); the worker only moves the search's work off the main thread.
const pagefindOptions = { excerptLength: 24, noWorker: true };
let pagefind: Promise<PagefindModule> | undefined;

function loadPagefind(): Promise<PagefindModule> {
  pagefind ??= import(/* @vite-ignore */ `${siteIndexPath}pagefind.js`).then(async (module: PagefindModule) => {
    await module.options(pagefindOptions);
    return module;
  });
  return pagefind;
}

let councilIndexes: Promise<CouncilIndex[]> | undefined;
const councilInstances = new Map<string, Promise<Pagefind>>();

/** One Pagefind instance searching the given council indexes together. */
async function councilInstance(councils: readonly CouncilIndex[]): Promise<Pagefind> {
  const key = councils.map((c) => c.index).join(' ');
  let instance = councilInstances.get(key);
  if (!instance) {
    instance = (async () => {
      const module = await loadPagefind();
      // A council index's addresses are relative to its council's folder, Pagefind's default base URL for it.
      const [first, ...rest] = councils;
      const merged = module.createInstance({ basePath: first!.index, noWorker: true });
      await merged.options(pagefindOptions);
      for (const council of rest) await merged.mergeIndex(council.index);
      return merged;
    })();
    councilInstances.set(key, instance);
  }
  return instance;
}

/**
 * The indexes a search runs on (src/lib/search/search-split.ts), each with the filters to run it with:
 * the site-wide index; or the councils' own indexes when the search names councils; or both, the
 * councils' for their paragraph pages only, when it asks for paragraphs without naming a council.
 */
async function searchesFor(
  filters: Record<string, { any: string[] }>,
  reference: string | undefined,
): Promise<{ pf: Pagefind; filters: Record<string, { any: string[] }> }[]> {
  const wantsCouncils = filters.authority || filters.type || reference?.startsWith('paragraph ');
  councilIndexes ??= wantsCouncils
    ? fetch(councilIndexListPath).then((r) => (r.ok ? (r.json() as Promise<CouncilIndex[]>) : []))
    : undefined;
  const choice = indexesFor((await councilIndexes) ?? [], filters, reference);
  const searches: { pf: Pagefind; filters: Record<string, { any: string[] }> }[] = [];
  if (choice.site) searches.push({ pf: await loadPagefind(), filters });
  if (choice.councils.length > 0) {
    searches.push({
      pf: await councilInstance(choice.councils),
      filters: choice.paragraphsOnly ? { ...filters, type: { any: ['Paragraph'] } } : filters,
    });
  }
  return searches;
}

/** Wires up the search form on /search/. */
export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('.app-search-form');
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const more = document.querySelector<HTMLButtonElement>('#search-more');
  if (!form || !input || !status || !list || !more) return;
  const glossary = JSON.parse(form.dataset.glossary ?? '[]') as Term[];
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: { results: Scored<PagefindResult>[]; shown: number; query: string } = {
    results: [],
    shown: 0,
    query: '',
  };

  const selectedFilters = () => {
    const filters: Record<string, { any: string[] }> = {};
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      (filters[box.name] ??= { any: [] }).any.push(box.value);
    }
    return filters;
  };

  const updateUrl = (query: string) => {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked'))
      params.append(box.name, box.value);
    const search = params.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  };

  const clear = (message: string) => {
    list.replaceChildren();
    more.hidden = true;
    current = { results: [], shown: 0, query: '' };
    status.textContent = message;
  };

  async function run(): Promise<void> {
    const query = input!.value.trim();
    const filters = selectedFilters();
    updateUrl(query);
    const mine = ++generation;
    if (!query && Object.keys(filters).length === 0) return clear('');
    status!.textContent = 'Searching…';
    const councils = [...form!.querySelectorAll<HTMLInputElement>('input[type=checkbox][name=authority]')].map(
      (box) => box.value,
    );
    const scoped = query ? parseScopedReference(query, councils) : undefined;
    const exactFilters = scoped
      ? { ...filters, ref: scoped.ref, ...(scoped.council ? { authority: { any: [scoped.council] } } : {}) }
      : undefined;
    // The indexes the search (or its scoped reference) needs (src/lib/search/search-split.ts).
    const searches = await searchesFor(
      scoped?.council ? { ...filters, authority: { any: [scoped.council] } } : filters,
      scoped?.ref,
    );
    const queries = query ? expandQuery(query, glossary) : [null];
    const [exact, lists] = await Promise.all([
      exactFilters
        ? Promise.all(
            searches.map((s) =>
              s.pf.search(null, { filters: s.filters.type ? { ...exactFilters, type: s.filters.type } : exactFilters }),
            ),
          )
        : [],
      Promise.all(searches.flatMap((s) => queries.map((q) => s.pf.search(q, { filters: s.filters })))),
    ]);
    if (mine !== generation) return;
    const scored = (r: PagefindResult, base = 0): Scored<PagefindResult> => ({
      id: r.id,
      score: base + (r.score ?? 0),
      data: r,
    });
    const merged = mergeResults(
      exact.flatMap((e) => e.results.map((r) => scored(r, 1e6))),
      lists.map((l) => l.results.map((r) => scored(r))),
    );
    current = { results: merged, shown: 0, query };
    list!.replaceChildren();
    await showMore(mine);
  }

  /** Loads and shows the next page of results; only their fragments are fetched. */
  async function showMore(mine = generation): Promise<HTMLAnchorElement | undefined> {
    const page = current.results.slice(current.shown, current.shown + PAGE_SIZE);
    const data = await Promise.all(page.map((r) => r.data.data()));
    if (mine !== generation) return undefined;
    const items = data.map(resultItem);
    list!.append(...items);
    current.shown += page.length;
    const total = current.results.length;
    const what = current.query ? ` for “${current.query}”` : '';
    const noun = total === 1 ? 'result' : 'results';
    status!.textContent =
      total === 0
        ? `No results${what}`
        : `${total} ${noun}${what}${total > current.shown ? `, showing ${current.shown}` : ''}`;
    more!.hidden = current.shown >= total;
    return items[0]?.querySelector('a') ?? undefined;
  }

  function resultItem(data: PagefindData): HTMLLIElement {
    const item = document.createElement('li');
    const type = document.createElement('p');
    const tag = document.createElement('strong');
    tag.className = 'app-tag';
    tag.textContent = data.meta.type ?? 'Page';
    type.append(tag);
    const heading = document.createElement('h2');
    heading.className = 'app-h4';
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    heading.append(link);
    item.append(type, heading);
    if (data.meta.breadcrumb) {
      const trail = document.createElement('p');
      trail.className = 'app-hint';
      trail.textContent = data.meta.breadcrumb;
      item.append(trail);
    }
    const excerpt = document.createElement('p');
    excerpt.innerHTML = data.excerpt; // Pagefind escapes the text and marks matches with <mark>.
    item.append(excerpt);
    return item;
  }

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 200);
  };

  input.addEventListener('input', schedule);
  more.addEventListener('click', async () => {
    const first = await showMore();
    first?.focus();
  });
  input.addEventListener('focus', () => void loadPagefind(), { once: true });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      input.value = '';
      generation++;
      updateUrl('');
      clear('Search cleared');
    }
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type=checkbox]')) void run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = params.getAll(box.name).includes(box.value);
    // A shared search opens the filter groups it uses.
    if (box.checked) box.closest('details')?.setAttribute('open', '');
  }
  if (input.value || form.querySelector('input[type=checkbox]:checked')) void run();
}
