import fs from 'node:fs';
import type * as fontkit from 'fontkit';

/**
 * fontkit, loaded with the first font opened: a build imports this module with every writer before
 * it starts the release's thread, and loading fontkit then would hold that start back (~50 ms).
 */
const loadFontkit = (): typeof fontkit => require('fontkit') as typeof fontkit;

/**
 * The faces the release uses, from npm font packages (never committed): Mincho for text, bold
 * Gothic for headings and labels. Only these two, as each face is 7 MB held in memory; a style
 * asking for another (say, bold Mincho) fails loudly in pdfmake rather than loading it.
 */
export const fontFiles = {
  Mincho: { normal: require.resolve('@expo-google-fonts/noto-serif-jp/400Regular/NotoSerifJP_400Regular.ttf') },
  Gothic: { bold: require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf') },
} as const;

export type FontFamily = keyof typeof fontFiles | 'Fallback';

const opened = new Map<string, { bytes: Buffer; font: fontkit.Font }>();

/** Parsed once per process: fontkit reads tables lazily, so this is cheap after the first time. */
export function openFont(file: string): fontkit.Font {
  return openedFont(file).font;
}

/**
 * The font file's bytes, read once: the same buffer serves fontkit here and pdfmake (through its
 * virtual file system), so each 7 MB face is held once, not twice.
 */
export function fontBytes(file: string): Buffer {
  return openedFont(file).bytes;
}

const identities = new WeakMap<Buffer, string>();

function openedFont(file: string): { bytes: Buffer; font: fontkit.Font } {
  let found = opened.get(file);
  if (!found) {
    const { size, mtimeMs } = fs.statSync(file);
    const bytes = fs.readFileSync(file);
    const collection = loadFontkit().create(bytes);
    found = { bytes, font: 'fonts' in collection ? collection.fonts[0] : collection };
    shareDecoding(found.font);
    subsetWithoutOutlines(found.font);
    boundsWithoutStructs(found.font);
    opened.set(file, found);
    identities.set(bytes, `${file}\u0000${size}\u0000${mtimeMs}`);
  }
  return found;
}

/** The prototypes of fontkit's classes changed here, each once. */
const patched = new WeakSet<object>();

/** The prototype in `object`'s chain that defines `method` itself. */
function definer<T extends object>(object: object, method: keyof T): T | null {
  let prototype = Object.getPrototypeOf(object) as T | null;
  while (prototype && !Object.hasOwn(prototype, method)) prototype = Object.getPrototypeOf(prototype) as T | null;
  return prototype;
}

/** fontkit's font as far as its tables and glyphs go. */
interface Decoding {
  readonly stream: { readonly buffer: object };
  readonly _directoryPos: number;
  readonly variationCoords: unknown;
  _getTable(table: unknown): unknown;
  getGlyph(id: number, codePoints?: number[]): unknown;
}

/** The first font opened on each font file's bytes (openFont's), which decodes for every later one. */
const decoders = new WeakMap<object, Decoding>();

/** The font that decodes for `font`: openFont's of the same face, or itself. */
function decoderOf(font: Decoding): Decoding {
  const first = decoders.get(font.stream.buffer);
  return first && first._directoryPos === font._directoryPos && first.variationCoords === font.variationCoords ? first : font;
}

/**
 * pdfkit opens every font anew for each document, and a new fontkit font decodes its tables and
 * each glyph's outline and metrics again: a third of a warm render of the seed release. A font
 * opened on bytes openFont read (pdfmake gets them from fontBytes) takes its tables and glyphs from
 * openFont's font, so they are decoded once per process. Both are read-only once decoded.
 */
function shareDecoding(font: fontkit.Font): void {
  const own = font as unknown as Decoding;
  decoders.set(own.stream.buffer, own);
  const prototype = definer<Decoding>(own, '_getTable');
  if (!prototype || patched.has(prototype)) return;
  patched.add(prototype);
  const { _getTable: getTable, getGlyph } = prototype;
  // A font binds its table getters when made: fonts made before this (none of openFont's faces) keep their own.
  prototype._getTable = function sharedTable(this: Decoding, table: unknown) {
    return getTable.call(decoderOf(this), table);
  };
  prototype.getGlyph = function sharedGlyph(this: Decoding, id: number, codePoints?: number[]) {
    return getGlyph.call(decoderOf(this), id, codePoints);
  };
}

/** Whether the font keeps its outlines as TrueType glyphs (a glyf table), not CFF. */
function hasGlyphOutlines(font: fontkit.Font): boolean {
  return 'glyf' in (font as unknown as { directory: { tables: object } }).directory.tables;
}

/** What of fontkit's TrueType subset and glyph the embedding goes through. */
interface Subsetting {
  readonly font: { readonly _variationProcessor: unknown };
  _addGlyph(id: number): number;
}
interface OutlineDecoding {
  _decodeSimple(glyph: unknown, stream: unknown): unknown;
}

/**
 * pdfkit's subset of a TrueType font decodes every glyph it embeds, outline and all, only to find
 * the parts of a composite glyph; a simple glyph's bytes are copied as they are (fontkit re-encodes
 * the outline only for a font with variations). Decoding those outlines was a sixth of a warm render
 * of the seed release. While such a subset adds a glyph, a simple glyph's outline is not decoded.
 */
function subsetWithoutOutlines(font: fontkit.Font): void {
  if (!hasGlyphOutlines(font)) return;
  const subsetting = definer<Subsetting>(font.createSubset(), '_addGlyph');
  const outlines = definer<OutlineDecoding>(font.getGlyph(0), '_decodeSimple');
  if (!subsetting || !outlines || patched.has(subsetting)) return;
  patched.add(subsetting);
  const { _addGlyph: addGlyph } = subsetting;
  const { _decodeSimple: decodeSimple } = outlines;
  let adding = false;
  subsetting._addGlyph = function addGlyphBytes(this: Subsetting, id: number) {
    if (this.font._variationProcessor) return addGlyph.call(this, id);
    const outer = adding;
    adding = true;
    try {
      return addGlyph.call(this, id);
    } finally {
      adding = outer;
    }
  };
  outlines._decodeSimple = function decodeOutline(this: OutlineDecoding, glyph: unknown, stream: unknown) {
    return adding ? undefined : decodeSimple.call(this, glyph, stream);
  };
}

interface Bounding {
  readonly id: number;
  readonly _font: {
    readonly _variationProcessor: unknown;
    readonly loca: { readonly offsets: readonly number[] };
    _getTableStream(tag: string): { readonly pos: number; readonly view: DataView };
  };
  _getCBox(internal?: boolean): object;
}

/**
 * fontkit works out a TrueType glyph's metrics from its bounding box, read from the glyph's header
 * with its generic structure decoder (an object with four defined properties made for five
 * numbers): a tenth of the thread's time in a build of the seed release, where the line breaker
 * measures each character once. The box is read here from the same bytes (the header's xMin, yMin,
 * xMax, yMax after its contour count) into fontkit's own box class; a font with variations is left
 * to fontkit.
 */
function boundsWithoutStructs(font: fontkit.Font): void {
  if (!hasGlyphOutlines(font)) return;
  const glyph = font.getGlyph(0) as unknown as Bounding;
  const bounding = definer<Bounding>(glyph, '_getCBox');
  if (!bounding || patched.has(bounding)) return;
  patched.add(bounding);
  const { _getCBox: getCBox } = bounding;
  const Box = (getCBox.call(glyph, true) as object).constructor as new (minX: number, minY: number, maxX: number, maxY: number) => object;
  bounding._getCBox = function boxFromHeader(this: Bounding, internal?: boolean) {
    if (this._font._variationProcessor) return getCBox.call(this, internal);
    const glyf = this._font._getTableStream('glyf');
    const at = glyf.pos + this._font.loca.offsets[this.id];
    return Object.freeze(new Box(glyf.view.getInt16(at + 2), glyf.view.getInt16(at + 4), glyf.view.getInt16(at + 6), glyf.view.getInt16(at + 8)));
  };
}

/** The font file these bytes (as openFont read them) came from, with its size and time: the font, named across processes. */
export function fontIdentity(bytes: object): string | undefined {
  return identities.get(bytes as Buffer);
}

/** Each font file that cannot be opened as a font, with the reason; checked before any text is measured. */
export function unreadableFonts(files: readonly string[]): { file: string; reason: string }[] {
  return files.flatMap((file) => {
    try {
      openFont(file);
      return [];
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return [{ file, reason: code === 'ENOENT' ? 'the font file does not exist' : code ? `the font file cannot be read (${code})` : 'the file is not a font fontkit can read' }];
    }
  });
}

export function allFontFiles(fallbackFile: string | undefined): string[] {
  return [...Object.values(fontFiles).flatMap((faces) => Object.values(faces)), ...(fallbackFile ? [fallbackFile] : [])];
}

/** Answers "can this character be drawn?" for the main faces and an optional fallback face. */
export class GlyphCoverage {
  private readonly main: readonly fontkit.Font[];
  readonly fallback: fontkit.Font | undefined;
  private readonly cache = new Map<number, 'main' | 'fallback' | 'missing'>();

  constructor(fallbackFile: string | undefined) {
    this.main = [fontFiles.Mincho.normal, fontFiles.Gothic.bold].map(openFont);
    this.fallback = fallbackFile ? openFont(fallbackFile) : undefined;
  }

  /** Where a code point is drawn from. Line breaks and spaces count as drawable. */
  source(codePoint: number): 'main' | 'fallback' | 'missing' {
    let found = this.cache.get(codePoint);
    if (found === undefined) {
      if (codePoint === 0x0a || codePoint === 0x20 || this.main.every((f) => f.hasGlyphForCodePoint(codePoint))) found = 'main';
      else if (this.fallback?.hasGlyphForCodePoint(codePoint)) found = 'fallback';
      else found = 'missing';
      this.cache.set(codePoint, found);
    }
    return found;
  }
}
