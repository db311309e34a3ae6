import type { Font, Glyph } from 'fontkit';
import type { Patch } from '../patch';

/**
 * How each line of the release is written into the PDF. pdfkit's own `_fragment` (0.19.1,
 * lib/mixins/text.js) places every palt-shifted glyph with an absolute `Tm` from a running x that
 * ignores `Tc`, so a justified line's glyphs drift over each other, and a line becomes dozens of
 * positioning operators. This writes a line as one text object: one `Tm` for its start, then one
 * `TJ` whose numbers carry palt and the justification. It also wraps the line in a marked-content
 * span whose /ActualText is the line as written: poppler (Evince, Okular, pdftotext) otherwise
 * ends a line wherever palt pulls a glyph's box more than half an em over its neighbour's. In a
 * tagged document the line is split where its structure elements change (marking.ts), each piece
 * one marked sequence inside the same text object, with its own ActualText.
 *
 * It overrides the method on pdfmake's own subclass of PDFDocument only, so no other pdfkit user is
 * touched. Where each glyph goes and how a line is marked are the release writer's (its
 * justification and marking), handed over as the patch is installed.
 */

/** Where a piece of a line was drawn, in pdfkit's coordinates (from the top left, points). */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A stretch of a run the line writer draws as one marked sequence, with the text a reader copies from it. */
export interface RunPiece {
  readonly length: number;
  readonly actualText: string;
  begin(): void;
  end(box: Box): void;
}

/** How the line writer marks a run: before its text object, each piece inside it, after it. */
export interface RunMarks {
  readonly pieces: readonly RunPiece[];
  before(): void;
  after(): void;
}

/** A glyph where the writer sets it, in ems: its advance and its offset from the pen. */
interface PlacedGlyph {
  readonly advance: number;
  readonly offset: number;
}

/** How the release's writer sets a line: each glyph's place, where the line's slack goes, and the line's marks. */
export interface LineSetting {
  setGlyph(text: string, width: number, advance: number, offset: number, unitsPerEm: number): PlacedGlyph;
  spread(glyphs: readonly PlacedGlyph[], change: number): number[];
  runMarks(doc: object, text: string): RunMarks;
}

let setting: LineSetting | undefined;

/** What a pdfmake line of text passes to `_fragment`. A line to justify carries characterSpacing. */
interface FragmentOptions {
  readonly textWidth: number;
  readonly characterSpacing?: number;
  readonly features?: string[];
  readonly [option: string]: unknown;
}

interface Position {
  readonly xAdvance: number;
  readonly xOffset: number;
  readonly yOffset: number;
  readonly advanceWidth: number;
}

/** The parts of pdfkit's EmbeddedFont this uses (positions come scaled to 1000 units per em). */
interface EmbeddedFont {
  readonly id: string;
  readonly font: Font;
  readonly ascender: number;
  readonly subset: { readonly glyphs: number[]; includeGlyph(glyph: number): number };
  readonly widths: number[];
  readonly unicode: number[][];
  layout(text: string, features?: string[]): { glyphs: Glyph[]; positions: Position[] };
  ref(): unknown;
}

interface PdfDocument {
  _font: EmbeddedFont | { readonly subset?: undefined };
  _fontSize: number;
  readonly page: { readonly height: number; readonly fonts: Record<string, unknown> };
  addContent(data: string): PdfDocument;
  save(): PdfDocument;
  restore(): PdfDocument;
  transform(...matrix: number[]): PdfDocument;
  markContent(tag: string, options: { actual: string }): PdfDocument;
  endMarkedContent(): PdfDocument;
  currentLineHeight(): number;
}

type Fragment = (this: PdfDocument, text: string, x: number, y: number, options: FragmentOptions) => void;

const pdfmakeDocument = require('pdfmake/js/PDFDocument').default as { prototype: { _fragment: Fragment } };
const pdfkitFragment = (Object.getPrototypeOf(pdfmakeDocument.prototype) as { _fragment: Fragment })._fragment;

