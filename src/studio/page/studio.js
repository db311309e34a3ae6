// The studio page: the server sends its whole state on every change; this draws it.
import { element, showProblems } from './problems.js';
import { showPdf } from './pdf-preview.js';
import { keepBriefFitted, showBrief } from './brief-preview.js';
import { editorUpdate, mayLeave, openAt, startEditor } from './editor.js';
import { showWorkbook } from './workbook-preview.js';
import { refreshDistribution, startDistribution } from './distribution.js';
import { packetActions } from './packet-actions.js';
import { askNewEdition } from './new-edition-dialog.js';
import { showCarriedOver } from './carried-over-panel.js';
import { startGuide } from './guide.js';

const token = document.querySelector('meta[name="studio-token"]').content;
const baseTitle = document.title;
const byId = (id) => document.getElementById(id);
/** When each part was last brought up to date (epoch ms), for the tests and the benchmark. */
const marks = document.documentElement.dataset;

let state = null;
let shownCheck = null;
/** The version of each document drawn (or being drawn), and the drawing in progress. */
const shown = { release: null, brief: null, workbook: null };
const drawing = {};
/**
 * The bytes each panel shows (their digest): a render that made a document anew with the same bytes
 * (an edit elsewhere) leaves its drawing as it is, and the page's time goes to what changed.
 */
const drawn = { release: null, brief: null, workbook: null };
let chosenBrief = decodeURIComponent(location.hash.slice(1)) || null;
let chosenSheet = null;
let sheets = [];

keepBriefFitted(byId('brief-view'));
startEditor(post);
startDistribution(post);
startGuide();

const events = new EventSource('/events');
events.addEventListener('state', (event) => update(JSON.parse(event.data)));
events.addEventListener('error', () => setStatus('スタジオに接続できません。サーバーが止まっていないか確かめてください。', 'bad'));

function update(next) {
  state = next;
  showStatus();
  showPaths();
  if (state.busy !== 'checking') showCheck();
  showPacket();
  showNotices();
  if (state.preview) refreshPreview(state.preview);
  void editorUpdate(state);
  if (state.busy === null && !byId('panel-distribution').hidden) void refreshDistribution();
  void showCarriedOver(state, post);
}

function showStatus() {
  const count = state.problems.length;
  document.title = count > 0 ? `(${count}) ${baseTitle}` : baseTitle;
  if (state.busy === 'checking') setStatus('確認しています…');
  else if (count > 0) setStatus(`問題が ${count} 件あります`, 'bad');
  else if (state.failure) setStatus('文書を作成できませんでした', 'bad');
  else if (state.busy === 'rendering') setStatus('プレビューを作成しています…');
  else setStatus(`最新です（${new Date().toLocaleTimeString('ja-JP')} 更新）`, 'ok');
}

function setStatus(text, tone = '') {
  const status = byId('status');
  status.textContent = text;
  status.className = tone;
}

function showPaths() {
  const { data, templates, registrations, out } = state.paths;
  byId('paths').textContent = `データ ${data}　文言 ${templates}${registrations ? `　申込者 ${registrations}` : ''}　出力先 ${out}`;
}

function showCheck() {
  // Drawn once per check: later news of the same rebuild (each document made) leaves the list as it is.
  // …but the layout's warnings come with the documents, after the check.
  const warnings = state.warnings ?? [];
  const key = `${state.generation} ${state.failure} ${warnings.map((warning) => warning.text).join('\n')}`;
  if (key === shownCheck) return;
  shownCheck = key;
  const count = state.problems.length;
  byId('problem-count').textContent = count > 0 ? `${count}件` : warnings.length > 0 ? `警告 ${warnings.length}件` : '';
  const container = byId('problems');
  // Choosing a problem opens its file in 編集 at the field (or line) it is about.
  if (count > 0) showProblems(container, state.problems, (problem) => byId('tab-edit').click() ?? void openAt(problem));
  else if (state.failure) container.replaceChildren(element('p', { className: 'failure', textContent: `データに問題はありませんが、文書を作成できませんでした：${state.failure}` }));
  else if (warnings.length > 0) {
    // Warnings do not stop the packet: the documents are made, but not laid out as the rules ask.
    const list = element('div', { className: 'layout-warnings' });
    showProblems(list, warnings);
    container.replaceChildren(element('p', { className: 'problems-clear', textContent: `データに問題はありません。レイアウトの警告が ${warnings.length} 件あります（資料はこのまま作成できます）。` }), list);
  } else container.replaceChildren(element('p', { className: 'problems-clear', textContent: '問題はありません。' }));
  marks.checkedGeneration = String(state.generation);
  marks.checkedAt = String(Date.now());
}

