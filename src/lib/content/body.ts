// Statement and plan-version bodies are text, not programs. The files are .mdx, but their body is
// read as Markdown (CommonMark with GitHub's tables, strikethrough and autolinks), never compiled as
// MDX: nothing in it can import, export, evaluate an expression or render a component, and "{", "}"
// and "<" in prose ("aged <16", "{monthly}") are just characters. Raw HTML, MDX import/export lines,
// unsafe link addresses and images from other sites are refused with the line and what to write.
// The content check and the build both call these functions, so they always agree.
import GithubSlugger from 'github-slugger';
import { defineMdastPlugin, markdownToHtml, markdownToMdast, type MdastNode } from 'satteri';

/** A problem in a body, on a line counted from the start of the body (1 = its first line). */
export interface BodyProblem {
  line: number;
  message: string;
}

const features = { gfm: true, frontmatter: false, smartPunctuation: false, math: false, rawHtml: false } as const;

/** Link schemes a reader can safely follow. Anything else ("javascript:", "data:", "vbscript:", "file:") is refused. */
const safeSchemes = new Set(['http', 'https', 'mailto', 'tel']);

/** Why a link address is unsafe, or undefined. Browsers ignore whitespace and control characters in a scheme, so they are removed first. */
export function unsafeUrl(url: string): string | undefined {
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  if (scheme === undefined || safeSchemes.has(scheme)) return undefined;
  return `the address ${JSON.stringify(url)} uses "${scheme}:", which could run code or hide content: link only to web pages (https://…), e-mail (mailto:…), telephone numbers (tel:…) or pages of this site (/torbay/…)`;
}

/**
 * True when an image address names a file of this site: "/images/x.png". "//host/x.png" (protocol-relative)
 * and "/\\host/x.png" (which browsers read the same way) are on another site.
 */
export function isOnThisSite(url: string): boolean {
  return url.startsWith('/') && !/^\/[/\\]/.test(url);
}

/** Bodies longer than this are refused before they are parsed (about 50,000 words; the longest bundled body is 13,000 characters). */
export const maxBodyCharacters = 300_000;
/** Character references ("&nbsp;", "&#8217;") cost the Markdown reader time that grows with the square of their number in a paragraph, so a body may hold this many. */
export const maxCharacterReferences = 2_000;
const characterReference = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/** Why a body is too big to read, checked before any parsing, or undefined. */
export function oversizedBody(body: string): string | undefined {
  if (body.length > maxBodyCharacters)
    return `the text is ${body.length.toLocaleString('en-GB')} characters long, more than the ${maxBodyCharacters.toLocaleString('en-GB')} a page can hold: split the document, or keep the full text in the source PDF and link to it`;
  let references = 0;
  characterReference.lastIndex = 0;
  while (characterReference.exec(body) && ++references <= maxCharacterReferences);
  if (references > maxCharacterReferences)
    return `the text has more than ${maxCharacterReferences.toLocaleString('en-GB')} character references such as "&nbsp;" or "&#8217;": type the characters themselves (a space, ’) instead`;
  return undefined;
}

/** The address of each reference definition ("[ref]: https://…"), by its normalised label. */
function definitionsOf(tree: MdastNode): Map<string, string> {
  const urls = new Map<string, string>();
  visit(tree, (node) => {
    const n = node as { type: string; identifier?: string; url?: string };
    if (n.type === 'definition' && n.identifier !== undefined && !urls.has(n.identifier.toLowerCase()))
      urls.set(n.identifier.toLowerCase(), n.url ?? '');
  });
  return urls;
}

