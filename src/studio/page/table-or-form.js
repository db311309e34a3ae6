// A file with a list staff edit row by row (申込, プロジェクト) opens as a table; the whole file's
// form (its other parts, such as the list of 活動分野) is one switch away. Both edit the value as
// edited so far, so switching loses nothing.
import { element } from './problems.js';
import { openRecordTable } from './record-table.js';

/**
 * Draws the switch before `container` and the table in it; returns one handle for whichever is
 * shown. `current()` is the file's value as edited so far; `showForm()` opens the form over it.
 */
export function showTableOrForm(container, { table, current, showForm, onChange }) {
  let shown = null;
  let problems = [];
  const switcher = element('div', { className: 'view-switch' });
  switcher.setAttribute('role', 'group');
  switcher.setAttribute('aria-label', '表示');
  const asTable = element('button', { type: 'button', textContent: '表で編集' });
  const asForm = element('button', { type: 'button', textContent: 'フォームで編集（ファイル全体）' });
  switcher.append(asTable, asForm);
  container.before(switcher);

  const show = (kind) => {
    shown?.close();
    asTable.setAttribute('aria-pressed', String(kind === 'table'));
    asForm.setAttribute('aria-pressed', String(kind === 'form'));
    shown = kind === 'table' ? openRecordTable(container, { table, value: current(), problems, onChange }) : showForm();
    shown.showProblems(problems);
  };
  asTable.addEventListener('click', () => show('table'));
  asForm.addEventListener('click', () => show('form'));
  show('table');
  return {
    showProblems(next) {
      problems = next;
      shown.showProblems(next);
    },
    close: () => shown.close(),
  };
}
