import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { attendanceFileName } from '../../src/writers/attendance-xlsx';
import { packageRoot } from '../../src/runtime/paths';
import { buildInto } from '../support/build';
import { atAnotherTimeAndZone } from '../support/clock';
import { openPackage } from '../support/office-xml';
import { normalisePaths, templatesWith } from '../support/edition-fixture';
import { InputError } from '../../src/problems/diagnostics';
import { onlineSessions, onlineUrls } from '../support/release-editions';

const sample = path.join(packageRoot, 'test', 'fixtures', 'registrations.sample.json');

async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The result stored with a formula cell, as a viewer that does not recalculate shows it. */
function cachedValue(bytes: Uint8Array, part: string, ref: string): string | undefined {
  const cell = Array.from(openPackage(bytes).part(part).getElementsByTagName('c')).find((c) => c.getAttribute('r') === ref);
  expect(cell?.getElementsByTagName('f')[0]).toBeDefined();
  return cell?.getElementsByTagName('v')[0]?.textContent ?? undefined;
}

const rowValues = (sheet: ExcelJS.Worksheet, r: number): unknown[] => Array.from({ length: 10 }, (_, c) => sheet.getCell(r, c + 1).value);

describe('the attendance workbook with the sample registrations', () => {
  let bytes: Buffer;
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    bytes = (await buildInto({ only: ['xlsx'], registrationsFile: sample })).read(attendanceFileName);
    workbook = await readWorkbook(bytes);
  });

  it('has one sheet per session, then the summary, each named for what it holds and titled in A1', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['A日程報告会の出席簿', 'B日程報告会の出席簿', '出欠集計']);
    expect(workbook.worksheets.map((s) => s.getCell('A1').value)).toEqual([
      'JETふるさとビジョンプロジェクト 報告会 出席者名簿（A日程）',
      'JETふるさとビジョンプロジェクト 報告会 出席者名簿（B日程）',
      'JETふるさとビジョンプロジェクト 報告会 出欠集計',
    ]);
  });

  it('defines each table as an Excel table with its header row, unstyled and without filter buttons, so it looks as before', () => {
    const pkg = openPackage(bytes);
    const tables = pkg.names.filter((name) => /^xl\/tables\/table\d+\.xml$/.test(name)).sort().map((name) => pkg.part(name).documentElement!);
    expect(tables.map((t) => [t.getAttribute('name'), t.getAttribute('ref'), t.getAttribute('headerRowCount')])).toEqual([
      ['表_A日程報告会の出席簿', 'A6:J31', '1'],
      ['表_B日程報告会の出席簿', 'A6:J31', '1'],
      ['表_出欠集計', 'A3:E6', '1'],
    ]);
    expect(Array.from(tables[0].getElementsByTagName('tableColumn')).map((c) => c.getAttribute('name'))).toEqual(['No.', '氏名', 'ふりがな', '所属', '区分', '役職', '電話', 'メール', '出欠', '備考']);
    for (const table of tables) {
      expect(table.getElementsByTagName('tableStyleInfo')[0].getAttribute('name')).toBeNull();
      expect(Array.from(table.getElementsByTagName('filterColumn')).every((c) => c.getAttribute('hiddenButton') === '1')).toBe(true);
    }
  });

  it('opens each sheet with the session’s title block', () => {
    const sheet = workbook.getWorksheet('B日程報告会の出席簿')!;
    expect([1, 2, 3, 4].map((r) => sheet.getCell(r, 1).value)).toEqual([
      'JETふるさとビジョンプロジェクト 報告会 出席者名簿（B日程）',
      '日時：平成29年11月10日（金） 15:45～17:50',
      '会場：千代田区麹町１－７相互半蔵門ビル１階 CLAIR本部 大会議室',
      '変更の連絡先：CLAIR ＪＥＴプログラム事業部調整課　TEL 03-5213-1727　FAX 03-5213-1743',
    ]);
    expect(rowValues(sheet, 6)).toEqual(['No.', '氏名', 'ふりがな', '所属', '区分', '役職', '電話', 'メール', '出欠', '備考']);
  });

  it('lists the registrants of the session in furigana order, then 20 numbered blank rows', () => {
    const sheet = workbook.getWorksheet('A日程報告会の出席簿')!;
    expect([7, 8, 9, 10, 11].map((r) => sheet.getCell(r, 3).value)).toEqual(['かめい いちろう', 'さんぷる あれっくす', 'しけん はなこ', 'みほん たろう', 'れいじ じろう']);
    expect(rowValues(sheet, 9)).toEqual([3, '試験 花子', 'しけん はなこ', '架空市役所 国際交流課（サンプル）', '自治体', '主査', '0000-00-0002', 'shiken.hanako@example.jp', null, null]);
    for (let r = 12; r <= 31; r++) expect(rowValues(sheet, r)).toEqual([r - 6, ...Array(9).fill(null)]);
    expect(sheet.getCell(32, 1).value).toBeNull();
    expect(sheet.getCell(9, 7).numFmt).toBe('@');
    expect(sheet.getCell(20, 8).numFmt).toBe('@');
  });

  it('offers drop-down lists for 出欠 and 区分 over every row', () => {
    const sheet = workbook.getWorksheet('A日程報告会の出席簿')!;
    for (const r of [7, 31]) {
      expect(sheet.getCell(r, 9).dataValidation).toMatchObject({ type: 'list', formulae: ['"出席,欠席"'] });
      expect(sheet.getCell(r, 5).dataValidation).toMatchObject({ type: 'list', formulae: ['"報道,自治体,省庁,その他"'] });
    }
    expect(sheet.getCell(32, 9).dataValidation).toBeUndefined();
  });

  it('prints on A4 landscape, one page wide, repeating the header row, with page numbers; the header stays on screen', () => {
    const sheet = workbook.getWorksheet('A日程報告会の出席簿')!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '6:6' });
    expect(sheet.headerFooter.oddFooter).toBe('&CJETふるさとビジョンプロジェクト　&P / &N');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    expect(sheet.getColumn(4).width).toBeGreaterThanOrEqual(28);
  });

  it('sums up with live formulas that carry their results', () => {
    const sheet = workbook.getWorksheet('出欠集計')!;
    expect(rowValues(sheet, 3).slice(0, 5)).toEqual(['出席簿', '名簿の人数', '出席', '欠席', '未記入']);
    const formulas = (r: number): unknown[] => rowValues(sheet, r).slice(1, 5).map((v) => (v as { formula: string }).formula);
    expect(rowValues(sheet, 4)[0]).toBe('A日程報告会の出席簿');
    expect(formulas(4)).toEqual(["COUNTA('A日程報告会の出席簿'!B7:B31)", `COUNTIF('A日程報告会の出席簿'!I7:I31,"出席")`, `COUNTIF('A日程報告会の出席簿'!I7:I31,"欠席")`, 'B4-C4-D4']);
    expect(formulas(5)).toEqual(["COUNTA('B日程報告会の出席簿'!B7:B31)", `COUNTIF('B日程報告会の出席簿'!I7:I31,"出席")`, `COUNTIF('B日程報告会の出席簿'!I7:I31,"欠席")`, 'B5-C5-D5']);
    expect(rowValues(sheet, 6)[0]).toBe('合計');
    expect(formulas(6)).toEqual(['SUM(B4:B5)', 'SUM(C4:C5)', 'SUM(D4:D5)', 'SUM(E4:E5)']);
    // exceljs reads a cached 0 back as "no result", so the cached values are read from the sheet XML.
    expect(['B4', 'C4', 'D4', 'E4', 'B5', 'E5', 'B6', 'C6', 'D6', 'E6'].map((ref) => cachedValue(bytes, 'xl/worksheets/sheet3.xml', ref))).toEqual(['5', '0', '0', '5', '5', '5', '10', '0', '0', '10']);
  });

  it('carries workbook properties dated by the release', () => {
    expect(workbook.creator).toBe('一般財団法人自治体国際化協会');
    expect(workbook.title).toBe('JETふるさとビジョンプロジェクト 報告会 出席者名簿');
    expect(workbook.created.toISOString()).toBe('2017-10-12T15:00:00.000Z');
    expect(workbook.modified.toISOString()).toBe('2017-10-12T15:00:00.000Z');
  });

  it('is the same bytes on every build, whatever the clock and time zone', async () => {
    const again = (await atAnotherTimeAndZone(() => buildInto({ only: ['xlsx'], registrationsFile: sample }), 'America/Los_Angeles')).read(attendanceFileName);
    expect(again.equals(bytes)).toBe(true);
  });
});

