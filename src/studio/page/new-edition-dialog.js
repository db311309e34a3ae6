// 新しいエディション…: a dialog that asks the new edition's name (its year) and the edition it starts from.
import { element } from './problems.js';

/**
 * Asks, then makes the edition and opens it. `choices` are the editions that can be started from,
 * `current` the one open; resolves with the server's error text, or nothing when done or cancelled.
 */
export function askNewEdition(post, choices, current) {
  const dialog = element('dialog', { className: 'studio-dialog', id: 'new-edition-dialog' });
  dialog.setAttribute('aria-labelledby', 'new-edition-title');
  const form = element('form', { method: 'dialog' });
  const name = element('input', { id: 'new-edition-name', required: true, pattern: '[0-9A-Za-z][0-9A-Za-z_\\-]{0,39}', placeholder: '例：2018', value: nextName(current) });
  const from = element('select', { id: 'new-edition-from' });
  from.append(...choices.map((dir) => element('option', { value: dir, textContent: dir, selected: dir === current })));
  const field = (label, input, help) => {
    const p = element('p', { className: 'row-field' });
    p.append(element('label', { htmlFor: input.id, textContent: label }), input);
    if (help) p.append(element('span', { className: 'quiet', textContent: help }));
    return p;
  };
  const said = element('p', { className: 'failure', hidden: true, role: 'alert' });
  const buttons = element('p', { className: 'dialog-buttons' });
  buttons.append(element('button', { value: 'cancel', textContent: 'キャンセル', formNoValidate: true }), element('button', { value: 'ok', textContent: '作成して開く', className: 'primary' }));
  form.append(
    element('h2', { id: 'new-edition-title', textContent: '新しいエディションを作る' }),
    field('名前（年度）', name, '英数字と - _ で（例：2018）。editions/ の下にこの名前のフォルダができます。'),
    field('もとにするエディション', from, 'この内容を写します（申込者と履歴は写しません）。日付や数など、前の回のままの値は「問題」の上に一覧します。'),
    said,
    buttons,
  );
  dialog.append(form);
  document.body.append(dialog);
  return new Promise((resolve) => {
    form.addEventListener('submit', async (event) => {
      if (event.submitter?.value !== 'ok') return;
      event.preventDefault();
      const response = await post('/api/new-edition', { name: name.value.trim(), from: from.value });
      if (response.ok) return location.reload();
      said.textContent = `作れませんでした：${await response.text()}`;
      said.hidden = false;
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve();
    });
    dialog.showModal();
  });
}

/** The year after the open edition's, when its folder is named for a year. */
function nextName(current) {
  const year = /(\d{4})$/.exec(current)?.[1];
  return year ? String(Number(year) + 1) : '';
}
