// The glossary: each term defined once.
import type { Context } from './context.ts';
import { duplicates } from './format.ts';

export function checkGlossary(ctx: Context): void {
  for (const entry of ctx.content.glossary) {
    for (const term of duplicates(entry.data.terms.map((t) => t.term.toLowerCase()))) {
      ctx.report(entry, ['terms'], 'glossary.duplicate-term', term);
    }
  }
}
