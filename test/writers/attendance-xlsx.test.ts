import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { attendanceFileName } from '../../src/writers/attendance-xlsx';
import { packageRoot } from '../../src/paths';
import { buildInto } from '../support/build';
import { atAnotherTimeAndZone } from '../support/clock';
import { openPackage } from '../support/office-xml';
import { normalisePaths, templatesWith } from '../support/edition-fixture';
import { InputError } from '../../src/diagnostics';

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
