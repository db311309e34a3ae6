import fs from 'node:fs';
import path from 'node:path';
import { expect, it, vi } from 'vitest';
import { tempDir } from '../../support/edition-fixture';
import { fontFiles, fontIdentity, openFont } from '../../../src/writers/press-release-pdf/fonts';
import { withShapingCache } from '../../../src/patches/fontkit/shaping-cache';

const text = '「京漬物」をアメリカで広める、ABC 10月27日（金）';

it('gives the same shaping as fontkit, as copies a caller may change, and only while it runs', async () => {
  const font = openFont(fontFiles.Mincho.normal);
  const plain = font.layout(text, ['palt']);
  const layoutOutside = font.layout;
  await withShapingCache(async () => {
    expect(font.layout).not.toBe(layoutOutside);
    const first = font.layout(text, ['palt']);
    expect(first.positions).toEqual(plain.positions);
    expect(first.glyphs.map((g) => g.id)).toEqual(plain.glyphs.map((g) => g.id));
    expect(first.advanceWidth).toBe(plain.advanceWidth);
    first.positions[0].xAdvance *= 2;
    const second = font.layout(text, ['palt']);
    expect(second.positions).toEqual(plain.positions);
    expect(font.layout(text).positions).toEqual(font.layout(text).positions);
    expect(font.layout(text).advanceWidth).not.toBe(plain.advanceWidth);
  }, { font, identity: fontIdentity });
  expect(font.layout).toBe(layoutOutside);
});

/** The two modules fresh, as in a new process: nothing shaped yet, fonts not yet opened. */
async function freshModules() {
  vi.resetModules();
  return { ...(await import('../../../src/writers/press-release-pdf/fonts')), ...(await import('../../../src/patches/fontkit/shaping-cache')) };
}

const shapedIn = async (file: string, texts: readonly string[]) => {
  const { fontFiles: files, openFont: open, fontIdentity: identity, withShapingCache: within } = await freshModules();
  const font = open(files.Mincho.normal);
  return within(async () => texts.map((t) => font.layout(t, ['palt'])).map((run) => ({ ids: run.glyphs.map((g) => g.id), codePoints: run.glyphs.map((g) => g.codePoints), positions: run.positions.map((p) => ({ ...p })), advanceWidth: run.advanceWidth, script: run.script, features: run.features })), { font, identity }, file);
};

it('keeps the runs a render used in a file for the next process, which takes them instead of shaping again', async () => {
  const file = path.join(tempDir(), 'shaped-runs.json');
  const texts = [text, '平成29年10月27日（金）～29日（日）', 'JET Programme'];
  const shaped = await shapedIn(file, texts);
  const kept = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>;
  expect(Object.keys(kept)).toHaveLength(1);
  expect(Object.keys(Object.values(kept)[0]).sort()).toEqual(texts.map((t) => `palt\u0000${t}`).sort());

  // Taken from the file: the same runs as shaped, with fontkit's own glyph objects and classes.
  expect(await shapedIn(file, texts)).toEqual(shaped);
  const { fontFiles: files, openFont: open, fontIdentity: identityOf, withShapingCache: within } = await freshModules();
  await within(async () => {
    const run = open(files.Mincho.normal).layout(texts[1], ['palt']);
    expect(run.advanceWidth).toBe(shaped[1].advanceWidth);
    expect(run.glyphs[0]).toBe(open(files.Mincho.normal).getGlyph(shaped[1].ids[0]));
    expect(run.glyphs[0].advanceWidth).toBeGreaterThan(0);
  }, { font: open(files.Mincho.normal), identity: identityOf }, file);

  // Taken, not shaped: a change made in the file shows (the file is the toolkit's own, in its cache).
  const [identity] = Object.keys(kept);
  (kept[identity][`palt\u0000${texts[2]}`] as number[][])[2][0] = 12345;
  fs.writeFileSync(file, JSON.stringify(kept));
  expect((await shapedIn(file, texts))[2].positions[0].xAdvance).toBe(12345);
  // Another font file by that name (another size or time) is shaped afresh.
  fs.writeFileSync(file, JSON.stringify({ [identity.replace(/\u0000[^\u0000]*$/, '\u00001')]: kept[identity] }));
  expect(await shapedIn(file, texts)).toEqual(shaped);
  expect(Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')) as object)).toEqual([identity]);
  // Runs another fontkit shaped (its source's hash leads the key) are shaped afresh too.
  (kept[identity][`palt\u0000${texts[2]}`] as number[][])[2][0] = 12345;
  fs.writeFileSync(file, JSON.stringify({ [identity.replace(/^[^\u0000]*/, '0000000000000000')]: kept[identity] }));
  expect(await shapedIn(file, texts)).toEqual(shaped);
});
