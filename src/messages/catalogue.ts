/**
 * Every problem the toolkit reports, worded for staff in Japanese and English: what is wrong, named
 * as the studio's form names it (「プロジェクト 9 の最終日」), and what to do. One entry per rule id;
 * a test lists the rule ids the code emits and fails when one has no entry.
 *
 * The English is the wording the checks compose where they find the problem (the command's output
 * since the first release, kept as it is for scripts and for those who search for it); the Japanese
 * is written here from the problem's field (`pointer`) and values (`params`). Free of Node and the
 * DOM: the page's bundle uses it for the form's own checks as they type.
 */
import { formatDiagnostic, placeOf, type Diagnostic } from '../problems/diagnostics';
import { fieldName, fileTitle, schemaAt } from './field-names';

export interface Words {
  readonly message: string;
  readonly hint: string;
}

export type Lang = 'ja' | 'en';

type Wording = (d: Diagnostic) => Words;

/** The English each check composes. */
const asFound: Wording = (d) => ({ message: d.message, hint: d.hint });

const p = (d: Diagnostic, key: string): string => String(d.params?.[key] ?? '');
/** The field the problem is about, as the form labels it; the file's name when it is about the whole file. */
const place = (d: Diagnostic): string => {
  if (d.params?.heading !== undefined) return `「${p(d, 'heading')}」の欄`;
  // 「報告会 2 には」: a number is set apart from the words after it, as the form writes it.
  if (d.pointer !== undefined) return fieldName(d.file, d.pointer).replace(/\d$/, '$& ');
  return fileTitle(d.file) ? `「${fileTitle(d.file)}」のファイル` : baseName(d.file);
};
const baseName = (file: string): string => file.split(/[\\/]/).pop() ?? file;
/** The field's own help from its schema, where it has some. */
const help = (d: Diagnostic, otherwise: string): string => {
  const description = d.pointer !== undefined ? schemaAt(d.file, d.pointer)?.description : undefined;
  return typeof description === 'string' ? description : otherwise;
};
/** The value as written, without JSON's quotes. */
const shown = (value: string): string => value.replace(/^"(.*)"$/, '$1');
/** 「の「X」」 naming the value found, or nothing where it is not known (the form's own checks as staff type). */
const found = (d: Diagnostic): string => (d.params?.found !== undefined ? `の「${shown(p(d, 'found'))}」` : '');
/** （今は X） where the value found is known. */
const now = (d: Diagnostic, key: string, unit = ''): string => (d.params?.[key] !== undefined ? `（今は${shown(p(d, key))}${unit}）` : '');

const typeWords: Readonly<Record<string, string>> = {
  string: '文字',
  integer: '整数',
  number: '数',
  boolean: 'はい／いいえ',
  object: '項目のまとまり',
  array: '一覧',
};

const syntax: Readonly<Record<string, Words>> = {
  empty: { message: 'ファイルが空です。', hint: '前回のエディションの同じファイルを写して直すか、スタジオのフォームで入力してください。' },
  'open-string': { message: 'この行で文字列の " が閉じていません。', hint: '値の終わりに " を補ってください。' },
  'ends-early': { message: 'ファイルが途中で終わっています。', hint: '閉じる } や ]、または " が足りません。' },
  'trailing-comma': { message: '最後の項目のあとに余分な「,」があります。', hint: 'その前の「,」を消してください。' },
  comment: { message: 'JSON に書けないコメントがあります。', hint: 'コメントを消してください（説明はスタジオのフォームとエディタの入力補助に出ます）。' },
  unquoted: { message: '文字の値が " で囲まれていません。', hint: '文字は "…" で囲みます（数、true、false、null は囲みません）。' },
  'single-quote': { message: "' で囲まれた文字があります。", hint: 'JSON の文字は " で囲みます。' },
  'missing-comma': { message: '二つの項目の間に「,」がありません。', hint: '前の行の終わりに「,」を補ってください。' },
  unexpected: { message: 'ここに思いがけない記号があります。', hint: 'キーと文字は " で囲み、項目は「,」で区切ります。スタジオのフォームで開き直すと確実です。' },
};

