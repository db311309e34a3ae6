import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { guideShot, screenshot } from '../support/browser';
import { readPdf } from '../support/pdf-text';
import { stateWhere, studioOver } from '../support/studio';
import { templatesWith } from '../support/edition-fixture';
import { studioInChromium } from '../support/studio-page';

/**
 * A wording template in 編集: the text it produced in the studio's latest build beside it, the values
 * it may use found by their Japanese names and inserted as a field, and both brought up to date by
 * the live rebuild after a save.
 */
// Over a copy of the templates: the test saves one.
const session = studioInChromium(() => studioOver([], { templatesDir: templatesWith() }), { locale: 'ja-JP', lang: 'ja' });
let page: Page;

beforeAll(async () => {
  page = session.page;
  await page.locator('#release-pages canvas').first().waitFor({ timeout: 30_000 });
});

/** Text as the PDF and the template give it, with the line breaks and spaces of either left out. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

/** The release the studio shows now (after the version given), read back with pdf.js. */
async function releaseText(afterVersion = 0): Promise<string> {
  const state = await stateWhere(session.studio, (s) => s.busy === null && (s.preview?.release?.version ?? 0) > afterVersion);
  const bytes = new Uint8Array(await (await fetch(new URL(state.preview!.release!.url!, session.studio.url))).arrayBuffer());
  return squeezed((await readPdf(bytes)).pageTexts.join(''));
}

const produced = () => page.locator('.template-produced pre').allTextContents();
const editorText = () => page.locator('.template-text .cm-content').innerText();

async function openTemplate(name: string): Promise<void> {
  if ((await page.locator('#tab-edit').getAttribute('aria-selected')) !== 'true') await page.click('#tab-edit');
  await page.locator('#edit-file option').first().waitFor({ state: 'attached' });
  await page.selectOption('#edit-file', `template:${name}`);
  await page.locator('.template-produced h3').waitFor();
}

describe('a wording template beside what it produced (Chromium)', () => {
  it('shows 報道発表資料 › 本文 › リード beside the lead it produced, which is the release\'s lead', async () => {
    await openTemplate('release/lead');
    expect(await page.locator('#edit-file option:checked').textContent()).toBe('本文 › リード（release/lead）');
    await expect.poll(produced).toHaveLength(1);
    const [lead] = await produced();
    expect(lead).toContain('世界各地に66,000人以上の知日・親日外国人を輩出し');
    expect(await page.locator('.template-produced').textContent()).toContain('1回使われています。');
    // The lead as the release prints it: the produced text, whole, in the PDF read back.
    expect(await releaseText()).toContain(squeezed(lead));
    await screenshot(page, 'template-1-lead');
  });

  it('labels a template filled many times by its items, in the form\'s numbering, with the count', async () => {
    await openTemplate('release/appendix-project');
    await expect.poll(() => page.locator('.template-filling figcaption').allTextContents()).toEqual(['プロジェクト 1（島根県浜田市）', 'プロジェクト 2（愛媛県松山市）', 'プロジェクト 3（大分県）']);
    expect(await page.locator('.template-produced').textContent()).toContain('8回使われています（最初の3回を表示）。');
    await screenshot(page, 'template-2-many');
    await openTemplate('mail/press-club-body');
    await expect.poll(() => page.locator('.template-unused').textContent()).toContain('この文言は今のパケット（報道発表資料・自治体向け資料・出席簿）では使われていません。');
    await screenshot(page, 'template-3-unused');
  });

  it('inserts a value found by its Japanese name at the cursor, with the keyboard; after the save the produced text and the release show it', async () => {
    await openTemplate('release/lead');
    await expect.poll(produced).toHaveLength(1);
    // The cursor at the very start of the text, then over to the list with Tab.
    await page.locator('.template-text .cm-content').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toContain('template-search');
    await page.keyboard.type('主催者 略称の読み');
    await expect.poll(() => page.locator('.template-value[aria-selected=true] .value-name').textContent()).toBe('主催者 › 略称の読み');
    await page.keyboard.press('Enter');
    // The field is in the text at the cursor, and the focus back in the text.
    await expect.poll(editorText).toMatch(/^\{\{organiser\.reading\}\}/);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);
    await page.keyboard.type('より：');
    expect(await editorText()).toMatch(/^\{\{organiser\.reading\}\}より：/);
    const shown = session.studio.state.preview?.release?.version ?? 0;
    await page.click('#edit-save');
    await expect.poll(() => page.locator('#edit-status').textContent()).toContain('保存しました');
    expect(fs.readFileSync(path.join(session.studio.state.paths.templates, 'release', 'lead.hbs'), 'utf8')).toMatch(/^\{\{organiser\.reading\}\}より：/);
    await expect.poll(produced, { timeout: 30_000 }).toEqual([expect.stringMatching(/^クレアより：/)]);
    expect(await releaseText(shown)).toContain('クレアより：');
    await expect.poll(() => page.locator('#release-pages').textContent()).toContain('クレアより：');
    await guideShot(page, '12-template');
  });

  it('marks a field inserted with a wrong name at its line', async () => {
    await page.locator('.template-text .cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('{{organiser.readng}}');
    const generation = session.studio.state.generation;
    await page.click('#edit-save');
    await stateWhere(session.studio, (s) => s.busy === null && s.generation > generation && s.problems.length > 0);
    await expect.poll(() => page.locator('#edit-problems').textContent()).toMatch(/lead\.hbs:\d+:\d+: エラー: .*readng.*\[template-value\]/);
    await expect.poll(() => page.locator('.template-text .cm-lintRange-error').count()).toBe(1);
    await expect.poll(() => page.locator('.template-stale').count()).toBe(1);
    await screenshot(page, 'template-4-wrong-name');
    expect(session.errors).toEqual([]);
  });
});
