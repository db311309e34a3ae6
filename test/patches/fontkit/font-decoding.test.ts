import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type * as Fontkit from 'fontkit';
import { expect, it, vi } from 'vitest';
import { fontBytes, fontFiles, openFont } from '../../../src/writers/press-release-pdf/fonts';

type Decoded = Fontkit.Font & { head: object; loca: object };

/** The fontkit pdfkit opens its fonts with (PDFFontFactory.open), as pdfkit itself requires it. */
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as typeof Fontkit;

it('gives a font pdfkit opens on the bytes openFont read the tables and glyphs openFont decoded', () => {
  const file = fontFiles.Mincho.normal;
  const measuring = openFont(file) as Decoded;
  const drawing = fontkit.create(fontBytes(file)) as Decoded;
  expect(drawing !== measuring).toBe(true);
  expect(drawing.head === measuring.head).toBe(true);
  expect(drawing.loca === measuring.loca).toBe(true);
  expect(drawing.getGlyph(1234) === measuring.getGlyph(1234)).toBe(true);
  expect(drawing.getGlyph(1234).advanceWidth).toBeGreaterThan(0);
  expect(drawing.unitsPerEm === measuring.unitsPerEm).toBe(true);
});

it('leaves a font opened on other bytes, even a copy of the same file, to decode its own', () => {
  const file = fontFiles.Gothic.bold;
  const measuring = openFont(file) as Decoded;
  const other = fontkit.create(Buffer.from(fontBytes(file))) as Decoded;
  expect(other.head !== measuring.head).toBe(true);
  expect(other.head).toEqual(measuring.head);
  expect(other.getGlyph(1234) !== measuring.getGlyph(1234)).toBe(true);
  expect(other.getGlyph(1234).advanceWidth === measuring.getGlyph(1234).advanceWidth).toBe(true);
});

it("embeds a subset with the same bytes as fontkit's own, without decoding the outlines of its simple glyphs", async () => {
  const file = fontFiles.Mincho.normal;
  const measuring = openFont(file);
  // fontkit's ES module is a copy of fontkit that nothing here has changed.
  const untouched = (await import(require.resolve('fontkit').replace(/main\.cjs$/, 'module.mjs'))) as typeof Fontkit;
  const subsetOf = (font: Fontkit.Font, ids: readonly number[]) => {
    const subset = font.createSubset();
    for (const id of ids) subset.includeGlyph(font.getGlyph(id));
    return Buffer.from(subset.encode());
  };
  const ids = measuring.layout('外国人と自治体が協働して地域の魅力を世界へ発信（ＪＥＴ）、１０月２７日').glyphs.map((g) => g.id);
  const expected = subsetOf(untouched.create(Buffer.from(fontBytes(file))) as Fontkit.Font, ids);

  // The glyphs read from the stream of the font that decodes them (openFont's), or of the subset's own.
  const drawing = fontkit.create(fontBytes(file)) as Fontkit.Font;
  const streamOf = (font: Fontkit.Font) => (font as unknown as { stream: { readUInt8(): number } }).stream;
  const byteReads = [vi.spyOn(streamOf(measuring), 'readUInt8'), vi.spyOn(streamOf(drawing), 'readUInt8')];
  expect(subsetOf(drawing, ids).equals(expected)).toBe(true);
  // Decoding an outline reads a flag byte per point, hundreds per glyph of this face.
  expect(byteReads[0].mock.calls.length + byteReads[1].mock.calls.length).toBeLessThan(ids.length);
  for (const reads of byteReads) reads.mockRestore();

  // A composite glyph (the Japanese faces have none) still brings its parts, renumbered.
  const latin = fs.readFileSync(path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts', 'LiberationSans-Regular.ttf'));
  const accented = (fontkit.create(latin) as Fontkit.Font).layout('Café Noël').glyphs.map((g) => g.id);
  expect(accented.some((id) => isComposite(untouched.create(latin) as Fontkit.Font, id))).toBe(true);
  expect(subsetOf(fontkit.create(latin) as Fontkit.Font, accented).equals(subsetOf(untouched.create(latin) as Fontkit.Font, accented))).toBe(true);
});

/** Whether a glyph is made of other glyphs: its header's contour count is negative. */
function isComposite(font: Fontkit.Font, id: number): boolean {
  const tables = font as unknown as { loca: { offsets: number[] }; _getTableStream(tag: string): { pos: number; readInt16BE(): number } };
  const { offsets } = tables.loca;
  if (offsets[id] === offsets[id + 1]) return false;
  const glyf = tables._getTableStream('glyf');
  glyf.pos += offsets[id];
  return glyf.readInt16BE() < 0;
}

it('gives every glyph the bounding box and metrics fontkit’s own decoding gives, in both faces and a Latin one with composite glyphs', async () => {
  const untouched = (await import(require.resolve('fontkit').replace(/main\.cjs$/, 'module.mjs'))) as typeof Fontkit;
  const latin = fs.readFileSync(path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts', 'LiberationSans-Regular.ttf'));
  const faces = [
    ...[fontFiles.Mincho.normal, fontFiles.Gothic.bold].map((file) => [openFont(file), untouched.create(Buffer.from(fontBytes(file)))]),
    [fontkit.create(latin), untouched.create(Buffer.from(latin))],
  ] as [Fontkit.Font, Fontkit.Font][];
  const measured = (font: Fontkit.Font, id: number) => {
    const glyph = font.getGlyph(id);
    return [glyph.cbox, glyph.advanceWidth, (glyph as unknown as { _getMetrics(): object })._getMetrics()];
  };
  for (const [ours, theirs] of faces) {
    // Every 13th glyph, the first and the last: empty ones (the space) among them.
    const ids = [...Array.from({ length: Math.ceil(ours.numGlyphs / 13) }, (_, i) => i * 13), 1, 3, ours.numGlyphs - 1];
    for (const id of ids) expect(measured(ours, id), `glyph ${id}`).toEqual(measured(theirs, id));
  }
});

it('reads a glyph’s bounding box from the bytes of its header, not through fontkit’s structure decoder', () => {
  const font = openFont(fontFiles.Gothic.bold);
  const reads = vi.spyOn((font as unknown as { stream: { readInt16BE(): number } }).stream, 'readInt16BE');
  // A glyph measured nowhere else in this file.
  const box = font.getGlyph(4567).cbox;
  expect(box.maxX).toBeGreaterThan(box.minX);
  expect(reads).not.toHaveBeenCalled();
  reads.mockRestore();
});
