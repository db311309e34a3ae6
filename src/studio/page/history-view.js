// 履歴 you can read: each save of the open file, newest first, who made it (when known), what it changed in the form's
// words (「プロジェクト 3 の企画概要」 before → after, items added and removed), and a button that
// puts back the content from before that save.
import { element } from './problems.js';

const kindWords = { changed: '変更', added: '追加', removed: '削除' };

/**
 * Fills `box` with the saves of `file`; `restore(version, label)` is called when staff choose to
 * go back to the content from before one of them.
 */
export async function showHistoryList(box, file, restore) {
  const response = await fetch(`/api/history-changes?kind=${file.kind}&name=${encodeURIComponent(file.name)}`);
  const versions = response.ok ? await response.json() : [];
  const list = element('ol', { className: 'history-list' });
  for (const version of versions) {
    // A version is filed when a save replaces it: its time is that save's.
    const when = new Date(version.savedAt).toLocaleString('ja-JP');
    const label = `${when} に保存する前の内容`;
    const item = element('li');
    const heading = element('p', { className: 'history-save' });
    heading.append(element('strong', { textContent: `${when} の保存` }));
    if (version.savedBy) heading.append(element('span', { className: 'history-who', textContent: `保存した人：${version.savedBy}` }));
    heading.append(`（${version.changes.length ? `${version.changes.length} か所` : '変更なし'}）`);
    const back = element('button', { type: 'button', textContent: 'この保存の前に戻す', title: label });
    back.addEventListener('click', () => void restore(version, label));
    heading.append(back);
    item.append(heading, changeList(version.changes));
    list.append(item);
  }
  box.replaceChildren(element('h3', { textContent: '保存の履歴（新しい順、最大50）' }), versions.length ? list : element('p', { className: 'quiet', textContent: 'まだありません。保存するたびに前の版が残ります。' }));
  box.hidden = false;
}

function changeList(changes) {
  const list = element('ul', { className: 'change-list' });
  for (const change of changes) {
    const item = element('li', { className: `change ${change.kind}` });
    item.append(element('span', { className: 'change-kind', textContent: kindWords[change.kind] }), element('span', { className: 'change-place', textContent: change.place }));
    if (change.before !== undefined || change.after !== undefined) {
      const values = element('span', { className: 'change-values' });
      if (change.before !== undefined) values.append(element('del', { textContent: change.before || '（空）' }));
      if (change.before !== undefined && change.after !== undefined) values.append(' → ');
      if (change.after !== undefined) values.append(element('ins', { textContent: change.after || '（空）' }));
      item.append(values);
    }
    list.append(item);
  }
  return list;
}
