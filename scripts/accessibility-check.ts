// The accessibility part of `npm run verify`: axe-core, the engine the browser tests use, run in the
// project's Chromium (tests/e2e/browser.ts: the one that ships in the npm package on Linux, so a CI
// runner needs nothing installed) on built pages read straight from the folder. No server and no
// other host: every request the page makes is answered from the built files or refused.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch } from '../tests/e2e/browser.ts';

/** The rules checked: WCAG 2.2 A and AA, and axe's best practices (as the browser tests do). */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** An address no one can own (RFC 2606): the pages are served under it from the built folder. */
const origin = 'http://built-site.invalid';

/**
 * The pages to check: the changed ones when the change says which; else every page of a site of at
 * most `limit` pages, or `limit` pages spread evenly over a bigger one (the home page always),
 * so a content change is checked in minutes whatever the site's size.
 */
export function pagesToCheck(
  all: readonly string[],
  changed: readonly string[] | undefined,
  limit: number,
): { pages: string[]; of: number } {
  if (changed) {
    const present = new Set(all);
    return { pages: changed.filter((p) => present.has(p)), of: all.length };
  }
  if (all.length <= limit) return { pages: [...all], of: all.length };
  const chosen = new Set<string>(all.includes('/') ? ['/'] : []);
  for (let i = 0; chosen.size < limit && i < limit; i++) chosen.add(all[Math.floor((i * all.length) / limit)]!);
  return { pages: [...chosen].sort(), of: all.length };
}

/** One rule axe-core finds broken on a page: its id, its words, and where (CSS selectors). */
export interface Violation {
  id: string;
  help: string;
  targets: string[];
}

let axeScript: string | undefined;

/**
 * What axe-core finds on the page open in `page`, under `axeTags`: the one way the check and the
 * browser tests run it. The page's CSP must let the injected script in (a context with `bypassCSP`).
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  axeScript ??= readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
  await page.addScriptTag({ content: axeScript });
  return page.evaluate(async (tags) => {
    const run = (
      window as unknown as {
        axe: {
          run: (
            d: Document,
            o: object,
          ) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run;
    const result = await run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, axeTags);
}

/**
 * What axe-core finds on each of `pages` (site paths) of the site built in `root`, one line per rule
 * broken on a page, in words an author can act on. `fileOf` finds the file a path is served from.
 */
export async function accessibilityProblems(
  root: string,
  pages: readonly string[],
  fileOf: (root: string, pathname: string) => string | undefined,
): Promise<string[]> {
  let browser: Awaited<ReturnType<typeof launch>>;
  try {
    browser = await launch();
  } catch (error) {
    throw new Error(
      `The accessibility check needs Chromium, which could not be started (${(error as Error).message.split('\n')[0]}). On Linux it comes with npm install; elsewhere install Chrome or Chromium, or set CHROMIUM_PATH.`,
    );
  }
  const problems = new Map<string, string[]>();
  try {
    // The site's own CSP rightly forbids the injected axe script; the CSP is not what is checked here.
    const context = await browser.newContext({ bypassCSP: true });
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== origin) return route.abort();
      const file = fileOf(root, url.pathname);
      return file ? route.fulfill({ path: file }) : route.fulfill({ status: 404, body: '' });
    });
    const queue = [...pages];
    const worker = async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const page = await context.newPage();
        try {
          await page.goto(origin + path, { waitUntil: 'load' });
          const violations = await axeViolations(page);
          problems.set(
            path,
            violations.map((v: Violation) => said(path, v)),
          );
        } finally {
          await page.close();
        }
      }
    };
    await Promise.all([worker(), worker()]);
  } finally {
    await browser.close();
  }
  return pages.flatMap((p) => problems.get(p) ?? []);
}

/** One rule broken on a page, as a line: what, where (the first three places), and the rule's name. */
function said(path: string, v: Violation): string {
  const places = v.targets.slice(0, 3).join(', ') + (v.targets.length > 3 ? ` and ${v.targets.length - 3} more` : '');
  return `${path}: not accessible to every reader: ${v.help.replace(/\.$/, '')}, at ${places} (axe-core rule "${v.id}")`;
}
