// 使い方: the staff guide (docs/使い方.md, rendered by the studio) in a dialog over the page, so
// nothing else is lost while it is read.
const byId = (id) => document.getElementById(id);

export function startGuide() {
  const dialog = byId('guide');
  byId('guide-link').addEventListener('click', async (event) => {
    event.preventDefault();
    const response = await fetch('/api/guide');
    const body = byId('guide-body');
    if (response.ok) body.innerHTML = (await response.json()).html;
    else body.textContent = await response.text();
    dialog.showModal();
    body.scrollTop = 0;
  });
  byId('guide-close').addEventListener('click', () => dialog.close());
}
