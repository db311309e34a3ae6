import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyFolderName } from '../../src/save/safe-save';
import { dropFile, guideShot, screenshot } from '../support/browser';
import { tempDir } from '../support/edition-fixture';
import { solidPng } from '../support/png';
import { stateWhere } from '../support/studio';
import { studioInChromium } from '../support/studio-page';

const session = studioInChromium();

const drop = (name: string, bytes: Buffer, type = 'image/png') => dropFile(session.page, '#photo-zone', { name, type, bytes });
const result = () => session.page.locator('#photo-result').textContent();

/** The images of the release the studio shows now, as `pdfimages -list` lists them: [width, height] each. */
async function releaseImages(afterVersion: number): Promise<number[][]> {
  const state = await stateWhere(session.studio, (s) => s.busy === null && (s.preview?.release?.version ?? 0) > afterVersion);
  const bytes = Buffer.from(await (await fetch(new URL(state.preview!.release!.url!, session.studio.url))).arrayBuffer());
  const file = path.join(tempDir('presskit-photo-'), 'release.pdf');
  fs.writeFileSync(file, bytes);
  const lines = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
  return lines.map((line) => line.trim().split(/\s+/).slice(3, 5).map(Number));
}
const releaseVersion = () => session.studio.state.preview?.release?.version ?? 0;
const release = () => JSON.parse(fs.readFileSync(path.join(session.dataDir, 'release.json'), 'utf8')) as { photo: { caption: string; image?: string; alt?: string } };

describe('the release\'s photo, chosen or dropped in the page (Chromium)', () => {
  it('is on the 発表 form; without a photo the release prints no image and no caption', async () => {
    await session.page.click('#tab-edit');
    await expect.poll(() => session.page.locator('#photo-zone').isVisible()).toBe(true);
    // The zone shows before it has asked the server for the photo: its line comes a moment later.
    await expect.poll(() => session.page.locator('#photo-current').textContent()).toBe('写真はまだありません。');
    expect(await releaseImages(0)).toEqual([]);
    expect(await session.page.locator('#release-pages').textContent()).not.toContain('刀鍛冶');
  });

  it('refuses, in plain Japanese, what is not a photo, a broken one, or one too small to print', async () => {
    await drop('メモ.png', Buffer.from('not an image'));
    await session.page.fill('#photo-alt', '工房で刀を打つ元JETと刀匠');
    await session.page.click('#photo-use');
    await expect.poll(result).toContain('PNG か JPEG の画像ではありません');
    const whole = solidPng(1200, 800, [200, 120, 40]);
    await drop('途中まで.png', whole.subarray(0, whole.length - 20));
    await session.page.click('#photo-use');
    await expect.poll(result).toContain('画像が壊れているか、途中までしかありません');
    await drop('小さい.png', solidPng(320, 240, [200, 120, 40]));
    await session.page.click('#photo-use');
    await expect.poll(result).toContain('画像が小さすぎて、印刷すると粗くなります（320×240 ピクセル）');
    await screenshot(session.page, 'photo-1-refused');
    expect(fs.readdirSync(session.dataDir).filter((name) => name.startsWith('photo-'))).toEqual([]);
  });

  it('takes a dropped PNG: stored under a safe name, release.json pointed at it (history kept), the release prints it with its caption', async () => {
    const shown = releaseVersion();
    const png = solidPng(1200, 800, [40, 120, 200]);
    await drop('IMG 0001 (1).PNG', png);
    await expect.poll(() => session.page.locator('#photo-current img').count()).toBe(1);
    await session.page.click('#photo-use');
    await expect.poll(result).toContain('写真を設定しました');
    const { photo } = release();
    expect(photo.image).toMatch(/^photo-[0-9a-f]{16}\.png$/);
    expect(photo.alt).toBe('工房で刀を打つ元JETと刀匠');
    expect(fs.readFileSync(path.join(session.dataDir, photo.image!)).equals(png)).toBe(true);
    expect(fs.readdirSync(path.join(session.dataDir, historyFolderName)).filter((n) => n.startsWith('release.json@'))).toHaveLength(1);
    expect(await releaseImages(shown)).toEqual([[1200, 800]]);
    await expect.poll(() => session.page.locator('#release-pages').textContent()).toContain('刀鍛冶');
    await expect.poll(() => session.page.locator('#photo-current img[alt="今の写真"]').count()).toBe(1);
    await session.page.locator('#release-pages .pdf-page[data-page="2"]').scrollIntoViewIfNeeded();
    await guideShot(session.page, '11-photo');
  });

  it('is taken off again, and the release prints neither image nor caption', async () => {
    const shown = releaseVersion();
    await session.page.click('#photo-remove');
    await expect.poll(result).toContain('写真を外しました');
    expect(release().photo).toEqual({ caption: '日本の伝統文化（刀鍛冶）を世界に発信する元JET（H27年度：岡山県）' });
    expect(await releaseImages(shown)).toEqual([]);
  });

  it('ran without a script error', () => {
    expect(session.errors).toEqual([]);
  });
});
