import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Studio } from '../../src/studio/server';
import { guideShot, screenshot } from '../support/browser';
import { studioInChromium } from '../support/studio-page';
import { stateWhere } from '../support/studio';

/**
 * The studio as staff meet it: every problem in Japanese at its field, choices instead of typing,
 * the 問題 tab leading to the field, and the guide. Its screenshots are the guide's (docs/images/).
 */
const session = studioInChromium();
let studio: Studio;
let dataDir: string;
let page: Page;

beforeAll(async () => {
  ({ studio, dataDir, page } = session);
  await page.locator('#problems .problems-clear').waitFor({ timeout: 30_000 });
  await page.locator('#release-pages canvas').first().waitFor({ timeout: 30_000 });
});

/** Opens a data file's whole-file form (a file with a list opens as a table: its form is one switch away, and stays chosen). */
async function openForm(name: string): Promise<void> {
  if ((await page.locator('#tab-edit').getAttribute('aria-selected')) !== 'true') await page.click('#tab-edit');
  await page.locator('#edit-file option').first().waitFor({ state: 'attached' });
  await page.selectOption('#edit-file', `data:${name}`);
  const asForm = page.getByRole('button', { name: 'フォームで編集（ファイル全体）' });
  const title = () => page.locator('#edit-area #root__title').textContent({ timeout: 1000 }).catch(() => '');
  // Until the form of `name` shows: the file chosen may still be opening, and the switch seen may be the previous file's.
  await expect
    .poll(async () => {
      if ((await title())?.includes(name)) return true;
      const pressed = await asForm.getAttribute('aria-pressed', { timeout: 1000 }).catch(() => null);
      if (pressed === 'false') await asForm.click({ timeout: 1000 }).catch(() => undefined);
      return false;
    })
    .toBe(true);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The field's problem as the form shows it beside the field, and whether the field is marked invalid. */
function fieldProblem(id: string): Promise<{ invalid: string | null; message: string | null; describedBy: boolean }> {
  return page.evaluate((fieldId) => {
    const field = document.getElementById(fieldId);
    return {
      invalid: field?.getAttribute('aria-invalid') ?? null,
      message: document.getElementById(`${fieldId}__error`)?.textContent ?? null,
      describedBy: (field?.getAttribute('aria-describedby') ?? '').split(' ').includes(`${fieldId}__error`),
    };
  }, id);
}

const shownText = (id: string) => page.locator(`#${id}`).evaluate((el: HTMLSelectElement | HTMLInputElement) => ('selectedOptions' in el ? (el.selectedOptions[0]?.textContent ?? '') : el.value));

async function save(): Promise<void> {
  const generation = studio.state.generation;
  await page.click('#edit-save');
  await expect.poll(() => page.locator('#edit-status').textContent()).toContain('保存しました');
  await stateWhere(studio, (s) => s.busy === null && s.generation > generation);
}

describe('the studio in the staff\'s own words', () => {
  it('starts with the release beside the problems (for the guide)', async () => {
    await guideShot(page, '01-studio');
    await page.click('#tab-edit');
    await openForm('release.json');
    await guideShot(page, '02-edit-release');
  });

  it('a date broken in the form shows at its field, in Japanese with the form\'s numbering, marked invalid', async () => {
    await openForm('projects.json');
    await page.locator('#root_projects_0_end').fill('2017-10-20');
    await save();
    await expect.poll(() => fieldProblem('root_projects_0_end')).toEqual({
      invalid: 'true',
      message: expect.stringContaining('プロジェクト 1 の最終日（2017-10-20）が初日（2017-10-27）より前です。（初日と最終日を入れ替えるか、どちらかを直してください。）'),
      describedBy: true,
    });
    await page.locator('#root_projects_0_end').scrollIntoViewIfNeeded();
    await guideShot(page, '04-problem-at-field');
  });

  it('shown as a table, choosing it in the 問題 tab opens the row\'s form at the field, marked and described as in the whole-file form', async () => {
    await page.getByRole('button', { name: '表で編集' }).click();
    await page.click('#tab-problems');
    await page.locator('#problems li.problem').filter({ hasText: '[end-before-start]' }).getByRole('button', { name: 'フォームのこの欄を開く' }).click();
    const dialog = page.getByRole('dialog', { name: 'プロジェクト 1（浜田市）を編集' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const focused = () =>
      page.evaluate(() => {
        const field = document.activeElement as HTMLInputElement;
        const label = document.querySelector(`label[for="${field.id}"]`)?.textContent ?? null;
        const described = (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
        return { label, value: field.value, invalid: field.getAttribute('aria-invalid'), message: described.join(' ') };
      });
    await expect.poll(focused).toEqual({
      label: '最終日（必須）',
      value: '2017-10-20',
      invalid: 'true',
      message: expect.stringContaining('プロジェクト 1 の最終日（2017-10-20）が初日（2017-10-27）より前です。（初日と最終日を入れ替えるか、どちらかを直してください。）'),
    });
    expect(await page.locator('#tab-edit').getAttribute('aria-selected')).toBe('true');
    await screenshot(page, 'tables-9-row-problem');
    await dialog.getByRole('button', { name: 'キャンセル' }).click();
    await page.getByRole('button', { name: 'フォームで編集（ファイル全体）' }).click();
  });

  it('the 問題 tab lists it in the same words; choosing it opens the form at the field and focuses it', async () => {
    await page.click('#tab-problems');
    const entry = page.locator('#problems li.problem').filter({ hasText: '[end-before-start]' });
    await expect.poll(() => entry.locator('.text').textContent()).toMatch(/projects\.json:\d+:\d+: エラー: プロジェクト 1 の最終日（2017-10-20）が初日（2017-10-27）より前です。 \[end-before-start\]/);
    await guideShot(page, '05-problems-tab');
    // Another file open first: choosing the problem must switch to projects.json.
    await openForm('release.json');
    await page.click('#tab-problems');
    await entry.getByRole('button', { name: 'フォームのこの欄を開く' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('root_projects_0_end');
    expect(await page.locator('#tab-edit').getAttribute('aria-selected')).toBe('true');
    const inView = await page.locator('#root_projects_0_end').evaluate((el) => {
      const box = el.getBoundingClientRect();
      const panel = document.getElementById('panel-edit')!.getBoundingClientRect();
      return box.top >= panel.top && box.bottom <= panel.bottom;
    });
    expect(inView).toBe(true);
    await page.locator('#root_projects_0_end').fill('2017-10-29');
    await save();
  });

  it('a required field left empty is marked where it is typed', async () => {
    const participant = await page.locator('#root_projects_1_participant').inputValue();
    await page.locator('#root_projects_1_participant').fill('');
    await expect.poll(() => fieldProblem('root_projects_1_participant')).toEqual({ invalid: 'true', message: expect.stringContaining('プロジェクト 2 の元JET参加者が入力されていません。'), describedBy: true });
    await page.locator('#root_projects_1_participant').fill(participant);
    await expect.poll(() => page.locator('#edit-save').isEnabled()).toBe(false);
    await expect.poll(() => fieldProblem('root_projects_1_participant')).toMatchObject({ invalid: null });
  });

  it('a group that does not exist shows at the group, which is chosen from schedule.json\'s groups', async () => {
    const projects = path.join(dataDir, 'projects.json');
    const text = fs.readFileSync(projects, 'utf8');
    // As if edited elsewhere: the form, with nothing unsaved, reads the file again.
    const generation = studio.state.generation;
    fs.writeFileSync(projects, text.replace('"group": "B"', '"group": "Q"'));
    await stateWhere(studio, (s) => s.busy === null && s.generation > generation && s.problems.length > 0);
    const group = 'root_projects_3_group';
    await expect.poll(() => page.locator(`#${group}`).inputValue(), { timeout: 15_000 }).toBe('Q');
    await expect.poll(() => fieldProblem(group)).toEqual({
      invalid: 'true',
      message: expect.stringContaining('プロジェクト 4 の日程グループ「Q」は、日程と報告会の日程グループにありません。'),
      describedBy: true,
    });
    expect(await page.locator(`#${group}`).evaluate((el) => el.tagName)).toBe('SELECT');
    expect(await page.locator(`#${group} option`).allTextContents()).toEqual(['選んでください', 'Q（一覧にありません）', 'A日程（10/26～10/31）', 'B日程（11/6～11/11）']);
    await page.selectOption(`#${group}`, 'B');
    await expect.poll(() => fieldProblem(group)).toMatchObject({ invalid: null });
    await save();
    expect(fs.readFileSync(projects, 'utf8')).toBe(text);
  });

  it('makes the packet once the edition has no problems (for the guide)', async () => {
    await page.click('#tab-problems');
    await page.click('#make-packet');
    await expect.poll(() => page.locator('#packet-report').textContent(), { timeout: 60_000 }).toContain('報道発表資料.pdf');
    await guideShot(page, '06-packet');
    await page.click('#tab-edit');
  });

  it('a new project gets the next 番号, its group\'s dates once the group is chosen, and its municipality by part of its name', async () => {
    await page.getByRole('button', { name: '＋ プロジェクトを追加' }).click();
    const at = (field: string) => page.locator(`#root_projects_8_${field}`);
    await expect.poll(() => at('number').inputValue()).toBe('9');
    await at('group').selectOption('A');
    await expect.poll(() => Promise.all([at('start').inputValue(), at('end').inputValue()])).toEqual(['2017-10-26', '2017-10-31']);
    const search = page.locator('#root_projects_8_municipality__search');
    await search.scrollIntoViewIfNeeded();
    await search.fill('浜田');
    const options = page.locator('#root_projects_8_municipality__search__list [role="option"]');
    await expect.poll(() => options.allTextContents()).toEqual(['島根県浜田市322024']);
    await guideShot(page, '03-new-project');
    await options.first().click();
    await expect.poll(() => Promise.all(['municipality_prefecture', 'municipality_city', 'municipality_code'].map((f) => shownText(`root_projects_8_${f}`)))).toEqual(['島根県', '浜田市', '322024']);
    // By its reading too, and a prefecture on its own.
    await search.fill('はまだ');
    await expect.poll(() => options.allTextContents()).toContain('島根県浜田市322024');
    await search.fill('');
    expect(session.errors).toEqual([]);
  });

  it('the 使い方 link opens the guide in the page', async () => {
    await page.getByRole('link', { name: '使い方' }).click();
    const guide = page.getByRole('dialog', { name: '使い方' });
    await expect.poll(() => guide.locator('h1').first().textContent()).toContain('使い方');
    await expect.poll(() => guide.locator('img').first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await guideShot(page, '07-guide');
    await page.keyboard.press('Escape');
    expect(await guide.isVisible()).toBe(false);
  });
});
