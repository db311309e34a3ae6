import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Studio } from '../../src/studio/server';
import { historyFolderName } from '../../src/save/safe-save';
import { packageRoot } from '../../src/runtime/paths';
import { launchChromium, openStudioPage, screenshot } from '../support/browser';
import { studioOver } from '../support/studio';
import { seedDataDir } from '../support/edition-fixture';

let browser: Browser;
let studio: Studio;
let dataDir: string;
let page: Page;
const pageErrors: string[] = [];

const dataFile = (name: string) => path.join(dataDir, name);
const read = (name: string) => fs.readFileSync(dataFile(name), 'utf8');
/** The lines of `after` that differ from `before`, for files of the same number of lines. */
const changedLines = (before: string, after: string) => after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
const history = (name: string) => fs.readdirSync(path.join(dataDir, historyFolderName)).filter((entry) => entry.startsWith(`${name}@`));

beforeAll(async () => {
  const registrations = fs.readFileSync(path.join(packageRoot, 'test', 'fixtures', 'registrations.sample.json'), 'utf8');
  ({ studio, dataDir } = await studioOver([{ file: 'registrations.json', content: registrations }]));
  browser = await launchChromium();
  // A Japanese browser, as staff use: the date inputs show 2017/10/13.
  page = await openStudioPage(browser, studio.url, pageErrors, { locale: 'ja-JP' });
  await page.click('#tab-edit');
});
afterAll(async () => {
  await browser?.close();
  await studio?.close();
});

