import yaml from 'js-yaml';
import { checkBody, renderBody } from './body.ts';
import {
  collectionOf,
  collections,
  entryId,
  expectedLocations,
  inSourcesFolder,
  readingsFile,
  readingsOf,
  sourceDocumentOf,
  sourceDocuments,
  type CollectionName,
} from './collections.ts';
import { emptyContentSet, type ContentSet, type Entry } from './content.ts';
import { idProblem, type IdKind } from '../base/ids.ts';
import { parseJsonText } from './json-text.ts';
import { describePath, show, type Problem } from './problems.ts';
import { invisibleCharacter } from './source-text.ts';
import { authorErrorMap, unknownFieldMessage, unknownFields } from './strict.ts';
import { defaultFolders } from './content-paths.ts';
import { siteSettingsFile } from '../../schemas/site.ts';
import { readSiteSettings } from './site-settings.ts';

/** The two roots content is read from, and the folder each stands for in messages. */
export type Roots = Record<'content' | 'data', string>;

/** The default roots: documents in src/content, published figures in data. */
export const defaultRoots: Roots = { content: defaultFolders.content, data: defaultFolders.data };

/** A content file as read from disk. */
export interface SourceFile {
  /** Which root it is under. */
  root: keyof Roots;
  /** Path relative to its root: "inspections/torbay/ofsted-2018.json". */
  path: string;
  /** The file's text. */
  text: string;
  /** Why the file could not be read as content (a symbolic link, not UTF-8, unreadable), if so. */
  problem?: string;
}

/** The outcome of parsing: every file either becomes an entry or is reported. */
export interface ParseResult {
  content: ContentSet;
  problems: Problem[];
}

/** One content file, read and validated exactly as the build reads it. */
export interface ParsedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  /** The data as written (before defaults). */
  raw: unknown;
  /** The data as validated (with defaults). */
  data: unknown;
  /** The body of an .mdx file, as written. */
  body?: string;
  /** The body as the page shows it (only when asked to render). */
  html?: string;
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/;

/** The kind of each segment of an entry id, per collection: "torbay/improvement-plan/v1" → authority, document, version. */
function idKinds(name: CollectionName, segments: number): IdKind[] {
  if (name === 'authorities') return ['authority'];
  if (name === 'glossary') return ['document'];
  const kinds: IdKind[] = ['authority', 'document', 'version'];
  return kinds.slice(0, segments);
}

/**
 * Reads one file of a known collection: its bytes' problems, its ids, its syntax, its schema (unknown
 * fields included) and its body. With `render`, the body's HTML is produced too (the build's loader).
 */
export function readEntry(
  source: SourceFile,
  name: CollectionName,
  file: string,
  options: { render?: boolean } = {},
): { entry?: ParsedEntry; problems: Problem[] } {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ file, path, message });
  const id = entryId(name, source.path);
  const segments = id.split('/');
  idKinds(name, segments.length).forEach((kind, i) => {
    const problem = idProblem(segments[i]!, kind);
    const last = i === segments.length - 1;
    const what = last
      ? kind === 'authority'
        ? "authority's file name"
        : 'file name'
      : kind === 'authority'
        ? 'authority folder'
        : 'folder name';
    if (problem)
      add(
        '',
        `the ${what} ${problem}. The name becomes the web address, so rename the ${i === segments.length - 1 ? 'file' : 'folder'}`,
      );
  });
  if (source.text.startsWith('\uFEFF')) {
    add(
      '',
      'starts with an invisible byte-order mark (BOM), which some editors add: save the file as "UTF-8" (not "UTF-8 with BOM")',
    );
    return { problems };
  }
  const invisible = invisibleCharacter(source.text);
  if (invisible) {
    add(
      '',
      `line ${invisible.line} contains an invisible character (${invisible.code})${invisible.code === 'U+FFFD' ? ', the mark of a character already lost when the file was converted' : ''}: delete it and retype the text around it`,
    );
    return { problems };
  }
  const read = readData(source.text, source.path, add);
  if (!read) return { problems };
  const escaped = escapedInvisible(read.data, []);
  if (escaped) {
    add(
      describePath(read.data, escaped.path),
      /^U\+D[89A-F]/.test(escaped.code)
        ? `contains half of a character (${escaped.code}, a surrogate without its pair) written as an escape such as "\\ud800"; it is no character at all and would reach the page as "�": delete the escape, or type the character itself`
        : `contains an invisible character (${escaped.code}) written as an escape such as "\\u0000" or "\\e"; it would reach the page unseen: delete the escape`,
    );
    return { problems };
  }
  const schema = collections[name].schema;
  const unknown = unknownFields(schema, read.data);
  for (const field of unknown) add(describePath(read.data, [...field.path, field.key]), unknownFieldMessage(field));
  const result = schema.safeParse(read.data, { error: authorErrorMap(schema) as never });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const value = valueAt(read.data, issue.path);
      const shown = issue.code === 'invalid_type' && value === undefined ? '' : ` (found ${show(value)})`;
      add(describePath(read.data, issue.path), `${issue.message}${issue.message.includes(show(value)) ? '' : shown}`);
    }
  }
  let html: string | undefined;
  if (read.body !== undefined) {
    for (const problem of checkBody(read.body)) add('', `line ${read.bodyLine + problem.line - 1}: ${problem.message}`);
    if (problems.length === 0) html = renderBody(read.body);
    if (!options.render) html = undefined;
  }
  if (problems.length > 0 || !result.success) return { problems };
  return {
    entry: {
      collection: name,
      id,
      file,
      raw: read.data,
      data: result.data,
      body: read.body,
      ...(html !== undefined ? { html } : {}),
    },
    problems,
  };
}

