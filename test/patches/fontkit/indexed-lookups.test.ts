import type * as Fontkit from 'fontkit';
import { beforeAll, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { fontBytes, fontFiles, fontIdentity, openFont } from '../../../src/writers/press-release-pdf/fonts';
import { withShapingCache } from '../../../src/patches/fontkit/shaping-cache';

interface Processor {
  applyLookup(type: number, table: unknown): boolean;
  coverageIndex(coverage: object, glyph: number): number;
  getClassID(glyph: number, classDefinition: object): number;
}
type Engine = { GSUBProcessor: Processor; GPOSProcessor: Processor };
const engineOf = (font: Fontkit.Font): Engine => (font as unknown as { _layoutEngine: { engine: Engine } })._layoutEngine.engine;

/**
 * Each face opened by openFont, shaped as the release shapes it (through the shaping cache, which
 * indexes the lookups before fontkit first shapes), and by fontkit's ES module: a copy of fontkit
 * whose processors nothing here has changed.
 */
let faces: { ours: Fontkit.Font; theirs: Fontkit.Font }[] = [];
beforeAll(async () => {
  const untouched = (await import(require.resolve('fontkit').replace(/main\.cjs$/, 'module.mjs'))) as typeof Fontkit;
  faces = [fontFiles.Mincho.normal, fontFiles.Gothic.bold].map((file) => ({
    ours: openFont(file),
    theirs: untouched.create(Buffer.from(fontBytes(file))) as Fontkit.Font,
  }));
});

/** What a shaped run is to pdfkit and the PDF: the glyphs, where each goes, and what was applied. */
function shaped(font: Fontkit.Font, text: string, features: string[] | Record<string, boolean>) {
  const run = font.layout(text, Array.isArray(features) ? [...features] : { ...features });
  return {
    glyphs: run.glyphs.map((glyph) => [glyph.id, glyph.codePoints]),
    positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
    script: run.script,
    features: run.features,
  };
}

it('shapes text as fontkit’s own lookups do, in both faces, with palt and the features the faces have', async () => {
  // Text of the release's kinds: kana (kerned, palt), kanji, Latin (ligatures), full-width forms,
  // brackets and punctuation (palt), combining marks (mark positioning). Only characters both faces
  // draw: the release lets no other reach shaping (glyph-check.ts).
  const candidates = [
    ...'あいうかがきしじすたてでとなにのはばへまもやよらりるれろをんっゃアイカキクジスタテトプラリルンー',
    ...'外国人自治体協働地域魅力世界発信報告会浜田市北九州令大明昭餌逢辻',
    ...'fiflffAVTo.,:;-/ 0123456789',
    ...'ＪＥＴ（）１２３：',
    ...'「」『』、。・〜！？　',
    ...['\u0301', '\u3099', '\u309a', '\u00ad', '\u200b', '𠮷'],
  ];
  const char = fc.constantFrom(...candidates.filter((c) => faces.every(({ ours }) => ours.hasGlyphForCodePoint(c.codePointAt(0)!))));
  const features = fc.constantFrom<string[] | Record<string, boolean>>(['palt'], [], ['palt', 'vert'], ['dlig', 'hist', 'aalt'], ['halt', 'jp78'], { kern: false, palt: true });
  await withShapingCache(async () =>
    fc.assert(
      fc.property(fc.array(char, { maxLength: 24 }), features, fc.nat(faces.length - 1), (chars, chosen, face) => {
        const { ours, theirs } = faces[face];
        const text = chars.join('');
        expect(shaped(ours, text, chosen)).toEqual(shaped(theirs, text, chosen));
      }),
      { numRuns: 1500 },
    ),
    { font: faces[0].ours, identity: fontIdentity },
  );
});

it('finds a glyph in a coverage or a class definition as fontkit’s search does: the first entry for it', () => {
  const ours = engineOf(faces[0].ours).GPOSProcessor;
  const theirs = engineOf(faces[0].theirs).GPOSProcessor;
  // Tables as a font may have them though the specification says otherwise: unsorted, overlapping.
  const coverages = [
    { version: 1, glyphs: [7, 3, 7, 9] },
    { version: 2, rangeRecords: [{ start: 5, end: 9, startCoverageIndex: 0 }, { start: 7, end: 12, startCoverageIndex: 5 }, { start: 1, end: 2, startCoverageIndex: 13 }] },
    { version: 3 },
  ];
  const classes = [
    { version: 1, startGlyph: 4, classValueArray: [1, 0, 2, 3] },
    { version: 2, classRangeRecord: [{ start: 5, end: 9, class: 1 }, { start: 7, end: 12, class: 2 }, { start: 0, end: 1, class: 3 }] },
  ];
  for (let glyph = 0; glyph < 15; glyph++) {
    for (const coverage of coverages) expect(ours.coverageIndex(coverage, glyph)).toBe(theirs.coverageIndex(coverage, glyph));
    for (const definition of classes) expect(ours.getClassID(glyph, definition)).toBe(theirs.getClassID(glyph, definition));
  }
});

it('tries, for a glyph, only the subtables whose coverage holds it', async () => {
  // The Mincho face's palt is one lookup of some 285 subtables, a few glyphs each, none a kanji's.
  const count = (font: Fontkit.Font): number => {
    const processor = Object.getPrototypeOf(engineOf(font).GPOSProcessor) as Processor;
    const tries = vi.spyOn(processor, 'applyLookup');
    font.layout('雪国', ['palt']); // text shaped nowhere else in this file, so not found in the cache
    const calls = tries.mock.calls.length;
    tries.mockRestore();
    return calls;
  };
  expect(count(faces[0].theirs)).toBeGreaterThan(500);
  expect(await withShapingCache(async () => count(faces[0].ours), { font: faces[0].ours, identity: fontIdentity })).toBeLessThan(20);
});
