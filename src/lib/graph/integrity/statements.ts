// Statements: what a statement is about is published here, and its text is not the template's example.
import { templateBodyProblems } from '../../content/publication.ts';
import { documentRefPattern } from '../../../schemas/statement.ts';
import { splitDocumentRef } from '../../base/ids.ts';
import { statementTypes } from '../kinds.ts';
import type { Context } from './context.ts';
import type { RuleId } from './messages.ts';

/** Each document a statement is about exists (a reference that is not one is the schema's to report). */
export function checkStatementRefs(ctx: Context): void {
  for (const entry of ctx.content.statements) {
    entry.data.about.forEach((ref, i) => {
      if (!documentRefPattern.test(ref)) return;
      const { type, slug } = splitDocumentRef(ref);
      if (!statementTypes().includes(type))
        ctx.report(entry, ['about', i], 'statement.about-unknown-type', type, statementTypes());
      else ctx.mustExist(entry, ['about', i], 'statement.about-unknown-document', type, slug);
    });
  }
}

/** A statement's body still holding the scaffold's example text (found by content/publication.ts). */
export function checkStatementBodies(ctx: Context): void {
  for (const problem of templateBodyProblems(ctx.content.statements))
    ctx.problems.push({ ...problem, rule: 'statement.template-text' satisfies RuleId });
}
