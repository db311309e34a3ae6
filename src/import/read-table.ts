import ExcelJS from 'exceljs';
import { parse as parseCsv, CsvError } from 'csv-parse/sync';
import type { Diagnostic } from '../problems/diagnostics';
import { decodeText } from './decode-text';

/** One row of a sign-up list as the spreadsheet shows it: its number, and its cells' text from column 1 on. */
export interface TableRow {
  readonly row: number;
  readonly cells: readonly string[];
}

/** A sign-up list read from a CSV, TSV or .xlsx file: every row that is not blank, in order. */
export interface Table {
  /** The file as the user named it. */
  readonly file: string;
  /** The sheet read, for a workbook. */
  readonly sheet?: string;
  /** What was read, for the summary: `CSV, UTF-8`, `Excel workbook, sheet 申込`. */
  readonly format: string;
  readonly rows: readonly TableRow[];
}

export type TableResult = { readonly ok: true; readonly table: Table } | { readonly ok: false; readonly problems: readonly Diagnostic[] };

/** Where a cell is, as a problem names it: `signups.csv` row:column, or `signups.xlsx: 申込!C14`. */
export function cellPlace(table: Pick<Table, 'file' | 'sheet'>, row: number, column: number): Pick<Diagnostic, 'file' | 'line' | 'column' | 'cell'> {
  return { file: table.file, line: row, column, ...(table.sheet !== undefined ? { cell: `${sheetReference(table.sheet)}!${columnLetters(column)}${row}` } : {}) };
}

/** A - Z, AA…: the spreadsheet's name of column `n` (1-based). */
export function columnLetters(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** Excel quotes a sheet name with spaces or punctuation in a reference: 'Form 1'!A1. */
function sheetReference(name: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const oleSignature = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean => signature.every((b, i) => bytes[i] === b);

/** Reads a sign-up list: .xlsx (by its content, whatever its name) with exceljs, anything else as CSV or TSV text. */
export async function readTable(file: string, bytes: Uint8Array, options: { readonly sheet?: string } = {}): Promise<TableResult> {
  const problem = (message: string, hint: string, variant: string): TableResult => ({ ok: false, problems: [{ file, line: 0, column: 0, rule: 'file', message, hint, params: { variant } }] });
  if (startsWith(bytes, zipSignature)) return readWorkbook(file, bytes, options.sheet);
  if (startsWith(bytes, oleSignature)) return problem('is an Excel 97-2003 workbook (.xls), which this command does not read', 'open it in Excel and save it as an Excel workbook (.xlsx) or as "CSV UTF-8 (コンマ区切り)"', 'xls');
  if (options.sheet !== undefined) return problem(`is not an Excel workbook, so it has no sheet "${options.sheet}"`, '--sheet chooses the sheet of an .xlsx file: leave it out for CSV and TSV files', 'no-sheets');
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) return { ok: false, problems: [decoded.diagnostic] };
  const delimiter = delimiterOf(file, decoded.text);
  let records: string[][];
  try {
    records = parseCsv(decoded.text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { ok: false, problems: [csvProblem(file, error)] };
  }
  // Excel shows each record as one row, a cell with line breaks included.
  const rows = records.map((cells, i) => ({ row: i + 1, cells })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  return { ok: true, table: { file, format: `${delimiter === '\t' ? 'TSV' : 'CSV'}, ${decoded.encoding}`, rows } };
}

/**
 * Comma for .csv, tab for .tsv and .txt (Excel's "Unicode text"); unless the first line has only
 * the other one, as when a tab-separated file is named .csv.
 */
function delimiterOf(file: string, text: string): ',' | '\t' {
  const byName = /\.(tsv|txt|tab)$/i.test(file) ? '\t' : ',';
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const other = byName === ',' ? '\t' : ',';
  return !firstLine.includes(byName) && firstLine.includes(other) ? other : byName;
}

const csvMessages: Readonly<Record<string, { message: string; hint: string }>> = {
  CSV_QUOTE_NOT_CLOSED: { message: 'a value that starts with a double quote is never closed', hint: 'add the closing double quote (") at the end of the value' },
  CSV_INVALID_CLOSING_QUOTE: { message: 'a double quote inside a quoted value is not doubled', hint: 'write a double quote inside a value as two ("")' },
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: { message: 'characters follow the closing double quote of a value', hint: 'put the whole value inside the quotes, with any double quote in it doubled ("")' },
};

/** csv-parse's error at the row it was reading. */
function csvProblem(file: string, error: CsvError): Diagnostic {
  const info = error as CsvError & { records?: number; lines?: number };
  const known = csvMessages[error.code];
  return {
    file,
    line: (info.records ?? 0) + 1,
    column: 1,
    rule: 'csv',
    message: known?.message ?? error.message,
    params: { variant: error.code },
    hint: known?.hint ?? 'check the quoting of this row: a value with a comma, a quote or a line break is written in double quotes, a quote inside it doubled ("")',
  };
}

async function readWorkbook(file: string, bytes: Uint8Array, sheetName: string | undefined): Promise<TableResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    return { ok: false, problems: [{ file, line: 0, column: 0, rule: 'file', message: `cannot be read as an Excel workbook (${error instanceof Error ? error.message : String(error)})`, hint: 'open it in Excel and save it again as an Excel workbook (.xlsx)', params: { variant: 'bad-workbook' } }] };
  }
  const names = workbook.worksheets.map((s) => s.name);
  const sheet = sheetName === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
  if (!sheet) {
    return {
      ok: false,
      problems: [{ file, line: 0, column: 0, rule: 'sheet', message: sheetName === undefined ? 'has no sheet' : `has no sheet "${sheetName}"`, hint: `its sheets: ${names.map((n) => `"${n}"`).join(', ') || 'none'}`, params: { sheets: names.join('」「'), ...(sheetName !== undefined ? { sheet: sheetName } : {}) } }],
    };
  }
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells = Array.from({ length: row.cellCount }, (_, i) => cellText(row.getCell(i + 1)));
    if (cells.some((c) => c.trim() !== '')) rows.push({ row: number, cells });
  });
  return { ok: true, table: { file, sheet: sheet.name, format: `Excel workbook, sheet ${sheet.name}`, rows } };
}

/** A cell's text as Excel shows it; a date (Excel turns 10/30 into one) as YYYY-MM-DD. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && value !== null && 'result' in value && value.result instanceof Date) return value.result.toISOString().slice(0, 10);
  return cell.text ?? '';
}

