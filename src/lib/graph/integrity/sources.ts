// Sources: every field of a transcribed document is word for word in the source files it names, kept
// beside the content in sources/<authority>/, or carries a reading in that folder's readings.json.
// Unlike the other families it needs the source texts, which are not content entries, so the content
// check calls it with the files read (see scripts/content-check.ts).
import type { ContentSet, Entry } from '../../content/content.ts';
import {
  collectionNames,
  readingsFile,
  readingsOf,
  sourceDocumentOf,
  sourceDocuments,
} from '../../content/collections.ts';
import { parseJsonText } from '../../content/json-text.ts';
import { authorErrorMap, unknownFieldMessage, unknownFields } from '../../content/strict.ts';
import type { SourceFile } from '../../content/parse-content.ts';
import { describePath, type Problem } from '../../content/problems.ts';
import {
  bodyFields,
  isVerbatim,
  nearestText,
  readingFor,
  readingNamesFile,
  seedCorpus,
  textFields,
  wordIndex,
  type Reading,
  type WordIndex,
} from '../../content/seed-check.ts';
import { authorityOf } from '../../base/ids.ts';
import { readings as readingsSchema } from '../../../schemas/readings.ts';
import { messageOf, type MessageArgs, type RuleId } from './messages.ts';
import { plural } from '../../base/text.ts';

/** What the verbatim check found: its problems, and what it checked and could not check. */
export interface SourceCheck {
  problems: Problem[];
  /** Transcribed documents whose words were checked against their source files. */
  documents: number;
  /** Fields checked, and of those how many stand by a reading rather than word for word. */
  fields: number;
  byReading: number;
  /** Transcribed documents with no source file beside them (their authority keeps none, or they name none). */
  unchecked: string[];
}

/** A document transcribed from sources: its entry and the sources its words come from. */
interface Transcribed {
  entry: Entry<unknown>;
  sources: readonly { file?: string | undefined }[];
}

/**
 * Every document whose words are transcribed: every file of every collection that names sources,
 * except those written for the site (origin "original": statements and plan versions), and the
 * tables of transcribed versions. Read from the registry, so a new kind that names sources is
 * checked against them with no line here.
 */
function transcribedDocuments(content: ContentSet): Transcribed[] {
  const written = (entry: Entry<unknown>) => (entry.data as { origin?: unknown }).origin === 'original';
  const versions = new Map(content.planVersions.filter((v) => !written(v)).map((v) => [v.id, v]));
  const named = (entry: Entry<unknown>) => (entry.data as { sources?: unknown }).sources;
  return collectionNames()
    .flatMap((name) => content[name] as Entry<unknown>[])
    .filter((entry) => Array.isArray(named(entry)) && !written(entry))
    .map((entry): Transcribed => ({ entry, sources: named(entry) as Transcribed['sources'] }))
    .concat(
      // A plan's table is transcribed from the sources its version names.
      content.planOutlines.flatMap((entry) => {
        const version = versions.get(entry.id);
        return version ? [{ entry, sources: version.data.sources }] : [];
      }),
    )
    .sort((a, b) => a.entry.file.localeCompare(b.entry.file));
}

/**
 * Checks every transcribed document against the source files it names in its authority's
 * sources/ folder (`files` as read from the content folder, shown in messages as `contentFolder`).
 * Original statements are never checked; an authority that keeps no source files is reported as
 * unchecked, not as a problem. Bounded: each corpus is built and indexed once, each field is matched
 * by regular expressions over it, and the nearest text of a field that fails is found by a word index
 * in time linear in the field.
 */
