// The site's shared words: one place each, so pages, downloads, open data, search filters, the
// commands and the editor say the same thing. Imports nothing (the editor's browser bundle may use it).
// Plan spreadsheet column names live with the sheet format: src/lib/spreadsheets/spreadsheet.ts `columns`.

/** An action with no rating yet, where its version has a rating column. */
export const notYetRated = 'Not yet rated';

/** A short tag for an action whose plan version has no rating column (never "Not yet rated"). */
export const noRatingColumnTag = 'No rating column in the plan';

/** A value the source leaves unstated (a direction of travel, a target's basis). */
export const notStated = 'Not stated';

/** An indicator's unit in words, as a heading or an axis names it ("Rate" is followed by "per 10,000 …"). */
export const unitWords = {
  percent: 'Percentage',
  count: 'Count',
  rate: 'Rate',
  days: 'Days',
  ratio: 'Ratio',
} as const;

/** A direction of travel in words (an arrow is not always good news). */
export const dotWords = { improving: 'Improving', 'no-change': 'No change', declining: 'Declining' } as const;