function showNotices() {
  const count = state.problems.length;
  let notice = '';
  if (!state.preview) {
    if (count > 0) notice = `このエディションはまだ一度も問題なく読み込めていません。左の問題（${count}件）を直すと、ここに表示されます。`;
    else if (state.failure) notice = `文書を作成できませんでした：${state.failure}`;
    else notice = '作成しています…';
  } else if (state.stale) {
    // Between a check without problems and its documents, there is neither a problem nor a failure to name yet.
    notice = count > 0 ? `この表示は古い内容です。データに問題が ${count} 件あります。直すと更新されます。` : state.failure ? `この表示は古い内容です。文書を作成できませんでした：${state.failure}` : 'この表示は古い内容です。新しい内容で作成しています…';
  }
  for (const panel of document.querySelectorAll('.panel')) {
    const box = panel.querySelector('.notice');
    box.textContent = notice;
    box.hidden = notice === '';
    panel.classList.toggle('stale', Boolean(state.preview && state.stale));
  }
}

/** Each document is redrawn when a render has made it anew, as soon as it has. */
function refreshPreview({ release, briefs, workbook }) {
  if (release && release.version !== shown.release) part('release', release.version, () => refreshRelease(release));
  if (briefs && briefs.version !== shown.brief) {
    byId('brief-count').textContent = `${briefs.files.length}`;
    part('brief', briefs.version, () => refreshBriefs(briefs.files));
  }
  if (workbook && workbook.version !== shown.workbook) part('workbook', workbook.version, () => refreshWorkbook(workbook));
}

/**
 * Draws one document, after the drawing of it already in progress: only the newest version is
 * drawn, and the time it was shown is marked.
 */
function part(name, version, work) {
  shown[name] = version;
  drawing[name] = (drawing[name] ?? Promise.resolve()).then(async () => {
    if (shown[name] !== version) return;
    try {
      await work();
      if (shown[name] !== version) return;
      marks[`${name}Version`] = String(version);
      marks[`${name}At`] = String(Date.now());
    } catch (error) {
      if (shown[name] === version) console.error(`${name}:`, error);
    }
  });
}

async function refreshRelease(release) {
  setDownload('panel-release', release);
  if (drawn.release === release.digest) return;
  drawn.release = null;
  await showPdf(byId('release-pages'), release.url, document.querySelector('.main').clientWidth);
  drawn.release = release.digest;
}

async function refreshBriefs(briefs) {
  const list = byId('brief-list');
  const chosen = briefs.find((b) => b.code === chosenBrief) ?? briefs[0] ?? null;
  chosenBrief = chosen?.code ?? null;
  list.replaceChildren(
    ...briefs.map((brief) => {
      const button = element('button', { type: 'button', textContent: brief.municipality });
      button.dataset.code = brief.code;
      button.setAttribute('aria-current', String(brief === chosen));
      button.addEventListener('click', () => chooseBrief(brief.code));
      const item = element('li');
      item.append(button);
      return item;
    }),
  );
  setDownload('panel-briefs', chosen);
  if (!chosen) {
    drawn.brief = null;
    return byId('brief-view').replaceChildren();
  }
  if (drawn.brief === chosen.digest) return;
  drawn.brief = null;
  const panel = byId('panel-briefs');
  const scroll = panel.scrollTop;
  await showBrief(byId('brief-view'), chosen.url);
  panel.scrollTop = scroll;
  drawn.brief = chosen.digest;
}

function chooseBrief(code) {
  chosenBrief = code;
  history.replaceState(null, '', `#${encodeURIComponent(code)}`);
  byId('panel-briefs').scrollTop = 0;
  const briefs = state.preview?.briefs;
  if (briefs) part('brief', briefs.version, () => refreshBriefs(briefs.files));
}

async function refreshWorkbook(workbook) {
  setDownload('panel-workbook', workbook);
  if (drawn.workbook === workbook.digest) return;
  drawn.workbook = null;
  const response = await fetch(workbook.sheetsUrl);
  if (!response.ok) throw new Error(`${workbook.sheetsUrl}: ${response.status}`);
  sheets = await response.json();
  drawSheets();
  drawn.workbook = workbook.digest;
}