export function checkSources(content: ContentSet, files: readonly SourceFile[], contentFolder: string): SourceCheck {
  const problems: Problem[] = [];
  const report = <R extends RuleId>(file: string, path: string, rule: R, ...args: MessageArgs<R>) =>
    problems.push({ file, path, message: messageOf(rule, ...args), rule });
  const folderOf = (authority: string) => `${contentFolder}/${sourceDocuments.dir}/${authority}`;

  const documentsOf = new Map<string, Map<string, string>>();
  const readingsByAuthority = new Map<string, { file: string; readings: Reading[] }>();
  for (const f of files) {
    if (f.problem) continue;
    const doc = sourceDocumentOf(f.root, f.path);
    if (doc) {
      const docs = documentsOf.get(doc.authority) ?? new Map<string, string>();
      docs.set(doc.file, f.text);
      documentsOf.set(doc.authority, docs);
      continue;
    }
    const authority = readingsOf(f.root, f.path);
    if (authority === undefined) continue;
    const file = `${contentFolder}/${f.path}`;
    const json = parseJsonText(f.text);
    if (!json.ok) {
      report(file, '', 'source.invalid-readings', json.message);
      continue;
    }
    // As the content's own files are checked: unknown fields by name, every other fault in words.
    const faults: [string, string][] = unknownFields(readingsSchema, json.data).map((field) => [
      describePath(json.data, [...field.path, field.key]),
      unknownFieldMessage(field),
    ]);
    const parsed = readingsSchema.safeParse(json.data, { error: authorErrorMap(readingsSchema) as never });
    if (!parsed.success)
      for (const issue of parsed.error.issues) faults.push([describePath(json.data, issue.path), issue.message]);
    for (const [path, why] of faults) report(file, path, 'source.invalid-readings', why);
    if (faults.length === 0 && parsed.success)
      readingsByAuthority.set(authority, { file, readings: parsed.data.readings });
  }

  const corpora = new Map<string, { corpus: string; index?: WordIndex }>();
  const used = new Set<Reading>();
  // Documents whose every named file is missing: their readings are not "unused", only unchecked.
  const unread: string[] = [];
  const result: SourceCheck = { problems, documents: 0, fields: 0, byReading: 0, unchecked: [] };
  for (const { entry, sources } of transcribedDocuments(content)) {
    const authority = authorityOf(entry.id);
    const docs = documentsOf.get(authority);
    const named = sources.flatMap((s, i) => (s.file ? [{ file: s.file, i }] : []));
    if (!docs || named.length === 0) {
      result.unchecked.push(entry.file);
      continue;
    }
    const found: string[] = [];
    for (const { file, i } of named) {
      if (docs.has(file)) found.push(file);
      else
        report(
          entry.file,
          describePath(entry.data, ['sources', i, 'file']),
          'source.unknown-file',
          file,
          folderOf(authority),
          [...docs.keys()].sort(),
        );
    }
    if (found.length === 0) {
      unread.push(entry.file);
      continue;
    }
    const key = found.join('\n');
    let corpus = corpora.get(key);
    if (!corpus) {
      corpus = { corpus: seedCorpus(found.map((file) => ({ file, text: docs.get(file)! }))) };
      corpora.set(key, corpus);
    }
    const readings = readingsByAuthority.get(authority);
    result.documents++;
    for (const field of [
      ...textFields(entry.file, entry.data),
      ...(entry.body ? bodyFields(entry.file, entry.body) : []),
    ]) {
      result.fields++;
      if (isVerbatim(field.value, corpus.corpus)) continue;
      const reading = readings && readingFor(field, readings.readings);
      if (reading) {
        used.add(reading);
        result.byReading++;
        continue;
      }
      corpus.index ??= wordIndex(corpus.corpus);
      report(
        entry.file,
        field.path,
        'source.not-verbatim',
        found,
        nearestText(field.value, corpus.index),
        readings?.file ?? `${folderOf(authority)}/${readingsFile}`,
      );
    }
  }
  for (const { file, readings } of readingsByAuthority.values())
    readings.forEach((r, i) => {
      if (!used.has(r) && !unread.some((f) => readingNamesFile(r, f)))
        report(file, `readings[${i}]`, 'source.unused-reading', r.file, r.path);
    });
  return result;
}

/** The summary line of a verbatim check, for the content check's report. */
export function describeSourceCheck(check: SourceCheck): string[] {
  const lines: string[] = [];
  if (check.documents > 0)
    lines.push(
      `Transcriptions checked: ${plural(check.fields, 'field')} of ${plural(check.documents, 'document')} found in their source files` +
        (check.byReading ? ` (${check.byReading} by a reading that says how it was read).` : '.'),
    );
  const n = check.unchecked.length;
  if (n > 0)
    lines.push(
      `${n} transcribed document${n === 1 ? ' has' : 's have'} no source file beside ${n === 1 ? 'it' : 'them'}: ${n === 1 ? 'its' : 'their'} words were not checked. Keep each source as plain text in ${sourceDocuments.dir}/<authority>/ and name it in the document's sources (docs/authoring.md, "Faithfulness").`,
    );
  return lines;
}
