import ExcelJS from 'exceljs';
import { cellText, cellValue, type RecordTable } from './record-tables';

/**
 * A record table taken out as an .xlsx, for the people who phone round: the table's columns with
 * the form's labels, one row per item in the file's order, a No. column with the form's numbers,
 * the header repeated on every printed page. `now` stamps the workbook (the studio's clock).
 */
export async function tableWorkbook(table: RecordTable, items: readonly unknown[], now: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = workbook.modified = now;
  const sheet = workbook.addWorksheet(table.itemLabel, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  sheet.columns = [{ header: 'No.', width: 6 }, ...table.columns.map((column) => ({ header: column.title, width: widthOf(column.title, items, column.key) }))];
  sheet.getRow(1).font = { bold: true };
  items.forEach((item, i) => sheet.addRow([i + 1, ...table.columns.map((column) => valueOf(cellValue(item, column.key), column.type))]));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length + 1 } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function valueOf(value: unknown, type: string): string | number {
  return type === 'integer' && typeof value === 'number' ? value : cellText(value);
}

/** Wide enough for the header and most values (a full-width character counts two), never wider than a sheet can show at once. */
function widthOf(title: string, items: readonly unknown[], key: string): number {
  const width = (text: string) => [...text].reduce((sum, c) => sum + (c.charCodeAt(0) > 0xff ? 2 : 1), 0);
  const widest = items.slice(0, 500).reduce<number>((max, item) => Math.max(max, width(cellText(cellValue(item, key)))), width(title));
  return Math.min(Math.max(widest + 2, 8), 60);
}
