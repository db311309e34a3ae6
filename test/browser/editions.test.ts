import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { snapshotFolder, tempDir } from '../support/edition-fixture';
import { stateWhere, studioOver } from '../support/studio';
import { studioInChromium } from '../support/studio-page';

let editionsDir: string;
let output: string;
const session = studioInChromium(() => {
  output = path.join(tempDir('presskit-outputs-'), 'output');
  editionsDir = path.join(tempDir('presskit-editions-'), 'editions');
  // As `npm run studio` without --out: each edition's packet in output/<edition>.
  return studioOver([], { editionsDir, outDir: path.join(output, 'seed'), outDirPerEdition: true });
});

async function makePacket(): Promise<void> {
  await stateWhere(session.studio, (s) => s.busy === null && s.problems.length === 0);
  await session.page.click('#make-packet');
  await stateWhere(session.studio, (s) => !s.packet.running && s.packet.report !== null);
}
const carried = () => session.page.locator('#carried-over li').allTextContents();

describe('editions kept apart (Chromium)', () => {
  let seedPacket: Map<string, Buffer>;
  const seedOut = () => path.join(output, path.basename(session.dataDir));
  const next = () => path.join(editionsDir, '2018');

  it('writes each edition\'s packet to its own folder', async () => {
    await makePacket();
    expect(session.studio.state.packet.report).toMatchObject({ ok: true, outDir: seedOut() });
    seedPacket = snapshotFolder(seedOut());
    expect([...seedPacket.keys()]).toContain('報道発表資料.pdf');
  });

  it('makes a new edition in a dialog (its name, the edition it starts from), opens it, and shows no packet report of the other', async () => {
    await session.page.click('#new-edition');
    const dialog = session.page.locator('#new-edition-dialog');
    expect(await dialog.locator('#new-edition-from').inputValue()).toBe(session.dataDir);
    await session.page.fill('#new-edition-name', '2018');
    await screenshot(session.page, 'editions-1-dialog');
    await dialog.locator('button:text-is("作成して開く")').click();
    await session.page.waitForFunction((dir) => (document.getElementById('edition') as HTMLSelectElement | null)?.value === dir, next());
    expect(await session.page.locator('#packet-report').isHidden()).toBe(true);
    expect(session.studio.state.packet.report).toBeNull();
    expect(await session.page.locator('#paths').textContent()).toContain(path.join(output, '2018'));
  });

  it('lists what still holds the old edition\'s values, in the form\'s words, until each is changed or dismissed', async () => {
    await expect.poll(carried).toContain('release.json：発表日が前の回のまま（2017-10-13）です。今回の発表日にしてください。このままでよい');
    const all = await carried();
    expect(all).toContain('schedule.json：報告会 1 の開催日が前の回の日付のまま（2017-10-30）です。今回の日付にしてください。このままでよい');
    expect(all).toContain('programme.json：参加者数が前の回の数のまま（66000）です。最新の数にしてください。このままでよい');
    expect(all).toContain('projects.json：別紙のプロジェクト（8件）が前の回のままです。今回のプロジェクトにしてください。このままでよい');
    expect(all).toContain('projects.json：プロジェクト 3 の初日が前の回の日付のまま（2017-10-27）です。今回の日付にしてください。このままでよい');
    await screenshot(session.page, 'editions-2-carried-over');
    // Changed: gone. Dismissed: gone, and stays gone.
    const release = path.join(next(), 'release.json');
    fs.writeFileSync(release, fs.readFileSync(release, 'utf8').replace('"date": "2017-10-13"', '"date": "2018-10-12"'));
    await expect.poll(async () => (await carried()).some((t) => t.startsWith('release.json：発表日'))).toBe(false);
    await session.page.locator('#carried-over li', { hasText: '参加者数' }).getByRole('button', { name: 'このままでよい' }).click();
    await expect.poll(async () => (await carried()).some((t) => t.includes('参加者数'))).toBe(false);
    await session.page.reload();
    await expect.poll(async () => (await carried()).length).toBe(all.length - 2);
  });

  it('builds the new edition into its own folder and leaves the seed\'s packet untouched', async () => {
    await makePacket();
    expect(session.studio.state.packet.report).toMatchObject({ ok: true, outDir: path.join(output, '2018') });
    expect(fs.existsSync(path.join(output, '2018', '報道発表資料.pdf'))).toBe(true);
    expect(snapshotFolder(seedOut())).toEqual(seedPacket);
  });

  it('ran without a script error', () => {
    expect(session.errors).toEqual([]);
  });
});