const esmLine =
  /^\s*(import\s+(?:[\w*{}\s,]+\s+from\s+)?["'][^"']+["']|import\s*\(|export\s+(?:default|const|let|var|function|class|async|\{|\*))/;

/** Short description of an HTML fragment for messages: its first tag. */
function tagOf(html: string): string {
  const tag = /<\/?[A-Za-z][\w:-]*|<!--/.exec(html)?.[0];
  if (tag === '<!--') return 'an HTML comment "<!-- … -->"';
  return tag ? `the HTML tag "${tag.replace(/^<\/?/, '<')}>"` : `the HTML ${JSON.stringify(html.slice(0, 40))}`;
}

function visit(node: MdastNode, fn: (node: MdastNode) => void): void {
  fn(node);
  const children = (node as { children?: MdastNode[] }).children;
  if (children) for (const child of children) visit(child, fn);
}

const lineOf = (node: MdastNode) => (node as { position?: { start: { line: number } } }).position?.start.line ?? 1;

/** Every reason a body cannot be published, with its line in the body. */
export function checkBody(body: string): BodyProblem[] {
  const oversized = oversizedBody(body);
  if (oversized) return [{ line: 1, message: oversized }];
  const problems: BodyProblem[] = [];
  const tree = markdownToMdast(body, { features });
  const definitions = definitionsOf(tree);
  visit(tree, (node) => {
    const n = node as {
      type: string;
      value?: string;
      url?: string;
      alt?: string | null;
      identifier?: string;
      children?: MdastNode[];
    };
    // An image by reference (![x][ref]) is checked like an inline one, with its definition's address.
    if (n.type === 'imageReference' && definitions.has(n.identifier?.toLowerCase() ?? ''))
      Object.assign(n, { type: 'image', url: definitions.get(n.identifier!.toLowerCase()) });
    if (n.type === 'html') {
      const comment = n.value?.trimStart().startsWith('<!--');
      problems.push({
        line: lineOf(node),
        message: comment
          ? 'an HTML comment "<!-- … -->" is not allowed in the text: delete it (notes about the transcription go in the "notes" field)'
          : `${tagOf(n.value ?? '')} is not allowed: the text is Markdown, so write it without HTML or components (a link is [words](https://…), emphasis is *words*, a heading is "## Heading"). If you meant the character "<", put a space after it ("< 16") or write "\\<"`,
      });
    } else if ((n.type === 'link' || n.type === 'image' || n.type === 'definition') && n.url !== undefined) {
      const unsafe = unsafeUrl(n.url);
      if (unsafe) problems.push({ line: lineOf(node), message: unsafe });
      else if (n.type === 'image' && !isOnThisSite(n.url)) {
        problems.push({
          line: lineOf(node),
          message: `the image ${JSON.stringify(n.url)} is on another site, and this site requests nothing from other sites: put the image in public/ and write ![what it shows](/images/name.png)`,
        });
      } else if (n.type === 'image' && !n.alt?.trim()) {
        problems.push({
          line: lineOf(node),
          message:
            'the image has no description: write what it shows between the brackets, ![like this](/images/name.png)',
        });
      }
    } else if (n.type === 'paragraph') {
      const first = n.children?.[0] as { type: string; value?: string } | undefined;
      for (const [i, text] of (first?.type === 'text' ? (first.value ?? '').split('\n') : []).entries()) {
        if (esmLine.test(text)) {
          problems.push({
            line: lineOf(node) + i,
            message: `${JSON.stringify(text.trim().slice(0, 60))} is program code (an MDX import or export), and the text cannot run code: delete the line`,
          });
        }
      }
    }
  });
  const seen = new Set<string>();
  return problems
    .sort((a, b) => a.line - b.line)
    .filter((p) => !seen.has(`${p.line}:${p.message}`) && Boolean(seen.add(`${p.line}:${p.message}`)));
}

/** Renders a body to HTML. Defence in depth: even unchecked, raw HTML is shown as text and unsafe addresses are dropped. */
export function renderBody(body: string): string {
  const oversized = oversizedBody(body);
  if (oversized) throw new Error(`A body was rendered without being checked: ${oversized}`);
  const slugger = new GithubSlugger();
  const definitions = definitionsOf(markdownToMdast(body, { features }));
  const safety = defineMdastPlugin({
    name: 'improvement-tracker:safe-body',
    html(node, ctx) {
      ctx.replaceNode(node, { type: 'text', value: node.value });
    },
    link(node, ctx) {
      if (unsafeUrl(node.url)) ctx.setProperty(node, 'url', '');
    },
    definition(node, ctx) {
      if (unsafeUrl(node.url)) ctx.setProperty(node, 'url', '');
    },
    image(node, ctx) {
      if (unsafeUrl(node.url) || !isOnThisSite(node.url))
        ctx.replaceNode(node, { type: 'text', value: node.alt ?? '' });
    },
    imageReference(node, ctx) {
      const url = definitions.get(node.identifier.toLowerCase());
      if (url !== undefined && (unsafeUrl(url) || !isOnThisSite(url)))
        ctx.replaceNode(node, { type: 'text', value: node.alt ?? '' });
    },
    heading(node, ctx) {
      ctx.setProperty(node, 'data', { hProperties: { id: slugger.slug(ctx.textContent(node)) } });
    },
  });
  return markdownToHtml(body, { mdastPlugins: [safety], features }).html;
}
