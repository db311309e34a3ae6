/**
 * The wording templates as staff know them: the document each belongs to and its part there, in
 * Japanese (報道発表資料 › 本文 › リード), for the 編集 tab's list. A template not named here is
 * listed under its file name, so a new one is never hidden.
 */

/** The documents, by the templates' first folder, in the order the list shows them. */
export const templateDocuments: Readonly<Record<string, string>> = {
  release: '報道発表資料',
  brief: '自治体向け資料',
  workbook: '出席簿',
  mail: '送付メール',
  partials: '共通の文言',
};

/** Each template's part within its document (› between levels). */
const parts: Readonly<Record<string, string>> = {
  'release/date': '1ページ目 › 発表日',
  'release/category': '1ページ目 › 分類',
  'release/distribution': '1ページ目 › 参考配布',
  'release/issuer': '1ページ目 › 発表者',
  'release/lead': '本文 › リード',
  'release/body': '本文 › 本文',
  'release/schedule-heading': '実施日程 › 見出し',
  'release/schedule-group': '実施日程 › 日程グループの行',
  'release/schedule-notes': '実施日程 › 注記',
  'release/sessions-intro': '報告会 › 前置き',
  'release/session-date-label': '報告会 › 「日程」欄の見出し',
  'release/session-date': '報告会 › 日程',
  'release/session-venue-label': '報告会 › 「会場」欄の見出し',
  'release/session-venue': '報告会 › 会場',
  'release/session-online': '報告会 › オンラインでの参加方法',
  'release/sessions-outro': '報告会 › 結び',
  'release/organiser': '主催',
  'release/contact': '問い合わせ先',
  'release/photo-caption': '写真の説明',
  'release/column-heading': 'コラム › 見出し',
  'release/column/1-jet': 'コラム › JETプログラムとは',
  'release/column/2-clair': 'コラム › 主催者とは',
  'release/appendix-label': '別紙 › 「別紙」の表示',
  'release/appendix-heading': '別紙 › 表題',
  'release/appendix-intro': '別紙 › 前置き',
  'release/appendix-group': '別紙 › 日程グループの見出し',
  'release/appendix-project-heading': '別紙 › プロジェクトの見出し',
  'release/appendix-project': '別紙 › プロジェクトの企画概要',
  'release/page-number': 'ページ番号',
  'release/pdf-subject': 'PDF の情報 › サブタイトル',
  'release/pdf-keywords': 'PDF の情報 › キーワード',
  'brief/header': 'ヘッダー',
  'brief/date': '日付',
  'brief/addressee': '宛名',
  'brief/sender': '差出人',
  'brief/title': '表題',
  'brief/intro': '前文',
  'brief/items-open': '記書き › 「記」',
  'brief/projects-heading': '記書き › プロジェクトの見出し',
  'brief/project-table-heading': '記書き › プロジェクトの表の小見出し',
  'brief/project': '記書き › プロジェクトの表',
  'brief/session-heading': '記書き › 報告会の見出し',
  'brief/session-table-heading': '記書き › 報告会の表の小見出し',
  'brief/session': '記書き › 報告会の表',
  'brief/background-heading': '記書き › 事業の背景の見出し',
  'brief/background': '記書き › 事業の背景',
  'brief/contact-heading': '記書き › 問い合わせ先の見出し',
  'brief/contact': '記書き › 問い合わせ先',
  'brief/items-close': '記書き › 「以上」',
  'brief/others-heading': '今回の実施自治体 › 見出し',
  'brief/others': '今回の実施自治体 › 一覧',
  'brief/page-number': 'ページ番号',
  'brief/subject': 'Word の情報 › 件名',
  'brief/keywords': 'Word の情報 › キーワード',
  'workbook/title-block': '出席者名簿 › 表題',
  'workbook/columns': '出席者名簿 › 列の見出し',
  'workbook/attendance-choices': '出席者名簿 › 出欠の選択肢',
  'workbook/participation-choices': '出席者名簿 › 参加方法の選択肢',
  'workbook/sheet-name': '出席者名簿 › シート名',
  'workbook/footer': '出席者名簿 › フッター',
  'workbook/summary-title': '出欠集計 › 表題',
  'workbook/summary-columns': '出欠集計 › 列の見出し',
  'workbook/summary-total': '出欠集計 › 合計の行',
  'workbook/summary-sheet-name': '出欠集計 › シート名',
  'workbook/properties-title': 'Excel の情報 › タイトル',
  'mail/press-club-subject': '記者クラブ宛て › 件名',
  'mail/press-club-body': '記者クラブ宛て › 本文',
  'mail/municipality-subject': '自治体宛て › 件名',
  'mail/municipality-body': '自治体宛て › 本文',
  'partials/furusato-lead': 'ふるさとビジョンプロジェクトの紹介（報道発表資料のリード・自治体向け資料の背景）',
  'partials/jet-programme': 'JETプログラムの紹介（自治体向け資料の背景）',
  'partials/contact-lines': '問い合わせ先の行',
  'partials/online-mode': 'オンラインの報告会の開き方',
  'partials/mail-addressee': 'メールの宛名',
  'partials/mail-attachments': 'メールの添付ファイルの案内',
  'partials/mail-signature': 'メールの署名',
};

/** Where a template comes in the list: its document's, then its part's order here; one not named here last. */
export function templateRank(name: string): number {
  const at = Object.keys(parts).indexOf(name);
  return at < 0 ? Number.MAX_SAFE_INTEGER : at;
}

/** 「報道発表資料 › 本文 › リード」; a template this table does not know, by its file name. */
export function templateLabel(name: string): string {
  const document = templateDocuments[name.split('/')[0]];
  const part = parts[name];
  return document && part ? `${document} › ${part}` : name;
}