/** Opens a data file's form and waits until it is drawn and has settled (React's effects run after a paint). */
async function openForm(name: string): Promise<void> {
  await page.locator('#edit-file option').first().waitFor({ state: 'attached' });
  await page.selectOption('#edit-file', `data:${name}`);
  // The lists staff edit row by row open as a table (or in the view last chosen for the file); the whole file's form is one switch away.
  const table = { 'projects.json': 'プロジェクトの表', 'registrations.json': '申込の表' }[name];
  const title = page.locator('#edit-area #root__title');
  const formOf = async () => (await title.count()) > 0 && ((await title.textContent()) ?? '').includes(name);
  if (table) {
    await expect.poll(async () => (await page.locator(`#edit-area table[aria-label="${table}"]`).count()) > 0 || (await formOf())).toBe(true);
    const asForm = page.locator('.view-switch button:has-text("フォームで編集")');
    if ((await asForm.getAttribute('aria-pressed')) !== 'true') await asForm.click();
  }
  await expect.poll(formOf).toBe(true);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

const status = () => page.locator('#edit-status').textContent();
const saveEnabled = () => page.locator('#edit-save').isEnabled();

describe('the forms of the six data files', () => {
  it('open as no change: no mark of unsaved changes, 保存 disabled (schedule.json\'s defaults are shown, not counted)', async () => {
    for (const name of ['release.json', 'programme.json', 'organiser.json', 'schedule.json', 'projects.json', 'registrations.json']) {
      await openForm(name);
      expect([name, await status(), await saveEnabled()]).toEqual([name, '', false]);
      await screenshot(page, `forms-${name.replace('.json', '')}`);
    }
    // The defaults the file leaves out are there to see.
    await openForm('schedule.json');
    expect(await page.locator('#root_walkInRows').inputValue()).toBe('20');
    expect(await page.locator('#root_attendeeKinds_0').inputValue()).toBe('報道');
  });

  it('Ctrl+S on an untouched form writes nothing; an edit undone is no change; Ctrl+S saves an edit: its line alone, no default written', async () => {
    await openForm('schedule.json');
    const before = read('schedule.json');
    await page.locator('#root_sessions_1_start').focus();
    await page.keyboard.press('Control+s');
    await page.locator('#root_walkInRows').fill('21');
    await expect.poll(status).toBe('保存していない変更があります。');
    expect(await saveEnabled()).toBe(true);
    await page.locator('#root_walkInRows').fill('20');
    await expect.poll(status).toBe('');
    expect(await saveEnabled()).toBe(false);

    await page.locator('#root_sessions_1_start').fill('15:30');
    await page.keyboard.press('Control+s');
    await expect.poll(status).toContain('保存しました');
    const after = read('schedule.json');
    expect(changedLines(before, after)).toEqual(['      "start": "15:30",']);
    expect(after).not.toContain('attendeeKinds');
    expect(after).not.toContain('walkInRows');
    // One save, one earlier version: the Ctrl+S on the untouched form saved nothing.
    expect(history('schedule.json')).toHaveLength(1);
  });

  it('a default edited is written; the other default still not', async () => {
    const before = read('schedule.json');
    await page.locator('#root_walkInRows').fill('30');
    await page.click('#edit-save');
    await expect.poll(status).toContain('保存しました');
    const value = JSON.parse(read('schedule.json')) as Record<string, unknown>;
    expect(value).toEqual({ ...(JSON.parse(before) as object), walkInRows: 30 });
  });

  it('labels each array item with what it is and its number, for the input and for its buttons', async () => {
    await openForm('release.json');
    expect(await page.getByLabel('表題の行 1', { exact: false }).first().inputValue()).toBe('外国人と自治体が協働して');
    expect(await page.locator('label[for="root_titleLines_1"]').textContent()).toBe('表題の行 2*');
    expect(await page.locator('#edit-area').textContent()).not.toContain('短い文字列');
    await page.getByRole('button', { name: '表題の行 2 を上へ移動' }).click();
    expect(await page.locator('#root_titleLines_0').inputValue()).toBe('JETふるさとビジョンプロジェクトを実施');
    expect(await status()).toBe('保存していない変更があります。');
    await page.getByRole('button', { name: '表題の行 1 を下へ移動' }).click();
    await expect.poll(status).toBe('');
    await page.getByRole('button', { name: '＋ 表題の行を追加' }).click();
    await page.locator('#root_titleLines_2').fill('（第2回）');
    expect(await page.locator('label[for="root_titleLines_2"]').textContent()).toBe('表題の行 3*');
    // Three lines are the most a title has: no button offers a fourth.
    expect(await page.getByRole('button', { name: '＋ 表題の行を追加' }).count()).toBe(0);
    await screenshot(page, 'forms-release-items');
    await page.getByRole('button', { name: '表題の行 3 を削除' }).click();
    await expect.poll(status).toBe('');

    await openForm('projects.json');
    expect(await page.locator('#root_projects_2__title').textContent()).toBe('プロジェクト 3*');
    expect(await page.locator('label[for="root_projects_2_fields_0"]').textContent()).toBe('活動分野 1*');
    expect(await page.locator('#root_projects_2_plan').evaluate((input) => input.tagName)).toBe('TEXTAREA');
    await openForm('organiser.json');
    expect(await page.locator('label[for="root_overseasOffices_6"]').textContent()).toBe('海外事務所 7*');
    // The shared definition's help (名前（100字まで…）) is not repeated under every office.
    expect(await page.locator('#root_overseasOffices').textContent()).not.toContain('100字まで');
  });

  it('shows a date as the documents print it, in 和暦 with its weekday, and saves it as YYYY-MM-DD', async () => {
    await openForm('schedule.json');
    const start = page.locator('#root_groups_0_start');
    expect(await start.getAttribute('lang')).toBe('ja');
    expect(await page.locator('#root_groups_0_start__reading').textContent()).toBe('和暦：平成29年10月26日（木）');
    expect((await start.getAttribute('aria-describedby'))?.split(' ')).toContain('root_groups_0_start__reading');
    const before = read('schedule.json');
    await start.fill('2017-10-25');
    expect(await page.locator('#root_groups_0_start__reading').textContent()).toBe('和暦：平成29年10月25日（水）');
    await screenshot(page, 'forms-schedule-date');
    await page.click('#edit-save');
    await expect.poll(status).toContain('保存しました');
    expect(changedLines(before, read('schedule.json'))).toEqual(['    { "id": "A", "start": "2017-10-25", "end": "2017-10-31" },']);
  });

  it('lists the earlier versions and restores one: the file as it was, the form with it, nothing unsaved', async () => {
    const now = read('schedule.json');
    await page.click('#edit-history');
    const versions = page.locator('#edit-history-list .history-list > li');
    await expect.poll(() => versions.count()).toBe(3);
    await screenshot(page, 'forms-history');
    // With an edit not saved, restoring asks first; declined, nothing changes.
    await page.locator('#root_walkInRows').fill('25');
    const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.message()))));
    await versions.last().getByRole('button').click();
    expect(await asked).toBe('保存していない変更があります。捨てて進みますか？');
    expect(read('schedule.json')).toBe(now);
    expect(await status()).toBe('保存していない変更があります。');
    await page.locator('#root_walkInRows').fill('30');
    await expect.poll(status).toBe('');
    await versions.last().getByRole('button').click();
    await expect.poll(status).toContain('に保存する前の内容に戻しました');
    expect(read('schedule.json')).toBe(fs.readFileSync(path.join(seedDataDir, 'schedule.json'), 'utf8'));
    expect(await page.locator('#root_groups_0_start').inputValue()).toBe('2017-10-26');
    expect(await saveEnabled()).toBe(false);
    // The version replaced is kept too.
    expect(history('schedule.json').map((entry) => fs.readFileSync(path.join(dataDir, historyFolderName, entry), 'utf8'))).toContain(now);
  });

  it('ran without a script error', () => {
    expect(pageErrors).toEqual([]);
  });
});