const workbook: Readonly<Record<string, (d: Diagnostic) => Words>> = {
  'sheet-name': (d) => ({ message: `シート名「${p(d, 'name')}」は Excel で使えません。`, hint: 'シート名は1〜31字で、[ ] : * ? / \\ を含まず、先頭と末尾に \' を置かないでください。' }),
  'sheet-twice': (d) => ({ message: `二つのシートが同じ名前「${p(d, 'name')}」になります。`, hint: 'シート名に日程グループの記号（{{session.group.id}}）を入れてください。' }),
  'no-column': (d) => ({ message: `列「${p(d, 'name')}」の見出しの行がありません。`, hint: `「${p(d, 'name')} | 見出し」の行を加えてください。` }),
  'heading-twice': (d) => ({ message: `二つの列が同じ見出し「${p(d, 'name')}」になります。`, hint: '列ごとに別の見出しにしてください。' }),
  'two-lines': () => ({ message: '選択肢が2行必要です。', hint: '1行目に出席を表す語、2行目に欠席（または会場・オンライン）を表す語を書いてください（例：出席と欠席）。' }),
  'drop-down': () => ({ message: 'Excel のドロップダウンの選択肢にできません。', hint: '「,」や " を使わず、合わせて250字以内にしてください。' }),
};

const fileProblems: Readonly<Record<string, Wording>> = {
  folder: () => ({ message: 'エディションのフォルダーが読めません。', hint: 'エディションのフォルダーを --data で指定してください。' }),
  missing: (d) => ({ message: `${fileTitle(d.file) ? `「${fileTitle(d.file)}」の` : ''}データファイルがありません。`, hint: 'どのエディションにも必要です。前回のエディションから写して直してください。' }),
  unreadable: () => ({ message: 'このファイルが読めません。', hint: 'ファイルの名前と場所、読み取りの権限を確かめてください。' }),
  'no-such-file': () => ({ message: 'このファイルがありません。', hint: 'ファイルの名前と場所を確かめてください。' }),
  schedule: () => ({ message: '日程と報告会のデータファイルがないか読めないため、申込の報告会が決められません。', hint: 'エディションのフォルダーを --data で指定してください。' }),
  xls: () => ({ message: '古い形式の Excel ブック（.xls）は読めません。', hint: 'Excel で開き、Excel ブック（.xlsx）か「CSV UTF-8（コンマ区切り）」で保存し直してください。' }),
  'no-sheets': () => ({ message: 'Excel ブックではないため、シートを選べません。', hint: 'CSV や TSV のファイルには --sheet を付けないでください。' }),
  'bad-workbook': () => ({ message: 'Excel ブックとして読めません。', hint: 'Excel で開き、Excel ブック（.xlsx）として保存し直してください。' }),
};

const packetProblems: Readonly<Record<string, Wording>> = {
  'no-packet': () => ({ message: '送る資料（パケット）がまだできていないか、その目録が読めません。', hint: '先に「パケットを作成」（npm run build）で資料を作ってください（同じエディションと出力先で）。' }),
  'not-in-packet': () => ({ message: 'この資料はパケットに入っていません。', hint: '一部の資料だけでなく、パケット全体を作ってください（--only を付けずに）。' }),
  changed: () => ({ message: 'この資料は、パケットを作ったあとで変わっています。', hint: 'パケットを作り直してください。' }),
  missing: () => ({ message: 'この資料がパケットから消えています。', hint: 'パケットを作り直してください。' }),
};

const encodingProblems: Readonly<Record<string, (d: Diagnostic) => string>> = {
  bom: (d) => `この一覧は先頭に ${p(d, 'encoding')} の印（BOM）がありますが、${p(d, 'encoding')} として読めません（読める形にすると � の文字が混じります）。`,
  nul: () => 'この一覧には NUL の文字があり、テキストとして読めません（印のない UTF-16 か、テキストでないファイルです）。',
  garbled: (d) => `この一覧の文字コードが読めません。UTF-8 でも UTF-16 でもなく、Shift_JIS として読むと文字化けします${d.params?.looksLike !== undefined ? `（${p(d, 'looksLike')} のようです）` : ''}。`,
  replaced: (d) => `この一覧の文字コードが読めません。UTF-8 でも UTF-16 でもなく、Shift_JIS として読むと � の文字が混じります${d.params?.looksLike !== undefined ? `（${p(d, 'looksLike')} のようです）` : ''}。`,
};

