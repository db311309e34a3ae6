// Dialogs of the tables: the question asked before something is deleted, and one row as a form
// (every column a labelled field, the plan's long text in a box of its own).
import { element } from './problems.js';
import { cellText, cellValue, choiceList, parsedCell, withCell } from './table-cells.js';

/** A modal dialog in the page, taken away when it closes; resolves with the button pressed (its value). `focus` gets the focus on opening (the first field otherwise). */
function showDialog(label, parts, buttons, focus) {
  const dialog = element('dialog', { className: 'studio-dialog' });
  dialog.setAttribute('aria-label', label);
  const form = element('form', { method: 'dialog' });
  const row = element('p', { className: 'dialog-buttons' });
  for (const { text, value, primary } of buttons) {
    const button = element('button', { value, textContent: text, className: primary ? 'primary' : '' });
    row.append(button);
  }
  form.append(...parts, row);
  dialog.append(form);
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(dialog.returnValue);
    });
    dialog.showModal();
    if (focus) {
      focus.focus();
      focus.scrollIntoView({ block: 'center' });
    }
  });
}

/** Asks before something is done that staff may not mean: 「プロジェクト 3（大分県）を削除しますか」. Resolves true for yes. */
export async function askFirst(question, detail, yes) {
  const answer = await showDialog(question, [element('h2', { textContent: question }), element('p', { textContent: detail })], [
    { text: 'キャンセル', value: 'no' },
    { text: yes, value: 'yes', primary: true },
  ]);
  return answer === 'yes';
}

/**
 * One row as a form; resolves with the item as edited, or null when staff cancel. A field with a
 * problem is marked invalid and described by its message, as the whole-file form marks it; the
 * field of `focusKey` (a column's key) has the focus.
 */
export async function openRowForm(table, item, name, problems, focusKey) {
  const fields = table.columns.map((column) => {
    const id = `row-field-${column.key.replace(/\W/g, '-')}`;
    const current = cellText(cellValue(item, column.key));
    let input;
    if (column.type === 'choice' || column.type === 'yes-no') {
      input = choiceList(column, current, id);
    } else if (current.length > 60 || column.key === '/plan') {
      input = element('textarea', { id, value: current, rows: 4 });
    } else {
      input = element('input', { id, type: column.type === 'date' ? 'date' : 'text', value: current });
    }
    const own = problems.filter((p) => p.key === column.key || p.key.startsWith(`${column.key}/`));
    const field = element('p', { className: own.length ? 'row-field has-problem' : 'row-field' });
    field.append(element('label', { htmlFor: id, textContent: `${column.title}${column.required ? '（必須）' : ''}` }), input);
    if (column.type === 'list') field.append(element('span', { className: 'quiet', textContent: '複数あるときは「、」で区切ります。' }));
    if (own.length) {
      const message = element('span', { id: `${id}__error`, className: 'failure', textContent: own.map((p) => p.text).join(' ') });
      field.append(message);
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', message.id);
    }
    return { column, input, field };
  });
  const title = `${name}を編集`;
  const answer = await showDialog(title, [element('h2', { textContent: title }), ...fields.map((f) => f.field)], [
    { text: 'キャンセル', value: 'cancel' },
    { text: 'この内容にする', value: 'ok', primary: true },
  ], fields.find((f) => f.column.key === focusKey)?.input);
  if (answer !== 'ok') return null;
  return fields.reduce((edited, { column, input }) => withCell(edited, column.key, parsedCell(column, input.value)), item);
}
