import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Studio } from '../../src/studio/server';
import { guideShot } from '../support/browser';
import { studioInChromium } from '../support/studio-page';
import { stateWhere, studioOver } from '../support/studio';
import { startSmtpServer, type TestServer } from '../support/smtp-server';

let smtp: TestServer;

beforeAll(async () => {
  // The server refuses the message to 徳島県阿南市: the tab shows 送信失敗 beside the others' 送信済み.
  smtp = await startSmtpServer({ refuseMessageTo: ['gakko@anan.example.jp'] });
});
afterAll(() => smtp?.close());
const session = studioInChromium(() => studioOver([], { smtp: { host: '127.0.0.1', port: smtp.port, security: 'none' } }));
let studio: Studio;
let page: Page;
beforeAll(() => void ({ studio, page } = session));

describe('the 送付 tab in Chromium', () => {
  it('asks to make the packet first, then lists the messages, makes the drafts, and sends after asking, naming how many go to whom', async () => {
    await page.getByRole('tab', { name: '送付' }).click();
    await page.getByText('パケットを作成し、問題をなくすと送付できます。').waitFor();
    await page.getByRole('button', { name: 'パケットを作成' }).click();
    await stateWhere(studio, (s) => s.packet.report !== null);
    await page.getByRole('tab', { name: '送付' }).click();
    const rows = page.locator('#distribution-list tbody tr');
    await expect.poll(() => rows.count()).toBe(9);
    await expect.poll(() => rows.locator('td.state').allTextContents()).toEqual(Array(9).fill('未作成'));
    await expect.poll(() => page.locator('.message-text').textContent()).toMatch(/^総務省記者クラブ\n幹事社\nご担当者様\n/);

    await page.getByRole('button', { name: '京都府' }).click();
    await expect.poll(() => page.locator('.message-view dd').first().textContent()).toBe('【資料送付】「JETふるさとビジョンプロジェクト」報道発表資料及び自治体向け資料（京都府）');

    await page.getByRole('button', { name: '下書きを作成' }).click();
    await expect.poll(() => rows.locator('td.state').allTextContents()).toEqual(Array(9).fill('下書き'));

    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.accept();
    });
    await page.getByRole('button', { name: '9通を送信…' }).click();
    await expect.poll(() => smtp.received.length).toBe(8);
    expect(asked).toMatch(/^9通のメールを送信します。\n\n・総務省記者クラブ（kisha-club@press\.example\.jp）\n・島根県浜田市（kanko@hamada\.example\.jp）\n/);
    await expect.poll(() => rows.locator('td.state').evaluateAll((cells) => cells.map((c) => c.textContent!.replace(/（.*）$/, '')))).toEqual([
      ...Array(5).fill('送信済み'),
      '送信失敗',
      ...Array(3).fill('送信済み'),
    ]);
    await expect.poll(() => page.locator('#distribution-report').textContent()).toContain('送れませんでした: 徳島県阿南市 — サーバーが受け付けませんでした');
    await expect.poll(() => page.getByRole('button', { name: '1通を送信…' }).isEnabled()).toBe(true);
    await guideShot(page, '08-distribution');
    expect(session.errors).toEqual([]);
  }, 120_000);
});
