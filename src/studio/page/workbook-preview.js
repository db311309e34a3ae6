// The attendance workbook as read back on the server: one table per sheet, formulas showing their values.
import { element } from './problems.js';

/** Excel's column width unit is about one half-width character: roughly 7.5 CSS pixels. */
const pixelsPerWidthUnit = 7.5;

/** @param {HTMLElement} tabs @param {HTMLElement} view @param {any[]} sheets @param {string | null} chosen */
export function showWorkbook(tabs, view, sheets, chosen, onChoose) {
  const current = sheets.find((s) => s.name === chosen) ?? sheets[0];
  tabs.replaceChildren(
    ...sheets.map((sheet) => {
      const tab = element('button', { type: 'button', textContent: sheet.name });
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(sheet === current));
      tab.addEventListener('click', () => onChoose(sheet.name));
      return tab;
    }),
  );
  view.replaceChildren(current ? sheetTable(current) : element('p', { className: 'quiet', textContent: 'シートがありません' }));
  return current?.name ?? null;
}

function sheetTable(sheet) {
  const table = element('table');
  table.setAttribute('aria-label', sheet.name);
  const columns = element('colgroup');
  const rowHead = element('col');
  rowHead.style.width = '2.5rem';
  columns.append(rowHead);
  for (const width of sheet.widths) {
    const col = element('col');
    col.style.width = `${Math.round(width * pixelsPerWidthUnit)}px`;
    columns.append(col);
  }
  const head = element('thead');
  const letters = element('tr');
  letters.append(element('th'));
  sheet.widths.forEach((_, i) => letters.append(element('th', { textContent: columnName(i) })));
  head.append(letters);
  const body = element('tbody');
  sheet.rows.forEach((row, r) => {
    const tr = element('tr');
    tr.append(element('th', { className: 'row-head', textContent: String(r + 1) }));
    for (const cell of row) {
      const td = element('td', { textContent: cell.text });
      if (cell.colSpan) td.colSpan = cell.colSpan;
      if (cell.rowSpan) td.rowSpan = cell.rowSpan;
      if (cell.formula) {
        td.classList.add('formula');
        td.title = cell.formula;
      }
      if (cell.header) td.classList.add('header');
      else if (cell.bold) td.classList.add('bold');
      tr.append(td);
    }
    body.append(tr);
  });
  table.append(columns, head, body);
  return table;
}

function columnName(index) {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