it('without a registrations file, every session sheet has only numbered blank rows', async () => {
  const bytes = (await buildInto({ only: ['xlsx'] })).read(attendanceFileName);
  const workbook = await readWorkbook(bytes);
  for (const name of ['A日程報告会の出席簿', 'B日程報告会の出席簿']) {
    const sheet = workbook.getWorksheet(name)!;
    for (let r = 7; r <= 26; r++) expect(rowValues(sheet, r)).toEqual([r - 6, ...Array(9).fill(null)]);
    expect(sheet.getCell(27, 1).value).toBeNull();
  }
  expect(cachedValue(bytes, 'xl/worksheets/sheet3.xml', 'B6')).toBe('0');
});

it('reports column headings a table cannot have twice, against the template', async () => {
  const templates = templatesWith([{ file: 'workbook/columns.hbs', find: 'remarks | 備考', replace: 'remarks | 氏名' }]);
  const error = await buildInto({ only: ['xlsx'], templatesDir: templates }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).diagnostics.map((d) => [normalisePaths(d.file, templates), d.rule, d.message])).toEqual([['data/workbook/columns.hbs', 'workbook', 'gives two columns the heading "氏名"']]);
});

describe('the attendance workbook of a hybrid session (A) and an online one (B), with the sample registrations', () => {
  let bytes: Buffer;
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    bytes = (await buildInto({ dataDir: onlineSessions(), only: ['xlsx'], registrationsFile: sample })).read(attendanceFileName);
    workbook = await readWorkbook(bytes);
  });
  const titleBlock = (name: string): unknown[] => [2, 3, 4].map((r) => workbook.getWorksheet(name)!.getCell(r, 1).value);

  it('heads the hybrid session’s sheet with its venue, オンライン併催, and the service and web address', () => {
    expect(titleBlock('A日程報告会の出席簿')).toEqual(['日時：平成29年10月30日（月） 16:30～17:50', '会場：千代田区麹町１－７相互半蔵門ビル１階 CLAIR本部 大会議室（オンライン併催）', `オンライン参加：Zoomウェビナー　${onlineUrls.A}`]);
  });

  it('heads the online session’s sheet with オンライン開催 and its web address, no address', () => {
    expect(titleBlock('B日程報告会の出席簿')).toEqual(['日時：平成29年11月10日（金） 15:45～17:50', '会場：オンライン開催', `オンライン参加：${onlineUrls.B}`]);
  });

  it('gives the hybrid session a 参加方法 column before 出欠, a drop-down of 会場 and オンライン; the online session none', () => {
    const hybrid = workbook.getWorksheet('A日程報告会の出席簿')!;
    expect(rowValues(hybrid, 7).concat(hybrid.getCell(7, 11).value)).toEqual(['No.', '氏名', 'ふりがな', '所属', '区分', '役職', '電話', 'メール', '参加方法', '出欠', '備考']);
    for (const r of [8, 32]) {
      expect(hybrid.getCell(r, 9).dataValidation).toMatchObject({ type: 'list', formulae: ['"会場,オンライン"'] });
      expect(hybrid.getCell(r, 10).dataValidation).toMatchObject({ type: 'list', formulae: ['"出席,欠席"'] });
    }
    expect(hybrid.getCell(33, 9).dataValidation).toBeUndefined();
    const pkg = openPackage(bytes);
    const table = pkg.part('xl/tables/table1.xml').documentElement!;
    expect([table.getAttribute('ref'), table.getElementsByTagName('tableColumn')[8].getAttribute('name')]).toEqual(['A7:K32', '参加方法']);
    const online = workbook.getWorksheet('B日程報告会の出席簿')!;
    expect(rowValues(online, 7)).toEqual(['No.', '氏名', 'ふりがな', '所属', '区分', '役職', '電話', 'メール', '出欠', '備考']);
    expect(online.getCell(8, 9).dataValidation).toMatchObject({ formulae: ['"出席,欠席"'] });
  });

  it('counts each sheet’s 出欠 in its own column', () => {
    const formulas = (r: number): unknown[] => rowValues(workbook.getWorksheet('出欠集計')!, r).slice(1, 3).map((v) => (v as { formula: string }).formula);
    expect(formulas(4)).toEqual(["COUNTA('A日程報告会の出席簿'!B8:B32)", `COUNTIF('A日程報告会の出席簿'!J8:J32,"出席")`]);
    expect(formulas(5)).toEqual(["COUNTA('B日程報告会の出席簿'!B8:B32)", `COUNTIF('B日程報告会の出席簿'!I8:I32,"出席")`]);
  });

  it('asks for the 参加方法 heading and choices only of templates for an edition with a hybrid session', async () => {
    const templates = templatesWith([
      { file: 'workbook/columns.hbs', find: 'participation | 参加方法\n', replace: '' },
      { file: 'workbook/participation-choices.hbs', find: 'オンライン\n', replace: '' },
    ]);
    expect((await buildInto({ only: ['xlsx'], templatesDir: templates })).read(attendanceFileName).length).toBeGreaterThan(0);
    const error = await buildInto({ dataDir: onlineSessions(), only: ['xlsx'], templatesDir: templates }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).diagnostics.map((d) => [normalisePaths(d.file, templates), d.message])).toEqual([
      ['data/workbook/columns.hbs', 'has no line for the column "participation"'],
      ['data/workbook/participation-choices.hbs', 'needs two lines: the word for taking part at the venue, then the word for online'],
    ]);
  });
});