/** Options pdfmake sets that this writer draws itself; any other (a link, underline, rotation…) goes to pdfkit. */
const handled = new Set(['lineBreak', 'textWidth', 'characterSpacing', 'wordCount', 'link', 'features', 'columns', 'columnGap', 'rotation']);

function drawsItself(doc: PdfDocument, options: FragmentOptions): doc is PdfDocument & { _font: EmbeddedFont } {
  if (!doc._font.subset || options.link != null || options.rotation !== 0) return false;
  return Object.keys(options).every((key) => handled.has(key) || options[key] === undefined);
}

const drawLine: Fragment = function drawLine(this: PdfDocument, text, x, y, options) {
  const { setGlyph, spread, runMarks } = setting!;
  const line = text.replace(/\n/g, '');
  const marks = runMarks(this, line);
  const run = line !== '' && drawsItself(this, options) ? this._font.layout(line, options.features) : undefined;
  // A glyph raised or lowered (mark positioning; the Noto JP faces have none) needs pdfkit's Tm.
  if (!run || run.positions.some((p) => p.yOffset !== 0)) {
    const [piece, ...more] = marks.pieces;
    if (more.length > 0) throw new Error(`the line "${line}" is drawn by pdfkit, which cannot mark parts of it`);
    marks.before();
    piece.begin();
    pdfkitFragment.call(this, text, x, y, options);
    piece.end({ x, y, width: options.textWidth, height: this.currentLineHeight() });
    marks.after();
    return;
  }
  const font = this._font as EmbeddedFont;
  const size = this._fontSize;
  const { glyphs, positions } = run;
  const texts = glyphTexts(line, glyphs, font.font);
  // Each glyph where JLReq sets it (palt only says which are marks), in thousandths of an em.
  const set = positions.map((p, i) => setGlyph(texts[i], p.advanceWidth, p.xAdvance, p.xOffset, 1000));
  const placed = set.map((glyph, i): Position => ({ ...positions[i], xAdvance: glyph.advance * 1000, xOffset: glyph.offset * 1000 }));
  const natural = placed.reduce((sum, p) => sum + p.xAdvance, 0);
  // pdfmake measured the line as the layout set it (its palt width plus characterSpacing per
  // character): the width to set it to, justified or with the rules' aki; justification.ts says where the space goes.
  const extras = spread(set, ((options.textWidth * 1000) / size - natural) / 1000).map((em) => em * 1000);
  if (this.page.fonts[font.id] == null) this.page.fonts[font.id] = font.ref();
  const top = this.page.height - y - (font.ascender / 1000) * size;
  const box = (from: number, to: number): Box => ({ x: x + (from * size) / 1000, y, width: ((to - from) * size) / 1000, height: this.currentLineHeight() });
  marks.before();
  this.save();
  this.transform(1, 0, 0, -1, 0, this.page.height);
  this.addContent('BT');
  this.addContent(`1 0 0 1 ${decimal(x)} ${decimal(top)} Tm`);
  this.addContent(`/${font.id} ${decimal(size)} Tf`);
  writeGlyphs(this, font, { glyphs, positions: placed, texts, extras }, marks.pieces, box);
  this.addContent('ET');
  this.restore();
  marks.after();
};

interface SetRun {
  readonly glyphs: Glyph[];
  readonly positions: Position[];
  readonly texts: string[];
  readonly extras: number[];
}

/**
 * The glyphs as TJ arrays of strings and numbers, one per piece, each piece a marked sequence with
 * its ActualText. Before glyph i the pen moves by what the previous glyph's set advance (palt,
 * kerning, justification) differs from its width in the font, plus glyph i's own palt offset.
 */
