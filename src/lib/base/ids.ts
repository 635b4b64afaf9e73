// One rule for every id that becomes part of a web address or a file name: authorities, documents,
// statements, plan versions. Checked on file names by the content check and on every argument of
// the commands that write files, so nothing is published under a name a browser, a host or
// Windows would mangle, and no command can write outside the content folders.

/** Top-level addresses of the site: an authority may not take one. */
export const reservedRoutes = [
  'search',
  'data',
  'feed.xml',
  'feed',
  '_astro',
  'pagefind',
  'glossary',
  'accessibility',
  '404',
  'sitemap-index.xml',
  'robots.txt',
] as const;

/** Names Windows cannot use for a file, whatever the extension. */
const windowsReserved = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/** The longest id (web addresses and Windows paths stay short). */
export const maxIdLength = 80;

/** What kind of id: an authority (a top-level address), a document, or a plan version (which may keep dots: "v1.2"). */
export type IdKind = 'authority' | 'document' | 'version';

const patterns: Record<IdKind, RegExp> = {
  authority: /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/,
  document: /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/,
  version: /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/,
};

/** A suggestion for a bad id: lower case, accents dropped, anything else a hyphen. */
export function suggestId(value: string, kind: IdKind = 'document'): string {
  const keep = kind === 'version' ? /[^a-z0-9.]+/g : /[^a-z0-9]+/g;
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(keep, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, maxIdLength);
}

/** Why `value` is not a valid id of this kind, in an author's words; undefined when it is valid. */
export function idProblem(value: string, kind: IdKind): string | undefined {
  const suggestion = suggestId(value, kind);
  const instead = suggestion && suggestion !== value ? `, e.g. "${suggestion}"` : '';
  if (value === '') return 'is empty: an id is lower-case letters, digits and hyphens, e.g. "ofsted-2018"';
  if (!patterns[kind].test(value)) {
    const allowed =
      kind === 'version'
        ? 'lower-case letters, digits, hyphens and single dots between them ("v2", "v2.1")'
        : 'lower-case letters, digits and hyphens';
    return `${JSON.stringify(value)} is not a valid id: use only ${allowed}, starting and ending with a letter or digit${instead}`;
  }
  if (value.length > maxIdLength)
    return `${JSON.stringify(value)} is too long for an id (${value.length} characters): use at most ${maxIdLength}`;
  if (windowsReserved.test(value.split('.')[0]!))
    return `${JSON.stringify(value)} is a name Windows reserves for devices, so the file could not be opened there: choose another, e.g. "${value}-council"`;
  if (kind === 'authority' && (reservedRoutes as readonly string[]).includes(value)) {
    return `${JSON.stringify(value)} is an address the site already uses (/${value}/), so this authority would have no page: choose another, e.g. "${value}-council"`;
  }
  return undefined;
}

/** Throws if `value` is not a valid id; for command-line arguments. */
export function assertId(value: string, kind: IdKind, what: string): string {
  const problem = idProblem(value, kind);
  if (problem) throw new IdError(`${what} ${problem}`);
  return value;
}

/** A bad id given to a command: its message is for the person who typed it. */
export class IdError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IdError';
  }
}

/** A lower-case slug from a title: "Ofsted monitoring visit, May 2020" → "ofsted-monitoring-visit-may-2020". */
function slugWords(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The longest a slug made from a title may be, in characters. */
export const slugLength = 60;

/**
 * A slug for a file name made from a title: at most `slugLength` characters, cut between words, never
 * inside one (the name becomes a permanent web address). A single word longer than that is cut.
 */
export function slugify(title: string): string {
  const full = slugWords(title);
  if (full.length <= slugLength) return full;
  // The character at slugLength may itself be the hyphen between two words: the cut falls there.
  const lastBreak = full.slice(0, slugLength + 1).lastIndexOf('-');
  return (lastBreak > 0 ? full.slice(0, lastBreak) : full.slice(0, slugLength)).replace(/-+$/, '');
}

// Keys. A document's key is "<authority>/<slug>" ("torbay/ofsted-2018"); a plan version's is
// "<authority>/<plan>/<version>" ("torbay/improvement-plan/v1"), whose first two parts are its plan's key.

/** Splits "torbay/ofsted-2018" into its authority and slug. */
export function splitId(id: string): { authority: string; slug: string } {
  const [authority = '', ...rest] = id.split('/');
  return { authority, slug: rest.join('/') };
}

/** The authority of a key: "torbay/ofsted-2018" → "torbay". */
export function authorityOf(id: string): string {
  return splitId(id).authority;
}

/** Splits a plan version's key "torbay/improvement-plan/v1" into its authority, plan, plan key and version. */
export function splitVersionKey(key: string): { authority: string; plan: string; planKey: string; version: string } {
  const [authority = '', plan = '', ...rest] = key.split('/');
  return { authority, plan, planKey: `${authority}/${plan}`, version: rest.join('/') };
}

/** The plan key of a plan version's key: "torbay/improvement-plan/v1" → "torbay/improvement-plan". */
export function planKeyOf(versionKey: string): string {
  return splitVersionKey(versionKey).planKey;
}

/** Splits a statement's reference "inspections/ofsted-2015" into its type and slug. */
export function splitDocumentRef(ref: string): { type: string; slug: string } {
  const [type = '', slug = ''] = ref.split('/');
  return { type, slug };
}

/** What a reader calls a document type (or indicators): "monitoring-visits" → "monitoring visit". */
export function documentTypeLabel(type: string): string {
  return type.replace(/s$/, '').replace('-', ' ');
}
