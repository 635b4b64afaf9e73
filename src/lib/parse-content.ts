import yaml from 'js-yaml';
import { collectionOf, collections, entryId, expectedLocations } from './collections.ts';
import { emptyContentSet, type ContentSet, type Entry } from './content.ts';
import { describePath, show, type Problem } from './problems.ts';

/** The two roots content is read from, and the folder each stands for in messages. */
export type Roots = Record<'content' | 'data', string>;

/** The default roots: documents in src/content, published figures in data. */
export const defaultRoots: Roots = { content: 'src/content', data: 'data' };

/** A content file as read from disk. */
export interface SourceFile {
  /** Which root it is under. */
  root: keyof Roots;
  /** Path relative to its root: "inspections/torbay/ofsted-2018.json". */
  path: string;
  /** The file's text. */
  text: string;
}

/** The outcome of parsing: every file either becomes an entry or is reported. */
export interface ParseResult {
  content: ContentSet;
  problems: Problem[];
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/**
 * Parses and validates content files against their collection schemas, without Astro.
 * `roots` name the folders (e.g. "src/content") that prefix file names in messages.
 */
export function parseContent(files: readonly SourceFile[], roots: Roots = defaultRoots): ParseResult {
  const content = emptyContentSet();
  const problems: Problem[] = [];
  const sorted = [...files].sort((a, b) => a.root.localeCompare(b.root) || a.path.localeCompare(b.path));
  for (const source of sorted) {
    const file = `${roots[source.root]}/${source.path}`;
    const name = collectionOf(source.root, source.path);
    if (!name) {
      problems.push({
        file,
        path: '',
        message: `this file belongs to no collection, so it would not be published. Files in ${roots[source.root]}/ go in: ${expectedLocations(source.root).join('; ')}`,
      });
      continue;
    }
    const raw = readData(source, file, problems);
    if (raw === undefined) continue;
    const result = collections[name].schema.safeParse(raw.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const value = valueAt(raw.data, issue.path);
        const shown = issue.code === 'invalid_type' && value === undefined ? '' : ` (found ${show(value)})`;
        problems.push({ file, path: describePath(raw.data, issue.path), message: `${issue.message}${issue.message.includes(show(value)) ? '' : shown}` });
      }
      continue;
    }
    const entry: Entry<unknown> = { id: entryId(name, source.path), file, data: result.data, body: raw.body };
    (content[name] as Entry<unknown>[]).push(entry);
  }
  return { content, problems };
}

function readData(source: SourceFile, file: string, problems: Problem[]): { data: unknown; body?: string } | undefined {
  if (source.path.endsWith('.json')) {
    try {
      return { data: JSON.parse(source.text) };
    } catch (error) {
      problems.push({ file, path: '', message: `is not valid JSON: ${(error as Error).message}` });
      return undefined;
    }
  }
  const match = frontmatterPattern.exec(source.text);
  if (!match) {
    problems.push({ file, path: '', message: 'has no frontmatter: an MDX file starts with a line "---", its fields, and another "---"' });
    return undefined;
  }
  try {
    return { data: yaml.load(match[1] ?? '') ?? {}, body: match[2] ?? '' };
  } catch (error) {
    problems.push({ file, path: 'frontmatter', message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = data;
  for (const key of path) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key as string];
  }
  return node;
}
