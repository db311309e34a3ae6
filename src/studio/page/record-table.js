// A data file's list (申込, プロジェクト) as a table, one row per item, as in a spreadsheet: sorted and
// filtered by column, edited in the cell or in the row's form, rows added, duplicated and deleted
// (deleting asks first), each row's problems marked in it. Only the rows in view are drawn, so a
// list of thousands scrolls as one of ten; the grid says its full size with aria-rowcount.
import { element } from './problems.js';
import { askFirst, openRowForm } from './row-form.js';
import { cellText, cellValue, choiceList, itemName, parsedCell, withCell } from './table-cells.js';

const rowHeight = 32;
/** Rows drawn above and below those in view, so a quick scroll shows no gap. */
const overscan = 8;

/**
 * Draws the file's `value` as a table in `container`. `onChange` hears every edit, as the file's
 * value with it made. Returns a handle to show the server's problems or take the table away.
 */
export function openRecordTable(container, { table, value, problems, onChange }) {
  let items = Array.isArray(value[table.array]) ? value[table.array] : [];
  const columns = table.columns;
  const sort = { column: -1, direction: 'none' };
  const filters = columns.map(() => '');
  /** Item indices in the order shown (filtered and sorted). */
  let order = [];
  /** The active cell: an item index and a column (-1 is the number column). */
  let active = { item: items.length > 0 ? 0 : -1, column: 0 };
  let rowProblems = new Map();
  let editing = null;

  const count = element('span', { className: 'table-count' });
  const bar = element('div', { className: 'table-bar' });
  const button = (text, action, title = '') => {
    const b = element('button', { type: 'button', textContent: text, title });
    b.addEventListener('click', action);
    return b;
  };
  const xlsx = element('a', { className: 'table-xlsx', href: `/api/table.xlsx?name=${encodeURIComponent(table.file)}`, textContent: 'Excel で書き出す', title: '保存した内容を、表と同じ列の Excel ブック（.xlsx）で書き出します' });
  xlsx.setAttribute('download', '');
  bar.append(
    button(`＋ ${table.itemLabel}を追加`, () => addRow(items.length, {})),
    button('行を複製', () => active.item >= 0 && addRow(active.item + 1, structuredClone(items[active.item]))),
    button('行を削除', () => void deleteRow()),
    button('行をフォームで編集', () => void editRowInForm()),
    xlsx,
    count,
  );

  const scroller = element('div', { className: 'table-scroll' });
  const grid = element('table', { className: 'record-table' });
  grid.setAttribute('role', 'grid');
  grid.setAttribute('aria-label', `${table.itemLabel}の表`);
  grid.setAttribute('aria-colcount', String(columns.length + 1));
  const head = element('thead');
  const body = element('tbody');
  grid.append(head, body);
  scroller.append(grid);
  const help = element('p', { className: 'quiet table-help', textContent: '矢印キーで移動、Enter か F2（または文字を打つ）で編集、Enter で確定して下へ、Esc で取り消し。列名を押すと並べ替え、その下の欄で絞り込み。' });
  container.replaceChildren(bar, help, scroller);

  drawHead();
  reorder();
  scroller.addEventListener('scroll', () => drawRows());
  grid.addEventListener('keydown', onKey);
  grid.addEventListener('click', (event) => {
    const cell = event.target.closest('td[data-column]');
    if (cell) setActive(Number(cell.parentElement.dataset.item), Number(cell.dataset.column));
  });
  grid.addEventListener('dblclick', (event) => {
    const cell = event.target.closest('td[data-column]');
    if (!cell) return;
    if (Number(cell.dataset.column) < 0) void editRowInForm();
    else startEditing();
  });
  showProblems(problems);

  function drawHead() {
    const row = element('tr');
    row.setAttribute('aria-rowindex', '1');
    const number = element('th', { scope: 'col', className: 'row-number', textContent: 'No.' });
    row.append(number);
    columns.forEach((column, c) => {
      const th = element('th', { scope: 'col' });
      th.setAttribute('aria-sort', sort.column === c ? sort.direction : 'none');
      const sorter = element('button', { type: 'button', className: 'sorter', textContent: `${column.title}${sort.column === c ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}` });
      sorter.addEventListener('click', () => sortBy(c));
      const filter = element('input', { type: 'search', value: filters[c], placeholder: '絞り込み' });
      filter.setAttribute('aria-label', `${column.title}で絞り込む`);
      filter.addEventListener('input', () => {
        filters[c] = filter.value;
        reorder();
      });
      th.append(sorter, filter);
      row.append(th);
    });
    head.replaceChildren(row);
  }

  function sortBy(c) {
    const next = sort.column !== c ? 'ascending' : sort.direction === 'ascending' ? 'descending' : sort.direction === 'descending' ? 'none' : 'ascending';
    sort.column = next === 'none' ? -1 : c;
    sort.direction = next;
    drawHead();
    reorder();
  }

  /** The rows shown: those every filter matches, in the chosen order (the file's order when none). */
  function reorder() {
    const wanted = filters.map((f) => f.trim().toLowerCase());
    order = items.map((_, i) => i).filter((i) => wanted.every((w, c) => !w || cellText(cellValue(items[i], columns[c].key)).toLowerCase().includes(w)));
    if (sort.column >= 0) {
      const column = columns[sort.column];
      const sign = sort.direction === 'ascending' ? 1 : -1;
      const collator = new Intl.Collator('ja', { numeric: true });
      const key = (i) => cellValue(items[i], column.key);
      order.sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        const compared = column.type === 'integer' && typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(cellText(x), cellText(y));
        return sign * compared || a - b;
      });
    }
    grid.setAttribute('aria-rowcount', String(order.length + 1));
    count.textContent = order.length === items.length ? `${items.length} 件` : `${items.length} 件中 ${order.length} 件を表示`;
    drawRows();
  }

  /** Draws the rows in view (and a few beyond), placed where they would be among all rows. */
  function drawRows() {
    const first = Math.max(0, Math.floor(scroller.scrollTop / rowHeight) - overscan);
    const last = Math.min(order.length, Math.ceil((scroller.scrollTop + scroller.clientHeight) / rowHeight) + overscan);
    const rows = [];
    if (first > 0) rows.push(spacer(first));
    for (let position = first; position < last; position++) rows.push(drawRow(position));
    if (last < order.length) rows.push(spacer(order.length - last));
    const hadFocus = grid.contains(document.activeElement) && !editing;
    body.replaceChildren(...rows);
    if (hadFocus) activeCell()?.focus({ preventScroll: true });
  }

  function spacer(rowsHidden) {
    const tr = element('tr', { className: 'spacer' });
    tr.setAttribute('aria-hidden', 'true');
    tr.style.height = `${rowsHidden * rowHeight}px`;
    return tr;
  }

  function drawRow(position) {
    const index = order[position];
    const item = items[index];
    const tr = element('tr');
    tr.dataset.item = String(index);
    tr.setAttribute('aria-rowindex', String(position + 2));
    const problems = rowProblems.get(index);
    const number = element('td', { className: 'row-number', textContent: `${problems ? '⚠ ' : ''}${index + 1}` });
    number.dataset.column = '-1';
    if (problems) {
      tr.classList.add('has-problem');
      number.title = problems.map((p) => p.text).join('\n');
    }
    tr.append(number);
    columns.forEach((column, c) => {
      const td = element('td', { textContent: cellText(cellValue(item, column.key)) });
      td.dataset.column = String(c);
      const own = problems?.filter((p) => p.key === column.key || p.key.startsWith(`${column.key}/`));
      if (own?.length) {
        td.setAttribute('aria-invalid', 'true');
        td.title = own.map((p) => p.text).join('\n');
      }
      tr.append(td);
    });
    for (const td of tr.children) {
      const isActive = index === active.item && Number(td.dataset.column) === active.column;
      td.setAttribute('role', 'gridcell');
      td.tabIndex = isActive ? 0 : -1;
      if (isActive) td.classList.add('active');
    }
    if (index === active.item) tr.setAttribute('aria-selected', 'true');
    return tr;
  }

  const activeCell = () => body.querySelector(`tr[data-item="${active.item}"] td[data-column="${active.column}"]`);

  /** Makes a cell the active one, scrolls it into view, and gives it the focus. */
  function setActive(item, column, focus = true) {
    active = { item, column: Math.max(-1, Math.min(columns.length - 1, column)) };
    const position = order.indexOf(item);
    if (position >= 0) {
      const top = position * rowHeight;
      const headHeight = head.offsetHeight;
      if (top < scroller.scrollTop) scroller.scrollTop = top;
      else if (top + rowHeight > scroller.scrollTop + scroller.clientHeight - headHeight) scroller.scrollTop = top + rowHeight - scroller.clientHeight + headHeight;
    }
    drawRows();
    if (focus) activeCell()?.focus({ preventScroll: true });
  }

  function moveBy(rows, cols) {
    if (order.length === 0) return;
    const position = Math.max(0, Math.min(order.length - 1, order.indexOf(active.item) + rows));
    setActive(order[position === -1 ? 0 : position], active.column + cols);
  }

  function onKey(event) {
    if (editing || event.target.closest('thead')) return;
    const page = Math.max(1, Math.floor(scroller.clientHeight / rowHeight) - 1);
    const moves = { ArrowDown: [1, 0], ArrowUp: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1], PageDown: [page, 0], PageUp: [-page, 0] };
    if (moves[event.key]) {
      event.preventDefault();
      return moveBy(...moves[event.key]);
    }
    if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      if (event.ctrlKey) return setActive(order[event.key === 'Home' ? 0 : order.length - 1], active.column);
      return setActive(active.item, event.key === 'Home' ? -1 : columns.length - 1);
    }
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      return active.column < 0 ? void editRowInForm() : startEditing();
    }
    if (event.key === 'Delete' && active.column < 0) return void deleteRow();
    // Typing starts editing with what is typed, as in a spreadsheet.
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && active.column >= 0) startEditing('');
  }

  /** Edits the active cell in place: an input (a list for a column of choices) over the cell's text. */
  function startEditing(replaceWith) {
    const cell = activeCell();
    if (!cell || active.column < 0) return;
    const column = columns[active.column];
    const item = active.item;
    const current = cellText(cellValue(items[item], column.key));
    const input = column.type === 'choice' || column.type === 'yes-no' ? choiceList(column, current) : element('input', { type: column.type === 'date' ? 'date' : 'text', value: replaceWith ?? current });
    input.setAttribute('aria-label', `${itemName(table, items[item], item)} の${column.title}`);
    editing = { item, column: active.column, input };
    cell.replaceChildren(input);
    input.focus();
    if (input.tagName === 'INPUT' && replaceWith === undefined) input.select();
    const finish = (commit, move) => {
      if (editing?.input !== input) return;
      editing = null;
      if (commit) setItem(item, withCell(items[item], column.key, parsedCell(column, input.value)));
      else drawRows();
      if (move) moveBy(...move);
      else activeCell()?.focus();
    };
    input.addEventListener('keydown', (event) => {
      if (event.isComposing) return;
      if (event.key === 'Enter') finish(true, [event.shiftKey ? -1 : 1, 0]);
      else if (event.key === 'Tab') finish(true, [0, event.shiftKey ? -1 : 1]);
      else if (event.key === 'Escape') finish(false);
      else return;
      event.preventDefault();
      event.stopPropagation();
    });
    input.addEventListener('blur', () => finish(true));
  }

  function setItem(index, item) {
    items = items.map((old, i) => (i === index ? item : old));
    changed();
  }

  function changed() {
    onChange({ ...value, [table.array]: items });
    value = { ...value, [table.array]: items };
    reorder();
  }

  function addRow(at, item) {
    items = [...items.slice(0, at), item, ...items.slice(at)];
    shiftProblems(at, 1);
    changed();
    if (!order.includes(at)) for (let c = 0; c < filters.length; c++) filters[c] = '';
    drawHead();
    reorder();
    setActive(at, 0);
  }

  async function deleteRow() {
    if (active.item < 0 || active.item >= items.length) return;
    const index = active.item;
    if (!(await askFirst(`${itemName(table, items[index], index)}を削除しますか`, '削除すると、後の行の番号は一つずつ繰り上がります。保存した後でも「元に戻す」で戻せます。', '削除する'))) return activeCell()?.focus();
    items = items.filter((_, i) => i !== index);
    shiftProblems(index, -1);
    changed();
    const position = Math.min(order.length - 1, Math.max(0, order.findIndex((i) => i >= index)));
    setActive(order[position] ?? -1, active.column);
  }

  /** Edits the active row in its form; `focusKey` is the column whose field has the focus (the first otherwise). */
  async function editRowInForm(focusKey) {
    if (active.item < 0) return;
    const index = active.item;
    const edited = await openRowForm(table, items[index], itemName(table, items[index], index), rowProblems.get(index) ?? [], focusKey);
    if (edited) setItem(index, edited);
    activeCell()?.focus();
  }

  /** Problems stay on their rows until the next check: rows added or deleted move those below. */
  function shiftProblems(from, by) {
    rowProblems = new Map([...rowProblems].filter(([i]) => by > 0 || i !== from).map(([i, p]) => [i >= from ? i + by : i, p]));
  }

  /** The row and the key inside it that a problem's JSON pointer names (`/projects/2/end` → 2, `/end`), or null outside the rows. */
  function rowPlace(pointer) {
    const prefix = `/${table.array}/`;
    if (!pointer?.startsWith(prefix)) return null;
    const [index, ...rest] = pointer.slice(prefix.length).split('/');
    if (!/^\d+$/.test(index) || Number(index) >= items.length) return null;
    return { item: Number(index), key: rest.length ? `/${rest.join('/')}` : '' };
  }

  /**
   * The 問題 tab's way in: a problem at a column of a row opens that row's form with its field
   * focused (the row shown first, filters cleared if they hide it). False for a problem the table
   * has no field for (the file's other parts, a value deeper than a column), which the whole-file
   * form shows instead.
   */
  function openProblem(problem) {
    const place = rowPlace(problem.pointer);
    const column = place && columns.findIndex((c) => place.key === c.key || place.key.startsWith(`${c.key}/`));
    if (!place || column < 0) return false;
    if (!order.includes(place.item)) {
      filters.fill('');
      drawHead();
      reorder();
    }
    setActive(place.item, column);
    void editRowInForm(columns[column].key);
    return true;
  }

  /** The server's problems of this file, by the row (and column) their JSON pointer names. */
  function showProblems(next) {
    rowProblems = new Map();
    for (const problem of next) {
      const place = rowPlace(problem.pointer);
      if (!place) continue;
      const list = rowProblems.get(place.item) ?? [];
      list.push({ key: place.key, text: `${problem.message}${problem.hint ? `（${problem.hint}）` : ''}` });
      rowProblems.set(place.item, list);
    }
    drawRows();
  }

  return { showProblems, openProblem, close: () => container.replaceChildren() };
}
