import ExcelJS from 'exceljs';

/** A cell as the page draws it: its shown text, and where a merge starts, how far it spans. */
export interface TableCell {
  readonly text: string;
  readonly formula?: string;
  readonly bold?: true;
  readonly header?: true;
  readonly colSpan?: number;
  readonly rowSpan?: number;
}

export interface SheetTable {
  readonly name: string;
  /** Column widths in Excel's units (about one half-width character each). */
  readonly widths: readonly number[];
  /** Rows of cells; a cell covered by a merge is left out, as in an HTML table. */
  readonly rows: readonly (readonly TableCell[])[];
}

/** Reads the built workbook back, as a recipient's Excel opens it: formulas show their results. */
export async function workbookTables(bytes: Uint8Array): Promise<SheetTable[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const columns = sheet.columnCount;
    const covered = new Set<string>();
    const spans = new Map<string, { colSpan: number; rowSpan: number }>();
    for (const range of (sheet.model as { merges?: string[] }).merges ?? []) {
      const [from, to] = range.split(':').map((address) => sheet.getCell(address));
      spans.set(from.address, { colSpan: Number(to.col) - Number(from.col) + 1, rowSpan: Number(to.row) - Number(from.row) + 1 });
      for (let r = Number(from.row); r <= Number(to.row); r++) for (let c = Number(from.col); c <= Number(to.col); c++) if (r !== Number(from.row) || c !== Number(from.col)) covered.add(`${r}:${c}`);
    }
    const rows: TableCell[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: TableCell[] = [];
      for (let c = 1; c <= columns; c++) {
        if (covered.has(`${r}:${c}`)) continue;
        const cell = row.getCell(c);
        const span = spans.get(cell.address);
        cells.push({
          text: cellText(cell),
          ...(cell.formula ? { formula: `=${cell.formula}` } : {}),
          ...(cell.font?.bold ? { bold: true as const } : {}),
          ...(cell.fill && 'fgColor' in cell.fill && cell.fill.fgColor ? { header: true as const } : {}),
          ...(span && span.colSpan > 1 ? { colSpan: span.colSpan } : {}),
          ...(span && span.rowSpan > 1 ? { rowSpan: span.rowSpan } : {}),
        });
      }
      rows.push(cells);
    }
    return { name: sheet.name, widths: Array.from({ length: columns }, (_, i) => sheet.getColumn(i + 1).width ?? 9), rows };
  });
}

function cellText(cell: ExcelJS.Cell): string {
  if (cell.type !== ExcelJS.ValueType.Formula) return cell.text;
  const result: unknown = cell.result;
  return result === undefined || result === null ? '' : String(result);
}
