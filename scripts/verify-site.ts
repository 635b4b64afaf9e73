// `npm run verify [-- --changed /torbay/statements/x/ …]`: the checks that protect readers, on the built site (dist/),
// for any council's content: every link and asset the pages point at exists (and every #fragment), no
// page asks another host for anything, no page, feed or sitemap of a production build cites
// localhost, every feed and sitemap is well-formed XML, every page is valid HTML with a language,
// a title and one main heading, and pages pass axe-core's accessibility rules in Chromium (the changed
// pages, or a bounded spread of a big site: scripts/accessibility-check.ts). Run after
// `npm run build -- --production` by the content pipeline. Problems are said as pages and what to
// do, never as test diffs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { plural } from '../src/lib/base/text.ts';
import { parseArgs } from 'node:util';
import { Parser } from 'htmlparser2';
import { localAddress } from '../src/lib/publishing/site-address.ts';
import { accessibilityProblems, pagesToCheck } from './accessibility-check.ts';
import { settings } from '../src/lib/settings.ts';

/** The file a site path is served from (a folder's index.html), or undefined when there is none. */
export function fileOf(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const candidate = join(root, normalize(decoded).replace(/^(\.\.[/\\])+/, ''));
  if (!candidate.startsWith(normalize(root))) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Every attribute value of an HTML document, by element. */
function elementsOf(html: string): { name: string; attributes: Record<string, string> }[] {
  const found: { name: string; attributes: Record<string, string> }[] = [];
  const parser = new Parser(
    { onopentag: (name, attributes) => found.push({ name, attributes }) },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

/** Why `xml` is not well-formed enough for a feed reader (an element left open), or undefined. */
function xmlProblem(xml: string): string | undefined {
  let problem: string | undefined;
  // The parser closes a self-closing tag (<link/>) itself, within the tag's own text; any other close
  // it has to supply (at a mismatched end tag or the end of the text) is an element never closed.
  const starts: number[] = [];
  const parser: Parser = new Parser(
    {
      onopentag: () => starts.push(parser.startIndex),
      onclosetag: (name, implied) => {
        const start = starts.pop();
        if (implied && start !== parser.startIndex) problem ??= `<${name}> is not closed`;
      },
    },
    { xmlMode: true },
  );
  parser.write(xml);
  parser.end();
  return problem;
}

/** What readers of the site in `root` would meet that they should not: one line each. */
export async function verifySite(
  root: string,
  options: {
    siteUrl?: string;
    pages?: readonly string[];
    /** Run axe-core in Chromium on the changed pages, or on at most `limit` pages when none are named. */
    accessibility?: { limit: number };
  } = {},
): Promise<string[]> {
  const problems: string[] = [];
  const files = (readdirSync(root, { recursive: true }) as string[]).map((f) => f.split('\\').join('/')).sort();
  const pathOf = (file: string) => `/${file}`.replace(/index\.html$/, '');
  const wanted = options.pages
    ? new Set(options.pages.map((p) => (p.endsWith('/') || p.includes('.') ? p : `${p}/`)))
    : undefined;
  const pages = files.filter((f) => f.endsWith('.html'));
  const ids = new Map<string, Set<string>>();
  const idsIn = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set(elementsOf(readFileSync(file, 'utf8')).flatMap((e) => (e.attributes.id ? [e.attributes.id] : [])));
      ids.set(file, set);
    }
    return set;
  };
  const { HtmlValidate } = await import('html-validate');
  const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
  for (const file of pages) {
    const page = pathOf(file);
    const html = readFileSync(join(root, file), 'utf8');
    const elements = elementsOf(html);
    for (const { name, attributes } of elements) {
      for (const attribute of ['href', 'src'] as const) {
        const value = attributes[attribute];
        if (value === undefined || /^(mailto:|data:|tel:)/.test(value)) continue;
        const external = /^(https?:)?\/\//.test(value);
        if (external) {
          // Links to other sites are fine; anything a page loads from another host is not.
          if (
            attribute === 'src' ||
            (name === 'link' && attributes.rel !== 'canonical' && attributes.rel !== 'alternate')
          )
            problems.push(`${page}: loads ${value} from another host; the site asks no other host for anything`);
          continue;
        }
        const target = new URL(value, `http://site${page}`);
        const targetFile = fileOf(root, target.pathname);
        if (!targetFile) {
          problems.push(`${page}: links to ${value}, which the built site does not have`);
          continue;
        }
        if (
          target.hash &&
          targetFile.endsWith('.html') &&
          !idsIn(targetFile).has(decodeURIComponent(target.hash.slice(1)))
        )
          problems.push(`${page}: links to ${value}, but that page has no "${target.hash.slice(1)}"`);
      }
    }
    if (!/^<!doctype html><html lang="[a-z]{2}/i.test(html))
      problems.push(`${page}: the page does not say its language`);
    if (elements.filter((e) => e.name === 'h1').length !== 1)
      problems.push(`${page}: the page does not have exactly one main heading (h1)`);
    if (!elements.some((e) => e.name === 'title')) problems.push(`${page}: the page has no title`);
    if (options.siteUrl && html.includes(localAddress))
      problems.push(`${page}: cites ${localAddress}, the local preview address`);
    // HTML validation is the slow part: a content change validates the pages it changed.
    if (wanted && !wanted.has(page)) continue;
    const report = await validator.validateString(html, page);
    for (const result of report.results)
      for (const m of result.messages.slice(0, 3))
        problems.push(`${page}: line ${m.line}: not valid HTML (${m.message})`);
  }
  if (options.accessibility) {
    const { pages: checked } = pagesToCheck(pages.map(pathOf), wanted && [...wanted], options.accessibility.limit);
    problems.push(...(await accessibilityProblems(root, checked, fileOf)));
  }
  for (const file of files.filter((f) => f.endsWith('.xml'))) {
    const xml = readFileSync(join(root, file), 'utf8');
    const problem = xmlProblem(xml);
    if (problem)
      problems.push(
        `/${file}: is not well-formed XML (${problem}), so feed readers and search engines would refuse it`,
      );
    if (options.siteUrl && xml.includes(localAddress))
      problems.push(`/${file}: cites ${localAddress}, the local preview address`);
    if (options.siteUrl && /sitemap/.test(file))
      for (const loc of xml.matchAll(/<loc>([^<]*)<\/loc>/g))
        if (!loc[1]!.startsWith(options.siteUrl.replace(/\/?$/, '/')))
          problems.push(`/${file}: lists ${loc[1]}, which is not under the site's address ${options.siteUrl}`);
  }
  return problems;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      changed: { type: 'string', multiple: true },
      dir: { type: 'string', default: settings().outDir },
      // A bigger site has this many pages, spread evenly, checked for accessibility when no change is named.
      'accessibility-pages': { type: 'string', default: '60' },
      'skip-accessibility': { type: 'boolean', default: false },
    },
  });
  const limit = Number(values['accessibility-pages']);
  if (!Number.isInteger(limit) || limit < 1) {
    console.error(
      `--accessibility-pages must be a whole number of pages, e.g. 60; it is "${values['accessibility-pages']}".`,
    );
    process.exit(1);
  }
  const root = values.dir!;
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`There is no built site in ${root}/: run npm run build -- --production first.`);
    process.exit(1);
  }
  const { siteUrl } = settings();
  const accessibility = values['skip-accessibility'] ? undefined : { limit };
  let problems: string[];
  try {
    problems = await verifySite(root, { siteUrl, pages: values.changed, accessibility });
  } catch (error) {
    console.error(`The site could not be checked: ${(error as Error).message}`);
    process.exit(1);
  }
  const htmlPages = (readdirSync(root, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.split('\\').join('/')}`.replace(/index\.html$/, ''));
  const count = htmlPages.length;
  const axed = accessibility && pagesToCheck(htmlPages, values.changed, limit).pages.length;
  if (problems.length > 0) {
    console.error(`The built site has ${plural(problems.length, 'problem')} readers would meet:`);
    for (const p of problems.slice(0, 100)) console.error(`  ✗ ${p}`);
    if (problems.length > 100) console.error(`  … and ${problems.length - 100} more.`);
    console.error('These come from the site, not only your change: if you cannot see why, ask whoever maintains it.');
    process.exit(1);
  }
  console.log(
    `Site check passed: ${values.changed ? `${values.changed.length} changed of ` : ''}${count} pages — links, assets, feeds${siteUrl ? ', addresses' : ''} and HTML` +
      (axed === undefined
        ? '; accessibility not checked (--skip-accessibility).'
        : `; accessibility (axe-core, WCAG 2.2 AA) of ${axed === count ? 'every page' : `${axed} of them`}.`),
  );
}
