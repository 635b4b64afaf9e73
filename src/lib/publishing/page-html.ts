// Finishing a built page's <main> without re-writing it: one pass of a streaming HTML reader
// (htmlparser2) reports each element and run of text with its place in the page, each finishing
// asks for insertions at those places, and the insertions are spliced into the page as rendered.
// Every byte the finishings do not add stays as Astro wrote it.
import { Parser } from 'htmlparser2';

/**
 * Applies a transform to the content of a built page's `<main>` element only, leaving the rest of
 * the page byte for byte as rendered. A page without one main element is returned unchanged.
 */
export function transformMain(page: string, transform: (main: string) => string): string {
  const open = /<main\b[^>]*>/.exec(page);
  const close = page.lastIndexOf('</main>');
  if (!open || close < open.index || page.indexOf('<main', open.index + 1) !== -1) return page;
  const start = open.index + open[0].length;
  return page.slice(0, start) + transform(page.slice(start, close)) + page.slice(close);
}

/** An element as the reader meets it: its name (lower case), attributes (decoded) and start tag. */
export interface Tag {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Where its start tag begins. */
  readonly start: number;
}

/** The names in an element's class attribute. */
export const classesOf = (tag: Tag): string[] => tag.attributes.class?.split(/[\t\n\f\r ]+/).filter(Boolean) ?? [];

/** Whether an element carries the `hidden` attribute. */
export const isHidden = (tag: Tag): boolean => tag.attributes.hidden !== undefined;

/** One text node: its text with character references decoded, and where each character was written. */
export class TextRun {
  readonly value: string;
  /** Pieces of the value in order: where each begins in the value and in the page, and its length in the page. */
  readonly #pieces: { at: number; start: number; end: number; decoded: boolean }[];

  constructor(pieces: readonly { value: string; start: number; end: number }[]) {
    let at = 0;
    this.#pieces = pieces.map((p) => {
      const piece = { at, start: p.start, end: p.end, decoded: p.end - p.start !== p.value.length };
      at += p.value.length;
      return piece;
    });
    this.value = pieces.map((p) => p.value).join('');
  }

  /** Where in the page the character at `index` of the value begins (the value's length: where the text ends). */
  offsetOf(index: number): number {
    for (let i = this.#pieces.length - 1; i >= 0; i--) {
      const piece = this.#pieces[i]!;
      if (index < piece.at) continue;
      if (index === piece.at) return piece.start;
      // Within a piece written as is, characters map one to one; a reference is indivisible.
      return piece.decoded ? piece.end : Math.min(piece.start + (index - piece.at), piece.end);
    }
    return this.#pieces[0]?.start ?? 0;
  }
}

/** Asks for `html` to be written at `at` (an offset in the original HTML). */
export type Insert = (at: number, html: string) => void;

/** What one finishing does as the reader walks the HTML; every element opened is closed once. */
export interface Finishing {
  open?(tag: Tag): void;
  /** An element ends; `end` is just after its end tag (or where it ended without one). */
  close?(tag: Tag, end: number): void;
  text?(text: TextRun): void;
  /** A comment or other markup that separates text. */
  other?(): void;
  /** The HTML ends at `length`. */
  end?(length: number): void;
}

/** A finishing, given where to ask for insertions. */
export type FinishingRule = (insert: Insert) => Finishing;

/** Escapes text for an HTML attribute value in double quotes, or for element content. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Reads a fragment of HTML once, lets each finishing ask for insertions as it meets elements and
 * text, and writes the insertions into the original string, in order. Nothing is re-serialised.
 */
export function finishHtml(html: string, rules: readonly FinishingRule[]): string {
  const inserts: { at: number; html: string }[] = [];
  const insert: Insert = (at, text) => void inserts.push({ at, html: text });
  const finishings = rules.map((rule) => rule(insert));
  const stack: Tag[] = [];
  let pieces: { value: string; start: number; end: number }[] = [];
  let justOpened: Tag | undefined;
  const flush = () => {
    if (pieces.length === 0) return;
    const run = new TextRun(pieces);
    pieces = [];
    for (const f of finishings) f.text?.(run);
  };
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        flush();
        const tag: Tag = { name, attributes, start: parser.startIndex };
        stack.push(tag);
        justOpened = tag;
        for (const f of finishings) f.open?.(tag);
      },
      onclosetag(_name, implied) {
        flush();
        const tag = stack.pop()!;
        // A void or self-closed element ends with its own tag; one closed by another tag ends where that begins.
        const end = implied && tag !== justOpened ? parser.startIndex : parser.endIndex + 1;
        justOpened = undefined;
        for (const f of finishings) f.close?.(tag, end);
      },
      ontext(value) {
        pieces.push({ value, start: parser.startIndex, end: parser.endIndex + 1 });
      },
      oncomment() {
        flush();
        for (const f of finishings) f.other?.();
      },
      onprocessinginstruction() {
        flush();
        for (const f of finishings) f.other?.();
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  flush();
  for (const f of finishings) f.end?.(html.length);
  if (inserts.length === 0) return html;
  inserts.sort((a, b) => a.at - b.at); // stable: in the order asked for at the same place
  let out = '';
  let last = 0;
  for (const { at, html: text } of inserts) {
    out += html.slice(last, at) + text;
    last = at;
  }
  return out + html.slice(last);
}

/** Finishes a page's main content; the rest of the page is left byte for byte. */
export function finishMain(page: string, rules: readonly FinishingRule[]): string {
  return transformMain(page, (main) => finishHtml(main, rules));
}
