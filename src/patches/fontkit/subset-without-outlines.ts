import type * as fontkit from 'fontkit';
import type { Patch } from '../patch';
import { definer, fontkitSource, hasGlyphOutlines } from './fontkit-internals';

/** What of fontkit's TrueType subset and glyph the embedding goes through. */
interface Subsetting {
  readonly font: { readonly _variationProcessor: unknown };
  _addGlyph(id: number): number;
}
interface OutlineDecoding {
  _decodeSimple(glyph: unknown, stream: unknown): unknown;
}

const patched = new WeakSet<object>();

/**
 * pdfkit's subset of a TrueType font decodes every glyph it embeds, outline and all, only to find
 * the parts of a composite glyph; a simple glyph's bytes are copied as they are (fontkit re-encodes
 * the outline only for a font with variations). While such a subset adds a glyph, a simple glyph's
 * outline is not decoded.
 */
export const subsetWithoutOutlines: Patch<fontkit.Font> = {
  library: 'fontkit',
  name: 'subset-without-outlines',
  buys: 'a sixth of a warm render of the seed release',
  version: '2.0.4',
  source: fontkitSource,
  install(font) {
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
  },
};
