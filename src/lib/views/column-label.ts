// The name a stacked table's cell shows beside itself on a phone (`data-label`, see site.css
// `.app-table--stack`): its column header's text, whitespace collapsed; none for an empty header.

/** A column header's text as a cell label, or undefined (no attribute) when the header is empty. */
export function columnLabel(header: string | undefined): string | undefined {
  return header?.replace(/\s+/g, ' ').trim() || undefined;
}

/**
 * The attributes of a numeric cell of a stacked table, to spread on its `<td>`: its class, then its
 * column's label. (Spread, so the cell stays on one line: Prettier's Astro plugin puts the content
 * of an element with two attributes on lines of its own, which adds spaces to the cell's text.)
 */
export function numericCell(header: string | undefined): { class: string; 'data-label'?: string } {
  const label = columnLabel(header);
  return label === undefined ? { class: 'app-table__numeric' } : { class: 'app-table__numeric', 'data-label': label };
}
