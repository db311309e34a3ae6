import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/problems/diagnostics';
import { importRegistrations, type ImportOptions } from '../../src/import/import-registrations';
import { buildPacket } from '../../src/pipeline/build-packet';
import { templatesDir } from '../../src/runtime/paths';
import { attendanceFileName } from '../../src/writers/attendance-xlsx';
import { editionWith, normalisePaths, tempDir } from '../support/edition-fixture';

/** The three people every fixture below holds, as registrations.json should hold them. */
const expected = [
  { session: 'A', name: '山田 太郎', furigana: 'やまだ たろう', organisation: '架空新聞社 社会部', kind: '報道', title: '記者', tel: '03-1234-5678', email: 'yamada@example.jp' },
  { session: 'B', name: '鈴木 花子', furigana: 'すずき はなこ', organisation: '架空市役所 国際交流課', kind: '自治体', tel: '045-000-0002' },
  { session: 'A', name: '佐藤 次郎', furigana: 'さとう じろう', organisation: '架空テレビ 報道局', kind: '報道', title: '編集委員', email: 'sato@example.org' },
];

const csv = (rows: readonly (readonly string[])[], delimiter = ','): string =>
  rows.map((r) => r.map((c) => (/[",\r\n\t]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter)).join('\r\n') + '\r\n';

/** Google Forms' CSV (UTF-8, no BOM): its timestamp, the address it collected, the questions as asked, the choices as offered. */
function googleFormsCsv(): Buffer {
  return Buffer.from(
    csv([
      ['タイムスタンプ', 'メールアドレス', 'お名前', 'フリガナ', '所属（会社名・団体名）', '区分', '役職', '電話番号', '出席する報告会'],
      ['2017/10/16 9:12:03', 'yamada@example.jp', '山田　太郎', 'ヤマダ　タロウ', '架空新聞社 社会部', '報道', '記者', '03-1234-5678', 'A日程（10月30日（月）16:30～）'],
      ['2017/10/16 10:40:51', '', '鈴木 花子', 'スズキ ハナコ', '架空市役所 国際交流課', '自治体', '', '045-000-0002', 'B日程（11月10日（金）15:45～）'],
      ['2017/10/17 14:03:22', 'sato@example.org', ' 佐藤 次郎 ', 'さとう じろう', '架空テレビ 報道局', '報道', '編集委員', '', 'A日程（10月30日（月）16:30～）'],
    ]),
  );
}

/** Microsoft Forms' .xlsx: ID, times and the respondent's account first, then the answers; made with exceljs as Forms makes it. */
async function microsoftFormsXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(['ID', '開始時刻', '完了時刻', 'メール', '名前', '最終変更時刻', 'お名前', 'ふりがな', '会社名・団体名', '区分', '役職', '電話番号', 'メールアドレス', '日程']);
  const when = new Date(Date.UTC(2017, 9, 16, 9, 0));
  sheet.addRow([1, when, when, 'anonymous', '', '', '山田 太郎', 'やまだ たろう', '架空新聞社 社会部', '報道', '記者', '03-1234-5678', { text: 'yamada@example.jp', hyperlink: 'mailto:yamada@example.jp' }, 'A日程']);
  sheet.addRow([2, when, when, 'anonymous', '', '', '鈴木 花子', 'すずき はなこ', '架空市役所 国際交流課', '自治体', null, '045-000-0002', null, 'B日程']);
  sheet.addRow([3, when, when, 'anonymous', '', '', '佐藤 次郎', 'さとう じろう', '架空テレビ 報道局', '報道', '編集委員', null, 'sato@example.org', 'A日程']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** What Japanese Excel saves as "CSV (コンマ区切り)": CP932, katakana furigana (one half-width), full-width phone numbers. */
function cp932Csv(): Buffer {
  const text = csv([
    ['氏名', 'フリガナ', '所属', '区分', '役職', 'TEL', 'E-mail', '日程'],
    ['山田 太郎', 'ヤマダ タロウ', '架空新聞社 社会部', '報道', '記者', '０３－１２３４－５６７８', 'ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｊｐ', '10月30日'],
    ['鈴木 花子', 'ｽｽﾞｷ ﾊﾅｺ', '架空市役所 国際交流課', '自治体', '', '０４５ー０００ー０００２', '', '11月10日'],
    ['佐藤 次郎', 'サトウ ジロウ', '架空テレビ 報道局', '報道', '編集委員', '', 'sato@example.org', '10/30'],
  ]);
  return iconv.encode(text, 'cp932');
}

/** Excel's "Unicode テキスト": UTF-16LE with its byte-order mark, tab-separated, saved as .txt. */
function utf16Tsv(): Buffer {
  const text = csv(
    [
      ['Name', 'Furigana', 'Organization', '区分', 'Title', 'Phone', 'Email', 'Session'],
      ['山田 太郎', 'やまだ たろう', '架空新聞社 社会部', '報道', '記者', '03-1234-5678', 'yamada@example.jp', 'A'],
      ['鈴木 花子', 'すずき はなこ', '架空市役所 国際交流課', '自治体', '', '045-000-0002', '', 'B'],
      ['佐藤 次郎', 'さとう じろう', '架空テレビ 報道局', '報道', '編集委員', '', 'sato@example.org', 'A'],
    ],
    '\t',
  );
  return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
}

/** Excel's "CSV UTF-8": a BOM, and values with commas, quotes and line breaks quoted as RFC 4180 says. */
const quotedCsv = (): Buffer =>
  Buffer.from(
    '\uFEFF氏名,ふりがな,所属,区分,役職,電話,メール,報告会\r\n' +
      '"山田 太郎",やまだ たろう,"架空新聞社\r\n社会部",報道,記者,03-1234-5678,yamada@example.jp,A\r\n' +
      '鈴木 花子,すずき はなこ,"架空市役所\n国際交流課",自治体,,045-000-0002,,B\r\n' +
      '"佐藤 次郎",さとう じろう,"架空テレビ 報道局",報道,"編集委員",,sato@example.org,"A日程, 報告会"\r\n',
  );

const shapes: readonly [string, string, () => Buffer | Promise<Buffer>][] = [
  ['a Google Forms CSV (UTF-8)', 'google-forms.csv', googleFormsCsv],
  ['a Microsoft Forms workbook', 'microsoft-forms.xlsx', microsoftFormsXlsx],
  ['a CP932 CSV from Japanese Excel', 'excel-sjis.csv', cp932Csv],
  ['a UTF-16 TSV (Excel\'s Unicode text)', 'unicode-text.txt', utf16Tsv],
  ['a CSV with quoted commas, quotes and line breaks', 'quoted.csv', quotedCsv],
];

/** Writes the fixture files into a folder of their own and imports them into `dataDir`. */
async function importInto(dataDir: string, files: Record<string, Buffer>, options: Partial<ImportOptions> = {}) {
  const folder = tempDir('presskit-signups-');
  for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), bytes);
  const report = await importRegistrations({
    dataDir,
    files: Object.keys(files).map((name) => ({ name: path.join(folder, name), read: () => fs.promises.readFile(path.join(folder, name)) })),
    now: new Date('2017-10-20T01:00:00Z'),
    ...options,
  });
  return { ...report, lines: [...report.problems, ...report.conflicts].map((d) => normalisePaths(formatDiagnostic(d).split(`${folder}${path.sep}`).join(''), dataDir)) };
}

const registrationsOf = (dataDir: string) => JSON.parse(fs.readFileSync(path.join(dataDir, 'registrations.json'), 'utf8')) as { $schema: string; registrations: unknown[] };

async function workbookRows(dataDir: string, sheetName: string): Promise<unknown[][]> {
  const out = path.join(tempDir('presskit-out-'), 'output');
  await buildPacket({ dataDir, templatesDir, outDir: out, only: ['xlsx'] });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(path.join(out, attendanceFileName)) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(sheetName)!;
  const rows: unknown[][] = [];
  for (let r = 7; sheet.getCell(r, 2).value !== null; r++) rows.push([2, 3, 4, 5, 6, 7, 8].map((c) => sheet.getCell(r, c).value));
  return rows;
}

describe('each shape of sign-up list', () => {
  it.each(shapes)('%s imports to the expected registrations, which the workbook lists', async (_, name, make) => {
    const dataDir = editionWith();
    const report = await importInto(dataDir, { [name]: await make() });
    expect(report.lines).toEqual([]);
    expect(report.outcome).toBe('created');
    expect(report.counts).toEqual({ added: 3, updated: 0, unchanged: 0, conflicts: 0, rejected: 0 });
    const written = registrationsOf(dataDir);
    expect(written.registrations).toEqual(expected);
    // Created with its $schema, which leads to the schema from the edition folder.
    expect(fs.existsSync(path.resolve(dataDir, written.$schema))).toBe(true);
    const cells = (p: (typeof expected)[number]) => [p.name, p.furigana, p.organisation, p.kind, p.title ?? null, p.tel ?? null, p.email ?? null];
    expect(await workbookRows(dataDir, 'A日程報告会の出席簿')).toEqual([cells(expected[2]), cells(expected[0])]);
    expect(await workbookRows(dataDir, 'B日程報告会の出席簿')).toEqual([cells(expected[1])]);
  });

  it('says what each file was read as', async () => {
    const report = await importInto(editionWith(), { 'a.csv': cp932Csv(), 'b.txt': utf16Tsv(), 'c.xlsx': await microsoftFormsXlsx(), 'd.csv': googleFormsCsv() }, { dryRun: true });
    expect(report.read.map((r) => `${path.basename(r.file)}: ${r.format}, ${r.rows}`)).toEqual([
      'a.csv: CSV, Shift_JIS (CP932), 3',
      'b.txt: TSV, UTF-16LE, 3',
      'c.xlsx: Excel workbook, sheet Sheet1, 3',
      'd.csv: CSV, UTF-8, 3',
    ]);
    // Four lists of the same three people add them once.
    expect(report.counts).toEqual({ added: 3, updated: 0, unchanged: 9, conflicts: 0, rejected: 0 });
    expect(report.outcome).toBe('dry-run');
  });
});

describe('merging into registrations.json', () => {
  it('a second import of the same file changes nothing, byte for byte, and keeps no version', async () => {
    const dataDir = editionWith();
    await importInto(dataDir, { 'signups.csv': googleFormsCsv() });
    const first = fs.readFileSync(path.join(dataDir, 'registrations.json'));
    const again = await importInto(dataDir, { 'signups.csv': googleFormsCsv() });
    expect(again.outcome).toBe('unchanged');
    expect(again.counts).toEqual({ added: 0, updated: 0, unchanged: 3, conflicts: 0, rejected: 0 });
    expect(fs.readFileSync(path.join(dataDir, 'registrations.json')).equals(first)).toBe(true);
    expect(fs.existsSync(path.join(dataDir, '.history'))).toBe(false);
  });

  it('adds new rows after the entries already there, each on a line as they are, touching no other line', async () => {
    const sample = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'registrations.sample.json'), 'utf8');
    const dataDir = editionWith([{ file: 'registrations.json', content: sample }]);
    const report = await importInto(dataDir, { 'signups.csv': googleFormsCsv() });
    expect(report.counts.added).toBe(3);
    const after = fs.readFileSync(path.join(dataDir, 'registrations.json'), 'utf8');
    const before = sample.split('\n');
    const lines = after.split('\n');
    expect(lines.slice(0, 13)).toEqual([...before.slice(0, 12), `${before[12]},`]);
    expect(lines.slice(13, 16).map((l) => JSON.parse(l.replace(/,$/, '')) as unknown)).toEqual(expected);
    expect(lines.slice(16)).toEqual(before.slice(13));
    // The version replaced is kept beside it.
    const history = fs.readdirSync(path.join(dataDir, '.history'));
    expect(history).toHaveLength(1);
    expect(fs.readFileSync(path.join(dataDir, '.history', history[0]), 'utf8')).toBe(sample);
  });

  it('imports into the file --registrations names instead, leaving the edition folder alone', async () => {
    const dataDir = editionWith();
    const elsewhere = path.join(tempDir('presskit-registrations-'), 'signups.json');
    const report = await importInto(dataDir, { 'signups.csv': googleFormsCsv() }, { registrationsFile: elsewhere });
    expect(report).toMatchObject({ target: elsewhere, outcome: 'created' });
    expect((JSON.parse(fs.readFileSync(elsewhere, 'utf8')) as { registrations: unknown[] }).registrations).toEqual(expected);
    expect(fs.existsSync(path.join(dataDir, 'registrations.json'))).toBe(false);
  });

  it('reports a row that differs from its registration as a conflict and leaves it; --update takes the row', async () => {
    const dataDir = editionWith();
    await importInto(dataDir, { 'signups.csv': googleFormsCsv() });
    const changed = googleFormsCsv().toString('utf8').replace('架空新聞社 社会部,報道,記者', '架空新聞社 政治部,報道,デスク').replace('鈴木 花子,スズキ ハナコ,架空市役所 国際交流課,自治体,,', '鈴木 花子,スズキ ハナコ,架空市役所 国際交流課,自治体,主事,');
    const before = fs.readFileSync(path.join(dataDir, 'registrations.json'));
    const report = await importInto(dataDir, { 'signups.csv': Buffer.from(changed) });
    expect(report.lines).toEqual([
      'signups.csv:2:5: warning: 山田 太郎 (A) is registered already at data/registrations.json:4:5, with other values: 所属 "架空新聞社 社会部" there, "架空新聞社 政治部" here; 役職 "記者" there, "デスク" here [conflict] (left as it is: run again with --update to take this row\'s values, or correct the row)',
      'signups.csv:3:7: warning: 鈴木 花子 (B) is registered already at data/registrations.json:5:5, with other values: 役職 none there, "主事" here [conflict] (left as it is: run again with --update to take this row\'s values, or correct the row)',
    ]);
    expect(report.counts).toEqual({ added: 0, updated: 0, unchanged: 1, conflicts: 2, rejected: 0 });
    expect(report.outcome).toBe('unchanged');
    expect(fs.readFileSync(path.join(dataDir, 'registrations.json')).equals(before)).toBe(true);

    const updated = await importInto(dataDir, { 'signups.csv': Buffer.from(changed) }, { update: true });
    expect(updated.lines).toEqual([]);
    expect(updated.counts).toEqual({ added: 0, updated: 2, unchanged: 1, conflicts: 0, rejected: 0 });
    expect(registrationsOf(dataDir).registrations).toEqual([
      { ...expected[0], organisation: '架空新聞社 政治部', title: 'デスク' },
      { ...expected[1], title: '主事' },
      expected[2],
    ]);
  });

  it('matches by name and furigana where either side has no e-mail; a field the row leaves empty keeps its value', async () => {
    const dataDir = editionWith();
    await importInto(dataDir, { 'signups.csv': googleFormsCsv() });
    const phoned = csv([
      ['氏名', 'ふりがな', '所属', '区分', '電話', '報告会'],
      ['山田太郎', 'やまだたろう', '架空新聞社 社会部', '報道', '03-1234-5678', 'A'],
      ['鈴木 花子', 'すずき はなこ', '架空市役所 国際交流課', '自治体', '045-000-0002', 'A'],
    ]);
    const report = await importInto(dataDir, { 'phone.csv': Buffer.from(phoned) });
    // 山田 is the same person (spaces aside), with nothing new but the spacing of his name; 鈴木 registers for A as well.
    expect(report.counts).toEqual({ added: 1, updated: 0, unchanged: 0, conflicts: 1, rejected: 0 });
    expect(report.lines).toEqual([expect.stringMatching(/^phone\.csv:2:1: warning: 山田太郎 \(A\) is registered already at data\/registrations\.json:4:5, with other values: 氏名 "山田 太郎" there, "山田太郎" here; ふりがな "やまだ たろう" there, "やまだたろう" here \[conflict\]/)]);
  });
});

describe('a list with mistakes', () => {
  const badRows = csv([
    ['お名前', 'フリガナ', '所属', '区分', '電話番号', 'メールアドレス', '出席する報告会'],
    ['山田 太郎', 'ヤマダ タロウ', '架空新聞社', '報道', '03-1234-5678', 'yamada@example.jp', 'A'],
    ['鈴木 花子', 'Suzuki Hanako', '架空市役所', '市役所', '0451234567', 'suzuki@', 'C日程'],
    ['', 'さとう', '', '報道', '', '', '10月30日または11月10日'],
    ['田中 一郎', 'たなか いちろう', '架空通信社', '報道', '', '', '12/1'],
  ]);

  it('reports every problem at its row:column, all in one run, and leaves registrations.json byte-identical', async () => {
    const sample = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'registrations.sample.json'));
    const dataDir = editionWith([{ file: 'registrations.json', content: sample.toString('utf8') }]);
    const report = await importInto(dataDir, { 'signups.csv': Buffer.from(badRows) });
    expect(report.outcome).toBe('refused');
    expect(report.counts.rejected).toBe(3);
    expect(report.lines).toEqual([
      'signups.csv:3:2: error: フリガナ is not in the expected form: "Suzuki Hanako" [pattern] (ひらがなで書きます（姓と名の間の空白は可）。)',
      'signups.csv:3:4: error: 区分 must be one of "報道", "自治体", "省庁", "その他" [enum] (or add it to attendeeKinds in schedule.json)',
      'signups.csv:3:5: error: 電話番号 is not in the expected form: "0451234567" [pattern] (市外局番からハイフン区切りで書きます（例：03-5213-1727）。)',
      'signups.csv:3:6: error: メールアドレス must be a valid email, found "suzuki@" [format] (write the whole address, such as name@example.jp)',
      'signups.csv:3:7: error: 出席する報告会 names no session of schedule.json: "C日程" [session] (write one session as A, A日程 or its date (10月30日); the sessions: A日程 10月30日（月）, B日程 11月10日（金）)',
      'signups.csv:4:1: error: お名前 must not be empty [minLength] (名前（100字まで。/ と \\、見えない制御文字は使えません）。)',
      'signups.csv:4:3: error: 所属 must not be empty [minLength] (1行で書く語句（200字まで。改行は入れられません）。)',
      'signups.csv:4:7: error: 出席する報告会 names more than one session: "10月30日または11月10日" [session] (one row registers for one session (give a second row for a second session); write one session as A, A日程 or its date (10月30日); the sessions: A日程 10月30日（月）, B日程 11月10日（金）)',
      'signups.csv:5:7: error: 出席する報告会 names no session of schedule.json: "12/1" [session] (write one session as A, A日程 or its date (10月30日); the sessions: A日程 10月30日（月）, B日程 11月10日（金）)',
    ]);
    expect(fs.readFileSync(path.join(dataDir, 'registrations.json')).equals(sample)).toBe(true);
    expect(fs.existsSync(path.join(dataDir, '.history'))).toBe(false);
  });

  it('names the cell of a workbook as Excel does: signups.xlsx: 申込!C3', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('申込');
    sheet.addRow(['申込者一覧（10月20日現在）']);
    sheet.addRow([]);
    sheet.addRow(['氏名', 'ふりがな', '所属', '区分', '電話', '日程']);
    sheet.addRow(['山田 太郎', 'やまだ たろう', '', '報道', 312345678, new Date(Date.UTC(2017, 9, 30))]);
    const dataDir = editionWith();
    const report = await importInto(dataDir, { 'signups.xlsx': Buffer.from(await workbook.xlsx.writeBuffer()) });
    // The title above the heading row is passed over; Excel's date 10/30 is the session's date; a phone number typed as a number lost its 0.
    expect(report.lines).toEqual([
      'signups.xlsx: 申込!C4: error: 所属 must not be empty [minLength] (1行で書く語句（200字まで。改行は入れられません）。)',
      'signups.xlsx: 申込!E4: error: 電話 is not in the expected form: "312345678" [pattern] (市外局番からハイフン区切りで書きます（例：03-5213-1727）。)',
    ]);
    expect(fs.existsSync(path.join(dataDir, 'registrations.json'))).toBe(false);
  });

  it('names a heading no field goes by, and a required field without a column, listing the fields; --map names them', async () => {
    const list = csv([
      ['参加者', 'ふりがな', '所属', '区分', '連絡事項', '日程'],
      ['山田 太郎', 'やまだ たろう', '架空新聞社', '報道', '車椅子で伺います', 'A'],
    ]);
    const dataDir = editionWith();
    const report = await importInto(dataDir, { 'signups.csv': Buffer.from(list) });
    const fields = 'the fields: 報告会 (session), 氏名 (name), ふりがな (furigana), 所属 (organisation), 区分 (kind), 役職 (title), 電話 (tel), メール (email)';
    expect(report.lines).toEqual([
      `signups.csv:1:1: error: the column "参加者" is not a field of a registration [column] (name its field in a --map file ({"…": "tel"}), or null to leave the column out; ${fields})`,
      `signups.csv:1:1: error: the heading row has no column for 氏名 (name) [column] (add a column headed 氏名, お名前, 名前 or name its column in a --map file; ${fields})`,
      `signups.csv:1:5: error: the column "連絡事項" is not a field of a registration [column] (name its field in a --map file ({"…": "tel"}), or null to leave the column out; ${fields})`,
    ]);
    const map = { name: 'map.json', read: async () => Buffer.from('{ "参加者": "name", "連絡事項": null }') };
    const mapped = await importInto(dataDir, { 'signups.csv': Buffer.from(list) }, { map });
    expect(mapped.lines).toEqual([]);
    expect(registrationsOf(dataDir).registrations).toEqual([{ session: 'A', name: '山田 太郎', furigana: 'やまだ たろう', organisation: '架空新聞社', kind: '報道' }]);
  });

  it('a --map that names no field is reported at its line and column', async () => {
    const map = { name: 'map.json', read: async () => Buffer.from('{\n  "ご芳名": "namae"\n}\n') };
    const report = await importInto(editionWith(), { 'signups.csv': googleFormsCsv() }, { map });
    expect(report.lines).toEqual([expect.stringMatching(/^map\.json:2:10: error: \/ご芳名 must be a field or null, found "namae" \[enum\]/)]);
  });

  it('refuses a quote left open, at its row', async () => {
    const report = await importInto(editionWith(), { 'signups.csv': Buffer.from('氏名,ふりがな\r\n山田 太郎,やまだ\r\n"鈴木 花子,すずき\r\n') });
    expect(report.lines).toEqual(['signups.csv:3:1: error: a value that starts with a double quote is never closed [csv] (add the closing double quote (") at the end of the value)']);
  });
});

