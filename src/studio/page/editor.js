// 編集: each data file as a form made from its schema, each template as text; saved with the
// least change, refused (and offered back) when the file changed elsewhere; earlier versions kept.
import { element } from './problems.js';
import { showImportZone, startImportZone } from './import-zone.js';
import { showTableOrForm } from './table-or-form.js';
import { undoButton } from './undo-save.js';
import { showHistoryList } from './history-view.js';
import { showPhotoZone, startPhotoZone } from './photo-zone.js';
import { openTemplateView } from './template-view.js';

const byId = (id) => document.getElementById(id);
/** POSTs a JSON body with the studio's token (the page's own helper). */
let post;
let files = [];
/**
 * The open file: what was read (its hash), what was last read or saved (`saved`, or `savedText` for
 * a text), what the editor holds now, and the form if it is one.
 */
let open = null;
let latestState = null;
let checkedGeneration = null;
/** The view staff last chose for a file shown as a table or a form: kept when the file is read again (a save elsewhere, an undo). */
const chosenViews = new Map();

export function startEditor(studioPost) {
  post = studioPost;
  byId('edit-file').addEventListener('change', () => void openFile(byId('edit-file').value));
  byId('edit-save').addEventListener('click', () => void save(false));
  byId('edit-overwrite').addEventListener('click', () => void save(true));
  byId('edit-reload').addEventListener('click', () => void openFile(open.key, true));
  byId('edit-history').addEventListener('click', () => void showHistory());
  startImportZone(post, () => open?.dirty === true);
  startPhotoZone(post, () => open?.dirty === true);
  // Ctrl+S saves the open file, as in any editor (not the browser's "save page as", which would keep nothing).
  document.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 's') return;
    event.preventDefault();
    if (open?.dirty) void save(false);
  });
  // Closing or reloading the page would lose what was not saved: the browser asks first.
  window.addEventListener('beforeunload', (event) => {
    if (open?.dirty) event.preventDefault();
  });
}

/** Whether the page may open something else now: true when nothing is unsaved, or staff choose to discard it. */
export function mayLeave() {
  if (!open?.dirty) return true;
  if (!confirm('保存していない変更があります。捨てて進みますか？')) return false;
  open.dirty = false;
  return true;
}

const keyOf = (file) => `${file.kind}:${file.name}`;

async function loadFiles() {
  files = await (await fetch('/api/files')).json();
  const select = byId('edit-file');
  if (select.options.length === 0) {
    // Data files by name; templates by document (報道発表資料 › 本文 › リード: the group, then the part), in the server's order.
    const groups = new Map([['データ', files.filter((f) => f.kind === 'data').map((file) => ({ file, text: file.label }))]]);
    for (const file of files.filter((f) => f.kind === 'template')) {
      const [document, ...part] = file.label.split(' › ');
      const label = `文言：${part.length ? document : 'その他'}`;
      groups.set(label, [...(groups.get(label) ?? []), { file, text: part.join(' › ') || file.label }]);
    }
    select.replaceChildren(
      ...[...groups].map(([label, entries]) => {
        const optgroup = element('optgroup', { label });
        optgroup.append(...entries.map(({ file, text }) => element('option', { value: keyOf(file), textContent: `${text}（${file.name}）` })));
        return optgroup;
      }),
    );
  }
}

/** Counts the files opened: an opening that a later one overtook while it waited for the server stops, so the page never shows one file under another's name. */
let openings = 0;

