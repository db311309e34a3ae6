import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dropFile, guideShot, screenshot } from '../support/browser';
import { stateWhere, studioOver } from '../support/studio';
import { studioInChromium } from '../support/studio-page';

/** Who saves, as the studio's edge names them (the machine's user name when not given). */
const user = '事務局 山田';
const session = studioInChromium(() => studioOver([], { user }));

const surnames = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田', '佐々木', '山口', '松本', '井上', '木村', '林', '斎藤', '清水'];
const surnameKana = ['サトウ', 'スズキ', 'タカハシ', 'タナカ', 'イトウ', 'ワタナベ', 'ヤマモト', 'ナカムラ', 'コバヤシ', 'カトウ', 'ヨシダ', 'ヤマダ', 'ササキ', 'ヤマグチ', 'マツモト', 'イノウエ', 'キムラ', 'ハヤシ', 'サイトウ', 'シミズ'];
const givenNames = ['太郎', '花子', '一郎', '次郎', '三郎', '桜', '健', '誠', '愛', '学'];
const givenKana = ['タロウ', 'ハナコ', 'イチロウ', 'ジロウ', 'サブロウ', 'サクラ', 'ケン', 'マコト', 'アイ', 'マナブ'];
const kinds = ['報道', '自治体', '省庁', 'その他'];

/** 200 sign-ups as a form service's CSV: 20 surnames × 10 given names. */
function signups(): Buffer {
  const rows = ['氏名,フリガナ,所属,区分,電話番号,メールアドレス,出席する報告会'];
  for (let i = 0; i < 200; i++) {
    const [s, g] = [i % 20, Math.floor(i / 20)];
    rows.push(`${surnames[s]} ${givenNames[g]},${surnameKana[s]} ${givenKana[g]},架空${i % 3 === 0 ? '新聞社' : '市役所'} 第${i + 1}課,${kinds[i % 4]},03-0000-${String(i).padStart(4, '0')},p${i}@example.jp,${i % 2 ? 'B' : 'A'}日程`);
  }
  return Buffer.from(`${rows.join('\r\n')}\r\n`, 'utf8');
}

const drop = (name: string, bytes: Buffer) => dropFile(session.page, '#import-zone', { name, type: 'text/csv', bytes });

const grid = () => session.page.locator('table.record-table');
const rowCount = () => grid().getAttribute('aria-rowcount');
/** The texts of one column of the rows drawn, top to bottom. */
const columnTexts = (title: string) =>
  session.page.evaluate((t) => {
    const heads = Array.from(document.querySelectorAll('table.record-table thead th'));
    const at = heads.findIndex((th) => th.querySelector('.sorter')?.textContent?.replace(/ [▲▼]$/, '') === t);
    return Array.from(document.querySelectorAll('table.record-table tbody tr[data-item]')).map((tr) => (tr.children[at] as HTMLElement).textContent ?? '');
  }, title);
const registrations = () => JSON.parse(fs.readFileSync(path.join(session.dataDir, 'registrations.json'), 'utf8')) as { registrations: Record<string, string>[] };