/**
 * Parses and validates content files against their collection schemas, without Astro.
 * `roots` name the folders (e.g. "src/content") that prefix file names in messages.
 */
export function parseContent(files: readonly SourceFile[], roots: Roots = defaultRoots): ParseResult {
  const content = emptyContentSet();
  const problems: Problem[] = [];
  const sorted = [...files].sort((a, b) => a.root.localeCompare(b.root) || a.path.localeCompare(b.path));
  const byLowerCase = new Map<string, string>();
  for (const source of sorted) {
    const file = `${roots[source.root]}/${source.path}`;
    if (source.problem) {
      problems.push({ file, path: '', message: source.problem });
      continue;
    }
    if (source.path.split('/').some((segment) => segment.startsWith('.'))) {
      const temporary = /\.tmp$/.test(source.path)
        ? ' It looks like a temporary file left by an import or command that was interrupted: delete it and run the command again.'
        : '';
      problems.push({
        file,
        path: '',
        message: `is a hidden file (its name starts with a dot), so it would never be published: rename it without the dot, or delete it.${temporary}`,
      });
      continue;
    }
    const lower = `${source.root}/${source.path.toLowerCase()}`;
    const twin = byLowerCase.get(lower);
    if (twin !== undefined) {
      problems.push({
        file,
        path: '',
        message: `has the same name as ${roots[source.root]}/${twin} apart from capital letters, so the two would share one web address: keep one`,
      });
    } else byLowerCase.set(lower, source.path);
    if (inSourcesFolder(source.root, source.path)) {
      // Source documents and their readings are read by the verbatim check, never published; anything else here is misplaced.
      if (!sourceDocumentOf(source.root, source.path) && !readingsOf(source.root, source.path))
        problems.push({
          file,
          path: '',
          message: `is in the folder for source documents, but is not one: a source document is a plain-text file (.txt) in ${roots.content}/${sourceDocuments.dir}/<authority>/, e.g. ${roots.content}/${sourceDocuments.dir}/torbay/improvement-notice-2011.txt, beside which only ${readingsFile} (how fields were read) may stand; move the file there, or delete it`,
        });
      continue;
    }
    // The site's settings (site.json) are content too, though of no collection: checked here, read by the site.
    if (source.root === 'content' && source.path === siteSettingsFile) {
      problems.push(...readSiteSettings(source.text, file).problems);
      continue;
    }
    const name = collectionOf(source.root, source.path);
    if (!name) {
      problems.push({
        file,
        path: '',
        message: `this file belongs to no collection, so it would not be published. Files in ${roots[source.root]}/ go in: ${[...expectedLocations(source.root), ...(source.root === 'content' ? [`${siteSettingsFile} (the site's settings)`] : [])].join('; ')}`,
      });
      continue;
    }
    let read: ReturnType<typeof readEntry>;
    try {
      read = readEntry(source, name, file);
    } catch (error) {
      // Never a stack trace for an author: an unforeseen failure is reported against its file.
      read = {
        problems: [
          {
            file,
            path: '',
            message: `could not be read (${(error as Error).name}: ${(error as Error).message.split('\n')[0]}): this is a fault in the site, not in the file; report it with the file attached`,
          },
        ],
      };
    }
    const { entry, problems: found } = read;
    problems.push(...found);
    if (!entry) continue;
    (content[name] as Entry<unknown>[]).push({ id: entry.id, file, data: entry.data, body: entry.body });
  }
  return { content, problems };
}

type Add = (path: string, message: string) => void;

function readData(
  text: string,
  path: string,
  add: Add,
): { data: unknown; body?: string; bodyLine: number } | undefined {
  if (path.endsWith('.json')) {
    const parsed = parseJsonText(text);
    if (!parsed.ok) {
      add('', parsed.message);
      return undefined;
    }
    return { data: parsed.data, bodyLine: 1 };
  }
  const match = frontmatterPattern.exec(text);
  if (!match) {
    add('', 'has no frontmatter: an MDX file starts with a line "---", its fields, and another "---"');
    return undefined;
  }
  const body = match[2] ?? '';
  const bodyLine = text.slice(0, text.length - body.length).split('\n').length;
  try {
    // The core schema reads YAML 1.2: an unquoted date stays the text written, "yes"/"no" stay words.
    // Anchors ("&name") are refused as soon as one is read: without them no alias ("*name") can
    // repeat a value, so a few hundred bytes can never expand into gigabytes (an "alias bomb").
    // (js-yaml 4.3 reads `maxDepth` and exposes the anchor being read; its published types predate both.)
    const options: yaml.LoadOptions & { maxDepth: number } = {
      schema: yaml.CORE_SCHEMA,
      maxDepth: maxNesting,
      listener(event, state) {
        const anchor = (state as yaml.State & { anchor?: string | null }).anchor;
        if (event === 'close' && typeof anchor === 'string') throw new AnchorError(state.line + 2, anchor);
      },
    };
    const data = yaml.load(match[1] ?? '', options);
    return { data: data ?? {}, body, bodyLine };
  } catch (error) {
    if (error instanceof AnchorError) {
      add(
        'frontmatter',
        `line ${error.line}: "&${error.anchor}" is a YAML anchor, which lets "*${error.anchor}" repeat a value elsewhere; the site reads each value as written: write the value out in full each place it is needed`,
      );
    } else add('frontmatter', yamlMessage(error as yaml.YAMLException));
    return undefined;
  }
}

/** Deeper than this, a file is refused before it is walked: the deepest content is six levels. */
export const maxNesting = 32;

class AnchorError extends Error {
  readonly line: number;
  readonly anchor: string;
  constructor(line: number, anchor: string) {
    super(`anchor ${anchor}`);
    this.line = line;
    this.anchor = anchor;
  }
}

/** A YAML syntax error in an author's words, with the file's line (the frontmatter starts on line 2). */
function yamlMessage(error: yaml.YAMLException): string {
  const line = (error.mark?.line ?? 0) + 2;
  const reason = error.reason ?? error.message;
  if (/maxDepth/.test(reason)) return tooDeep(line);
  if (/duplicated mapping key/.test(reason))
    return `line ${line}: a field appears twice; only one would be kept and the other lost: keep one and delete or merge the other`;
  const quoteIt =
    'if a value contains a colon followed by a space (": "), a " #", or starts with a quote, [, {, *, &, !, |, >, %, @ or `, put the whole value in double quotes, e.g. title: "Ofsted: the report"';
  if (/tab/.test(reason)) return `line ${line}: the fields are indented with a tab: indent with spaces only`;
  if (/indentation|mapping pair|mapping entry|block mapping|expected|unexpected end|stream|key node/.test(reason))
    return `line ${line} cannot be read: ${quoteIt}; and indent list items ("- ") and nested fields with spaces, the same amount each time`;
  return `line ${line} is not valid YAML (${reason}): ${quoteIt}`;
}

/** The first text (value or field name) holding an invisible character that only an escape could write, with its path. */
function escapedInvisible(data: unknown, path: PropertyKey[]): { path: PropertyKey[]; code: string } | undefined {
  if (typeof data === 'string') {
    const found = invisibleCharacter(data);
    return found && { path, code: found.code };
  }
  if (!data || typeof data !== 'object') return undefined;
  for (const [key, value] of Object.entries(data)) {
    const at = [...path, Array.isArray(data) ? Number(key) : key];
    const found = invisibleCharacter(key);
    if (found) return { path: at, code: found.code };
    const inner = escapedInvisible(value, at);
    if (inner) return inner;
  }
  return undefined;
}

function tooDeep(line?: number): string {
  return `${line === undefined ? '' : `line ${line}: `}the fields are nested more than ${maxNesting} levels deep, far deeper than any document needs: check the brackets and indentation`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = data;
  for (const key of path) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key as string];
  }
  return node;
}
