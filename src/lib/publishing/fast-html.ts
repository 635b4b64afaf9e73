// A fast reader for the well-formed HTML our own templates render, giving exactly the tree that
// hast-util-from-html (parse5, the HTML standard's parser) gives for it, several times faster.
//
// Every built page's <main> is parsed once by the build (src/middleware.ts); with parse5 that was the
// largest single cost of a build (about 1.2 s of 6 s of rendering at 1,000 pages). Our templates write
// balanced, lower-case, fully closed markup, for which the standard's tree is simply the nesting the
// markup spells. This reader builds that tree, and gives up (returns undefined) at the first thing whose
// tree the standard would build differently or that it does not know for certain: an end tag that does
// not close the element last opened, an element the standard would close or move by itself (a block
// inside <p>, a row straight inside <table>, <li> inside <li>…), SVG or MathML, an unknown character
// reference, an unclosed element, and so on. The caller then parses with parse5, so the result is the
// same either way; tests/lib/publishing/fast-html.test.ts compares the two on every bundled page.
import type { Element, ElementContent, Root } from 'hast';
import { h, s } from 'hastscript';

/** Elements the fast path knows; any other sends the fragment to parse5. */
const KNOWN = new Set([
  'a',
  'abbr',
  'address',
  'article',
  'aside',
  'b',
  'blockquote',
  'br',
  'button',
  'caption',
  'cite',
  'code',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'i',
  'img',
  'input',
  'ins',
  'kbd',
  'label',
  'legend',
  'li',
  'mark',
  'nav',
  'ol',
  'output',
  'p',
  'q',
  's',
  'samp',
  'script',
  'section',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
]);

/** SVG elements the fast path knows (astro-icon's icons), all with lower-case names. */
const SVG = new Set(['svg', 'symbol', 'path', 'use', 'g']);

/** The attributes the fast path takes in SVG, as the standard spells them after adjusting their case. */
const SVG_ATTRIBUTES = new Set([
  'aria-hidden',
  'aria-label',
  'class',
  'd',
  'data-icon',
  'fill',
  'height',
  'href',
  'id',
  'role',
  'stroke',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-width',
  'viewBox',
  'width',
]);

const VOID = new Set(['br', 'hr', 'img', 'input', 'wbr']);

/** Start tags that close an open <p> (the standard's "in body" rules); inside a <p> we give up. */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'dd',
  'dt',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'ul',
]);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Elements the standard calls "special" (those that stop its search for an open <li>, <dd> or <dt>). */
const SPECIAL = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'button',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'img',
  'input',
  'li',
  'nav',
  'ol',
  'p',
  'script',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'wbr',
  'br',
]);

/** Table parts: the only elements (besides whitespace and scripts) allowed straight inside each. */
const TABLE_CHILDREN: Record<string, Set<string>> = {
  table: new Set(['caption', 'thead', 'tbody', 'tfoot', 'script']),
  thead: new Set(['tr', 'script']),
  tbody: new Set(['tr', 'script']),
  tfoot: new Set(['tr', 'script']),
  tr: new Set(['td', 'th', 'script']),
};
/** Where each table part may be opened. */
const TABLE_PARENT: Record<string, Set<string>> = {
  caption: new Set(['table']),
  thead: new Set(['table']),
  tbody: new Set(['table']),
  tfoot: new Set(['table']),
  tr: new Set(['thead', 'tbody', 'tfoot']),
  td: new Set(['tr']),
  th: new Set(['tr']),
};

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** A code point a numeric reference stands for as written (the standard remaps or refuses the others). */
const plainCodePoint = (c: number) =>
  c === 0x09 ||
  c === 0x0a ||
  (c >= 0x20 && c <= 0x7e) ||
  (c >= 0xa0 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfdcf) ||
  (c >= 0xfdf0 && c <= 0x10fffd && (c & 0xfffe) !== 0xfffe);

/** Decodes character references, or undefined for one the fast path does not decode exactly as parse5. */
function decode(text: string): string | undefined {
  if (!text.includes('&')) return text;
  let out = '';
  let last = 0;
  const pattern = /&(#[xX][0-9a-fA-F]+;|#[0-9]+;|[a-zA-Z][a-zA-Z0-9]*;?|#)?/g;
  for (const match of text.matchAll(pattern)) {
    const body = match[1];
    if (body === undefined) continue; // a bare '&' followed by something else stays as written
    let value: string | undefined;
    if (body.startsWith('#')) {
      if (body === '#') return undefined;
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2, -1), 16) : parseInt(body.slice(1, -1), 10);
      value = plainCodePoint(code) ? String.fromCodePoint(code) : undefined;
    } else if (body.endsWith(';')) value = NAMED[body.slice(0, -1)];
    if (value === undefined) return undefined;
    out += text.slice(last, match.index) + value;
    last = match.index + match[0].length;
  }
  return out + text.slice(last);
}

