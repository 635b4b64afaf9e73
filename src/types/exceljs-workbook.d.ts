// exceljs's Workbook module, imported on its own (src/lib/spreadsheets/sheet-files.ts): the package
// declares types only for its entry, whose Workbook this is.
declare module 'exceljs/lib/doc/workbook.js' {
  import type { Workbook } from 'exceljs';
  const workbook: typeof Workbook;
  export default workbook;
}
