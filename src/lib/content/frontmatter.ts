// A Markdown file's front matter as the editor's saves and the published-version rule read it: the
// YAML between the opening and closing "---" lines, and the body after. (The check's own reader,
// parse-content.ts, also accepts a closing "---" at the very end of a file, and reports problems.)
import yaml from 'js-yaml';

const pattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** A file's front matter text and its body; undefined for a file that does not open with front matter. */
export function splitFrontmatter(text: string): { front: string; body: string } | undefined {
  const match = pattern.exec(text);
  return match ? { front: match[1]!, body: match[2]! } : undefined;
}

/** YAML read with its core schema only: no dates or other types the schemas do not expect. Throws on bad YAML. */
export function readYaml(text: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}
