import crypto from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import pdfmake from 'pdfmake';
import type { Content } from 'pdfmake/interfaces';
import { fontFiles, openFont } from '../../../src/writers/press-release-pdf/fonts';
import { installLineDrawing } from '../../../src/writers/press-release-pdf/line-drawing';
import { lineDrawing } from '../../../src/patches/pdfkit/line-drawing';
import { rendererWrapping } from '../../../src/patches/pdfmake/renderer-wrapping';
import { drawnLines } from '../../support/pdf-glyphs';
import { readPdf } from '../../support/pdf-text';

/** sha256 of pdfkit 0.19.1's `_fragment`, the method line-drawing replaces for pdfmake's documents. */
const replacedSource = '3582fda36bf1094e2d32ba43632ed9800c88041af73d8a2864b454df288c47be';

/** An uncompressed A4 PDF of `content` in Noto Serif JP with palt, drawn with the line writer. */
async function render(content: Content): Promise<Buffer> {
  installLineDrawing();
  pdfmake.setFonts({ Mincho: { normal: fontFiles.Mincho.normal } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => true);
  const date = new Date('2017-10-13T00:00:00Z');
  return pdfmake
    .createPdf({ content, compress: false, info: { creationDate: date, modDate: date }, defaultStyle: { font: 'Mincho', fontSize: 10, fontFeatures: ['palt'] } })
    .getBuffer();
}

/** The first page's content stream as text. */
function pageContent(pdf: Buffer): string {
  return pdf.toString('latin1').match(/stream\n([\s\S]*?BT[\s\S]*?)endstream/)![1];
}

const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
/** A PDF literal string of UTF-16BE with a byte-order mark, as pdfkit writes ActualText. */
function literalString(raw: string): string {
  const bytes = Buffer.from(raw.replace(/\\(.)/g, (_, c: string) => escapes[c] ?? c), 'latin1');
  return bytes.subarray(2).swap16().toString('utf16le');
}

describe('the line writer', () => {
  it('replaces a method of pdfkit 0.19.1 under pdfmake 0.3.11 only: upgrading either means checking it again', () => {
    const pdfmakeDir = path.dirname(require.resolve('pdfmake/package.json'));
    expect(require('pdfmake/package.json').version).toBe(rendererWrapping.version);
    expect(require(require.resolve('pdfkit/package.json', { paths: [pdfmakeDir] })).version).toBe(lineDrawing.version);
    const pdfmakeDocument = require('pdfmake/js/PDFDocument').default;
    const source = Object.getPrototypeOf(pdfmakeDocument.prototype)._fragment.toString();
    expect(crypto.createHash('sha256').update(source).digest('hex')).toBe(replacedSource);
  });

  it('writes a justified line as one text object: one Tm, glyph positions as TJ numbers, no Tc, the line as ActualText inside it', async () => {
    const text = '「JETプログラム」は、OB・OGの元雇用主（自治体）に提案した。';
    const pdf = await render([{ text: [{ text, characterSpacing: 0.5 }], noWrap: true }]);
    const content = pageContent(pdf);
    expect(content.match(/\bBT\b/g)).toHaveLength(1);
    expect(content.match(/\bTm\b/g)).toHaveLength(1);
    expect(content.match(/\bTJ\b/g)).toHaveLength(1);
    expect(content).not.toMatch(/\b(Tc|Tw|Tz)\b/);
    const span = content.match(/^BT\n[^]*\n\/Span <<\s*\/ActualText \(((?:\\.|[^\\)])*)\)\s*>> BDC\n\[[^\]]*\] TJ\nEMC\nET$/m);
    expect(span).not.toBeNull();
    expect(literalString(span![1])).toBe(text);

    const [line] = await drawnLines(pdf);
    expect(line.text).toBe(text);
    // pdfmake measured the line as its natural width plus the spacing: it ends exactly there.
    const font = openFont(fontFiles.Mincho.normal);
    const natural = (font.layout(text, ['palt']).advanceWidth / 1000) * 10;
    // …its last glyph, 。, on the half em JLReq sets it on.
    const end = line.glyphs[line.glyphs.length - 1].x + 0.5 * 10;
    expect(end - line.x).toBeCloseTo(natural + 0.5 * (text.length - 1), 1);
  });

  it('sets a line as JLReq does: kana and kanji on a whole em, brackets on half an em with half an em of aki outside', async () => {
    const text = '「日本でのふるさと」である';
    // The width the layout gives it: 12.5 em; pdfmake measures its palt width plus the spacing.
    const font = openFont(fontFiles.Mincho.normal);
    const palt = (font.layout(text, ['palt']).advanceWidth / 1000) * 10;
    const [line] = await drawnLines(await render([{ text: [{ text, characterSpacing: (125 - palt) / (text.length - 1) }], noWrap: true }]));
    const xs = line.glyphs.map((glyph) => Math.round((glyph.x - line.x) * 100) / 100);
    // 「 starts half an em before the line (its body is its em box's right half); 」 is followed by half an em.
    expect(xs).toEqual([-5, 5, 15, 25, 35, 45, 55, 65, 75, 85, 95, 105, 115]);
  });

  it('gives 〜 and ～, one glyph in Noto Serif JP, a code each, so every reader copies out what was written', async () => {
    // ㇷ゚ is two characters the font draws as one glyph; it copies out as both.
    const lines = ['10月〜11月', '10月～11月', '秋〜冬、春～夏', 'カㇷ゚カ'];
    const pdf = await render(lines.map((text) => ({ text, noWrap: true })));
    expect((await drawnLines(pdf)).map((line) => line.text)).toEqual(lines);
    expect((await readPdf(pdf)).lines.map((line) => line.text)).toEqual(lines);
  });
});
