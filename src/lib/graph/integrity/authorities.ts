// Authorities: every document is filed under one that exists, and its roles have their own ids.
import type { Entry } from '../../content/content.ts';
import { collectionNames } from '../../content/collections.ts';
import { authorityOf } from '../../base/ids.ts';
import type { Context } from './context.ts';
import { duplicates } from './format.ts';

/** Every document belongs to an authority that exists. */
export function checkFiling(ctx: Context): void {
  const filed = collectionNames().filter((name) => name !== 'authorities' && name !== 'glossary');
  for (const name of filed) {
    for (const entry of ctx.content[name] as Entry<unknown>[]) {
      const authority = authorityOf(entry.id);
      if (!ctx.authorities.has(authority))
        ctx.report(entry, [], 'authority.unknown', authority, [...ctx.authorities.keys()]);
    }
  }
}

/** Each of an authority's roles has its own id. */
export function checkRoles(ctx: Context): void {
  for (const entry of ctx.content.authorities) {
    for (const id of duplicates(entry.data.roles.map((r) => r.id))) {
      ctx.report(entry, ['roles'], 'authority.duplicate-role', id);
    }
  }
}
