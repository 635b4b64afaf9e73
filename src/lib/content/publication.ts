// Drafts and embargoes: the one place that decides which content is published by a build.
// Everything the site renders (pages, feeds, search, open data) is built from the graph, and the
// graph is built from `publishable(...).content`, so withheld content reaches none of them.
import { parseDateTime } from '../../schemas/common.ts';
import { templateText } from '../../schemas/statement.ts';
import type { ContentSet, Entry } from './content.ts';
import type { Problem } from './problems.ts';
import type { Statement } from '../../schemas/statement.ts';

/** A statement a build leaves out, and why, in an author's words. */
export interface Withheld {
  file: string;
  id: string;
  reason: string;
}

/** Why a statement is not published by a build made at `now` (ms since 1970); undefined when it is. */
export function withheldReason(data: Pick<Statement, 'draft' | 'publishAt'>, now: number): string | undefined {
  if (data.draft) return 'it is a draft (untick "Draft", or remove draft: true, to publish it)';
  if (data.publishAt !== undefined) {
    const at = parseDateTime(data.publishAt);
    if (at === undefined || at > now) return `it is embargoed until ${data.publishAt}`;
  }
  return undefined;
}

/** The content a build made at `now` publishes, and what it leaves out. */
export function publishable(content: ContentSet, now: number): { content: ContentSet; withheld: Withheld[] } {
  const withheld: Withheld[] = [];
  const statements = content.statements.filter((entry) => {
    const reason = withheldReason(entry.data, now);
    if (reason) withheld.push({ file: entry.file, id: entry.id, reason });
    return reason === undefined;
  });
  return { content: { ...content, statements }, withheld };
}

/**
 * The time a build is made at: `BUILD_TIME` (ISO 8601, for reproducing a build or testing an
 * embargo) or the clock. Only embargoes read it; nothing a page says depends on it.
 */
export function buildTime(env: Record<string, string | undefined>, clock: () => number = Date.now): number {
  const configured = env.BUILD_TIME;
  if (configured === undefined || configured === '') return clock();
  const at = parseDateTime(configured) ?? Date.parse(configured);
  if (Number.isNaN(at))
    throw new Error(`BUILD_TIME=${JSON.stringify(configured)} is not a date and time: write e.g. 2026-12-01T09:30:00Z`);
  return at;
}

/** The message for a statement whose text is still the template's example (integrity rule statement.template-text). */
export function templateTextMessage(example: string): string {
  return `${JSON.stringify(example)} is the template's example text: replace it with the statement itself`;
}

/** Statement bodies still holding the scaffold's example text. */
export function templateBodyProblems(statements: readonly Entry<Statement>[]): Problem[] {
  return statements
    .filter((entry) => (entry.body ?? '').includes(templateText.body))
    .map((entry) => ({
      file: entry.file,
      path: 'body',
      message: templateTextMessage(templateText.body),
    }));
}

/**
 * Drafts and embargoed statements in a repository anyone can read: their text is public the moment it
 * is saved there, whatever the site withholds. One problem each, saying what to do instead.
 */
export function publicRepositoryProblems(withheld: readonly Withheld[], why: string): Problem[] {
  return withheld.map((w) => ({
    file: w.file,
    path: '',
    message: `is not published by the site yet (${w.reason.replace(/ \(.*\)$/, '')}), but ${why}, so anyone can read its text there already. Do not keep drafts or embargoed statements in a public repository: delete this file from it, and see "Embargoes" in docs/publishing.md for the ways that hold`,
  }));
}
