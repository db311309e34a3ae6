// 送付: who gets which message, its state in the ledger, the message as it will be read, and the
// buttons that make the drafts and send (asking first, naming how many go to whom).
import { element, showProblems } from './problems.js';

const stateLabels = { none: '未作成', draft: '下書き', sent: '送信済み', uncertain: '不明', failed: '送信失敗' };
const byId = (id) => document.getElementById(id);

let post = null;
let shown = null;
let chosen = null;

/** @param {(route: string, body: object) => Promise<Response>} poster the page's token-carrying POST */
export function startDistribution(poster) {
  post = poster;
  byId('make-drafts').addEventListener('click', () => act('/api/distribution/drafts', {}, '下書きを作成しています…'));
  byId('send-messages').addEventListener('click', () => {
    const going = sendable();
    const names = going.map((r) => `・${r.label}（${r.to.join(', ')}）`).join('\n');
    if (!confirm(`${going.length}通のメールを送信します。\n\n${names}\n\n送信したメールは取り消せません。送信しますか？`)) return;
    void act('/api/distribution/send', { keys: going.map((r) => r.key) }, `${going.length}通を送信しています…`);
  });
}

/** Asks the server for the messages and their states and draws them. */
export async function refreshDistribution() {
  const response = await fetch('/api/distribution');
  if (response.ok) draw(await response.json());
}

async function act(route, body, doing) {
  for (const id of ['make-drafts', 'send-messages']) byId(id).disabled = true;
  byId('distribution-report').replaceChildren(element('p', { textContent: doing }));
  const response = await post(route, body);
  if (!response.ok) {
    byId('distribution-report').replaceChildren(element('p', { className: 'failure', textContent: await response.text() }));
    return refreshDistribution();
  }
  const answer = await response.json();
  byId('distribution-report').replaceChildren(...(answer.report ?? []).map((line) => element('p', { textContent: line })));
  draw(answer);
}

/** What 送信 would send: neither sent nor uncertain (an uncertain one goes only from the command, once checked). */
function sendable() {
  return (shown?.recipients ?? []).filter((r) => r.state !== 'sent' && r.state !== 'uncertain');
}

function draw(status) {
  shown = status;
  const problems = byId('distribution-problems');
  const list = byId('distribution-list');
  if (status.problems) {
    showProblems(problems, status.problems);
    list.replaceChildren();
    byId('message-view').replaceChildren();
    byId('make-drafts').disabled = true;
    byId('send-messages').disabled = true;
    byId('distribution-note').textContent = 'パケットを作成し、問題をなくすと送付できます。';
    return;
  }
  showProblems(problems, status.warnings);
  const going = sendable();
  byId('make-drafts').disabled = false;
  byId('send-messages').disabled = !status.canSend || going.length === 0;
  byId('send-messages').textContent = going.length > 0 ? `${going.length}通を送信…` : '送信…';
  byId('distribution-note').textContent = status.canSend ? `下書き: ${status.draftsDir}　記録: ${status.ledger}` : `送信するには --smtp-host を付けてスタジオを起動します。下書き: ${status.draftsDir}`;
  const head = element('tr');
  for (const title of ['宛先', '送るもの', '状態']) head.append(element('th', { scope: 'col', textContent: title }));
  const rows = status.recipients.map((r) => {
    const row = element('tr', { className: r.key === chosen ? 'chosen' : '' });
    const name = element('button', { type: 'button', textContent: r.label, title: 'このメールを表示' });
    name.addEventListener('click', () => {
      chosen = r.key;
      draw(shown);
    });
    const who = element('td');
    who.append(name, element('div', { className: 'quiet', textContent: r.to.join(', ') }));
    row.append(who, element('td', { textContent: r.attachments.map((a) => a.name).join('、') }), element('td', { className: `state ${r.state}`, textContent: stateLabels[r.state] + (r.at ? `（${new Date(r.at).toLocaleString('ja-JP', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' })}）` : '') }));
    return row;
  });
  const thead = element('thead');
  thead.append(head);
  const tbody = element('tbody');
  tbody.append(...rows);
  list.replaceChildren(thead, tbody);
  showMessage(status.recipients.find((r) => r.key === chosen) ?? status.recipients[0]);
}

/** The message as the recipient's mail program shows it: headers, attachments, the text. */
function showMessage(message) {
  const view = byId('message-view');
  if (!message) return view.replaceChildren();
  const headers = element('dl');
  const add = (term, value) => headers.append(element('dt', { textContent: term }), element('dd', { textContent: value }));
  add('件名', message.subject);
  add('宛先', message.to.join(', '));
  add('CC', message.cc.join(', ') || 'なし');
  add('添付', message.attachments.map((a) => `${a.name}（${(a.bytes / 1024).toFixed(1)} KB）`).join('、'));
  view.replaceChildren(headers, element('pre', { className: 'message-text', textContent: message.text }));
}