// HTML's whitespace is tab, line feed, form feed and space only (not JavaScript's \s).
const ATTRIBUTE = /[\t\n\f ]*([^\t\n\f "'>/=<]+)(?:[\t\n\f ]*=[\t\n\f ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\f "'=<>`]+)))?/y;

/**
 * The fragment's tree exactly as `fromHtml(html, { fragment: true })` gives it (without positions), or
 * undefined when the markup is anything but plain, balanced HTML of the known elements.
 */
export function parseWellFormed(html: string): Root | undefined {
  if (html.includes('\r') || html.includes('\0')) return undefined;
  const root: Root = { type: 'root', children: [], data: { quirksMode: false } };
  const stack: { name: string; svg: boolean; children: ElementContent[]; properties: Record<string, string> }[] = [];
  let children: ElementContent[] = root.children as ElementContent[];
  let i = 0;
  const n = html.length;

  const addText = (raw: string): boolean => {
    if (raw === '') return true;
    const parent = stack.at(-1)?.name;
    if (parent !== undefined && TABLE_CHILDREN[parent] && /[^\t\n\f ]/.test(raw)) return false; // would be moved
    const value = decode(raw);
    if (value === undefined) return false;
    children.push({ type: 'text', value });
    return true;
  };

  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i && !addText(html.slice(i, textEnd))) return undefined;
    if (lt === -1) break;
    i = lt;
    const next = html.charCodeAt(i + 1);
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end === -1) return undefined;
      const value = html.slice(i + 4, end);
      if (value.startsWith('>') || value.startsWith('->') || value.includes('--!>') || value.includes('<!--'))
        return undefined;
      children.push({ type: 'comment', value });
      i = end + 3;
    } else if (next === 0x2f /* / */) {
      const close = /^<\/([a-z][a-z0-9]*)>/.exec(html.slice(i, i + 24));
      const open = stack.at(-1);
      if (!close || !open || close[1] !== open.name) return undefined;
      stack.pop();
      const element = (open.svg ? s : h)(open.name, open.properties, open.children) as Element;
      children = stack.at(-1)?.children ?? (root.children as ElementContent[]);
      children.push(element);
      i += close[0].length;
    } else if (next >= 0x61 && next <= 0x7a /* a-z */) {
      const nameMatch = /^[a-z][a-z0-9]*/.exec(html.slice(i + 1, i + 20));
      const name = nameMatch![0];
      const inSvg = stack.at(-1)?.svg === true;
      if (inSvg ? !SVG.has(name) : !KNOWN.has(name) && name !== 'svg') return undefined;
      const svg = inSvg || name === 'svg';
      let j = i + 1 + name.length;
      const nameEnd = html.charCodeAt(j);
      if (!(
        nameEnd === 0x3e ||
        nameEnd === 0x20 ||
        nameEnd === 0x0a ||
        nameEnd === 0x09 ||
        nameEnd === 0x0c ||
        nameEnd === 0x2f
      ))
        return undefined;
      const properties: Record<string, string> = {};
      for (;;) {
        ATTRIBUTE.lastIndex = j;
        const attribute = ATTRIBUTE.exec(html);
        if (!attribute) break;
        const key = attribute[1]!;
        // The standard lower-cases names (in SVG, then restores the case of those SVG spells otherwise).
        if (svg ? !SVG_ATTRIBUTES.has(key) : key !== key.toLowerCase()) return undefined;
        // A repeated attribute (the standard keeps the first) or one named like an object's own (`__proto__`).
        if (Object.hasOwn(properties, key) || key in Object.prototype) return undefined;
        const value = decode(attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
        if (value === undefined) return undefined;
        properties[key] = value;
        j = ATTRIBUTE.lastIndex;
      }
      while (/[\t\n\f ]/.test(html.charAt(j))) j++;
      let selfClosing = false;
      if (html.charCodeAt(j) === 0x2f) {
        selfClosing = true;
        j++;
      }
      if (html.charCodeAt(j) !== 0x3e) return undefined;
      if (selfClosing && !VOID.has(name) && !svg) return undefined;
      i = j + 1;

      // Where the standard would build another tree than the markup spells, give up.
      const names = stack.map((s) => s.name);
      const parent = names.at(-1);
      if (parent !== undefined && TABLE_CHILDREN[parent] && !TABLE_CHILDREN[parent].has(name)) return undefined;
      const tableParent = TABLE_PARENT[name];
      if (tableParent && (parent === undefined || !tableParent.has(parent))) return undefined;
      if (CLOSES_P.has(name) && names.includes('p')) return undefined;
      if (HEADINGS.has(name) && parent !== undefined && HEADINGS.has(parent)) return undefined;
      if ((name === 'a' || name === 'form' || name === 'button') && names.includes(name)) return undefined;
      if (name === 'li' || name === 'dd' || name === 'dt') {
        const same = name === 'li' ? ['li'] : ['dd', 'dt'];
        for (let k = names.length - 1; k >= 0; k--) {
          if (same.includes(names[k]!)) return undefined;
          if (SPECIAL.has(names[k]!) && names[k] !== 'address' && names[k] !== 'div' && names[k] !== 'p') break;
        }
      }

      if (svg && selfClosing) {
        children.push(s(name, properties, []) as Element);
      } else if (VOID.has(name)) {
        children.push(h(name, properties, []) as Element);
      } else if (name === 'script') {
        const end = html.indexOf('</script>', i);
        if (end === -1) return undefined;
        const body = html.slice(i, end);
        if (body.includes('<!--') || /<\/script/i.test(body)) return undefined;
        children.push(h(name, properties, body === '' ? [] : [{ type: 'text', value: body }]) as Element);
        i = end + '</script>'.length;
      } else {
        const entry = { name, svg, children: [] as ElementContent[], properties };
        stack.push(entry);
        children = entry.children;
      }
    } else return undefined;
  }
  return stack.length === 0 ? root : undefined;
}
