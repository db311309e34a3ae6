// Beside a template in 編集: the text it produced in the latest build (its first fillings, labelled
// as the form numbers things) and the values it may use, found by their Japanese names and inserted
// as a Handlebars field at the cursor, the focus staying in the text.
import { element } from './problems.js';

/** Templates filled when sending (送付), not when the packet is made. */
const mailTemplate = (name) => name.startsWith('mail/') || name.startsWith('partials/mail-');

/**
 * Draws the view for template `name` into `holder` (beside the text editor); `insert(field)` puts
 * a field at the editor's cursor. Returns `refresh()`, to call after each rebuild's check.
 */
export function openTemplateView(holder, name, insert) {
  const produced = element('section', { className: 'template-produced', ariaLabel: '今のパケットでの文章' });
  const values = valueList(insert);
  holder.replaceChildren(produced, values.section);
  let asked = 0;
  const refresh = async (stale) => {
    const asking = ++asked;
    const response = await fetch(`/api/template-view?name=${encodeURIComponent(name)}`);
    if (asking !== asked || !holder.isConnected) return;
    if (!response.ok) return produced.replaceChildren(element('p', { className: 'failure', textContent: await response.text() }));
    const view = await response.json();
    if (!view.ready) {
      produced.replaceChildren(element('h3', { textContent: '今のパケットでの文章' }), element('p', { className: 'quiet', textContent: stale ? '問題があるため、まだ作れていません。問題を直すと、ここにこの文言が作った文章が出ます。' : '作成しています…' }));
      return values.show([], 0, true);
    }
    showProduced(produced, name, view, stale);
    values.show(view.values, view.count);
  };
  return { refresh };
}

function showProduced(section, name, view, stale) {
  const heading = element('h3', { textContent: '今のパケットでの文章' });
  if (view.count === 0) {
    const why = mailTemplate(name)
      ? 'この文言は今のパケット（報道発表資料・自治体向け資料・出席簿）では使われていません。送付メールの文言で、送付タブで下書きを作るときや送信するときに使われます。'
      : 'この文言は今のパケットでは使われていません（今のデータでは、これを使う項目がありません。たとえば、オンラインの報告会がないときのオンラインの案内）。';
    return section.replaceChildren(heading, element('p', { className: 'quiet template-unused', textContent: why }));
  }
  const count = view.count === 1 ? '1回使われています。' : `${view.count}回使われています${view.count > view.fillings.length ? `（最初の${view.fillings.length}回を表示）` : ''}。`;
  const items = view.fillings.map((filling) => {
    const figure = element('figure', { className: 'template-filling' });
    if (filling.label) figure.append(element('figcaption', { textContent: filling.label }));
    figure.append(element('pre', { textContent: filling.text.trim() || '（空の文章）' }));
    return figure;
  });
  const note = stale ? [element('p', { className: 'notice template-stale', textContent: '問題があるため、最後に問題なく作れたときの文章です。問題を直すと更新されます。' })] : [];
  section.replaceChildren(heading, ...note, element('p', { className: 'quiet', textContent: count }), ...items);
}

let lists = 0;

/** The values the template may use: a search box and a list (↑↓ to choose, Enter to insert; a click inserts too). */
function valueList(insert) {
  const id = `template-values-${++lists}`;
  const section = element('section', { className: 'template-values' });
  const heading = element('h3', { id: `${id}-heading`, textContent: '差し込める値' });
  const help = element('p', { id: `${id}-help`, className: 'quiet', textContent: '名前で探して選ぶと、文言のカーソルの位置に差し込みます（↑↓で選び Enter。差し込むと文言の中に戻ります）。' });
  const search = element('input', { type: 'search', id: `${id}-search`, className: 'template-search', placeholder: '値を探す（例：市区町村、発表日、和暦）', autocomplete: 'off' });
  search.setAttribute('role', 'combobox');
  search.setAttribute('aria-controls', `${id}-list`);
  search.setAttribute('aria-expanded', 'true');
  search.setAttribute('aria-labelledby', `${id}-heading`);
  search.setAttribute('aria-describedby', `${id}-help`);
  const list = element('ul', { id: `${id}-list`, className: 'template-value-list' });
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-labelledby', `${id}-heading`);
  const empty = element('p', { className: 'quiet', hidden: true });
  section.append(heading, help, search, list, empty);

  let all = [];
  let shown = [];
  let active = -1;
  const draw = () => {
    const words = search.value.trim().split(/[\s　]+/).filter(Boolean);
    shown = all.filter((value) => words.every((word) => `${value.name} ${value.form} ${value.field}`.includes(word)));
    active = shown.length > 0 ? Math.min(Math.max(active, 0), shown.length - 1) : -1;
    list.replaceChildren(
      ...shown.map((value, i) => {
        const option = element('li', { id: `${id}-${i}`, className: 'template-value' });
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', String(i === active));
        option.append(
          element('span', { className: 'value-name', textContent: value.name }),
          element('span', { className: 'value-form', textContent: value.form }),
          element('code', { className: 'value-field', textContent: value.field }),
          element('span', { className: 'value-example', textContent: value.example ? `例：${value.example}` : '' }),
        );
        // The editor keeps its focus and cursor: the click only inserts.
        option.addEventListener('mousedown', (event) => event.preventDefault());
        option.addEventListener('click', () => insert(value.field));
        return option;
      }),
    );
    search.setAttribute('aria-activedescendant', active >= 0 ? `${id}-${active}` : '');
    empty.hidden = shown.length > 0 || all.length === 0;
    empty.textContent = '探している値は見つかりません。別のことばで探してください。';
  };
  const move = (by) => {
    if (shown.length === 0) return;
    active = (active + by + shown.length) % shown.length;
    draw();
    list.children[active]?.scrollIntoView({ block: 'nearest' });
  };
  search.addEventListener('input', () => {
    active = 0;
    draw();
  });
  search.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') move(1);
    else if (event.key === 'ArrowUp') move(-1);
    else if (event.key === 'Enter' && active >= 0) insert(shown[active].field);
    else return;
    event.preventDefault();
  });
  return {
    section,
    show(values, count, waiting = false) {
      all = values;
      search.disabled = count === 0;
      list.hidden = count === 0;
      if (count === 0) {
        list.replaceChildren();
        empty.hidden = false;
        empty.textContent = waiting ? '文章ができると、ここに使える値が出ます。' : '今のパケットで使われていないため、使える値を示せません。';
        return;
      }
      draw();
    },
  };
}
