import ExcelJS from 'exceljs';
import * as eastAsianWidth from 'eastasianwidth';
import type { Edition, Registration, Session } from '../../model/edition';
import { startOfDayInTokyo } from '../../calendar/calendar-date';
import { toDate } from '../../calendar/japanese-date';
import { pageNumberSlot } from '../../wording/page-number';
import { wordFontSets, type WordFontSet } from '../word-fonts';
import { pageCountSlot, summaryKeys, type ColumnKey, type WorkbookWords } from './words';

/** Column width in Excel's units: full-width characters count two. */
const displayWidth = (text: string): number => eastAsianWidth.length(text);

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
const thin: ExcelJS.Border = { style: 'thin', color: { argb: 'FF444444' } };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
/** Columns whose cells are text, so 03-… keeps its zero and Excel does not turn an address into a link. */
const textColumns: ReadonlySet<ColumnKey> = new Set(['tel', 'email']);
/** The sheet column of a table column among a sheet's columns: A for No., B for 氏名… */
const columnLetter = (columns: readonly ColumnKey[], key: ColumnKey): string => String.fromCharCode(65 + columns.indexOf(key));

/**
 * Makes a range an Excel table (a ListObject) whose first row is its header row: what tells a screen
 * reader which column a cell is in, and Excel's accessibility checker that the table has headers. No
 * table style and no filter buttons, so it looks as the cells are formatted; the values written here
 * are the cells' values (exceljs writes them).
 */
function defineTable(worksheet: ExcelJS.Worksheet, name: string, topLeft: string, headers: readonly string[], rows: ExcelJS.CellValue[][]): void {
  worksheet.addTable({
    name,
    ref: topLeft,
    headerRow: true,
    // exceljs writes a style name unless it is null, and its types do not allow null.
    style: { theme: null as unknown as undefined, showRowStripes: false },
    columns: headers.map((header) => ({ name: header, filterButton: false })),
    rows,
  });
}

/** An Excel table name from a sheet name: letters, digits, _ and . only, starting with 表 so it is never a cell reference. */
function tableName(sheetName: string): string {
  return `表_${sheetName.replace(/[^\p{L}\p{N}_.]/gu, '_')}`;
}

/** A header cell of either table: bold, shaded, boxed, centred. */
function styleHeader(cell: ExcelJS.Cell, font: Partial<ExcelJS.Font>): void {
  cell.font = { ...font, bold: true };
  cell.fill = headerFill;
  cell.border = box;
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
}

const minimumWidth: Record<ColumnKey, number> = { no: 5, name: 16, furigana: 18, organisation: 28, kind: 9, title: 10, tel: 14, email: 24, participation: 12, attendance: 7, remarks: 16 };
/** Columns whose cells are centred: numbers and the words chosen from a drop-down list. */
const centred: ReadonlySet<ColumnKey> = new Set(['no', 'kind', 'participation', 'attendance']);

/** The reception desk's workbook: one sheet per session with its registrants and blank rows, then the live totals. */
export function attendanceWorkbook(edition: Edition, words: WorkbookWords, fontSet: WordFontSet): ExcelJS.Workbook {
  const font: Partial<ExcelJS.Font> = { name: wordFontSets[fontSet].heading.eastAsia, size: 11 };
  const date = startOfDayInTokyo(toDate(edition.release.date));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = edition.organiser.legalName;
  workbook.lastModifiedBy = edition.organiser.legalName;
  workbook.title = words.title;
  workbook.company = edition.organiser.legalName;
  workbook.created = date;
  workbook.modified = date;
  workbook.calcProperties.fullCalcOnLoad = true;

  const footer = `&C${escapeHeaderFooter(words.footer).replace(pageNumberSlot, '&P').replace(pageCountSlot, '&N')}`;
  const ranges = edition.sessions.map((session, i) => sessionSheet(workbook, edition, session, words, words.sheets[i], font, footer));
  summarySheet(workbook, words, ranges, font, footer);
  return workbook;
}

interface SheetRange {
  readonly sheetName: string;
  readonly columns: readonly ColumnKey[];
  readonly firstRow: number;
  readonly lastRow: number;
  readonly registered: number;
}

