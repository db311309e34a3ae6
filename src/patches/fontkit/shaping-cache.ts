import type { Font, Glyph, GlyphRun } from 'fontkit';
import { readKept, writeKept } from '../../runtime/kept-json';
import { installPatches, patchStatuses, type Patch } from '../patch';
import { fontkitSource } from './fontkit-internals';
import { indexedLookups } from './indexed-lookups';

type Layout = (this: Font, text: string, features?: unknown) => GlyphRun;
type Position = GlyphRun['positions'][number];

/** A shaped run as a file keeps it: glyph ids, each glyph's code points, four numbers a glyph's position, and what fontkit chose. */
type StoredRun = [ids: number[], codePoints: number[][], positions: number[], script: string, language: string | null, direction: string, features: object];
/** Per font (its identity, with fontkit's source: runs shaped by another fontkit are not taken), per features and text. */
type StoredRuns = Record<string, Record<string, StoredRun>>;

/** What the cache needs of the release's fonts: one of them (for fontkit's font class) and the name of a font's bytes across processes. */
export interface ShapedFonts {
  readonly font: Font;
  identity(bytes: object): string | undefined;
}

const storedKey = (identity: string | undefined): string => `${fontkitSource.sha256}\u0000${identity ?? ''}`;

/** Marks the shaping cache's use of fontkit's layout as a patch: checked and reported as the others are, installed by withShapingCache around each render. */
export const shapingCache: Patch<Font> = {
  library: 'fontkit',
  name: 'shaping-cache',
  buys: 'shaping was two thirds of the time of a large release; a build of text shaped before shapes none of it',
  version: '2.0.4',
  source: fontkitSource,
  install: () => undefined,
};


let depth = 0;
let original: Layout | undefined;
let cache = new WeakMap<object, Map<string, GlyphRun>>();
let cached = 0;
/**
 * Runs kept from one render to the next (the studio renders the release again at every save, mostly
 * the same text), up to this many; a render that leaves more (a national edition) leaves none, and
 * writes none to a file.
 */
const keptRuns = 30_000;

/**
 * pdfmake and pdfkit shape the same text with fontkit several times over (to measure it, again
 * each time a block is retried on a new page, to encode it, to advance past it), and pdfkit keeps
 * no cache once OpenType features such as palt are on; the line breaker shapes each line it
 * justifies first. Shaping was two thirds of the time of a large release. While `work` runs,
 * fontkit's layout answers a repeated (font file, features, text) from a cache, with a copy of the
 * positions (pdfkit scales them in place). Output is unchanged. The cache is keyed by the font's
 * bytes, not its fontkit object: the breaker's font and pdfkit's are two objects read from the one
 * buffer (see fonts.ts), so what the breaker shaped pdfkit finds.
 *
 * With `file`, the runs this render used are kept there for the next process (a command is a
 * process: the next build of the same release shapes only what changed), and the runs found there
 * are taken instead of shaping again.
 */
export async function withShapingCache<T>(work: () => Promise<T>, fonts: ShapedFonts, file?: string): Promise<T> {
  installPatches([shapingCache], fonts.font);
  if (patchStatuses().find((status) => status.id === 'fontkit/shaping-cache')?.state !== 'installed') return work();
  const prototype = Object.getPrototypeOf(fonts.font) as { layout: Layout };
  const stored = (file && readKept<StoredRuns>(file)) || {};
  const used = new Map<object, Set<string>>();
  let shaped = false;
  if (depth++ === 0) {
    original = prototype.layout;
    const shape = original;
    prototype.layout = function cachedLayout(this: Font, text: string, features?: unknown): GlyphRun {
      const bytes = (this as unknown as { stream: { buffer: object } }).stream.buffer;
      let runs = cache.get(bytes);
      if (!runs) cache.set(bytes, (runs = new Map()));
      const key = `${Array.isArray(features) ? features.join(',') : JSON.stringify(features ?? null)}\u0000${text}`;
      let run = runs.get(key);
      if (!run) {
        const kept = stored[storedKey(fonts.identity(bytes))]?.[key];
        shaped ||= !kept;
        if (!kept) installPatches([indexedLookups], this); // the shaping tables are read only for text not kept
        runs.set(key, (run = kept ? storedRun(this, kept, () => shape.call(this, '')) : shape.call(this, text, features)));
        cached++;
      }
      if (file) {
        let keys = used.get(bytes);
        if (!keys) used.set(bytes, (keys = new Set()));
        keys.add(key);
      }
      return copyRun(run);
    };
  }
  try {
    return await work();
  } finally {
    if (--depth === 0) {
      prototype.layout = original!;
      if (file && shaped && cached <= keptRuns) keepRuns(file, used, fonts);
      if (cached > keptRuns) {
        cache = new WeakMap();
        cached = 0;
      }
    }
  }
}

/** The runs a render used, for the next process. */
function keepRuns(file: string, used: ReadonlyMap<object, ReadonlySet<string>>, fonts: ShapedFonts): void {
  const runs: StoredRuns = {};
  for (const [bytes, keys] of used) {
    const identity = fonts.identity(bytes);
    if (identity === undefined) continue;
    const live = cache.get(bytes)!;
    runs[storedKey(identity)] = Object.fromEntries([...keys].map((key) => [key, toStored(live.get(key)!)]));
  }
  writeKept(file, runs);
}

function toStored(run: GlyphRun): StoredRun {
  return [
    run.glyphs.map((glyph) => glyph.id),
    run.glyphs.map((glyph) => glyph.codePoints),
    run.positions.flatMap((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
    run.script,
    run.language,
    run.direction,
    run.features,
  ];
}

/**
 * A run as fontkit would have shaped it, its glyphs the font's own objects; `empty` (a run of no
 * glyphs, which makes none) gives fontkit's run class. A position is a plain record in fontkit too.
 */
function storedRun(font: Font, [ids, codePoints, positions, script, language, direction, features]: StoredRun, empty: () => GlyphRun): GlyphRun {
  runPrototype ??= Object.getPrototypeOf(empty()) as object;
  return Object.assign(Object.create(runPrototype) as GlyphRun, {
    glyphs: ids.map((id, i) => font.getGlyph(id, codePoints[i]) as Glyph),
    positions: ids.map((_, i): Position => ({ xAdvance: positions[4 * i], yAdvance: positions[4 * i + 1], xOffset: positions[4 * i + 2], yOffset: positions[4 * i + 3] })),
    script,
    language,
    direction,
    features,
  });
}

let runPrototype: object | undefined;

/**
 * A run whose positions a caller may change (pdfkit scales them in place). Each position is made
 * as one literal of fontkit's four numbers, as a kept run's are, so that pdfkit's scaling meets one
 * kind of object, not fontkit's class and copies of it by turns (copying and scaling took some
 * 0.5 s of a profile of the national release, 0.25 s now).
 */
function copyRun(run: GlyphRun): GlyphRun {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run);
  copy.positions = run.positions.map(({ xAdvance, yAdvance, xOffset, yOffset }) => ({ xAdvance, yAdvance, xOffset, yOffset }) as Position);
  return copy;
}
