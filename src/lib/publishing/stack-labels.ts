// Tables that become a stack of cards on a phone (`app-table--stack`) show each cell's column name
// beside it; this gives every such cell its column's name, so templates need not repeat it.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';

const elements = (node: Element | Root): Element[] =>
  (node.children as Root['children']).filter((c): c is Element => c.type === 'element');

function* tablesIn(node: Element | Root): Generator<Element> {
  for (const child of elements(node)) {
    if (child.tagName === 'table') yield child;
    else yield* tablesIn(child);
  }
}

const isStacked = (table: Element) => {
  const value = table.properties.className;
  return Array.isArray(value) && value.includes('app-table--stack');
};

/** Sets `data-label` (the column's header text) on every data cell of every stacking table. */
export function labelStackedCells(tree: Root): void {
  for (const table of tablesIn(tree)) {
    if (!isStacked(table)) continue;
    const sections = elements(table);
    const head = sections.find((s) => s.tagName === 'thead');
    const headerRow = head ? elements(head)[0] : undefined;
    if (!headerRow) continue;
    const headers = elements(headerRow).map((th) => toString(th).replace(/\s+/g, ' ').trim());
    for (const body of sections.filter((s) => s.tagName === 'tbody' || s.tagName === 'tfoot')) {
      for (const row of elements(body)) {
        elements(row).forEach((cell, i) => {
          if (cell.tagName === 'td' && cell.properties.dataLabel === undefined && headers[i]) {
            cell.properties.dataLabel = headers[i];
          }
        });
      }
    }
  }
}