function sessionSheet(
  workbook: ExcelJS.Workbook,
  edition: Edition,
  session: Session,
  words: WorkbookWords,
  sheet: WorkbookWords['sheets'][number],
  font: Partial<ExcelJS.Font>,
  footer: string,
): SheetRange {
  const columns = sheet.columns;
  const headerRow = sheet.titleBlock.length + 2;
  const worksheet = workbook.addWorksheet(sheet.name, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
    headerFooter: { oddFooter: footer, evenFooter: footer },
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }],
  });

  sheet.titleBlock.forEach((text, i) => {
    const cell = worksheet.getCell(i + 1, 1);
    cell.value = text;
    cell.font = { ...font, bold: i === 0, size: i === 0 ? 14 : 11 };
    worksheet.mergeCells(i + 1, 1, i + 1, columns.length);
  });

  const registrants = session.registrations;
  const listed = registrants.length + edition.walkInRows;
  // At least one row, blank if nobody is listed: an Excel table has a row under its header.
  const rowCount = Math.max(listed, 1);
  const values = Array.from({ length: rowCount }, (_, i): ExcelJS.CellValue[] => {
    const registration: Registration | undefined = registrants[i];
    return columns.map((key) => (key === 'no' ? (i < listed ? i + 1 : null) : registration ? valueOf(registration, key) : null));
  });
  defineTable(worksheet, tableName(sheet.name), `A${headerRow}`, columns.map((key) => words.columns[key] ?? key), values);

  const header = worksheet.getRow(headerRow);
  columns.forEach((_, i) => styleHeader(header.getCell(i + 1), font));
  const widths = new Map<ColumnKey, number>(columns.map((k) => [k, Math.max(minimumWidth[k], displayWidth(words.columns[k] ?? k) + 2)]));
  values.forEach((rowValues, i) => {
    const row = worksheet.getRow(headerRow + 1 + i);
    row.height = 22;
    columns.forEach((key, c) => {
      const cell = row.getCell(c + 1);
      const value = rowValues[c];
      cell.font = font;
      cell.border = box;
      cell.alignment = { vertical: 'middle', horizontal: centred.has(key) ? 'center' : 'left', shrinkToFit: key === 'organisation' };
      if (textColumns.has(key)) cell.numFmt = '@';
      if (typeof value === 'string') widths.set(key, Math.max(widths.get(key)!, Math.min(40, displayWidth(value) + 2)));
    });
  });
  columns.forEach((key, c) => {
    worksheet.getColumn(c + 1).width = widths.get(key);
  });

  const firstRow = headerRow + 1;
  const lastRow = headerRow + rowCount;
  const validations = (worksheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations;
  const dropDown = (key: ColumnKey, choices: readonly string[]): void => {
    if (columns.includes(key)) validations.add(`${columnLetter(columns, key)}${firstRow}:${columnLetter(columns, key)}${lastRow}`, list(choices));
  };
  dropDown('attendance', words.attendanceChoices);
  dropDown('kind', edition.attendeeKinds);
  dropDown('participation', words.participationChoices);
  return { sheetName: sheet.name, columns, firstRow, lastRow, registered: registrants.length };
}

function summarySheet(workbook: ExcelJS.Workbook, words: WorkbookWords, ranges: readonly SheetRange[], font: Partial<ExcelJS.Font>, footer: string): void {
  const worksheet = workbook.addWorksheet(words.summary.sheetName, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
    headerFooter: { oddFooter: footer, evenFooter: footer },
  });
  const title = worksheet.getCell('A1');
  title.value = words.summary.title;
  title.font = { ...font, bold: true, size: 14 };
  worksheet.mergeCells(1, 1, 1, summaryKeys.length);

  const headerRow = 3;
  const firstRow = headerRow + 1;
  const totalRow = firstRow + ranges.length;
  const [present, absent] = words.attendanceChoices;
  const registeredTotal = ranges.reduce((sum, r) => sum + r.registered, 0);
  // Each formula carries its result, so a viewer that does not recalculate still shows the numbers.
  const rows: ExcelJS.CellValue[][] = [
    ...ranges.map((range, i): ExcelJS.CellValue[] => {
      const r = firstRow + i;
      const sheet = `'${range.sheetName}'`;
      const column = (key: ColumnKey): string => `${sheet}!${columnLetter(range.columns, key)}${range.firstRow}:${columnLetter(range.columns, key)}${range.lastRow}`;
      const names = column('name');
      const marks = column('attendance');
      return [
        range.sheetName,
        { formula: `COUNTA(${names})`, result: range.registered },
        { formula: `COUNTIF(${marks},"${present}")`, result: 0 },
        { formula: `COUNTIF(${marks},"${absent}")`, result: 0 },
        { formula: `B${r}-C${r}-D${r}`, result: range.registered },
      ];
    }),
    [words.summary.total, ...['B', 'C', 'D', 'E'].map((c, i) => ({ formula: `SUM(${c}${firstRow}:${c}${totalRow - 1})`, result: i === 0 || i === 3 ? registeredTotal : 0 }))],
  ];
  defineTable(worksheet, tableName(words.summary.sheetName), `A${headerRow}`, summaryKeys.map((key) => words.summary.columns[key] ?? key), rows);
  summaryKeys.forEach((_, i) => styleHeader(worksheet.getCell(headerRow, i + 1), font));
  rows.forEach((_, i) => styleRow(worksheet, firstRow + i, firstRow + i === totalRow ? { ...font, bold: true } : font));
  worksheet.getColumn(1).width = Math.max(16, ...ranges.map((r) => displayWidth(r.sheetName) + 4), displayWidth(words.summary.total) + 4);
  for (let c = 2; c <= summaryKeys.length; c++) worksheet.getColumn(c).width = Math.max(12, displayWidth(words.summary.columns[summaryKeys[c - 1]] ?? '') + 4);
}

/** A row of the summary: boxed, its numbers to the right. */
function styleRow(worksheet: ExcelJS.Worksheet, r: number, font: Partial<ExcelJS.Font>): void {
  summaryKeys.forEach((_, i) => {
    const cell = worksheet.getCell(r, i + 1);
    cell.font = font;
    cell.border = box;
    if (i > 0) cell.alignment = { horizontal: 'right' };
  });
}

function valueOf(registration: Registration, key: ColumnKey): string | null {
  switch (key) {
    case 'name':
    case 'furigana':
    case 'organisation':
    case 'kind':
    case 'title':
    case 'tel':
    case 'email':
      return registration[key];
    default:
      return null;
  }
}

function list(values: readonly string[]): ExcelJS.DataValidation {
  return { type: 'list', allowBlank: true, showErrorMessage: true, formulae: [`"${values.join(',')}"`] };
}

/** In a header or footer, & starts a code: a literal & is written &&. */
function escapeHeaderFooter(text: string): string {
  return text.replace(/&/g, '&&');
}
