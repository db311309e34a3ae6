/**
 * What the studio answers when it will not do what was asked, in Japanese for the staff who read
 * it on the page, then in English for whoever reads the answer elsewhere. One entry per refusal.
 */
import type { Said } from '../problems/diagnostics';

export const refusals = {
  host: (hosts: readonly string[]): Said => ({ ja: `スタジオは ${hosts.join('、')} からの接続にだけ答えます。`, en: `the studio answers only to ${hosts.join(', ')}` }),
  notPost: { ja: '変更は POST でだけ受け付けます。', en: 'changes are made with POST only' },
  notFromPage: { ja: '変更はスタジオのページからだけ受け付けます。', en: 'changes are accepted only from the studio page itself' },
  token: { ja: 'ページの合言葉（トークン）が古いか違います。ページを再読み込みしてください。', en: 'the studio token is missing or wrong: reload the page' },
  notJson: { ja: '変更は JSON で送ってください。', en: 'changes are sent as JSON' },
  notJsonObject: { ja: '送られた内容が読めません（JSON のまとまりが必要です）。ページを再読み込みしてください。', en: 'the body must be a JSON object' },
  onlyGet: { ja: 'ここは読むだけの場所です。', en: 'only GET here' },
  notFound: { ja: 'そのページやファイルはありません。', en: 'not found' },
  failed: { ja: 'スタジオが答えられませんでした。スタジオを起動した画面（ターミナル）に理由が出ています。', en: 'the studio failed to answer; see its terminal' },
  noSuchEdition: { ja: 'そのエディションはありません。ページを再読み込みして選び直してください。', en: 'no such edition' },
  noEditionsFolder: { ja: 'エディションのフォルダー（editions/）なしで起動したため、新しいエディションを作れません。', en: 'the studio was started without an editions folder' },
  editionName: { ja: 'エディションの名前は半角の英数字と - _ で書いてください（例：2018）。', en: 'name the edition with letters, digits, - or _ (e.g. 2018)' },
  noSuchSourceEdition: { ja: 'もとにするエディションがありません。ページを再読み込みして選び直してください。', en: 'no such edition to start from' },
  noSuchFile: { ja: 'そのファイルはありません。ページを再読み込みしてください。', en: 'no such file' },
  noSuchVersion: { ja: 'その版は履歴にありません。履歴を開き直してください。', en: 'no such version' },
  dataAsValue: { ja: 'データファイルの内容が届きませんでした。もう一度保存してください。', en: 'a data file is saved as its value' },
  templateAsText: { ja: '文言テンプレートの内容が届きませんでした。もう一度保存してください。', en: 'a template is saved as its text' },
  noPacket: { ja: 'パケットはまだ作成されていません。先に「パケットを作成」を押してください。', en: 'no packet has been made yet' },
  packetChanged: (file: string): Said => ({ ja: `出力先の ${file} が、パケットを作成した後に変わっています。もう一度「パケットを作成」を押してください。`, en: `${file} in the output folder changed after the packet was made: make the packet again` }),
  noPhoto: { ja: '写真はまだ設定されていません。', en: 'no photo' },
  releaseNotJson: { ja: 'release.json は JSON として読めないため、写真を設定できません。先に直してください。', en: 'release.json cannot be read as JSON, so no photo can be set: fix it first' },
  noSuchCarriedValue: { ja: 'その項目は「前の回のまま」の一覧にありません。ページを再読み込みしてください。', en: 'no such carried-over value' },
  noSuchTable: { ja: 'その表はありません。ページを再読み込みしてください。', en: 'no such table' },
  tableNotJson: (file: string): Said => ({ ja: `${file} は JSON として読めないため、Excel に書き出せません。先に直してください。`, en: `${file} cannot be read as JSON, so it cannot be taken out as Excel: fix it first` }),
  packetRunning: { ja: 'パケットを作成中です。終わるまでお待ちください。', en: 'a packet is being made already' },
  noMailServer: { ja: 'メールサーバーを指定せずに起動したため、送信できません。下書きを作ってメールソフトから送るか、--smtp-host を付けて起動し直してください。', en: 'the studio was started without a mail server (--smtp-host)' },
  sending: { ja: '送信中です。終わるまでお待ちください。', en: 'messages are being sent already' },
  sendListChanged: { ja: '一覧を表示したあとで、送るメールが変わりました。一覧を確かめてから、もう一度「送信」を押してください。何も送っていません。', en: 'the messages to send changed since the page showed them: look at the list again' },
  importFiles: (most: number): Said => ({ ja: `取り込むファイルを1〜${most}個選んでください。`, en: `send 1 to ${most} files as {"files": [{"name": …, "content": base64}]}` }),
  importFile: { ja: '取り込むファイルの中身が届きませんでした。もう一度選んでください。', en: 'each file is {"name": string, "content": its bytes in base64}' },
  guideMissing: { ja: '使い方（docs/使い方.md）が見つかりません。', en: 'the guide (docs/使い方.md) is missing' },
} as const satisfies Readonly<Record<string, Said | ((...args: never[]) => Said)>>;

/** The answer's text: the Japanese, then the English on a line of its own. */
export function saidText(said: Said): string {
  return `${said.ja}\n${said.en}`;
}
