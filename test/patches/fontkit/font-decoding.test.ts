import { createRequire } from 'node:module';
import type * as Fontkit from 'fontkit';
import { expect, it } from 'vitest';
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