const csvProblems: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: '" で始まる値が閉じていません',
  CSV_INVALID_CLOSING_QUOTE: '" で囲んだ値の中の " が2つ重なっていません',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: '値を閉じる " のあとに文字があります',
};

const columnProblems: Readonly<Record<string, Wording>> = {
  empty: () => ({ message: 'この一覧は空です（見出しの行がありません）。', hint: '見出しの行と申込の行ごと、書き出し直してください。' }),
  'no-heading': (d) => ({ message: `${p(d, 'letters')} 列には見出しがないのに、値があります（最初は ${p(d, 'row')} 行目）。`, hint: '見出しを付けるか、--map のファイルでその列の項目を指定してください。' }),
  unknown: (d) => ({ message: `列「${p(d, 'name')}」が、申込のどの項目のものか分かりません。`, hint: '見出しを「氏名」「ふりがな」「所属」「報告会」などにするか、--map のファイルで項目を指定してください。使わない列は null にします。' }),
  second: (d) => ({ message: `列「${p(d, 'name')}」は、${p(d, 'letters')} 列の「${p(d, 'first')}」に続く二つ目の${p(d, 'field')}の列です。`, hint: `どちらか一方を --map のファイルで外してください（{"${p(d, 'name')}": null}）。` }),
  missing: (d) => ({
    message: `見出しの行に${p(d, 'field')}の列がありません${d.params?.sheet !== undefined ? `（シート名「${p(d, 'sheet')}」も報告会を指していません）` : ''}。`,
    hint: `「${p(d, 'headings')}」などの見出しの列を加えるか、全部の行に同じ値を付けて取り込んでください（スタジオでは一覧の下で選べます）。`,
  }),
  set: (d) => ({ message: `「${p(d, 'name')}」は申込の項目ではありません。`, hint: `--set 項目=値 の項目は次のどれかです：${p(d, 'fields')}` }),
};

