// 前の回のままの値: in an edition made from another, what still holds the old edition's values (dates,
// the release date, counts, the 別紙's projects), listed above the problems until each is changed or
// dismissed (このままでよい).
import { element } from './problems.js';

let shownGeneration = null;

/** Redraws the list once per check of the edition (an edit may have changed a value). */
export async function showCarriedOver(state, post) {
  if (state.busy === 'checking' || state.generation === shownGeneration) return;
  shownGeneration = state.generation;
  const carried = await (await fetch('/api/carried-over')).json();
  let box = document.getElementById('carried-over');
  if (!carried || carried.items.length === 0) return void box?.remove();
  if (!box) {
    box = element('section', { id: 'carried-over', className: 'carried-over' });
    box.setAttribute('aria-labelledby', 'carried-over-title');
    document.getElementById('problems').before(box);
  }
  const list = element('ul');
  for (const item of carried.items) {
    const li = element('li');
    const keep = element('button', { type: 'button', textContent: 'このままでよい', title: 'この値は今回もこのままで正しいので、一覧から外します' });
    keep.addEventListener('click', async () => {
      if ((await post('/api/carried-over-dismiss', { id: item.id })).ok) li.remove();
    });
    li.append(element('span', { className: 'carried-file', textContent: `${item.file}：` }), element('span', { textContent: item.text }), keep);
    list.append(li);
  }
  box.replaceChildren(element('h2', { id: 'carried-over-title', textContent: `前の回（${carried.from}）のままの値（${carried.items.length}件）` }), element('p', { className: 'quiet', textContent: 'このエディションは前の回の内容を写して作りました。下の値を今回のものに直すか、正しければ「このままでよい」を押してください。' }), list);
}