describe('申込 and プロジェクト as tables in Chromium', () => {
  it('shows 200 imported sign-ups as a table that draws only the rows in view and says its size', async () => {
    await session.page.click('#tab-edit');
    await session.page.selectOption('#edit-file', 'data:registrations.json');
    await expect.poll(() => session.page.locator('#import-zone').isVisible()).toBe(true);
    await drop('申込一覧.csv', signups());
    await session.page.click('#import-result button:has-text("取り込む")');
    await expect.poll(() => session.page.locator('#import-result').textContent()).toContain('追加 200');
    await expect.poll(rowCount).toBe('201');
    const drawn = await session.page.locator('table.record-table tbody tr[data-item]').count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(60);
    expect(await session.page.locator('.table-count').textContent()).toBe('200 件');
    await guideShot(session.page, '09-table');
  });

  it('sorts by a column (ascending, then descending) and filters by another', async () => {
    await session.page.click('table.record-table .sorter:text-is("ふりがな")');
    expect(await session.page.locator('th:has(.sorter:has-text("ふりがな"))').getAttribute('aria-sort')).toBe('ascending');
    const ascending = await columnTexts('ふりがな');
    expect(ascending[0]).toBe('いとう あい');
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, 'ja')));
    await session.page.click('table.record-table .sorter:has-text("ふりがな")');
    expect((await columnTexts('ふりがな'))[0]).toBe('わたなべ まなぶ');
    await session.page.fill('input[aria-label="所属で絞り込む"]', '新聞社');
    await expect.poll(rowCount).toBe(String(67 + 1));
    expect(await session.page.locator('.table-count').textContent()).toBe('200 件中 67 件を表示');
    expect(new Set((await columnTexts('所属')).map((t) => t.includes('新聞社')))).toEqual(new Set([true]));
    await screenshot(session.page, 'tables-2-sorted-filtered');
    await session.page.fill('input[aria-label="所属で絞り込む"]', '');
    await expect.poll(rowCount).toBe('201');
  });

  it('edits a cell from the keyboard; the save writes it, and a problem typed in is marked in its row', async () => {
    await session.page.fill('input[aria-label="氏名で絞り込む"]', '渡辺 学');
    await expect.poll(rowCount).toBe('2');
    await session.page.locator('table.record-table tbody tr[data-item] td[data-column="1"]').click();
    await session.page.keyboard.press('ArrowRight');
    await session.page.keyboard.press('ArrowRight');
    await session.page.keyboard.press('Enter');
    await session.page.keyboard.press('Control+A');
    await session.page.keyboard.type('架空テレビ 報道局');
    await session.page.keyboard.press('Enter');
    // Typing over a cell replaces it, as in a spreadsheet: ふりがな in Latin letters is a problem.
    await session.page.keyboard.press('ArrowLeft');
    await session.page.keyboard.type('watanabe');
    await session.page.keyboard.press('Enter');
    await session.page.click('#edit-save');
    await expect.poll(() => session.page.locator('#edit-status').textContent()).toContain('保存しました');
    const saved = registrations().registrations.find((r) => r.name === '渡辺 学');
    expect(saved).toMatchObject({ organisation: '架空テレビ 報道局', furigana: 'watanabe' });
    await expect.poll(() => session.page.locator('tr.has-problem td[aria-invalid="true"]').textContent()).toBe('watanabe');
    expect(await session.page.locator('tr.has-problem td[aria-invalid="true"]').getAttribute('title')).toContain('ひらがな');
    expect(await session.page.locator('tr.has-problem td.row-number').textContent()).toBe(`⚠ ${registrations().registrations.findIndex((r) => r.name === '渡辺 学') + 1}`);
    await screenshot(session.page, 'tables-3-problem');
    await session.page.fill('input[aria-label="氏名で絞り込む"]', '');
  });

  it('the 問題 tab opens the sign-up\'s row form at the field; fixed there and saved, the row\'s mark goes', async () => {
    await session.page.fill('input[aria-label="氏名で絞り込む"]', '');
    await session.page.click('#tab-problems');
    await session.page.locator('#problems li.problem').filter({ hasText: 'watanabe' }).getByRole('button', { name: 'フォームのこの欄を開く' }).click();
    const dialog = session.page.locator('dialog.studio-dialog');
    await expect.poll(() => dialog.locator('h2').textContent()).toMatch(/^申込 \d+（渡辺 学）を編集$/);
    const focused = await session.page.evaluate(() => {
      const field = document.activeElement as HTMLInputElement;
      return { label: document.querySelector(`label[for="${field.id}"]`)?.textContent, value: field.value, invalid: field.getAttribute('aria-invalid'), message: document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent };
    });
    expect(focused).toMatchObject({ label: expect.stringContaining('ふりがな'), value: 'watanabe', invalid: 'true', message: expect.stringContaining('ひらがな') });
    await session.page.keyboard.press('Control+A');
    await session.page.keyboard.type('わたなべ まなぶ');
    await dialog.locator('button:text-is("この内容にする")').click();
    await session.page.click('#edit-save');
    await expect.poll(() => session.page.locator('#edit-status').textContent()).toContain('保存しました');
    expect(registrations().registrations.find((r) => r.name === '渡辺 学')?.furigana).toBe('わたなべ まなぶ');
    await expect.poll(() => session.page.locator('tr.has-problem').count()).toBe(0);
  });

  it('takes the sign-ups out as an .xlsx with the same columns, one row each', async () => {
    const [download] = await Promise.all([session.page.waitForEvent('download'), session.page.click('.table-xlsx')]);
    expect(download.suggestedFilename()).toBe('申込一覧.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const titles = await session.page.locator('table.record-table .sorter').allTextContents();
    expect(header).toEqual(['No.', ...titles.map((t) => t.replace(/ [▲▼]$/, ''))]);
    expect(sheet.actualRowCount - 1).toBe(200);
    const names = Array.from({ length: 200 }, (_, i) => sheet.getRow(i + 2).getCell(3).text);
    expect(names).toEqual(registrations().registrations.map((r) => r.name));
  });

  it('deletes a project only when confirmed, naming it; 元に戻す puts the file back byte for byte', async () => {
    const file = path.join(session.dataDir, 'projects.json');
    const before = fs.readFileSync(file);
    await session.page.selectOption('#edit-file', 'data:projects.json');
    await expect.poll(rowCount).toBe('9');
    await session.page.click('table.record-table tr[data-item="2"] td.row-number');
    await session.page.click('.table-bar button:text-is("行を削除")');
    const dialog = session.page.locator('dialog.studio-dialog');
    expect(await dialog.locator('h2').textContent()).toBe('プロジェクト 3（大分県）を削除しますか');
    await screenshot(session.page, 'tables-4-confirm-delete');
    await dialog.locator('button:text-is("キャンセル")').click();
    await expect.poll(rowCount).toBe('9');
    await session.page.click('.table-bar button:text-is("行を削除")');
    await dialog.locator('button:text-is("削除する")').click();
    await expect.poll(rowCount).toBe('8');
    await session.page.click('#edit-save');
    await expect.poll(() => session.page.locator('#edit-status').textContent()).toContain('保存しました');
    expect((JSON.parse(fs.readFileSync(file, 'utf8')) as { projects: unknown[] }).projects).toHaveLength(7);
    await session.page.click('#edit-undo button:text-is("元に戻す")');
    await expect.poll(() => session.page.locator('#edit-status').textContent()).toContain('保存する前の内容に戻しました');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    await expect.poll(rowCount).toBe('9');
    await screenshot(session.page, 'tables-5-undone');
  });

  it('edits a row in its form', async () => {
    await session.page.click('table.record-table tr[data-item="0"] td.row-number');
    await session.page.click('.table-bar button:text-is("行をフォームで編集")');
    const dialog = session.page.locator('dialog.studio-dialog');
    expect(await dialog.locator('h2').textContent()).toBe('プロジェクト 1（浜田市）を編集');
    await dialog.getByLabel('活動分野（必須）').fill('観光、文化');
    await screenshot(session.page, 'tables-6-row-form');
    await dialog.locator('button:text-is("この内容にする")').click();
    await session.page.click('#edit-save');
    await expect.poll(() => session.page.locator('#edit-status').textContent()).toContain('保存しました');
    expect((JSON.parse(fs.readFileSync(path.join(session.dataDir, 'projects.json'), 'utf8')) as { projects: { fields: string[] }[] }).projects[0].fields).toEqual(['観光', '文化']);
  });

  it('says in 履歴 what each save changed, in the form\'s words, before → after, and who saved it', async () => {
    await session.page.click('#edit-history');
    const saves = session.page.locator('#edit-history-list .history-list > li');
    await expect.poll(() => saves.count()).toBe(3);
    const changes = (n: number) => saves.nth(n).locator('.change').allTextContents();
    expect(await changes(0)).toEqual(['変更プロジェクト 1 の活動分野観光 → 観光、文化']);
    expect(await changes(1)).toEqual(['追加プロジェクト 3（大分県）']);
    expect(await changes(2)).toEqual(['削除プロジェクト 3（大分県）']);
    expect(await saves.locator('.history-who').allTextContents()).toEqual(Array.from({ length: 3 }, () => `保存した人：${user}`));
    await guideShot(session.page, '10-history');
    await session.page.click('#edit-history');
  });

  it('opens 2,000 rows drawing only those in view; the last row is reached with Ctrl+End', async () => {
    const many = { registrations: Array.from({ length: 2000 }, (_, i) => ({ session: 'A', name: `見本 ${i + 1}`, furigana: 'みほん', organisation: '架空社', kind: '報道' })) };
    fs.writeFileSync(path.join(session.dataDir, 'registrations.json'), `${JSON.stringify(many, null, 2)}\n`);
    await session.page.selectOption('#edit-file', 'data:registrations.json');
    await expect.poll(rowCount).toBe('2001');
    expect(await session.page.locator('table.record-table tbody tr[data-item]').count()).toBeLessThan(60);
    await session.page.locator('table.record-table tbody tr[data-item] td[data-column="1"]').first().click();
    await session.page.keyboard.press('Control+End');
    await expect.poll(() => session.page.locator('table.record-table td.active').textContent()).toBe('見本 2000');
    expect(await session.page.locator('table.record-table tr[aria-selected="true"]').getAttribute('aria-rowindex')).toBe('2001');
    await screenshot(session.page, 'tables-8-2000-rows');
  });

  it('a problem the table has no column for (the list of 活動分野) opens the whole-file form at its field', async () => {
    const file = path.join(session.dataDir, 'projects.json');
    const projects = JSON.parse(fs.readFileSync(file, 'utf8')) as { fields: string[] };
    projects.fields.push('地域の魅力を世界に発信する国際交流と多文化共生');
    const generation = session.studio.state.generation;
    fs.writeFileSync(file, `${JSON.stringify(projects, null, 2)}\n`);
    await stateWhere(session.studio, (s) => s.generation > generation && s.problems.some((p) => p.pointer === `/fields/${projects.fields.length - 1}`));
    await session.page.selectOption('#edit-file', 'data:projects.json');
    await expect.poll(rowCount).toBe('9');
    await session.page.click('#tab-problems');
    await session.page.locator('#problems li.problem').filter({ hasText: 'projects.json' }).first().getByRole('button', { name: 'フォームのこの欄を開く' }).click();
    await expect.poll(() => session.page.evaluate(() => document.activeElement?.id)).toBe(`root_fields_${projects.fields.length - 1}`);
    expect(await session.page.getByRole('button', { name: 'フォームで編集（ファイル全体）' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the file chosen last when one chosen before answers later (a choice made while the page still opens)', async () => {
    const { page } = session;
    let answer = () => {};
    const held = new Promise<void>((resolve) => (answer = resolve));
    // The page as it is has opened its file: no question of it is still on its way.
    await expect.poll(() => page.locator('#edit-area').evaluate((area) => area.childElementCount)).toBeGreaterThan(0);
    let asked = 0;
    // After the reload, the first opening's question to the server is held until the second file is shown.
    await page.route('**/api/tables', async (route) => {
      if (asked++ === 0) await held;
      await route.continue();
    });
    await page.reload();
    await page.click('#tab-edit');
    await expect.poll(() => asked).toBe(1);
    await page.selectOption('#edit-file', 'data:projects.json');
    await expect.poll(rowCount).toBe('9');
    const late = page.waitForResponse('**/api/tables');
    answer();
    await late;
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(await page.locator('#edit-file').inputValue()).toBe('data:projects.json');
    expect(await rowCount()).toBe('9');
    expect(await page.locator('#edit-area #root__title').count()).toBe(0);
    await page.unroute('**/api/tables');
  });

  it('ran without a script error', () => {
    expect(session.errors).toEqual([]);
  });
});