/** Opens a file in the editor, or reopens the one open (after a conflict, or an outside change). */
async function openFile(key, reload = false) {
  if (!reload && open?.dirty && !confirm('保存していない変更があります。捨てて別のファイルを開きますか？')) {
    byId('edit-file').value = open.key;
    return;
  }
  const opening = ++openings;
  await loadFiles();
  if (opening !== openings) return;
  const file = files.find((f) => keyOf(f) === key) ?? files[0];
  byId('edit-file').value = keyOf(file);
  open?.form?.close();
  open?.editor?.close();
  byId('edit-conflict').hidden = true;
  byId('edit-history-list').hidden = true;
  undoHolder().replaceChildren();
  showImportZone(file.kind === 'data' && file.name === 'registrations.json');
  showPhotoZone(file.kind === 'data' && file.name === 'release.json');
  const area = byId('edit-area');
  if (file.refused) {
    // A link out of the edition: neither shown nor saved.
    open = { key: keyOf(file), file, dirty: false };
    area.replaceChildren(element('p', { className: 'failure', textContent: `${file.refused.ja}（${file.refused.en}）` }));
    byId('edit-save').disabled = true;
    return;
  }
  open = { key: keyOf(file), file, hash: file.hash, dirty: false, saved: undefined, value: undefined, savedText: file.text ?? '', text: file.text ?? '', form: null, editor: null, view: null };
  let value;
  try {
    value = file.kind === 'data' ? JSON.parse((file.text ?? '{}').replace(/^\uFEFF/, '')) : undefined;
  } catch {
    value = undefined;
  }
  const [editors, schemas, tables] = await Promise.all([import('/app/editors.js'), fetch('/api/schemas').then((r) => r.json()), fetch('/api/tables').then((r) => r.json())]);
  if (opening !== openings) return;
  const container = element('div');
  area.replaceChildren(container);
  if (value !== undefined) {
    open.saved = open.value = value;
    const onChange = (next) => {
      open.value = next;
      showDirty(!editors.sameValue(next, open.saved));
    };
    const table = tables.find((t) => t.file === file.name && (Array.isArray(value[t.array]) || !file.exists));
    const showForm = () =>
      editors.openDataForm(container, {
        name: file.name,
        schema: schemas[file.name],
        value: open.value,
        problems: problemsOf(file),
        // The lists a value is chosen from: schedule.json as it is on disk now (this form's own value for itself).
        schedule: file.name === 'schedule.json' ? open.value : parsedData('schedule.json'),
        defaultAttendeeKinds: schemas['schedule.json']?.properties?.attendeeKinds?.default,
        onChange,
      });
    const key = open.key;
    open.form = table ? showTableOrForm(container, { table, current: () => open.value, showForm, onChange, initial: chosenViews.get(key), onShow: (view) => chosenViews.set(key, view) }) : showForm();
  } else {
    // A template, or a data file that is not JSON just now: its text, to fix by hand; a template
    // with what it produced and the values it may use beside it.
    const textHolder = file.kind === 'template' ? element('div', { className: 'template-text' }) : container;
    open.editor = editors.openTextEditor(textHolder, {
      text: open.text,
      label: `${file.name} の内容`,
      problems: problemsOf(file),
      onChange: (text) => {
        open.text = text;
        showDirty(text !== open.savedText);
      },
    });
    if (file.kind === 'template') {
      const side = element('div', { className: 'template-side' });
      container.className = 'template-work';
      container.append(textHolder, side);
      const editor = open.editor;
      open.view = openTemplateView(side, file.name, (field) => editor.insert(field));
      void open.view.refresh(latestState?.problems.length > 0);
    }
  }
  setStatus(file.exists ? '' : 'このファイルはまだありません。保存すると作られます。');
  byId('edit-save').disabled = true;
  showProblemsHere();
}

/** Whether the editor holds what the file does not: an edit undone is none. */
function showDirty(dirty) {
  if (dirty === open.dirty) return;
  open.dirty = dirty;
  byId('edit-save').disabled = !dirty;
  setStatus(dirty ? '保存していない変更があります。' : '');
}

function setStatus(text) {
  byId('edit-status').textContent = text;
}

async function save(force) {
  const { file } = open;
  const body = { kind: file.kind, name: file.name, baseHash: open.hash, force, ...(open.form ? { value: open.value } : { text: open.text }) };
  const response = await post('/api/save', body);
  if (response.status === 409) {
    byId('edit-conflict').hidden = false;
    setStatus('保存できませんでした。下のどちらかを選んでください。');
    return;
  }
  if (!response.ok) return setStatus(`保存できませんでした：${await response.text()}`);
  const before = open.hash;
  open.hash = (await response.json()).hash;
  open.saved = open.value;
  open.savedText = open.text;
  open.dirty = false;
  byId('edit-conflict').hidden = true;
  byId('edit-save').disabled = true;
  setStatus(`保存しました（${new Date().toLocaleTimeString('ja-JP')}）。問題とプレビューはまもなく更新されます。`);
  if (before !== null && before !== open.hash) offerUndo('元に戻す');
}

