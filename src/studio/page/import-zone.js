// 申込者: a drop zone on the registrations form that takes sign-up lists (CSV, TSV, .xlsx) as
// `npm run import-registrations` does. A drop first asks what the import would do (a dry run);
// the import itself waits for the button, and writes only when no row has a problem.
import { element } from './problems.js';
import { asBase64, takeDrops } from './drop-zone.js';

const byId = (id) => document.getElementById(id);
/** POSTs a JSON body with the studio's token (the page's own helper). */
let post;
let unsavedChanges = () => false;
/** The files of the last drop, sent again when the import is confirmed. */
let dropped = null;
/** One value for every row of a field the lists have no column for (区分 a form never asked), as the person chose it. */
let values = {};

export function startImportZone(studioPost, hasUnsavedChanges) {
  post = studioPost;
  unsavedChanges = hasUnsavedChanges;
  takeDrops(byId('import-zone'), (files) => void check(files));
  byId('import-file').addEventListener('change', (event) => {
    void check([...event.target.files]);
    event.target.value = '';
  });
}

/** Shown on the 申込者 form only; leaving it forgets the last drop. */
export function showImportZone(visible) {
  byId('import-zone').hidden = !visible;
  if (!visible) {
    dropped = null;
    byId('import-result').replaceChildren();
  }
}

async function check(files) {
  if (files.length === 0) return;
  const result = byId('import-result');
  if (unsavedChanges()) return void result.replaceChildren(element('p', { className: 'failure', textContent: '保存していない変更があります。先に保存してから取り込んでください。' }));
  result.replaceChildren(element('p', { className: 'quiet', textContent: `${files.map((f) => f.name).join('、')} を読んでいます…` }));
  dropped = await Promise.all(files.map(async (file) => ({ name: file.name, content: await asBase64(file) })));
  values = {};
  await send({ dryRun: true });
}

async function send({ dryRun, update = false }) {
  const response = await post('/api/import-registrations', { files: dropped, dryRun, update, values });
  const result = byId('import-result');
  if (!response.ok) return void result.replaceChildren(element('p', { className: 'failure', textContent: `取り込めませんでした：${await response.text()}` }));
  show(await response.json());
}

/** For each required field without a column: one value for all the rows, chosen by the person (never filled in for them). */
function valueChoice(missing) {
  const form = element('form', { className: 'import-values' });
  for (const { field, title, choices } of missing) {
    const label = element('label', { textContent: `「${title}」の列がありません。すべての行に同じ${title}を入れる：` });
    const input = choices.length > 0 ? element('select', { name: field }) : element('input', { name: field, type: 'text', required: true });
    if (choices.length > 0) input.append(element('option', { value: '', textContent: '選んでください' }), ...choices.map((c) => element('option', { value: c, textContent: c })));
    input.required = true;
    label.append(input);
    form.append(label);
  }
  form.append(element('button', { type: 'submit', textContent: 'この値で確かめる' }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    values = Object.fromEntries(new FormData(form));
    void send({ dryRun: true });
  });
  return form;
}

const countsText = ({ added, updated, unchanged, conflicts, rejected }) => `追加 ${added}・更新 ${updated}・変更なし ${unchanged}・食い違い ${conflicts}・不備のある行 ${rejected}`;

/** The report: what was read, the problems at their row:column (or cell), the conflicts, the counts, and what to do next. */
function show(report) {
  const parts = [];
  const read = element('ul', { className: 'import-read' });
  for (const table of report.read) read.append(element('li', { textContent: `${table.file}：${table.format}、${table.rows}行` }));
  if (report.read.length > 0) parts.push(read);
  const list = (items, className) => {
    const ol = element('ol', { className: 'import-problems' });
    for (const item of items) ol.append(element('li', { className, textContent: item.text }));
    return ol;
  };
  if (report.outcome === 'refused') {
    parts.push(element('p', { className: 'failure', textContent: `取り込めません：問題が ${report.problems.length} 件あります。一覧を直して、もう一度ドロップしてください。申込者のファイルは変わっていません。` }));
    parts.push(list(report.problems, 'import-problem'));
    if (report.missing.length > 0) parts.push(valueChoice(report.missing));
  } else {
    const heading = { 'dry-run': '取り込むと', unchanged: 'すべて登録済みです。変更はありません', created: '取り込みました（ファイルを作成しました）', written: '取り込みました（前の版は履歴に残っています）' }[report.outcome];
    parts.push(element('p', { className: report.outcome === 'dry-run' ? 'import-summary' : 'import-summary done', textContent: `${heading}：${countsText(report.counts)}` }));
  }
  if (report.conflicts.length > 0) {
    parts.push(element('p', { textContent: `登録済みの内容と食い違う行（${report.conflicts.length}件）は、そのままにします：` }), list(report.conflicts, 'import-conflict'));
  }
  if (report.outcome === 'dry-run') {
    const actions = element('p', { className: 'import-actions' });
    if (report.counts.added + report.counts.updated > 0) {
      const go = element('button', { type: 'button', textContent: '取り込む' });
      go.addEventListener('click', () => void send({ dryRun: false }));
      actions.append(go);
    }
    if (report.counts.conflicts > 0) {
      const update = element('button', { type: 'button', textContent: '食い違う行の内容で更新して取り込む' });
      update.addEventListener('click', () => void send({ dryRun: false, update: true }));
      actions.append(update);
    }
    parts.push(actions);
  }
  byId('import-result').replaceChildren(...parts);
}
