// Scaffold text ("EDIT: …", from npm run new) must be replaced by the source's words before publishing.
import type { Entry } from '../../content/content.ts';
import type { Context } from './context.ts';

/** Every field, and every body, of every file: none may still hold "EDIT: …". */
export function checkScaffold(ctx: Context): void {
  for (const entries of Object.values(ctx.content) as Entry<unknown>[][]) {
    for (const entry of entries) {
      const visit = (value: unknown, path: PropertyKey[]): void => {
        if (typeof value === 'string' && value.startsWith('EDIT:')) {
          ctx.report(entry, path, 'scaffold.text-in-field', value);
        } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
        else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
      };
      visit(entry.data, []);
      if (entry.body?.includes('EDIT:')) ctx.report(entry, [], 'scaffold.text-in-body');
    }
  }
}
