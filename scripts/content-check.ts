// The content check that `npm run check` runs, and `npm run build` runs first in its own process
// (so the build does not start a second Node that loads and validates everything again).
import { relative } from 'node:path';
import { buildGraph } from '../src/lib/graph/graph.ts';
import { parseContent, type Roots, type SourceFile } from '../src/lib/content/parse-content.ts';
import { collections, readingsOf, sourceDocumentOf } from '../src/lib/content/collections.ts';
import { plainKinds } from '../src/lib/graph/kinds.ts';
import { plural } from '../src/lib/base/text.ts';
import { checkSources, describeSourceCheck } from '../src/lib/graph/integrity/sources.ts';
import { ContentError, formatProblems } from '../src/lib/content/problems.ts';
import { buildTime, publicRepositoryProblems, publishable } from '../src/lib/content/publication.ts';
import { loadSiteSettings } from '../src/lib/content/site-settings.ts';
import { readSources } from './read-content.ts';
import { understoodTimescales, unreadableTimescales } from '../src/lib/base/timescale.ts';
import { settings } from '../src/lib/settings.ts';
import { publishedChanges } from '../src/lib/content/published.ts';
import { GitRefused, planVersionsAt } from './git-content.ts';

/**
 * Validates every content file and cross-reference under `roots`, printing what it finds (problems on
 * stderr, the summary on stdout). Returns whether the content passed; throws only on a fault of the
 * checker itself, never on a fault of the content.
 */
export function checkContent(roots: Roots, options: { since?: string } = {}): boolean {
  const files = readSources(roots);
  const shown = (dir: string) => relative(process.cwd(), dir) || '.';
  const { content, problems } = parseContent(files, { content: shown(roots.content), data: shown(roots.data) });

  if (problems.length > 0) {
    console.error(formatProblems(problems));
    return false;
  }
  try {
    // Drafts and embargoed statements are checked like any other, then left out as a build would.
    buildGraph(content);
    const { content: published, withheld } = publishable(content, buildTime({ BUILD_TIME: settings().buildTime }));
    // Withheld text in a repository anyone can read is not withheld at all (docs/publishing.md, "Embargoes").
    const why = settings().publicRepository
      ? 'this repository is public (CI says so)'
      : loadSiteSettings(roots.content).repository === 'public'
        ? 'site.json says the repository is public'
        : undefined;
    const exposed = why ? publicRepositoryProblems(withheld, why) : [];
    // Transcribed words against the source files beside the content (drafts too: they will be published).
    const verbatim = checkSources(content, files, shown(roots.content));
    if (exposed.length + verbatim.problems.length > 0) {
      console.error(formatProblems([...exposed, ...verbatim.problems]));
      return false;
    }
    const graph = buildGraph(published);
    const actions = [...graph.planVersions.values()].reduce((n, v) => n + v.actions.length, 0);
    const unread = unreadableTimescales(content.planOutlines);
    if (unread.length > 0) {
      console.warn(
        `Warning: ${plural(unread.length, 'timescale')} give no date the site can read, so ${unread.length === 1 ? 'it is' : 'they are'} never counted overdue:`,
      );
      for (const w of unread) console.warn(`  ! ${w.file}: action ${w.ref}: "${w.words}"`);
      console.warn(
        `  The site reads wordings like: ${understoodTimescales.map((t) => `"${t}"`).join(', ')}. Keep the plan's words; add a date in words the site reads if the plan gives one.`,
      );
    }
    const sources = files.filter((f) => sourceDocumentOf(f.root, f.path)).length;
    const readings = files.filter((f) => readingsOf(f.root, f.path) !== undefined).length;
    console.log(
      `Content check passed: ${files.length - sources - readings} files — ${graph.authorities.length} authorities, ${graph.inspections.size} inspections, ` +
        `${graph.notices.size} notices, ${graph.planVersions.size} plan versions (${actions} actions), ` +
        `${graph.peerReviews.size} peer reviews, ${graph.statements.size} statements` +
        // Kinds built plainly (src/lib/graph/kinds.ts) are counted by their collection's label.
        plainKinds()
          .map(({ row }) => {
            const count = graph.authorities.reduce((n, a) => n + row.documents!(a).length, 0);
            return `, ${plural(count, collections[row.collection].label)}`;
          })
          .join('') +
        (sources ? `; ${plural(sources, 'source document')} beside them.` : '.'),
    );
    for (const line of describeSourceCheck(verbatim)) console.log(`  ${line}`);
    for (const w of withheld) console.log(`  Not published by a build made now: ${w.file}: ${w.reason}.`);
    return options.since === undefined || checkPublishedSince(options.since, roots, files);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    return false;
  }
}

/**
 * `npm run check -- --since <ref>` (`options.since` above): refuses a change since git commit `ref` (a pull request's base)
 * that alters what a published plan version says other than by a correction with its note, or
 * deletes one of its files: the rule the editor's save applies (src/lib/content/published.ts),
 * applied to files edited by hand, judged on `files` as the check read them. Prints what it finds;
 * returns whether the content passed.
 */
function checkPublishedSince(ref: string, roots: Roots, files: readonly SourceFile[]): boolean {
  let before;
  try {
    before = planVersionsAt(ref, roots.content);
  } catch (error) {
    if (!(error instanceof GitRefused)) throw error;
    console.error(error.message);
    return false;
  }
  const shown = relative(process.cwd(), roots.content) || '.';
  const problems = publishedChanges(before, files, roots, (f) => `${shown}/${f.path}`);
  if (problems.length > 0) {
    console.error(formatProblems(problems));
    return false;
  }
  const versions = new Set(before.map((f) => f.path.replace(/\.[^.]+$/, ''))).size;
  console.log(`  Published plan versions unchanged since ${ref}, but for corrections (${versions} versions then).`);
  return true;
}
