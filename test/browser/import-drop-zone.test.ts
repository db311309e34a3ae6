import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Studio } from '../../src/studio/server';
import { dropFile, launchChromium, openStudioPage, screenshot } from '../support/browser';
import { settled, stateWhere, studioOver } from '../support/studio';

let browser: Browser;
let studio: Studio;
let dataDir: string;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  ({ studio, dataDir } = await studioOver());
  await stateWhere(studio, settled());
  browser = await launchChromium();
  page = await openStudioPage(browser, studio.url, pageErrors);
});
afterAll(async () => {
  await browser?.close();
  await studio?.close();
});

/** What Japanese Excel saves as CSV: CP932, katakana furigana, full-width phone numbers. */
const signups = (kind: string) =>
  iconv.encode(
    [
      '氏名,フリガナ,所属,区分,電話番号,メールアドレス,出席する報告会',
      `山田 太郎,ヤマダ タロウ,"架空新聞社, 社会部",報道,０３－１２３４－５６７８,yamada@example.jp,A日程`,
      `鈴木 花子,スズキ ハナコ,架空市役所,${kind},,,11月10日`,
      '',
    ].join('\r\n'),
    'cp932',
  );

const drop = (name: string, bytes: Buffer) => dropFile(page, '#import-zone', { name, type: 'text/csv', bytes });

describe('the 申込者 form\'s drop zone in Chromium', () => {
  it('is on the 申込者 form only', async () => {
    await page.click('#tab-edit');
    await page.locator('#edit-area').waitFor();
    await expect.poll(() => page.locator('#edit-file').inputValue()).toBe('data:release.json');
    expect(await page.locator('#import-zone').isVisible()).toBe(false);
    await page.selectOption('#edit-file', 'data:registrations.json');
    await expect.poll(() => page.locator('#import-zone').isVisible()).toBe(true);
  });

  it('shows each problem of a dropped list at its row:column and writes nothing', async () => {
    await drop('申込一覧.csv', signups('市役所'));
    await expect.poll(() => page.locator('#import-result').textContent()).toContain('取り込めません');
    expect(await page.locator('#import-result .import-problem').allTextContents()).toEqual([
      '申込一覧.csv:3:4: エラー: 「区分」の欄の「市役所」は選べる値にありません。 [enum]（次から選ぶか、日程と報告会の「出席者の区分」に加えてください：報道、自治体、省庁、その他）',
    ]);
    expect(await page.locator('#import-result').textContent()).toContain('申込一覧.csv：CSV, Shift_JIS (CP932)、2行');
    expect(fs.existsSync(path.join(dataDir, 'registrations.json'))).toBe(false);
    await screenshot(page, 'import-1-problems');
  });

  it('says what the import would do; the button imports; the form and the workbook show the new registrants', async () => {
    await drop('申込一覧.csv', signups('自治体'));
    await expect.poll(() => page.locator('#import-result').textContent()).toContain('取り込むと：追加 2・更新 0・変更なし 0・食い違い 0・不備のある行 0');
    await screenshot(page, 'import-2-preview');
    expect(fs.existsSync(path.join(dataDir, 'registrations.json'))).toBe(false);
    const generation = studio.state.generation;
    await page.click('#import-result button:has-text("取り込む")');
    await expect.poll(() => page.locator('#import-result').textContent()).toContain('取り込みました（ファイルを作成しました）：追加 2');
    const written = JSON.parse(fs.readFileSync(path.join(dataDir, 'registrations.json'), 'utf8')) as { registrations: unknown[] };
    expect(written.registrations).toEqual([
      { session: 'A', name: '山田 太郎', furigana: 'やまだ たろう', organisation: '架空新聞社, 社会部', kind: '報道', tel: '03-1234-5678', email: 'yamada@example.jp' },
      { session: 'B', name: '鈴木 花子', furigana: 'すずき はなこ', organisation: '架空市役所', kind: '自治体' },
    ]);
    await stateWhere(studio, (s) => s.busy === null && s.generation > generation);
    // The table reopens the file as it now is.
    await expect.poll(() => page.locator('#edit-area table.record-table').textContent()).toContain('やまだ たろう');
    await screenshot(page, 'import-3-imported');
    await page.click('#tab-workbook');
    await page.click('#sheet-tabs [role="tab"]:has-text("B日程")');
    await expect.poll(() => page.locator('#sheet-view').textContent()).toContain('鈴木 花子');
  });

  it('takes a file chosen with the button as well, and says when all is registered already', async () => {
    await page.click('#tab-edit');
    await page.setInputFiles('#import-file', { name: 'again.csv', mimeType: 'text/csv', buffer: signups('自治体') });
    await expect.poll(() => page.locator('#import-result').textContent()).toContain('すべて登録済みです。変更はありません：追加 0・更新 0・変更なし 2');
  });

  it('offers one value for all the rows of a list without 区分 (a Google Forms export), and imports only once it is chosen', async () => {
    const form = Buffer.from('タイムスタンプ,メールアドレス,お名前,ふりがな,ご所属,出席される報告会,備考\r\n2017/10/16 10:21:33,sato@example.jp,佐藤 一郎,さとう いちろう,架空テレビ,B日程,\r\n');
    await drop('フォームの回答.csv', form);
    await expect.poll(() => page.locator('#import-result').textContent()).toContain('「区分」の列がありません');
    await page.selectOption('#import-result select[name="kind"]', '報道');
    await screenshot(page, 'import-4-value-for-all-rows');
    await page.click('#import-result button:has-text("この値で確かめる")');
    await expect.poll(() => page.locator('#import-result').textContent()).toContain('取り込むと：追加 1');
    await page.click('#import-result button:has-text("取り込む")');
    await expect.poll(() => page.locator('#import-result').textContent()).toContain('取り込みました（前の版は履歴に残っています）：追加 1');
    const written = JSON.parse(fs.readFileSync(path.join(dataDir, 'registrations.json'), 'utf8')) as { registrations: unknown[] };
    expect(written.registrations.at(-1)).toEqual({ session: 'B', name: '佐藤 一郎', furigana: 'さとう いちろう', organisation: '架空テレビ', kind: '報道', email: 'sato@example.jp' });
  });

  it('ran without a script error or a request the CSP refused', () => {
    expect(pageErrors).toEqual([]);
  });
});
