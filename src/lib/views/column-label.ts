// The name a stacked table's cell shows beside itself on a phone (`data-label`, see site.css
// `.app-table--stack`): its column header's text, whitespace collapsed; none for an empty header.

/** A column header's text as a cell label, or undefined (no attribute) when the header is empty. */
export function columnLabel(header: string | undefined): string | undefined {
  return header?.replace(/\s+/g, ' ').trim() || undefined;
}
