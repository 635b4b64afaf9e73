/**
 * The seed-verbatim check: every plain-text field of the bundled content must be found, word for
 * word, in the source documents (whitespace and quote marks normalised), or carry a reading that
 * says how it was read. Pure: the caller reads the seed files and the content.
 */
import type { ContentSet } from './content.ts';

/** A seed document: its file name and its text. */
export interface SeedText {
  file: string;
  text: string;
}

/** One plain-text field of the content: where it is and what it says. */
export interface TextField {
  /** Content file, as the content set names it: "src/content/notices/torbay/improvement-notice-2011.json". */
  file: string;
  /** Path within the file: "measures[3].text", or "body ¶2" for an MDX body paragraph. */
  path: string;
  value: string;
}

/** A field that is not verbatim, with the note that says how it was read. */
export interface Reading {
  /** Content file, relative to src/content: "inspections/torbay/ofsted-2018.json". */
  file: string;
  /** A path, or a pattern with "*" for any index or key: "judgements[*].area". */
  path: string;
  /** How it was read: what the site wrote, and from which words of the source. */
  note: string;
}

/**
 * Keys whose values are not transcribed text: ids and references, dates, enumerations, numbers
 * in words, and the site's own apparatus (notes on the reading and the list of sources).
 */
export const structuralKeys: ReadonlySet<string> = new Set([
  // the site's apparatus, about the text rather than of it
  'notes',
  'sources',
  // corrections made after publication: the council's words about the document, not the document's
  'corrections',
  'inferences',
  'notInSource',
  // ids and cross-references
  'id',
  'ref',
  'previousRef',
  'inspection',
  'notice',
  'indicator',
  'leadRoles',
  'role',
  'monitoringVisits',
  'about',
  'repeatedFrom',
  'follows',
  'replacedBy',
  // dates, in YYYY[-MM[-DD]]
  'published',
  'fieldworkStart',
  'fieldworkEnd',
  'visited',
  'letter',
  'issued',
  'date',
  'due',
  'starts',
  'dataPeriod',
  'period',
  'publishAt',
  // enumerations
  'kind',
  'publishedIs',
  'judgement',
  'unit',
  'direction',
  'colour',
  'rag',
  'dot',
  'basis',
  'origin',
  'event',
]);

const quotes: [RegExp, string][] = [
  [/[\u2018\u2019\u201A\u201B\u2032]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033]/g, '"'],
];

/** Normalises quote marks and whitespace (including non-breaking spaces) for comparison. */
export function normalise(text: string): string {
  let out = text;
  for (const [pattern, replacement] of quotes) out = out.replace(pattern, replacement);
  return out.replace(/[\s\u00A0]+/g, ' ').trim();
}

/** The boundary between two cells, lines or paragraphs of a seed. */
const BREAK = '\u0001';

/**
 * A seed's text as one string in which every line, table cell and HTML paragraph boundary is a
 * break mark, with markup (bold, list bullets, paragraph tags) removed.
 */
