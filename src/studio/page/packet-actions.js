// After パケットを作成: the folder it was written to opened on the desktop, and the packet taken as one zip.
import { element } from './problems.js';

/** The two buttons under the packet's report; `post` is the page's token-carrying POST. */
export function packetActions(post) {
  const row = element('p', { className: 'packet-actions' });
  const open = element('button', { type: 'button', id: 'open-folder', textContent: 'フォルダを開く' });
  const zip = element('a', { id: 'packet-zip', className: 'button-link', href: '/api/packet.zip', textContent: 'ZIPでダウンロード' });
  zip.setAttribute('download', '');
  const said = element('span', { className: 'quiet', role: 'status' });
  open.addEventListener('click', async () => {
    const response = await post('/api/open-folder', {});
    const answer = response.ok ? await response.json() : null;
    said.textContent = !answer ? `フォルダを開けませんでした：${await response.text()}` : answer.opened ? `${answer.folder} を開きました。` : `このスタジオからはフォルダを開けません。${answer.folder} を開いてください。`;
  });
  row.append(open, zip, said);
  return row;
}
