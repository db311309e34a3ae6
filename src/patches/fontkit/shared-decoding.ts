import type * as fontkit from 'fontkit';
import type { Patch } from '../patch';
import { definer, fontkitSource } from './fontkit-internals';

/** fontkit's font as far as its tables and glyphs go. */
interface Decoding {
  readonly stream: { readonly buffer: object };
  readonly _directoryPos: number;
  readonly variationCoords: unknown;
  _getTable(table: unknown): unknown;
  getGlyph(id: number, codePoints?: number[]): unknown;
}

/** The first font opened on each font file's bytes, which decodes for every later one. */
const decoders = new WeakMap<object, Decoding>();
const patched = new WeakSet<object>();

/** The font that decodes for `font`: the first opened on the same bytes and face, or itself. */
function decoderOf(font: Decoding): Decoding {
  const first = decoders.get(font.stream.buffer);
  return first && first._directoryPos === font._directoryPos && first.variationCoords === font.variationCoords ? first : font;
}

/**
 * pdfkit opens every font anew for each document, and a new fontkit font decodes its tables and
 * each glyph's outline and metrics again. A font opened on bytes the target font was opened on
 * (pdfmake gets the same buffer) takes its tables and glyphs from the target, so they are decoded
 * once per process. Both are read-only once decoded.
 */
export const sharedDecoding: Patch<fontkit.Font> = {
  library: 'fontkit',
  name: 'shared-decoding',
  buys: 'a third of a warm render of the seed release (the studio renders again at every save)',
  version: '2.0.4',
  source: fontkitSource,
  install(font) {
    const own = font as unknown as Decoding;
    if (!decoders.has(own.stream.buffer)) decoders.set(own.stream.buffer, own);
    const prototype = definer<Decoding>(own, '_getTable');
    if (!prototype || patched.has(prototype)) return;
    patched.add(prototype);
    const { _getTable: getTable, getGlyph } = prototype;
    // A font binds its table getters when made: fonts made before this keep their own.
    prototype._getTable = function sharedTable(this: Decoding, table: unknown) {
      return getTable.call(decoderOf(this), table);
    };
    prototype.getGlyph = function sharedGlyph(this: Decoding, id: number, codePoints?: number[]) {
      return getGlyph.call(decoderOf(this), id, codePoints);
    };
  },
};
