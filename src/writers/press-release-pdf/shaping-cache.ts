import type { Font, GlyphRun } from 'fontkit';
import { fontFiles, openFont } from './fonts';

type Layout = (this: Font, text: string, features?: unknown) => GlyphRun;

let depth = 0;
let original: Layout | undefined;
let cache = new WeakMap<object, Map<string, GlyphRun>>();

/**
 * pdfmake and pdfkit shape the same text with fontkit several times over (to measure it, again
 * each time a block is retried on a new page, to encode it, to advance past it), and pdfkit keeps
 * no cache once OpenType features such as palt are on; the line breaker shapes each line it
 * justifies first. Shaping was two thirds of the time of a large release. While `work` runs,
 * fontkit's layout answers a repeated (font file, features, text) from a cache, with a copy of the
 * positions (pdfkit scales them in place). Output is unchanged. The cache is keyed by the font's
 * bytes, not its fontkit object: the breaker's font and pdfkit's are two objects read from the one
 * buffer (see fonts.ts), so what the breaker shaped pdfkit finds.
 */
export async function withShapingCache<T>(work: () => Promise<T>): Promise<T> {
  const prototype = Object.getPrototypeOf(openFont(fontFiles.Mincho.normal)) as { layout: Layout };
  if (depth++ === 0) {
    original = prototype.layout;
    const shape = original;
    prototype.layout = function cachedLayout(this: Font, text: string, features?: unknown): GlyphRun {
      const bytes = (this as unknown as { stream: { buffer: object } }).stream.buffer;
      let runs = cache.get(bytes);
      if (!runs) cache.set(bytes, (runs = new Map()));
      const key = `${Array.isArray(features) ? features.join(',') : JSON.stringify(features ?? null)}\u0000${text}`;
      let run = runs.get(key);
      if (!run) runs.set(key, (run = shape.call(this, text, features)));
      return copyRun(run);
    };
  }
  try {
    return await work();
  } finally {
    if (--depth === 0) {
      prototype.layout = original!;
      cache = new WeakMap();
    }
  }
}

function copyRun(run: GlyphRun): GlyphRun {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run);
  copy.positions = run.positions.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p) as object) as typeof p, p));
  return copy;
}
