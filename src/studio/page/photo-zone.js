// 写真: on the release's form, the photo the release prints on page 2, chosen or dropped here. The
// server checks it (PNG or JPEG, whole, enough pixels for print, small enough to mail), keeps it in
// the edition folder and points release.json at it with a save that 履歴 keeps like any other.
import { element } from './problems.js';
import { asBase64, takeDrops } from './drop-zone.js';

const byId = (id) => document.getElementById(id);
let post;
let unsavedChanges = () => false;
/** The image chosen and not yet used: its name, its bytes (base64) and a preview address. */
let chosen = null;

export function startPhotoZone(studioPost, hasUnsavedChanges) {
  post = studioPost;
  unsavedChanges = hasUnsavedChanges;
}

/** Shown on the 発表 (release.json) form only. */
export function showPhotoZone(visible) {
  let zone = byId('photo-zone');
  if (!visible) {
    if (zone) zone.hidden = true;
    forget();
    return;
  }
  if (!zone) zone = makeZone();
  zone.hidden = false;
  void showCurrent();
}

function makeZone() {
  const zone = element('section', { id: 'photo-zone', className: 'import-zone photo-zone' });
  zone.setAttribute('aria-labelledby', 'photo-title');
  const pick = element('label', { className: 'import-pick', textContent: 'ファイルを選ぶ' });
  const input = element('input', { type: 'file', id: 'photo-file', accept: 'image/png,image/jpeg,.png,.jpg,.jpeg' });
  pick.append(input);
  const intro = element('p');
  intro.append('報道発表資料の 2 ページ目に載せる写真です。PNG か JPEG の写真をここにドロップするか、', pick, '。写真がないときは、説明も枠も印刷されません。');
  const alt = element('input', { type: 'text', id: 'photo-alt', maxLength: 200 });
  const altField = element('p', { className: 'row-field' });
  altField.append(element('label', { htmlFor: 'photo-alt', textContent: '写真に写っているもの（代替テキスト・必須）' }), alt);
  const use = element('button', { type: 'button', id: 'photo-use', textContent: 'この写真を使う', disabled: true });
  const remove = element('button', { type: 'button', id: 'photo-remove', textContent: '写真を外す', hidden: true });
  zone.append(element('h3', { id: 'photo-title', textContent: '写真' }), intro, element('div', { id: 'photo-current', className: 'photo-current' }), altField, element('p', { className: 'photo-buttons' }), element('div', { id: 'photo-result', role: 'status' }));
  zone.querySelector('.photo-buttons').append(use, remove);
  byId('edit-problems').before(zone);

  takeDrops(zone, (files) => void choose(files[0]));
  input.addEventListener('change', () => {
    void choose(input.files[0]);
    input.value = '';
  });
  alt.addEventListener('input', () => (use.disabled = !chosen || alt.value.trim() === ''));
  use.addEventListener('click', () => void send({ data: chosen.data, name: chosen.name, alt: alt.value }));
  remove.addEventListener('click', () => void send({ remove: true }));
  return zone;
}

/** The photo the release prints now, if any; its alt text offered for the next. */
async function showCurrent() {
  const box = byId('photo-current');
  const current = await (await fetch('/api/photo-now', { cache: 'no-store' })).json();
  byId('photo-remove').hidden = !current;
  if (current && !byId('photo-alt').value) byId('photo-alt').value = current.alt;
  if (chosen) return;
  if (!current) return void box.replaceChildren(element('p', { className: 'quiet', textContent: '写真はまだありません。' }));
  const image = element('img', { src: `/api/photo-image?${encodeURIComponent(current.image)}`, alt: '今の写真' });
  box.replaceChildren(element('p', { className: 'quiet', textContent: `今の写真（${current.image}）：` }), image);
}

async function choose(file) {
  if (!file) return;
  const result = byId('photo-result');
  if (!/^image\/(png|jpeg)$/.test(file.type) && !/\.(png|jpe?g)$/i.test(file.name)) return say(`${file.name} は PNG か JPEG の写真ではありません。`, true);
  forget();
  const data = await asBase64(file);
  chosen = { name: file.name, data, url: URL.createObjectURL(file) };
  byId('photo-current').replaceChildren(element('p', { className: 'quiet', textContent: `選んだ写真：${file.name}` }), element('img', { src: chosen.url, alt: `選んだ写真（${file.name}）` }));
  byId('photo-use').disabled = byId('photo-alt').value.trim() === '';
  result.replaceChildren(element('p', { className: 'quiet', textContent: '写真に写っているものを書いてから「この写真を使う」を押してください。' }));
}

async function send(body) {
  if (unsavedChanges()) return say('保存していない変更があります。先に保存してから写真を設定してください。', true);
  byId('photo-use').disabled = true;
  const response = await post('/api/photo', body);
  const answer = response.ok ? await response.json() : null;
  if (!response.ok || answer.refused) {
    byId('photo-use').disabled = !chosen;
    return say(answer?.refused ?? (response.status === 409 ? '発表のファイルがほかの場所で変更されました。開き直してから、もう一度試してください。' : `写真を設定できませんでした：${await response.text()}`), true);
  }
  forget();
  say(body.remove ? '写真を外しました。「元に戻す」は「履歴」からできます。' : '写真を設定しました。プレビューはまもなく更新されます（前の写真は「履歴」から戻せます）。');
  await showCurrent();
}

function say(text, bad = false) {
  byId('photo-result').replaceChildren(element('p', { className: bad ? 'failure' : 'import-summary done', textContent: text }));
}

function forget() {
  if (chosen) URL.revokeObjectURL(chosen.url);
  chosen = null;
}