function writeGlyphs(doc: PdfDocument, font: EmbeddedFont, run: SetRun, pieces: readonly RunPiece[], box: (from: number, to: number) => Box): void {
  const { glyphs, positions, texts, extras } = run;
  let pending = 0;
  let pen = 0;
  let g = 0;
  pieces.forEach((piece, p) => {
    const items: string[] = [];
    const start = pen;
    // A piece takes the glyphs that start inside it (a ligature across a boundary goes with its first character).
    for (let taken = 0; g < glyphs.length && (taken < piece.length || p === pieces.length - 1); g++) {
      const position = positions[g];
      const shift = pending + position.xOffset;
      if (Math.abs(shift) > 0.005) items.push(decimal(-shift));
      const code = codeFor(font, glyphs[g], texts[g]);
      items.push(`<${code.toString(16).padStart(4, '0')}>`);
      pending = position.xAdvance + (extras[g] ?? 0) - font.widths[code] - position.xOffset;
      pen += position.xAdvance + (extras[g] ?? 0);
      taken += texts[g].length;
    }
    piece.begin();
    doc.markContent('Span', { actual: piece.actualText });
    doc.addContent(`[${items.join(' ')}] TJ`);
    doc.endMarkedContent();
    piece.end(box(start, pen));
  });
}

/**
 * The text each glyph draws. fontkit's glyph objects remember the code points they were first made
 * for (〜 and ～ share one glyph in Noto Serif JP), so the text is matched to the glyphs here: one
 * character each, or several where the font joined them (a ligature).
 */
function glyphTexts(line: string, glyphs: readonly Glyph[], font: Font): string[] {
  const chars = Array.from(line);
  if (chars.length === glyphs.length) return chars;
  const texts: string[] = [];
  let c = 0;
  glyphs.forEach((_, g) => {
    let text = chars[c++] ?? '';
    const next = glyphs[g + 1];
    while (c < chars.length && chars.length - c > glyphs.length - g - 1 && (!next || font.glyphForCodePoint(chars[c].codePointAt(0)!).id !== next.id)) text += chars[c++];
    texts.push(text);
  });
  return texts;
}

/** Per font, the code each text was given, with the glyph it was given for. */
const codes = new WeakMap<EmbeddedFont, Map<string, { glyph: number; code: number }>>();

/**
 * The character code (the glyph's number in the subset) for a glyph drawing `text`. A font's
 * ToUnicode map gives each code one text; where one glyph draws two characters (〜 U+301C and
 * ～ U+FF5E), the second gets a copy of the glyph under a code of its own, so every reader copies
 * out the character that was written. pdfkit's own encoder would give both the first one's text.
 */
function codeFor(font: EmbeddedFont, glyph: Glyph, text: string): number {
  let known = codes.get(font);
  if (!known) codes.set(font, (known = new Map()));
  const found = known.get(text);
  if (found?.glyph === glyph.id) return found.code;
  let code = font.subset.includeGlyph(glyph.id);
  const carried = font.unicode[code];
  if (carried != null && text !== '' && String.fromCodePoint(...carried) !== text) {
    font.subset.glyphs.push(glyph.id);
    code = font.subset.glyphs.length - 1;
  }
  if (font.unicode[code] == null) font.unicode[code] = text === '' ? glyph.codePoints : Array.from(text, (c) => c.codePointAt(0)!);
  if (font.widths[code] == null) font.widths[code] = (glyph.advanceWidth * 1000) / font.font.unitsPerEm;
  if (!found) known.set(text, { glyph: glyph.id, code });
  return code;
}

/** A number as PDF content writes it: at most two decimals (a hundredth of a thousandth of an em), no exponent. */
function decimal(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** The line writer, installed on pdfmake's PDFDocument with the release writer's way of setting a line. */
export const lineDrawing: Patch<LineSetting> = {
  library: 'pdfkit',
  name: 'line-drawing',
  buys: 'lines set as JLReq sets them, glyphs that never drift over each other, and the text a reader copies out as written',
  version: '0.19.1',
  source: { file: 'js/pdfkit.js', sha256: 'be0ae23a604e8a02' },
  required: true,
  install(given) {
    setting = given;
    pdfmakeDocument.prototype._fragment = drawLine;
  },
};