function drawSheets() {
  const panel = byId('panel-workbook');
  const [top, left] = [panel.scrollTop, panel.scrollLeft];
  chosenSheet = showWorkbook(byId('sheet-tabs'), byId('sheet-view'), sheets, chosenSheet, (name) => {
    chosenSheet = name;
    drawSheets();
  });
  [panel.scrollTop, panel.scrollLeft] = [top, left];
}

function setDownload(panelId, file) {
  const link = byId(panelId).querySelector('.download');
  link.hidden = !file;
  if (!file) return;
  link.href = file.url;
  link.download = file.name;
  link.textContent = `${file.name} をダウンロード（${formatBytes(file.bytes)}）`;
}

function showPacket() {
  const { running, report } = state.packet;
  const button = byId('make-packet');
  const blocked = state.problems.length > 0 ? `問題が ${state.problems.length} 件あるため作成できません` : state.failure ? '文書を作成できないため作成できません' : state.busy === 'checking' ? '確認中です' : '';
  button.disabled = running || blocked !== '';
  button.title = blocked;
  button.textContent = running ? '作成しています…' : blocked ? 'パケットを作成（問題を直してから）' : 'パケットを作成';
  const box = byId('packet-report');
  if (!report) return void (box.hidden = true);
  box.hidden = false;
  const heading = element('h2');
  if (report.ok) {
    heading.textContent = `パケットを ${report.outDir} に作成しました`;
    const table = element('table');
    for (const file of report.files) {
      const row = element('tr');
      row.append(element('td', { textContent: file.path }), element('td', { className: 'size', textContent: formatBytes(file.bytes) }));
      table.append(row);
    }
    box.replaceChildren(heading, table, packetActions(post));
  } else if (report.failure) {
    heading.textContent = 'パケットを作成できませんでした';
    box.replaceChildren(heading, element('p', { className: 'failure', textContent: report.failure }));
  } else {
    heading.textContent = `パケットを作成できませんでした（問題 ${report.problems.length} 件。出力先は前のままです）`;
    const list = element('div');
    showProblems(list, report.problems);
    box.replaceChildren(heading, list);
  }
}

byId('make-packet').addEventListener('click', async () => {
  byId('make-packet').disabled = true;
  const response = await post('/api/packet', {});
  if (!response.ok && response.status !== 409) setStatus(`パケットを作成できませんでした：${await response.text()}`, 'bad');
});

/** The edition open, as the list shows it. */
let shownEdition = '';

/** The editions the studio can open: choosing one switches the studio to it; a new one starts from the one open. */
async function showEditions() {
  const { current, choices, canCreate } = await (await fetch('/api/editions')).json();
  shownEdition = current;
  const select = byId('edition');
  select.replaceChildren(...choices.map((dir) => element('option', { value: dir, textContent: dir, selected: dir === current })));
  byId('new-edition').hidden = !canCreate;
}

async function post(route, body) {
  return fetch(route, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Studio-Token': token }, body: JSON.stringify(body) });
}

byId('edition').addEventListener('change', async () => {
  if (!mayLeave()) return void (byId('edition').value = shownEdition);
  const response = await post('/api/edition', { dataDir: byId('edition').value });
  if (response.ok) location.reload();
  else setStatus(`エディションを切り替えられませんでした：${await response.text()}`, 'bad');
});

byId('new-edition').addEventListener('click', async () => {
  if (!mayLeave()) return;
  await askNewEdition(post, [...byId('edition').options].map((o) => o.value), shownEdition);
});

void showEditions();

function formatBytes(bytes) {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

// Tabs: one panel shown at a time, each keeping its own scroll position.
for (const list of document.querySelectorAll('.tabs')) setUpTabs([...list.querySelectorAll('[role="tab"]')]);

function setUpTabs(tabs) {
  const select = (tab) => {
    for (const other of tabs) {
      const panel = byId(other.getAttribute('aria-controls'));
      const selected = other === tab;
      if (!selected && !panel.hidden) panel.dataset.scrollTop = String(panel.scrollTop);
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      panel.hidden = !selected;
      if (selected) panel.scrollTop = Number(panel.dataset.scrollTop ?? 0);
    }
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => select(tab));
    if (tab.id === 'tab-distribution') tab.addEventListener('click', () => void refreshDistribution());
    tab.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      const next = tabs[(i + step + tabs.length) % tabs.length];
      select(next);
      next.focus();
    });
  });
}
