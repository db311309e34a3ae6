import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Studio } from '../../src/studio/server';
import { launchChromium, openStudioPage, screenshot } from '../support/browser';
import { studioOver } from '../support/studio';
import { tempDir, templatesWith } from '../support/edition-fixture';

let browser: Browser;
let studio: Studio;
let dataDir: string;
let outDir: string;
let editionsDir: string;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  editionsDir = path.join(tempDir('presskit-editions-'), 'editions');
  // Templates are edited below: a copy, never the toolkit's own.
  ({ studio, dataDir, outDir } = await studioOver([], { editionsDir, templatesDir: templatesWith() }));
  browser = await launchChromium();
  page = await openStudioPage(browser, studio.url, pageErrors);
});
afterAll(async () => {
  await browser?.close();
  await studio?.close();
});

/** Waits until the page has drawn preview `version` (or a later one) in all three parts. */
async function previewShown(atLeast: number): Promise<number> {
  await page.waitForFunction(
    (v) => ['release', 'brief', 'workbook'].every((part) => Number(document.documentElement.dataset[`${part}Version`] ?? 0) >= v),
    atLeast,
  );
  return Number(await page.evaluate(() => document.documentElement.dataset.releaseVersion));
}

const releaseText = (n: number) => page.locator(`#release-pages .pdf-page[data-page="${n}"] .textLayer`).textContent();
const version = () => studio.state.preview?.release?.version ?? 0;

function edit(file: string, find: string, replace: string): () => void {
  const full = path.join(dataDir, file);
  const before = fs.readFileSync(full, 'utf8');
  if (!before.includes(find)) throw new Error(`${file} has no ${find}`);
  fs.writeFileSync(full, before.replace(find, replace));
  return () => fs.writeFileSync(full, before);
}

