import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { stateWhere, studioOver } from '../support/studio';
import { studioInChromium } from '../support/studio-page';

/** The folders the studio asked the desktop to open. */
const opened: string[] = [];
const session = studioInChromium(() => studioOver([], { openFolder: async (folder) => void opened.push(folder) }));

async function makePacket(): Promise<void> {
  const made = session.studio.state.packet.report;
  await session.page.click('#make-packet');
  await stateWhere(session.studio, (s) => !s.packet.running && s.packet.report !== made && s.packet.report !== null);
  await expect.poll(() => session.page.locator('#packet-report #packet-zip').count()).toBe(1);
}

async function downloadZip(): Promise<Buffer> {
  const [download] = await Promise.all([session.page.waitForEvent('download'), session.page.click('#packet-zip')]);
  expect(download.suggestedFilename()).toMatch(/^報道発表パケット_presskit-data-.+\.zip$/);
  return fs.readFileSync((await download.path())!);
}

describe('the packet taken out of the studio (Chromium)', () => {
  it('opens the folder the packet was written to, on the desktop', async () => {
    await makePacket();
    await session.page.click('#open-folder');
    await expect.poll(() => session.page.locator('.packet-actions [role="status"]').textContent()).toBe(`${path.resolve(session.outDir)} を開きました。`);
    expect(opened).toEqual([path.resolve(session.outDir)]);
    await screenshot(session.page, 'packet-actions');
  });

  it('downloads the packet as one zip holding every file of the packet with the manifest\'s hashes, the same bytes each time', async () => {
    const zip = await downloadZip();
    const manifest = JSON.parse(fs.readFileSync(path.join(session.outDir, 'manifest.json'), 'utf8')) as { files: { path: string; sha256: string }[] };
    const entries = unzipSync(new Uint8Array(zip));
    expect(Object.keys(entries).sort()).toEqual([...manifest.files.map((f) => f.path), 'manifest.json'].sort());
    for (const file of manifest.files) expect([file.path, createHash('sha256').update(entries[file.path]).digest('hex')]).toEqual([file.path, file.sha256]);
    expect(Buffer.from(entries['manifest.json']).equals(fs.readFileSync(path.join(session.outDir, 'manifest.json')))).toBe(true);
    expect((await downloadZip()).equals(zip)).toBe(true);
    // Made again from the same data: the same packet, the same zip.
    await makePacket();
    expect((await downloadZip()).equals(zip)).toBe(true);
  });

  it('refuses a zip of a packet changed since it was made, rather than mislabel it', async () => {
    fs.appendFileSync(path.join(session.outDir, '報道発表資料.pdf'), 'x');
    const response = await fetch(new URL('/api/packet.zip', session.studio.url));
    expect([response.status, await response.text()]).toEqual([409, '出力先の 報道発表資料.pdf が、パケットを作成した後に変わっています。もう一度「パケットを作成」を押してください。\n報道発表資料.pdf in the output folder changed after the packet was made: make the packet again\n']);
  });

  it('ran without a script error', () => {
    expect(session.errors).toEqual([]);
  });
});
