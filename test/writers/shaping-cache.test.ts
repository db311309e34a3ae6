import { expect, it } from 'vitest';
import { fontFiles, openFont } from '../../src/writers/press-release-pdf/fonts';
import { withShapingCache } from '../../src/writers/press-release-pdf/shaping-cache';

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
  });
  expect(font.layout).toBe(layoutOutside);
});