describe('the studio page in Chromium', () => {
  it('shows the three pages of the release, with a text layer that holds the title', async () => {
    await previewShown(1);
    await expect.poll(() => page.locator('#release-pages .pdf-page canvas').count()).toBe(3);
    expect(await releaseText(1)).toContain('外国人と自治体が協働して');
    expect(await releaseText(3)).toContain('別紙');
    expect(await page.locator('#problems').textContent()).toContain('問題はありません');
    expect(await page.title()).toBe('スタジオ｜JETふるさとビジョンプロジェクト');
    // The text layer lies over the drawn page, so it can be selected and searched.
    const box = await page.locator('#release-pages .pdf-page[data-page="1"]').boundingBox();
    const layer = await page.locator('#release-pages .pdf-page[data-page="1"] .textLayer').boundingBox();
    expect(layer).toEqual(box);
    await screenshot(page, '1-release');
  });

  it('lists eight briefs and renders the chosen one with its title; download links name the files', async () => {
    await page.click('#tab-briefs');
    await expect.poll(() => page.locator('#brief-list button').count()).toBe(8);
    await page.click('#brief-list button[data-code="401005"]');
    await expect.poll(() => page.locator('#brief-view').textContent()).toContain('北九州市での実施について');
    expect(await page.locator('#panel-briefs .download').getAttribute('download')).toBe('福岡県北九州市.docx');
    await screenshot(page, '2-briefs');
  });

  it('shows each sheet of the workbook, the totals with their values', async () => {
    await page.click('#tab-workbook');
    await expect.poll(() => page.locator('#sheet-tabs [role="tab"]').allTextContents()).toEqual(['A日程報告会の出席簿', 'B日程報告会の出席簿', '出欠集計']);
    expect(await page.locator('#sheet-view').textContent()).toContain('出席者名簿（A日程）');
    await page.click('#sheet-tabs [role="tab"]:has-text("出欠集計")');
    await expect.poll(() => page.locator('#sheet-view td.formula').count()).toBeGreaterThan(0);
    expect(await page.locator('#sheet-view td.formula').first().textContent()).toMatch(/^\d+$/);
    await screenshot(page, '3-workbook');
  });

  it('shows an edit to a data file in the PDF text; the chosen brief and the scroll position stay', async () => {
    await page.click('#tab-release');
    await page.locator('#panel-release').evaluate((panel) => (panel.scrollTop = 600));
    const shown = version();
    edit('release.json', '外国人と自治体が協働して', '外国人と市町村が協働して');
    await previewShown(shown + 1);
    await expect.poll(() => releaseText(1)).toContain('外国人と市町村が協働して');
    expect(await page.locator('#panel-release').evaluate((panel) => panel.scrollTop)).toBe(600);
    // The pages in view are drawn first; those below follow by themselves.
    edit('projects.json', '宮崎和牛等をモンゴル人に紹介する', '宮崎和牛等をモンゴルの人々に紹介する');
    await previewShown(shown + 2);
    await expect.poll(async () => (await releaseText(3))?.replace(/\s/g, '')).toContain('宮崎和牛等をモンゴルの人々に紹介する');
    expect(await page.locator('#panel-release').evaluate((panel) => panel.scrollTop)).toBe(600);
    await page.click('#tab-briefs');
    expect(await page.locator('#brief-list button[aria-current="true"]').textContent()).toBe('福岡県北九州市');
    await page.click('#tab-release');
  });

  it('draws again only the documents whose bytes changed: an edit to the release leaves the brief and the workbook as drawn', async () => {
    const kept = () =>
      page.evaluate(() => ({
        brief: (document.querySelector('#brief-view > *') as HTMLElement | null)?.dataset.kept ?? null,
        workbook: (document.querySelector('#sheet-view table') as HTMLElement | null)?.dataset.kept ?? null,
      }));
    const mark = () =>
      page.evaluate(() => {
        for (const selector of ['#brief-view > *', '#sheet-view table']) (document.querySelector(selector) as HTMLElement).dataset.kept = 'yes';
      });
    await previewShown(version());
    await page.click('#tab-briefs');
    await page.click('#brief-list button:text-is("福岡県北九州市")');
    await expect.poll(() => page.locator('#brief-view').textContent()).toContain('プロの写真家となった');
    await page.click('#tab-release');
    for (const selector of ['#brief-view > *', '#sheet-view table']) await page.locator(selector).first().waitFor({ state: 'attached' });
    await mark();
    let shown = version();
    const restoreRelease = edit('release.json', '外国人と', '外国人の方と');
    await previewShown(shown + 1);
    await expect.poll(() => releaseText(1)).toContain('外国人の方と');
    expect(await kept()).toEqual({ brief: 'yes', workbook: 'yes' });
    restoreRelease();
    // The chosen brief's own project: that brief is drawn anew (the workbook, still, is not).
    shown = version();
    const restoreProject = edit('projects.json', 'プロの写真家となった', 'プロの写真家になった');
    await previewShown(shown + 1);
    await expect.poll(() => page.locator('#brief-view').textContent()).toContain('プロの写真家になった');
    expect(await kept()).toEqual({ brief: null, workbook: 'yes' });
    restoreProject();
    await previewShown(version() + 1);
  });

  it('shows a broken file as its problem at file:line:col under its source line, keeps the preview marked stale, and the fix clears it', async () => {
    const shown = version();
    const restore = edit('schedule.json', '"end": "2017-10-31"', '"end": "2017-10-31",');
    const release = path.join(dataDir, 'schedule.json');
    await expect.poll(() => page.locator('#problems .problem').count()).toBe(1);
    const problem = page.locator('#problems .problem').first();
    expect(await problem.locator('.text').textContent()).toMatch(new RegExp(`^${release.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: エラー: .* \\[syntax\\]`));
    expect(await problem.locator('.text a').getAttribute('href')).toMatch(/^vscode:\/\/file\/.*schedule\.json:\d+:\d+$/);
    expect(await problem.locator('pre.source').textContent()).toContain('^');
    expect(await page.title()).toBe('(1) スタジオ｜JETふるさとビジョンプロジェクト');
    expect(await page.locator('#panel-release .notice').textContent()).toContain('古い内容');
    expect(await page.locator('#panel-release').getAttribute('class')).toContain('stale');
    expect(await page.locator('#release-pages .pdf-page').count()).toBe(3);
    expect(version()).toBe(shown);
    await screenshot(page, '4-problem');

    restore();
    await previewShown(shown + 1);
    await expect.poll(() => page.locator('#problems').textContent()).toContain('問題はありません');
    expect(await page.locator('#panel-release .notice').isHidden()).toBe(true);
    expect(await page.title()).toBe('スタジオ｜JETふるさとビジョンプロジェクト');
  });

  it('makes the packet with the button and lists its files with their sizes', async () => {
    await page.click('#make-packet');
    await expect.poll(() => page.locator('#packet-report').textContent()).toContain('パケットを');
    const report = await page.locator('#packet-report').textContent();
    expect(report).toContain('報道発表資料.pdf');
    expect(report).toMatch(/briefs\/福岡県北九州市\.docx\d+\.\d KB/);
    expect(fs.existsSync(path.join(outDir, 'manifest.json'))).toBe(true);
    await screenshot(page, '5-packet');
  });

  it('edits 発表日 in its form: saving changes the file\'s date line alone, and the release shows the new date', async () => {
    await page.click('#tab-edit');
    const date = page.locator('#edit-area input[type="date"]').first();
    await date.waitFor();
    expect(await page.locator('#edit-area label', { hasText: '発表日' }).count()).toBe(1);
    const before = fs.readFileSync(path.join(dataDir, 'release.json'), 'utf8');
    const shown = version();
    await date.fill('2017-10-20');
    await expect.poll(() => page.locator('#edit-save').isEnabled()).toBe(true);
    await screenshot(page, '6-form');
    await page.click('#edit-save');
    await expect.poll(() => page.locator('#edit-status').textContent()).toContain('保存しました');
    const after = fs.readFileSync(path.join(dataDir, 'release.json'), 'utf8');
    expect(after.split('\n').filter((line, i) => line !== before.split('\n')[i])).toEqual(['  "date": "2017-10-20",']);
    await previewShown(shown + 1);
    // The text layer reads the quarter-em 和欧間 between a digit and a kanji as a space.
    await expect.poll(async () => (await releaseText(1))?.replace(/\s/g, '')).toContain('平成29年10月20日');
  });

  it('offers to reload or overwrite when the file was changed elsewhere meanwhile', async () => {
    const title = page.locator('#edit-area input[type="text"]').first();
    await title.fill('JETプログラム関連事業');
    const file = path.join(dataDir, 'release.json');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"region": "西日本"', '"region": "西日本各地"'));
    await expect.poll(() => page.locator('#edit-conflict').isVisible()).toBe(true);
    await screenshot(page, '7-conflict');
    await page.click('#edit-overwrite');
    await expect.poll(() => page.locator('#edit-status').textContent()).toContain('保存しました');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ category: 'JETプログラム関連事業', region: '西日本' });
  });

  it('edits a template as text: saved as typed; its problems marked at their line and column', async () => {
    const lead = path.join(studio.state.paths.templates, 'release', 'lead.hbs');
    await page.selectOption('#edit-file', 'template:release/lead');
    const editor = page.locator('#edit-area .cm-content');
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('{{#if}}');
    await page.click('#edit-save');
    await expect.poll(() => page.locator('#edit-status').textContent()).toContain('保存しました');
    expect(fs.readFileSync(lead, 'utf8')).toMatch(/\{\{#if\}\}$/);
    await expect.poll(() => page.locator('#edit-area .cm-lintRange-error').count()).toBeGreaterThan(0);
    expect(await page.locator('#edit-problems').textContent()).toMatch(/lead\.hbs:\d+:\d+: エラー: .*\[template-syntax\]/);
    await screenshot(page, '8-template');
    await editor.click();
    await page.keyboard.press('Control+End');
    for (let i = 0; i < '{{#if}}'.length; i++) await page.keyboard.press('Backspace');
    await page.click('#edit-save');
    await expect.poll(() => page.locator('#problems').textContent()).toContain('問題はありません');
  });

  it('edits the sessions in the schedule form: A held online too, B online only; a session with neither is one problem, at the session', async () => {
    await page.selectOption('#edit-file', 'data:schedule.json');
    await page.locator('#root_sessions_0_online').waitFor();
    // The rule "a venue, an online meeting or both" is no list of choices: each is an optional part, added and removed
    // (the only lists are the sessions' groups, chosen from the groups above).
    expect(await page.locator('#edit-area select:not([id$="_group"])').count()).toBe(0);
    expect(await page.locator('#root_sessions_0_online > legend').textContent()).toContain('オンライン');
    await page.click('#root_sessions_0_online > legend button');
    expect(await page.locator('label[for="root_sessions_0_online_url"]').textContent()).toContain('参加用URL');
    await page.fill('#root_sessions_0_online_url', 'https://www.example.jp/houkokukai/');
    await page.fill('#root_sessions_0_online_platform', 'Zoomウェビナー');

    await page.click('#root_sessions_1_venue > legend button');
    await expect.poll(() => page.locator('#edit-area').textContent()).toContain('報告会 2 には「会場」も「オンライン」もありません。（「会場」か「オンライン」を追加してください');
    expect(await page.locator('#edit-area').textContent()).not.toContain('required property');
    expect(await page.locator('#root_sessions_1_date').evaluate((input) => getComputedStyle(input).borderColor)).not.toBe('rgb(179, 38, 30)');
    await screenshot(page, '10-schedule-neither');

    await page.click('#root_sessions_1_online > legend button');
    await page.fill('#root_sessions_1_online_url', 'https://www.example.jp/houkokukai/');
    await expect.poll(() => page.locator('#edit-area').textContent()).not.toContain('もありません');
    await page.locator('#root_sessions_0_online').scrollIntoViewIfNeeded();
    await screenshot(page, '11-schedule-online');
    const shown = version();
    await page.click('#edit-save');
    await expect.poll(() => page.locator('#edit-status').textContent()).toContain('保存しました');
    const { sessions } = JSON.parse(fs.readFileSync(path.join(dataDir, 'schedule.json'), 'utf8')) as { sessions: Record<string, unknown>[] };
    expect(sessions[0]).toMatchObject({ venue: { name: 'CLAIR本部 大会議室' }, online: { url: 'https://www.example.jp/houkokukai/', platform: 'Zoomウェビナー' } });
    expect(sessions[1]).toEqual({ group: 'B', date: '2017-11-10', start: '15:45', end: '17:50', online: { url: 'https://www.example.jp/houkokukai/' } });
    await previewShown(shown + 1);
    // Two sessions with online details make the sessions section too long for page 1: it goes to page 2 whole, with 主催 and the contact box.
    await expect.poll(async () => `${await releaseText(1)}${await releaseText(2)}`).toContain('オンライン開催');
  });

  it('makes a new edition from the page and opens it', async () => {
    await page.click('#new-edition');
    await page.fill('#new-edition-name', '2018');
    await page.click('#new-edition-dialog button:text-is("作成して開く")');
    const next = path.join(editionsDir, '2018');
    await page.waitForFunction((dir) => (document.getElementById('edition') as HTMLSelectElement | null)?.value === dir, next);
    await previewShown(1);
    expect(await page.locator('#paths').textContent()).toContain(next);
    expect(fs.readdirSync(next)).toContain('release.json');
    await screenshot(page, '9-new-edition');
  });

  it('ran without a script error or a request the CSP refused', () => {
    expect(pageErrors).toEqual([]);
  });
});

describe('an edition that never was valid', () => {
  it('says so and shows its problems', async () => {
    const broken = await studioOver([{ file: 'projects.json', find: '"group": "A"', replace: '"group": "Z"' }]);
    const other = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await other.goto(broken.studio.url);
      await expect.poll(() => other.locator('#panel-release .notice').textContent()).toContain('まだ一度も問題なく読み込めていません');
      expect(await other.locator('#problems .problem').count()).toBeGreaterThan(0);
      expect(await other.locator('#problems').textContent()).toContain('[dangling-reference]');
      await screenshot(other, '0-never-valid');
    } finally {
      await other.close();
      await broken.studio.close();
    }
  });
});