describe('encodings', () => {
  it('refuses a file that garbles in every encoding it reads, naming the file, and writes nothing', async () => {
    const eucJp = iconv.encode(csv([['氏名', 'ふりがな', '所属', '区分', '日程'], ['山田 太郎', 'やまだ たろう', '架空新聞社', '報道', 'A']]), 'euc-jp');
    const latin1 = iconv.encode('Name,Organisation\r\nMüller Zoë,Société Générale\r\n', 'latin1');
    const dataDir = editionWith();
    const report = await importInto(dataDir, { 'euc.csv': eucJp, 'latin.csv': latin1 });
    expect(report.lines).toEqual([
      'euc.csv: error: is in an encoding this command does not read: it is not UTF-8 or UTF-16, and read as Shift_JIS (CP932) it would be garbled (it looks like EUC-JP) [encoding] (open it in Excel and save it as "CSV UTF-8 (コンマ区切り)", or download it from the form again)',
      expect.stringMatching(/^latin\.csv: error: is in an encoding this command does not read: it is not UTF-8 or UTF-16, and read as Shift_JIS \(CP932\) it decodes with replacement characters \(shown as �\) \(it looks like ISO-8859-1\) \[encoding\]/),
    ]);
    expect(fs.existsSync(path.join(dataDir, 'registrations.json'))).toBe(false);
  });
});
