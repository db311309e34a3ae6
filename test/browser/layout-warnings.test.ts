import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startStudio, type Studio } from '../../src/studio/server';
import { templatesDir } from '../../src/runtime/paths';
import { launchChromium, openStudioPage, screenshot } from '../support/browser';
import { tempDir } from '../support/edition-fixture';
import { lonelyLastProject } from '../support/release-editions';

let browser: Browser;
let studio: Studio;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  studio = await startStudio({ dataDir: lonelyLastProject(), templatesDir, outDir: path.join(tempDir('presskit-warnings-out-'), 'output'), port: 0, threads: 2, log: () => undefined });
  browser = await launchChromium();
  page = await openStudioPage(browser, studio.url, pageErrors);
});
afterAll(async () => {
  await browser?.close();
  await studio?.close();
});

describe('a layout warning in the studio page', () => {
  it('is listed under 問題 in Japanese, naming the page, and leaves パケットを作成 open', async () => {
    const warning = page.locator('#problems li.problem').filter({ hasText: '[lonely-lines]' });
    await warning.waitFor({ timeout: 60_000 });
    expect(await warning.textContent()).toMatch(/警告: 報道発表資料の 7 ページには、前のページから続く最後の 2 行だけが載っています/);
    expect(await page.locator('#problems').textContent()).toContain('データに問題はありません。レイアウトの警告が 1 件あります');
    expect(await page.locator('#problem-count').textContent()).toBe('警告 1件');
    await expect.poll(() => page.locator('#make-packet').isDisabled()).toBe(false);
    await screenshot(page, 'studio-layout-warning');
    expect(pageErrors).toEqual([]);
  });
});
