// 元に戻す: a save undone from the page, back to the version it replaced, through the same safe save
// as any other (/api/restore: refused when the file changed since, and itself kept in the history,
// so the undo can be undone: やり直す).
import { element } from './problems.js';

/**
 * A button that puts back the version the last save of `file` replaced. `hash` is the file's hash
 * after that save: if anything saved it since, the restore is refused rather than undoing someone
 * else's work. `done(undone)` hears the outcome: the new hash, or null with the reason shown.
 */
export function undoButton(post, file, hash, label, done) {
  const button = element('button', { type: 'button', className: 'undo-save', textContent: label });
  button.addEventListener('click', async () => {
    button.disabled = true;
    const versions = await (await fetch(`/api/history?kind=${file.kind}&name=${encodeURIComponent(file.name)}`)).json();
    const replaced = versions[0];
    const response = replaced ? await post('/api/restore', { kind: file.kind, name: file.name, id: replaced.id, baseHash: hash }) : null;
    if (response?.ok) return done((await response.json()).hash, '');
    done(null, response?.status === 409 ? 'ファイルがその後ほかの場所で変更されたため、元に戻せません。「履歴」から戻したい版を選んでください。' : '戻す版が見つかりません。');
  });
  return button;
}
