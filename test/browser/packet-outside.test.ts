import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Studio } from '../../src/studio/server';
import { launchChromium, openStudioPage, screenshot } from '../support/browser';
import { settled, stateWhere, studioOver } from '../support/studio';

let browser: Browser;
let studio: Studio;
let outDir: string;
let page: Page;
const pageErrors: string[] = [];
/** The folders the studio asked the desktop to open. */
const opened: string[] = [];

beforeAll(async () => {
  ({ studio, outDir } = await studioOver([], { openFolder: async (folder) => void opened.push(folder) }));
  await stateWhere(studio, settled());
  browser = await launchChromium();
  page = await openStudioPage(browser, studio.url, pageErrors);
});
afterAll(async () => {
  await browser?.close();
  await studio?.close();
});

async function makePacket(): Promise<void> {
  const made = studio.state.packet.report;
  await page.click('#make-packet');
  await stateWhere(studio, (s) => !s.packet.running && s.packet.report !== made && s.packet.report !== null);
  await expect.poll(() => page.locator('#packet-report #packet-zip').count()).toBe(1);
}

async function downloadZip(): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#packet-zip')]);
  expect(download.suggestedFilename()).toMatch(/^報道発表パケット_presskit-data-.+\.zip$/);
  return fs.readFileSync((await download.path())!);
}

describe('the packet taken out of the studio (Chromium)', () => {
  it('opens the folder the packet was written to, on the desktop', async () => {
    await makePacket();
    await page.click('#open-folder');
    await expect.poll(() => page.locator('.packet-actions [role="status"]').textContent()).toBe(`${path.resolve(outDir)} を開きました。`);
    expect(opened).toEqual([path.resolve(outDir)]);
    await screenshot(page, 'packet-actions');
  });

  it('downloads the packet as one zip holding every file of the packet with the manifest\'s hashes, the same bytes each time', async () => {
    const zip = await downloadZip();
    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as { files: { path: string; sha256: string }[] };
    const entries = unzipSync(new Uint8Array(zip));
    expect(Object.keys(entries).sort()).toEqual([...manifest.files.map((f) => f.path), 'manifest.json'].sort());
    for (const file of manifest.files) expect([file.path, createHash('sha256').update(entries[file.path]).digest('hex')]).toEqual([file.path, file.sha256]);
    expect(Buffer.from(entries['manifest.json']).equals(fs.readFileSync(path.join(outDir, 'manifest.json')))).toBe(true);
    expect((await downloadZip()).equals(zip)).toBe(true);
    // Made again from the same data: the same packet, the same zip.
    await makePacket();
    expect((await downloadZip()).equals(zip)).toBe(true);
  });

  it('refuses a zip of a packet changed since it was made, rather than mislabel it', async () => {
    fs.appendFileSync(path.join(outDir, '報道発表資料.pdf'), 'x');
    const response = await fetch(new URL('/api/packet.zip', studio.url));
    expect([response.status, await response.text()]).toEqual([409, '出力先の 報道発表資料.pdf が、パケットを作成した後に変わっています。もう一度「パケットを作成」を押してください。\n報道発表資料.pdf in the output folder changed after the packet was made: make the packet again\n']);
  });

  it('ran without a script error', () => {
    expect(pageErrors).toEqual([]);
  });
});