const ja: Readonly<Record<string, Wording>> = {
  // JSON that does not parse
  syntax: (d) => syntax[p(d, 'variant')] ?? syntax.unexpected,
  'duplicate-key': (d) => ({ message: `同じまとまりの中に「${p(d, 'key')}」が2回あります。`, hint: 'どちらか一方を消してください（JSON では後のほうだけが使われます）。' }),

  // the schemas
  required: (d) => ({ message: `${place(d)}が入力されていません。`, hint: `${place(d)}を入力してください。` }),
  additionalProperties: (d) => ({
    message: `${place(d)}は、このファイルにない項目です。`,
    hint: d.params?.near !== undefined ? `「${p(d, 'near')}」の書き間違いではありませんか。` : 'スタジオのフォームで開き、正しい項目に入力し直してください。',
  }),
  type: (d) => ({ message: `${place(d)}は${typeWords[p(d, 'type')] ?? p(d, 'type')}で書きます${now(d, 'found')}。`, hint: help(d, 'スタジオのフォームで入力し直してください。') }),
  enum: (d) => ({
    message: `${place(d)}${found(d)}は選べる値にありません。`,
    hint: d.params?.near !== undefined ? `「${p(d, 'near')}」ではありませんか。一覧から選んでください。` : d.params?.list === 'fields' ? `次から選ぶか、「活動分野」の一覧に加えてください：${p(d, 'allowed')}` : d.params?.list === 'attendeeKinds' ? `次から選ぶか、日程と報告会の「出席者の区分」に加えてください：${p(d, 'allowed')}` : `次から選んでください：${p(d, 'allowedValues') || p(d, 'allowed')}`,
  }),
  format: (d) =>
    p(d, 'format') === 'date'
      ? { message: `${place(d)}${found(d)}は、暦にない日付です。`, hint: '月の日数を確かめてください（2月は28日か29日まで）。' }
        : { message: `${place(d)}${found(d)}は、${p(d, 'format') === 'email' ? 'メールアドレス' : p(d, 'format') === 'uri' ? 'URL' : '決まった書き方'}になっていません。`, hint: help(d, p(d, 'format') === 'email' ? 'name@example.jp のように全部書いてください。' : 'http:// または https:// から書いてください。') },
  pattern: (d) => ({ message: `${place(d)}${found(d)}は、決まった書き方になっていません。`, hint: help(d, '入力例のとおりに書いてください。') }),
  minLength: (d) =>
    p(d, 'limit') === '1'
      ? { message: `${place(d)}が空です。`, hint: `${place(d)}を入力してください。` }
      : { message: `${place(d)}は${p(d, 'limit')}字以上必要です。`, hint: d.params?.length !== undefined ? `あと${Number(p(d, 'limit')) - Number(p(d, 'length'))}字足してください。` : `${p(d, 'limit')}字以上にしてください。` },
  maxLength: (d) => ({ message: `${place(d)}は${p(d, 'limit')}字までです${now(d, 'length', '字')}。`, hint: d.params?.length !== undefined ? `${Number(p(d, 'length')) - Number(p(d, 'limit'))}字減らしてください。` : `${p(d, 'limit')}字以内にしてください。` }),
  minItems: (d) => ({ message: `${place(d)}は${p(d, 'limit')}件以上必要です${now(d, 'count', '件')}。`, hint: `「追加」で${Number(p(d, 'limit')) - Number(p(d, 'count') || 0)}件加えてください。` }),
  maxItems: (d) => ({ message: `${place(d)}は${p(d, 'limit')}件までです${now(d, 'count', '件')}。`, hint: d.params?.count !== undefined ? `${Number(p(d, 'count')) - Number(p(d, 'limit'))}件削除してください。` : `${p(d, 'limit')}件以内にしてください。` }),
  uniqueItems: (d) => ({ message: d.params?.first !== undefined ? `${place(d)}は、${p(d, 'first')}番目と同じです。` : `${place(d)}に同じものが2回あります。`, hint: '重なっているほうを削除してください。' }),
  minimum: (d) => ({ message: `${place(d)}は${p(d, 'limit')}以上にします${now(d, 'found')}。`, hint: help(d, `${p(d, 'limit')}以上の数を入力してください。`) }),
  maximum: (d) => ({ message: `${place(d)}は${p(d, 'limit')}以下にします${now(d, 'found')}。`, hint: help(d, `${p(d, 'limit')}以下の数を入力してください。`) }),
  anyOf: (d) => {
    const parts = p(d, 'keys').split('、').map((key) => `「${(d.pointer !== undefined && schemaAt(d.file, `${d.pointer}/${key}`)?.title) || key}」`);
    return { message: `${place(d)}には${parts.join('も')}もありません。`, hint: `${parts.join('か')}を追加してください（${p(d, 'alternatives').split('、').join('・')}。両方でもかまいません）。` };
  },

  // across files
  'dangling-reference': (d) =>
    p(d, 'noun') === 'host'
      ? { message: `${place(d)}の「${p(d, 'name')}」は、どのプロジェクトの開催自治体でもありません。`, hint: d.params?.near !== undefined ? `「${p(d, 'near')}」ではありませんか（自治体向け資料のファイル名と同じく、都道府県から書きます）。` : `開催自治体：${p(d, 'defined')}` }
      : p(d, 'noun') === 'session'
      ? { message: `${place(d)}「${p(d, 'name')}」は、日程と報告会の報告会にありません。`, hint: `日程と報告会にある報告会から選んでください：${p(d, 'defined') || 'まだありません'}` }
      : { message: `${place(d)}「${p(d, 'name')}」は、日程と報告会の日程グループにありません。`, hint: `日程と報告会の「日程グループ」にあるものから選ぶか、そこに加えてください：${p(d, 'defined') || 'まだありません'}` },
  'duplicate-group': (d) => ({ message: `日程グループ「${p(d, 'name')}」が2回あります（${place(d)}）。`, hint: '記号は日程グループごとに別にしてください。' }),
  'duplicate-session': (d) => ({ message: `日程グループ「${p(d, 'name')}」の報告会が2回目です（${place(d)}）。`, hint: '報告会は日程グループごとに1回です。どちらかを削除するか、別の日程グループにしてください。' }),
  'duplicate-number': (d) => ({ message: `${place(d)}の ${p(d, 'found')} は、プロジェクト ${p(d, 'first')} と同じ番号です。`, hint: 'プロジェクトごとに別の番号にしてください。' }),
  'duplicate-municipality': (d) =>
    p(d, 'kind') === 'recipient'
      ? { message: `${place(d)}の${p(d, 'name')}は、${p(d, 'first')}件目にもあります。`, hint: '自治体ごとに1件にし、アドレスはその「メールアドレス」にまとめてください。' }
      : p(d, 'kind') === 'code'
      ? { message: `${place(d)}の団体コード ${p(d, 'code')} は、別のプロジェクトでは${p(d, 'other')}のコードです。`, hint: '一つのコードは一つの自治体のものです。一覧から自治体を選び直してください。' }
      : { message: `${place(d)}の${p(d, 'name')}の団体コードが、別のプロジェクト（${p(d, 'other')}）と違います。`, hint: '同じ自治体には同じ団体コードを使ってください。一覧から選び直すと揃います。' },
  'end-before-start': (d) =>
    p(d, 'kind') === 'time'
      ? { message: `${place(d)}（${p(d, 'end')}）が開始時刻（${p(d, 'start')}）より後になっていません。`, hint: '開始と終了を入れ替えるか、どちらかを直してください。' }
      : { message: `${place(d)}（${p(d, 'end')}）が初日（${p(d, 'start')}）より前です。`, hint: '初日と最終日を入れ替えるか、どちらかを直してください。' },
  'outside-window': (d) => ({
    message: `${place(d)}（${p(d, 'found')}）が、日程グループ ${p(d, 'group')} の期間（${p(d, 'start')}～${p(d, 'end')}）の外です。`,
    hint: '期間の中の日付にするか、日程と報告会でその日程グループの期間を広げてください。',
  }),
  'date-range': (d) =>
    d.params?.limit !== undefined
      ? { message: `${place(d)}（${p(d, 'found')}年度）が、報道発表の年度（${p(d, 'limit')}年度）より後です。`, hint: '報道発表の日までに始まったプログラムの開始年度を書いてください。' }
      : { message: `${place(d)}（${p(d, 'found')}）が1873年より前です。`, hint: '資料は和暦で日付を書くため、明治6年（1873年）以降の日付にしてください。' },
  'local-government-code': (d) =>
    d.params?.prefecture !== undefined
      ? { message: `${place(d)}の ${p(d, 'found')} は、${p(d, 'prefecture')}以外の団体のコードです。`, hint: `${p(d, 'prefecture')}の団体コードは ${p(d, 'prefix')} で始まります。一覧から自治体を選び直してください。` }
      : { message: `${place(d)}の ${p(d, 'found')} は、団体コードとして正しくありません（最後の検査数字が合いません）。`, hint: '自治体名の一部を入力して一覧から選ぶと、正しい団体コードが入ります。' },
  'file-name': (d) => ({ message: `${place(d)}からは、自治体向け資料のファイル名「${p(d, 'name')}」が作れません。`, hint: '自治体名を直してください（/ \\ や制御文字は使えません）。' }),
  'file-name-clash': (d) => ({ message: `${place(d)}の自治体向け資料が、別の自治体と同じファイル名「${p(d, 'name')}」になります。`, hint: '二つの自治体には別の名前が必要です。自治体名を確かめてください。' }),
  'repeated-wording': (d) => ({
    message: `${place(d)}が「${p(d, 'words')}」を含んでいますが、文言テンプレート ${p(d, 'template')} がすでにそれを書くため、資料では「${p(d, 'printed')}」と重なります。`,
    hint: p(d, 'fixed') ? `重なる語を除いて「${p(d, 'fixed')}」と書いてください。` : '重なる語を除いてください。',
  }),
  'schema-reference': (d) => ({ message: `このファイルの $schema「${p(d, 'found')}」からスキーマが見つからないため、エディタで入力補助が出ません。`, hint: `"${p(d, 'expected')}" と書いてください（npm run new-edition で作ると自動で入ります）。` }),
  file: (d) => (fileProblems[p(d, 'variant')] ?? fileProblems.unreadable)(d),
  link: () => ({ message: 'このファイルは、エディションの外にあるファイル（またはフォルダー）へのリンクのため、読み書きしません。', hint: 'リンクではなく、ファイルそのものをその場所に置いてください。' }),
  'unknown-file': (d) =>
    p(d, 'variant') === 'registrations'
      ? { message: '--registrations で別のファイルを指定しているため、このファイルは読まれません。', hint: 'どちらか一方にしてください。' }
      : { message: 'このツールが読むデータファイルではありません。', hint: `読むのは ${p(d, 'expected')} です。別名で残した写しなら、フォルダーの外へ移してください。` },
  photo: (d) =>
    p(d, 'variant') === 'type'
      ? { message: `${place(d)}の ${p(d, 'image')} は、PNG でも JPEG でもありません。`, hint: '写真を .png か .jpg で保存し直してください。' }
      : { message: `${place(d)}の ${p(d, 'image')} が読めません。`, hint: '画像をエディションのフォルダーに置くか、ファイル名を直してください。' },

  // the templates and the documents
  'template-value': (d) => ({ message: `文言テンプレートが、データにない「${p(d, 'name')}」を使っています。`, hint: '綴りを確かめてください。スタジオの「編集」でこのテンプレートを開くと、使える値が「差し込める値」に日本語の名前で並んでいます。' }),
  'template-syntax': (d) =>
    p(d, 'variant') === 'open-block'
      ? { message: '文言テンプレートが {{#if}} などのブロックの途中で終わっています。', hint: '{{#if}}・{{#each}}・{{#unless}} を、それぞれ {{/if}}・{{/each}}・{{/unless}} で閉じてください。' }
      : { message: '文言テンプレートの {{ }} の書き方に誤りがあります。', hint: '{{ は }} で、{{#…}} は {{/…}} で閉じてください。' },
  'template-missing': (d) =>
    p(d, 'variant') === 'folder'
      ? { message: '文言テンプレートのフォルダーが読めません。', hint: 'ツールの templates/ を元に戻してください。' }
      : { message: 'この文言テンプレートがありません。', hint: 'ツールから元に戻してください（git checkout templates/）。' },
  template: () => ({ message: '文言テンプレートの補助機能（ヘルパー）の使い方に誤りがあります。', hint: 'スタジオの「差し込める値」から入れた形（和暦の日付など）と見比べてください（ヘルパーの一覧は README にあります）。' }),
  'missing-glyph': (d) => ({
    message: `文字 ${p(d, 'character')} は報道発表資料のフォントにないため、空の四角で印刷されます${d.params?.more !== undefined ? `（ほかに${p(d, 'more')}か所）` : ''}。`,
    hint: '別の文字に置き換えるか、その文字を持つフォントを --fallback-font で指定して作成してください。',
  }),
  font: () => ({ message: 'フォントのファイルが読めません。', hint: '--fallback-font のパスを確かめるか、npm ci でツールを入れ直してください。' }),
  workbook: (d) => (workbook[p(d, 'variant')] ?? workbook['drop-down'])(d),

  // distribute
  'missing-recipient': (d) => ({ message: `送付先の「開催自治体」に${p(d, 'name')}がないため、その自治体向け資料が送られません。`, hint: `「開催自治体」に${p(d, 'name')}を追加し、担当課とメールアドレスを書いてください。` }),
  packet: (d) => (packetProblems[p(d, 'variant')] ?? packetProblems['no-packet'])(d),

  // import-registrations
  encoding: (d) => ({ message: encodingProblems[p(d, 'variant')]?.(d) ?? 'この一覧の文字コードが読めません。', hint: 'Excel で開き、「CSV UTF-8（コンマ区切り）」か Excel ブック（.xlsx）で保存し直すか、フォームから書き出し直してください。' }),
  csv: (d) => ({ message: `この行は CSV として読めません：${csvProblems[p(d, 'variant')] ?? '" の付け方に誤りがあります'}。`, hint: '値の中の " は "" と2つ重ねて書き、" で始めた値は " で閉じてください。書き出し直すのが確実です。' }),
  sheet: (d) => ({
    message: d.params?.sheet !== undefined ? `このブックに「${p(d, 'sheet')}」というシートはありません。` : 'このブックにはシートがありません。',
    hint: p(d, 'sheets') ? `このブックのシートは「${p(d, 'sheets')}」です。シート名を正しく選ぶか、省いて最初のシートを読んでください。` : 'Excel で開いて中身を確かめてください。',
  }),
  column: (d) => (columnProblems[p(d, 'variant')] ?? columnProblems.unknown)(d),
  session: (d) => ({
    message: p(d, 'variant') === 'empty' ? `「${p(d, 'heading')}」の欄が空で、どの報告会への申込か決まりません。` : p(d, 'variant') === 'several' ? `「${p(d, 'heading')}」の「${p(d, 'found')}」は、二つ以上の報告会を指しています。` : `「${p(d, 'heading')}」の「${p(d, 'found')}」は、日程と報告会のどの報告会にもあたりません。`,
    hint: `報告会を1つ、A・A日程・その日付（10月30日）のどれかで書いてください${p(d, 'variant') === 'several' ? '（二つに出るなら行を分けます）' : ''}。報告会：${p(d, 'sessions')}`,
  }),
  conflict: (d) =>
    p(d, 'variant') === 'changed'
      ? { message: '取り込んでいる間に、申込のファイルがほかで変更されました。何も書き込んでいません。', hint: 'もう一度取り込んでください（ファイルを読み直します）。' }
      : {
          message: `${p(d, 'name')}（報告会 ${p(d, 'session')}）の申込は ${p(d, 'at')} にすでにあり、内容が違います：${p(d, 'changes')}。`,
          hint: 'すでにある申込のままにしてあります。この行の内容で更新するなら --update（スタジオでは「食い違う行の内容で更新して取り込む」）を使うか、行を直してください。',
        },

  // the wording and the layout of the documents
  'nested-brackets': (d) => ({
    message: `「${p(d, 'found')}」は、括弧の中に同じ括弧があります（公用文では括弧を重ねません）。`,
    hint: '内側の語を括弧の外に出すように文を組み替えてください（例：A日程　平成29年10月26日（木）～10月31日（火））。括弧の中の語がデータの値なら、その値から括弧を外してください。「」の中で引用するときは『』を使います。',
  }),
  'lonely-lines': (d) => ({
    message: `報道発表資料の ${p(d, 'page')} ページには、前のページから続く最後の ${p(d, 'lines')} 行だけが載っています（レイアウトで前のページに戻せませんでした）。`,
    hint: 'そこで終わる文章（別紙なら最後のプロジェクトの企画概要）を1〜2行短くするか、その前の文章を長くして一緒に送られる行を増やしてください。資料はこのままでも作成できます。',
  }),
};

/** Every rule id with its wordings; the test compares this with the rule ids the code emits. */
export const catalogue: Readonly<Record<string, Readonly<Record<Lang, Wording>>>> = Object.fromEntries(Object.entries(ja).map(([rule, wording]) => [rule, { ja: wording, en: asFound }]));

/** The problem in `lang`: its message and hint worded for staff; rule, file and place unchanged. */
export function localise(d: Diagnostic, lang: Lang): Diagnostic {
  const wording = catalogue[d.rule]?.[lang];
  if (!wording || lang === 'en') return d;
  return { ...d, ...wording(d) };
}

/** `data/projects.json:14:17: エラー: プロジェクト 9 の最終日… [end-before-start]（…）`, as the command prints it. */
export function formatProblem(d: Diagnostic, lang: Lang): string {
  if (lang === 'en') return formatDiagnostic(d);
  const words = localise(d, lang);
  return `${placeOf(d)}: ${d.severity === 'warning' ? '警告' : 'エラー'}: ${words.message} [${d.rule}]（${words.hint}）`;
}
