// A file with a list staff edit row by row (申込, プロジェクト) opens as a table; the whole file's
// form (its other parts, such as the list of 活動分野) is one switch away. Both edit the value as
// edited so far, so switching loses nothing.
import { element } from './problems.js';
import { openRecordTable } from './record-table.js';

/**
 * Draws the switch before `container` and the view `initial` ('table' or 'form') in it; returns one
 * handle for whichever is shown. `current()` is the file's value as edited so far; `showForm()`
 * opens the form over it; `onShow(kind)` hears which view staff chose (the editor keeps it when the
 * file is read again).
 */
export function showTableOrForm(container, { table, current, showForm, onChange, initial = 'table', onShow = () => {} }) {
  let shown = null;
  let kind = null;
  let problems = [];
  const switcher = element('div', { className: 'view-switch' });
  switcher.setAttribute('role', 'group');
  switcher.setAttribute('aria-label', '表示');
  const asTable = element('button', { type: 'button', textContent: '表で編集' });
  const asForm = element('button', { type: 'button', textContent: 'フォームで編集（ファイル全体）' });
  switcher.append(asTable, asForm);
  container.before(switcher);

  const show = (next) => {
    shown?.close();
    kind = next;
    asTable.setAttribute('aria-pressed', String(kind === 'table'));
    asForm.setAttribute('aria-pressed', String(kind === 'form'));
    shown = kind === 'table' ? openRecordTable(container, { table, value: current(), problems, onChange }) : showForm();
    shown.showProblems(problems);
    onShow(kind);
  };
  asTable.addEventListener('click', () => show('table'));
  asForm.addEventListener('click', () => show('form'));
  show(initial);
  return {
    showProblems(next) {
      problems = next;
      shown.showProblems(next);
    },
    /**
     * Leads to a problem's field: the row's form when the table has a field for it; otherwise the
     * whole-file form is shown, and false says its field is still to be found there.
     */
    openProblem(problem) {
      if (kind === 'table' && shown.openProblem(problem)) return true;
      if (kind === 'table') show('form');
      return false;
    },
    close() {
      shown.close();
      switcher.remove();
    },
  };
}