export function seedCorpus(seeds: readonly SeedText[]): string {
  return seeds
    .map((seed) =>
      normalise(
        seed.text
          .replace(/<\/?p>/g, BREAK)
          .replace(/\*\*/g, '')
          .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
          .replace(/\t/g, BREAK)
          .replace(/^[ \t]*(?:-|o|\u2022)[ \t]+(?:o[ \t]+)?/gm, BREAK)
          .replace(/\r?\n/g, BREAK),
      ).replace(new RegExp(`\\s*${BREAK}[\\s${BREAK}]*`, 'g'), BREAK),
    )
    .join(BREAK + BREAK);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A pattern for text that may run across breaks wherever it has a space. */
const across = (text: string) => escape(text).replace(/ /g, `[ ${BREAK}]`);

/**
 * True when `text` is in the corpus verbatim. Text may run on across a line or cell break (the
 * source wraps it), and may be joined from up to three pieces where each join is at a break in
 * the source (a cell continued after a page break, or two paragraphs of the source). An ellipsis
 * ("…") marks words left out: each side is checked on its own.
 */
export function isVerbatim(text: string, corpus: string): boolean {
  const value = normalise(text);
  if (value === '') return true;
  const parts = value.split(/\s*(?:\u2026|\.\.\.)\s*/).filter((p) => p !== '');
  return parts.every((part) => joined(part, corpus, 3));
}

function joined(text: string, corpus: string, pieces: number): boolean {
  if (new RegExp(across(text)).test(corpus)) return true;
  if (pieces <= 1) return false;
  // Try each word boundary as the join: the head must end at a break, the rest start at one.
  for (let i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
    const head = text.slice(0, i);
    const rest = text.slice(i + 1);
    if (head.length < 12 || rest.length < 3) continue;
    if (!new RegExp(`${across(head)}${BREAK}`).test(corpus)) continue;
    if (new RegExp(`${BREAK}${across(rest)}`).test(corpus)) return true;
    if (pieces > 2 && joinedAtBreakStart(rest, corpus, pieces - 1)) return true;
  }
  return false;
}

function joinedAtBreakStart(text: string, corpus: string, pieces: number): boolean {
  for (let i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
    const head = text.slice(0, i);
    const rest = text.slice(i + 1);
    if (head.length < 3 || rest.length < 3) continue;
    if (!new RegExp(`${BREAK}${across(head)}${BREAK}`).test(corpus)) continue;
    if (new RegExp(`${BREAK}${across(rest)}`).test(corpus)) return true;
    if (pieces > 2 && joinedAtBreakStart(rest, corpus, pieces - 1)) return true;
  }
  return false;
}

/**
 * Structural keys that some documents also use for transcribed words: a target's basis is an
 * enumeration ("in-month"), a notice's basis is the notice's own sentence, so only the enumeration's
 * form is skipped.
 */
const sentenceToo: Readonly<Record<string, RegExp>> = { basis: /^[a-z-]+$/ };

/** Every plain-text field of a value, with its path, skipping structural keys. */
export function textFields(file: string, data: unknown, path = ''): TextField[] {
  if (typeof data === 'string') return [{ file, path, value: data }];
  if (Array.isArray(data)) return data.flatMap((item, i) => textFields(file, item, `${path}[${i}]`));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) =>
      structuralKeys.has(key) && !(key in sentenceToo && !sentenceToo[key]!.test(String(value)))
        ? []
        : textFields(file, value, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

/** The paragraphs of an MDX body as plain text: headings, list items and paragraphs. */
export function bodyFields(file: string, body: string): TextField[] {
  return body
    .split(/\r?\n\s*\r?\n|\r?\n(?=\s*[-*] |#)/)
    .map((block) => block.replace(/^\s*(?:#+|[-*])\s+/, '').trim())
    .map((value, i) => ({ file, path: `body ¶${i + 1}`, value }))
    .filter((f) => f.value !== '');
}

/** Every plain-text field of a content set: data fields of every entry, and MDX bodies. */
export function contentFields(content: ContentSet): TextField[] {
  return Object.values(content).flatMap((entries: ContentSet[keyof ContentSet]) =>
    entries.flatMap((entry) => [
      ...textFields(entry.file, entry.data),
      ...(entry.body ? bodyFields(entry.file, entry.body) : []),
    ]),
  );
}

const pathPattern = (path: string) => new RegExp(`^${escape(path).replace(/\\\*/g, '[^.\\]]+')}$`);
const filePattern = (file: string) => new RegExp(`(^|/)${escape(file).replace(/\\\*/g, '[^/]+')}$`);

/** True when a reading names this content file (its pattern matches it), whatever the field. */
export function readingNamesFile(reading: Reading, file: string): boolean {
  return filePattern(reading.file).test(file);
}

/** The reading that covers a field, if any. Reading files are relative to src/content; "*" is any name. */
export function readingFor(field: TextField, readings: readonly Reading[]): Reading | undefined {
  return readings.find((r) => filePattern(r.file).test(field.file) && pathPattern(r.path).test(field.path));
}

/** The outcome of the check: fields neither verbatim nor read, and readings that cover nothing. */
export interface SeedCheck {
  checked: number;
  unmatched: TextField[];
  unusedReadings: Reading[];
}

/** Checks every field against the seeds; a field that is not verbatim must have a reading. */
export function checkAgainstSeeds(
  fields: readonly TextField[],
  seeds: readonly SeedText[],
  readings: readonly Reading[],
): SeedCheck {
  const corpus = seedCorpus(seeds);
  const used = new Set<Reading>();
  const unmatched: TextField[] = [];
  for (const field of fields) {
    if (isVerbatim(field.value, corpus)) continue;
    const reading = readingFor(field, readings);
    if (reading) used.add(reading);
    else unmatched.push(field);
  }
  return { checked: fields.length, unmatched, unusedReadings: readings.filter((r) => !used.has(r)) };
}

/** A corpus indexed by its words, for finding the text nearest a field that is not in it. */
export interface WordIndex {
  /** The corpus's words, in order, as written (normalised), breaks removed. */
  words: string[];
  /** Word positions by the lower-cased three words starting there. */
  triples: Map<string, number[]>;
}

/** Positions kept per three-word key: a key repeated more often says little about where a field sits. */
const maxPositionsPerKey = 16;

const wordsOf = (text: string) => text.split(new RegExp(`[ ${BREAK}]+`)).filter((w) => w !== '');
const keyAt = (words: readonly string[], i: number) =>
  `${words[i]!.toLowerCase()} ${words[i + 1]!.toLowerCase()} ${words[i + 2]!.toLowerCase()}`;

/** Indexes a corpus by every run of three words: time and memory linear in its length. */
export function wordIndex(corpus: string): WordIndex {
  const words = wordsOf(corpus);
  const triples = new Map<string, number[]>();
  for (let i = 0; i + 2 < words.length; i++) {
    const key = keyAt(words, i);
    const positions = triples.get(key);
    if (!positions) triples.set(key, [i]);
    else if (positions.length < maxPositionsPerKey) positions.push(i);
  }
  return { words, triples };
}

/** The source's words nearest a field, and where the field first departs from them. */
export interface Nearest {
  /** A short excerpt of the source around the first difference, with "…" where it is cut. */
  source: string;
  /** The field's own words at that place, with "…" where they are cut. */
  field: string;
}

/**
 * The text of the corpus nearest `text`: the place most of the field's three-word runs point to
 * (each run votes for where the field would start), shown around the first word that differs.
 * Linear in the field's length (at most `maxPositionsPerKey` votes per run); undefined when no run
 * of three words of the field is in the corpus.
 */
export function nearestText(text: string, index: WordIndex, context = 6): Nearest | undefined {
  const field = wordsOf(
    normalise(text)
      .split(/\s*(?:\u2026|\.\.\.)\s*/)
      .join(' '),
  );
  const votes = new Map<number, number>();
  let best: number | undefined;
  for (let j = 0; j + 2 < field.length; j++) {
    for (const p of index.triples.get(keyAt(field, j)) ?? []) {
      const start = p - j;
      const n = (votes.get(start) ?? 0) + 1;
      votes.set(start, n);
      if (best === undefined || n > votes.get(best)! || (n === votes.get(best)! && start < best)) best = start;
    }
  }
  if (best === undefined) return undefined;
  // The first word of the field that is not the source's word at the same place.
  let d = 0;
  while (d < field.length && best + d >= 0 && index.words[best + d] === field[d]) d++;
  const excerpt = (words: readonly string[], from: number, to: number) => {
    const a = Math.max(0, from);
    const b = Math.min(words.length, to);
    return `${a > 0 ? '… ' : ''}${words.slice(a, b).join(' ')}${b < words.length ? ' …' : ''}`;
  };
  return {
    source: excerpt(index.words, best + d - context, best + d + context + 1),
    field: excerpt(field, d - context, d + context + 1),
  };
}
