/** Reads where a PDF draws each glyph (pdf.js's operator list, interpreted): the ground truth for spacing checks. */
export interface DrawnGlyph {
  readonly text: string;
  /** The glyph's origin on the page, in points from the left edge. */
  readonly x: number;
}

/** One text object (BT … ET): the toolkit writes one per line. */
export interface DrawnLine {
  readonly page: number;
  /** Where the text object starts (its text matrix), and its baseline, in page points (y up). */
  readonly x: number;
  readonly y: number;
  readonly font: string;
  readonly fontSize: number;
  readonly glyphs: readonly DrawnGlyph[];
  readonly text: string;
  /** Operators that set character or word spacing, or a text matrix after the first, inside the object. */
  readonly spacingOperators: readonly string[];
}

type Matrix = [number, number, number, number, number, number];
const identity: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3], m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]];
}

export async function drawnLines(bytes: Uint8Array): Promise<DrawnLine[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const OPS = pdfjs.OPS;
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const lines: DrawnLine[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const { fnArray, argsArray } = await page.getOperatorList();
    let ctm: Matrix = identity;
    const saved: Matrix[] = [];
    let textMatrix: Matrix = identity;
    let font = '';
    let fontSize = 0;
    let advance = 0;
    let current: { x: number; y: number; font: string; fontSize: number; glyphs: DrawnGlyph[]; spacingOperators: string[]; matrices: number } | undefined;
    fnArray.forEach((fn, i) => {
      const args = argsArray[i] as unknown[];
      if (fn === OPS.save) saved.push(ctm);
      else if (fn === OPS.restore) ctm = saved.pop() ?? identity;
      else if (fn === OPS.transform) ctm = multiply(args as Matrix, ctm);
      else if (fn === OPS.beginText) current = { x: 0, y: 0, font: '', fontSize: 0, glyphs: [], spacingOperators: [], matrices: 0 };
      else if (fn === OPS.setTextMatrix) {
        textMatrix = Array.from(args[0] as ArrayLike<number>) as Matrix;
        advance = 0;
        if (current && current.matrices++ > 0) current.spacingOperators.push('Tm');
      } else if (fn === OPS.setFont) {
        font = (page.commonObjs.get(args[0] as string) as { name: string }).name.replace(/^[A-Z]{6}\+/, '');
        fontSize = args[1] as number;
      } else if ((fn === OPS.setCharSpacing || fn === OPS.setWordSpacing) && current) current.spacingOperators.push(fn === OPS.setCharSpacing ? 'Tc' : 'Tw');
      else if (fn === OPS.showText && current) {
        const origin = multiply(textMatrix, ctm);
        if (current.glyphs.length === 0) Object.assign(current, { x: origin[4], y: origin[5], font, fontSize });
        for (const item of args[0] as (number | { unicode: string; width: number })[]) {
          if (typeof item === 'number') advance -= (item / 1000) * fontSize;
          else {
            current.glyphs.push({ text: item.unicode, x: origin[4] + advance * origin[0] });
            advance += (item.width / 1000) * fontSize;
          }
        }
      } else if (fn === OPS.endText && current) {
        if (current.glyphs.length > 0) {
          const { matrices: _, ...line } = current;
          lines.push({ page: n, ...line, text: line.glyphs.map((g) => g.text).join('') });
        }
        current = undefined;
      }
    });
  }
  await document.destroy();
  return lines;
}
