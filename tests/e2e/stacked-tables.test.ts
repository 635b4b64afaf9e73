// Tables that stack on a phone (`app-table--stack`) show each cell's column name beside it from
// `data-label`, which their templates write (no build step adds it): every data cell of every such
// table in the built site carries its column's name.
import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { builtPages } from './browser.ts';
import { resolveFile } from './server.ts';
import { siteDir } from './site.ts';

const root = siteDir;
const elements = (node: Element | Root): Element[] =>
  (node.children as Root['children']).filter((c): c is Element => c.type === 'element');
const descendants = (node: Element | Root): Element[] =>
  elements(node).flatMap((child) => [child, ...descendants(child)]);
const classes = (node: Element) => (node.properties.className as string[] | undefined) ?? [];

/** Columns whose cells carry a shorter name than the header, on purpose. */
const shorter = new Map([['Desired outcome for children', 'Desired outcome']]);

describe('tables that stack on a phone', () => {
  it("give every data cell its column's name, in the built site", () => {
    const unlabelled: string[] = [];
    let tables = 0;
    let cells = 0;
    for (const page of builtPages(root)) {
      const tree = fromHtml(readFileSync(resolveFile(root, page)!, 'utf8'));
      for (const table of descendants(tree).filter(
        (e) => e.tagName === 'table' && classes(e).includes('app-table--stack'),
      )) {
        tables++;
        const sections = elements(table);
        const head = sections.find((s) => s.tagName === 'thead');
        const headers = elements(elements(head!)[0]!).map((th) => toString(th).replace(/\s+/g, ' ').trim());
        for (const body of sections.filter((s) => s.tagName === 'tbody' || s.tagName === 'tfoot')) {
          for (const row of elements(body)) {
            elements(row).forEach((cell, i) => {
              if (cell.tagName !== 'td') return;
              cells++;
              const header = headers[i] ?? '';
              const expected = header === '' ? undefined : (shorter.get(header) ?? header);
              if (cell.properties.dataLabel !== expected)
                unlabelled.push(
                  `${page}: "${header}" column, cell labelled ${JSON.stringify(cell.properties.dataLabel)}`,
                );
            });
          }
        }
      }
    }
    expect(unlabelled).toEqual([]);
    expect(tables).toBeGreaterThan(50);
    expect(cells).toBeGreaterThan(1000);
  });
});
