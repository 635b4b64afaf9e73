// A strict reader of Atom feeds (RFC 4287): the document must be well-formed XML (saxes, a conforming
// parser, refuses anything else) and every "MUST" of the RFC that a feed of this kind can break is
// checked, each named by its section. Returns the problems, empty for a valid feed.
import { SaxesParser } from 'saxes';

const ATOM = 'http://www.w3.org/2005/Atom';

interface Element {
  name: string;
  ns: string;
  attributes: Record<string, string>;
  children: Element[];
  text: string;
}

function parse(xml: string): Element {
  const parser = new SaxesParser({ xmlns: true });
  const root: Element = { name: '#document', ns: '', attributes: {}, children: [], text: '' };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) if (typeof a !== 'string') attributes[a.name] = a.value;
    const element: Element = { name: tag.local ?? tag.name, ns: tag.uri ?? '', attributes, children: [], text: '' };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => (stack.at(-1)!.text += text));
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  return root;
}

/** RFC 3339 date-time (RFC 4287 section 3.3): "2019-10-01T00:00:00.000Z", with seconds and a zone. */
const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const isAbsoluteIri = (value: string) => {
  try {
    return new URL(value).href.length > 0 && /^[a-z][a-z0-9+.-]*:/i.test(value);
  } catch {
    return false;
  }
};

/**
 * What is wrong with an Atom feed, by RFC 4287's rules, and (when `alternate` is given) whether its
 * alternate link is that address.
 */
export function atomProblems(xml: string, expected: { alternate?: string; self?: string } = {}): string[] {
  const problems: string[] = [];
  let document: Element;
  try {
    document = parse(xml);
  } catch (error) {
    return [`not well-formed XML: ${(error as Error).message}`];
  }
  const feed = document.children[0];
  if (!feed || feed.name !== 'feed' || feed.ns !== ATOM) return ['the root element is not atom:feed'];
  const atom = (parent: Element, name: string) => parent.children.filter((c) => c.ns === ATOM && c.name === name);

  const textConstruct = (where: string, element: Element) => {
    const type = element.attributes.type ?? 'text';
    if (!['text', 'html', 'xhtml'].includes(type)) problems.push(`${where}: type="${type}" (3.1.1)`);
    if (type !== 'xhtml' && element.children.length > 0)
      problems.push(`${where}: child elements in a ${type} construct (3.1.1)`);
  };
  const exactlyOne = (where: string, parent: Element, name: string, section: string) => {
    const found = atom(parent, name);
    if (found.length !== 1) problems.push(`${where}: ${found.length} atom:${name}, exactly one required (${section})`);
    return found[0];
  };
  const atMostOne = (where: string, parent: Element, name: string, section: string) => {
    const found = atom(parent, name);
    if (found.length > 1) problems.push(`${where}: ${found.length} atom:${name}, at most one allowed (${section})`);
  };
  const persons = (where: string, parent: Element, name: 'author' | 'contributor') => {
    for (const person of atom(parent, name)) {
      const names = atom(person, 'name');
      if (names.length !== 1 || !names[0]!.text.trim())
        problems.push(`${where}: an atom:${name} without exactly one name (3.2.1)`);
      atMostOne(`${where} ${name}`, person, 'uri', '3.2.2');
      for (const uri of atom(person, 'uri'))
        if (!isAbsoluteIri(uri.text.trim())) problems.push(`${where}: ${name} uri "${uri.text}" is not an IRI (3.2.2)`);
      atMostOne(`${where} ${name}`, person, 'email', '3.2.3');
    }
  };
  const links = (where: string, parent: Element) => {
    const alternates = new Set<string>();
    for (const link of atom(parent, 'link')) {
      const { href, rel = 'alternate', type = '', hreflang = '' } = link.attributes;
      if (!href) problems.push(`${where}: atom:link without href (4.2.7.1)`);
      else if (!isAbsoluteIri(href))
        problems.push(`${where}: link href "${href}" is not absolute, and no xml:base is given (4.2.7.1)`);
      if (rel === 'alternate') {
        const key = `${type}|${hreflang}`;
        if (alternates.has(key))
          problems.push(`${where}: two alternate links with the same type and hreflang (4.1.1, 4.1.2)`);
        alternates.add(key);
      }
    }
    return atom(parent, 'link');
  };
  const common = (where: string, element: Element, section: string) => {
    const id = exactlyOne(where, element, 'id', section);
    if (id && !isAbsoluteIri(id.text.trim()))
      problems.push(`${where}: atom:id "${id.text}" is not an absolute IRI (4.2.6)`);
    const title = exactlyOne(where, element, 'title', section);
    if (title) textConstruct(`${where} title`, title);
    const updated = exactlyOne(where, element, 'updated', section);
    if (updated && !dateTime.test(updated.text.trim()))
      problems.push(`${where}: updated "${updated.text}" is not an RFC 3339 date-time (3.3)`);
    atMostOne(where, element, 'rights', section);
    for (const rights of atom(element, 'rights')) textConstruct(`${where} rights`, rights);
    persons(where, element, 'author');
    persons(where, element, 'contributor');
    return id?.text.trim();
  };

  common('feed', feed, '4.1.1');
  atMostOne('feed', feed, 'subtitle', '4.1.1');
  atMostOne('feed', feed, 'icon', '4.1.1');
  atMostOne('feed', feed, 'logo', '4.1.1');
  atMostOne('feed', feed, 'generator', '4.1.1');
  const feedLinks = links('feed', feed);
  const feedHasAuthor = atom(feed, 'author').length > 0;
  const ids = new Set<string>();
  atom(feed, 'entry').forEach((entry, i) => {
    const where = `entry ${i + 1}`;
    const id = common(where, entry, '4.1.2');
    if (id !== undefined) {
      if (ids.has(id)) problems.push(`${where}: the atom:id "${id}" is another entry's too (4.1.1)`);
      ids.add(id);
    }
    if (!feedHasAuthor && atom(entry, 'author').length === 0 && atom(entry, 'source').length === 0)
      problems.push(`${where}: no atom:author, and the feed has none (4.1.1, 4.1.2)`);
    atMostOne(where, entry, 'summary', '4.1.2');
    atMostOne(where, entry, 'content', '4.1.2');
    atMostOne(where, entry, 'published', '4.1.2');
    for (const summary of atom(entry, 'summary')) textConstruct(`${where} summary`, summary);
    const entryLinks = links(where, entry);
    if (
      atom(entry, 'content').length === 0 &&
      !entryLinks.some((l) => (l.attributes.rel ?? 'alternate') === 'alternate')
    )
      problems.push(`${where}: neither atom:content nor an alternate link (4.1.2)`);
  });
  const alternate = feedLinks.find((l) => (l.attributes.rel ?? 'alternate') === 'alternate')?.attributes.href;
  const self = feedLinks.find((l) => l.attributes.rel === 'self')?.attributes.href;
  if (expected.alternate !== undefined && alternate !== expected.alternate)
    problems.push(`feed: alternate link is ${alternate ?? 'missing'}, not ${expected.alternate}`);
  if (expected.self !== undefined && self !== expected.self)
    problems.push(`feed: self link is ${self ?? 'missing'}, not ${expected.self}`);
  return problems;
}
