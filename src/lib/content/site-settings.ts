// Reads and checks the site's settings file (src/content/site.json): the same rules as every content
// file (UTF-8 without BOM, no invisible characters, JSON, no unknown fields, the schema's own words).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteSettings, siteSettingsFile, type SiteSettings } from '../../schemas/site.ts';
import { parseJsonText } from './json-text.ts';
import { describePath, formatProblems, show, type Problem } from './problems.ts';
import { decodeUtf8, invisibleCharacter } from './source-text.ts';
import { authorErrorMap, unknownFieldMessage, unknownFields } from './strict.ts';

/** The settings in `text` (the file `file`), or the problems that stop them being read. */
export function readSiteSettings(text: string, file: string): { settings?: SiteSettings; problems: Problem[] } {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ file, path, message });
  if (text.startsWith('\uFEFF')) {
    add('', 'starts with an invisible byte-order mark (BOM): save the file as "UTF-8" (not "UTF-8 with BOM")');
    return { problems };
  }
  const invisible = invisibleCharacter(text);
  if (invisible) {
    add(
      '',
      `line ${invisible.line} contains an invisible character (${invisible.code}): delete it and retype the text around it`,
    );
    return { problems };
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    add('', parsed.message);
    return { problems };
  }
  for (const field of unknownFields(siteSettings, parsed.data))
    add(describePath(parsed.data, [...field.path, field.key]), unknownFieldMessage(field));
  const result = siteSettings.safeParse(parsed.data, { error: authorErrorMap(siteSettings) as never });
  if (!result.success)
    for (const issue of result.error.issues) {
      let value: unknown = parsed.data;
      for (const key of issue.path)
        value = value && typeof value === 'object' ? (value as never)[key as never] : undefined;
      const found = value === undefined || issue.message.includes(show(value)) ? '' : ` (found ${show(value)})`;
      add(describePath(parsed.data, issue.path), `${issue.message}${found}`);
    }
  return problems.length > 0 || !result.success ? { problems } : { settings: result.data, problems };
}

/**
 * The settings of the content folder `contentDir`: its site.json, or the defaults when there is none.
 * A file with problems stops whoever asked, with the problems in words (the build's check reports them first).
 */
export function loadSiteSettings(contentDir: string): SiteSettings {
  const path = join(contentDir, siteSettingsFile);
  if (!existsSync(path)) return siteSettings.parse({});
  const decoded = decodeUtf8(readFileSync(path));
  const file = path.split('\\').join('/');
  const read = decoded.ok
    ? readSiteSettings(decoded.bom ? `\uFEFF${decoded.text}` : decoded.text, file)
    : { problems: [{ file, path: '', message: decoded.message }] };
  if (!read.settings) throw new Error(`${formatProblems(read.problems)}\nRun npm run check for every problem.`);
  return read.settings;
}