/** After a save that replaced a version (a restore too): a button that puts that version back. */
function offerUndo(label) {
  const holder = undoHolder();
  holder.replaceChildren(
    undoButton(post, open.file, open.hash, label, async (hash, failure) => {
      if (!hash) return setStatus(failure);
      await openFile(open.key, true);
      setStatus(label === '元に戻す' ? '保存する前の内容に戻しました（戻す前の内容も履歴に残っています）。' : '元に戻す前の内容にしました。');
      offerUndo(label === '元に戻す' ? 'やり直す' : '元に戻す');
    }),
  );
}

/** Where the undo button stands: beside the save's message, emptied when another file is opened. */
function undoHolder() {
  let holder = byId('edit-undo');
  if (!holder) {
    holder = element('p', { id: 'edit-undo', className: 'edit-undo' });
    byId('edit-status').after(holder);
  }
  return holder;
}

async function showHistory() {
  const box = byId('edit-history-list');
  if (!box.hidden) return void (box.hidden = true);
  const { kind, name } = open.file;
  await showHistoryList(box, open.file, async (version, label) => {
    if (!mayLeave()) return;
    const response = await post('/api/restore', { kind, name, id: version.id, baseHash: open.hash });
    if (response.status === 409) return void (byId('edit-conflict').hidden = false);
    if (!response.ok) return setStatus(`戻せませんでした：${await response.text()}`);
    await openFile(open.key, true);
    setStatus(`${label}に戻しました（戻す前の内容も履歴に残っています）。`);
    offerUndo('元に戻す');
  });
}

/** A data file's value as last read, or undefined while it is not JSON. */
function parsedData(name) {
  try {
    return JSON.parse((files.find((f) => f.kind === 'data' && f.name === name)?.text ?? '').replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

/**
 * Opens the file a problem is in, at its field (a form, or a table's row form) or its line (a text),
 * scrolled into view and focused: the 問題 tab's entries lead here.
 */
export async function openAt(problem) {
  await loadFiles();
  const file = files.find((f) => f.file === problem.file);
  if (!file) return;
  if (open?.key !== keyOf(file)) {
    if (!mayLeave()) return;
    await openFile(keyOf(file), true);
  }
  if (open.form?.openProblem?.(problem)) return;
  const target = open.form ? await fieldElement(problem.pointer) : null;
  if (target) {
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  } else {
    open.editor?.goTo?.(problem.line, problem.column);
  }
}

/** The form's input for a JSON pointer (RJSF names it root_projects_8_end), or the nearest one above it that is drawn; waits for the form to draw. */
async function fieldElement(pointer) {
  const keys = (pointer ?? '').split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (let tries = 0; tries < 20; tries++) {
    for (let n = keys.length; n >= 0; n--) {
      const node = document.getElementById(['root', ...keys.slice(0, n)].join('_'));
      const input = node && (/^(INPUT|SELECT|TEXTAREA)$/.test(node.tagName) ? node : node.querySelector('input, select, textarea'));
      if (input) return input;
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return null;
}

const problemsOf = (file) => (latestState?.problems ?? []).filter((p) => p.file === file.file);

/** The server's problems of the open file: beside its fields in a form; at their line and column in a text, and listed above it. */
function showProblemsHere() {
  if (!open) return;
  const problems = problemsOf(open.file);
  open.form?.showProblems(problems);
  open.editor?.showProblems(problems);
  const box = byId('edit-problems');
  box.replaceChildren(...(open.form ? [] : problems.map((p) => element('p', { className: 'failure', textContent: p.text }))));
}

/** Each state from the server: new problems to show, and a file changed elsewhere to notice. */
export async function editorUpdate(state) {
  const first = latestState === null;
  latestState = state;
  if (first) return openFile(byId('edit-file').value || 'data:release.json');
  // Once per rebuild, when its check is done (later news of it only adds documents): its problems,
  // and whether the open file was changed elsewhere.
  if (!open || state.busy === 'checking' || state.generation === checkedGeneration) return;
  checkedGeneration = state.generation;
  showProblemsHere();
  void open.view?.refresh(state.problems.length > 0);
  const current = (await (await fetch('/api/files')).json()).find((f) => keyOf(f) === open.key);
  if (current && current.hash !== open.hash) {
    if (open.dirty) byId('edit-conflict').hidden = false;
    else await openFile(open.key, true);
  }
}
