import type * as fontkit from 'fontkit';
import type { Patch } from '../patch';
import { fontkitSource } from './fontkit-internals';

/** An OpenType coverage table as fontkit decodes it: the glyphs a subtable applies to, each with its index. */
interface Coverage {
  readonly version: number;
  readonly glyphs?: readonly number[];
  readonly rangeRecords?: readonly { readonly start: number; readonly end: number; readonly startCoverageIndex: number }[];
}
interface ClassDefinition {
  readonly version: number;
  readonly classRangeRecord?: readonly { readonly start: number; readonly end: number; readonly class: number }[];
}
interface Subtable {
  readonly coverage?: Coverage;
  /** An extension subtable's: the type and subtable it stands for. */
  readonly lookupType?: number;
  readonly extension?: Subtable;
}
interface Lookup {
  readonly lookupType: number;
  readonly flags: unknown;
  readonly subTables: readonly Subtable[];
}
interface GlyphIterator {
  readonly index: number;
  readonly cur: { readonly id: number; readonly features: object };
  reset(flags: unknown): void;
  next(): unknown;
}
/** fontkit's GSUB or GPOS processor, as far as applying lookups goes. */
interface Processor {
  glyphIterator: GlyphIterator;
  currentFeature: string;
  applyLookup(lookupType: number, table: Subtable): boolean;
  applyLookups(lookups: readonly { feature: string; lookup: Lookup }[], glyphs: readonly unknown[], positions: readonly unknown[]): void;
  coverageIndex(coverage: Coverage, glyph?: number | null): number;
  getClassID(glyph: number, classDefinition: ClassDefinition): number;
}

/**
 * The lookup types whose subtables do nothing to a glyph their coverage does not hold (fontkit's
 * applyLookup returns false at once), and the type that wraps another (an extension).
 */
const coverageFirst = {
  GSUBProcessor: { types: new Set([1, 2, 3, 4]), extension: 7 },
  GPOSProcessor: { types: new Set([1, 2]), extension: 9 },
} as const;

/**
 * fontkit 2 finds the lookups that apply to a glyph by trying a lookup's subtables one by one, and
 * a glyph in a coverage or a class definition by a linear search. The release's faces set palt
 * with one lookup of some 285 subtables and kern with classes and coverages of hundreds of glyphs,
 * so every glyph shaped went through hundreds of searches: two thirds of shaping, a third of a
 * national release. Here each coverage and class definition is indexed the first time it is
 * searched, and a lookup tries, for a glyph, only the subtables that can apply to it. Each answer
 * is the one fontkit's search gives (the first match, the subtables in their order), so the PDF is
 * the same; a test shapes with these and with a fresh copy of fontkit and compares. Installed on
 * fontkit's processor classes once, by the shaping cache before fontkit first shapes.
 */
export const indexedLookups: Patch<fontkit.Font> = {
  library: 'fontkit',
  name: 'indexed-lookups',
  buys: 'the national release (1,741 projects) drawn in 4.86 s instead of 5.84 s',
  version: '2.0.4',
  source: fontkitSource,
  install(font) {
    const engine = (font as unknown as { _layoutEngine?: { engine?: Record<string, Processor | null | undefined> } })._layoutEngine?.engine;
    for (const [name, kind] of Object.entries(coverageFirst)) {
      const processor = engine?.[name];
      if (processor) install(Object.getPrototypeOf(processor) as Processor, kind);
    }
  },
};

const installed = new WeakSet<object>();

function install(processor: Processor, kind: (typeof coverageFirst)[keyof typeof coverageFirst]): void {
  if (installed.has(processor)) return;
  installed.add(processor);
  const { applyLookups, getClassID } = processor;
  // On the subclass (GSUB's or GPOS's), so that each knows its own lookup types.
  processor.applyLookups = function applyIndexedLookups(this: Processor, lookups, glyphs, positions): void {
    applyLookups.call(this, [], glyphs, positions); // fontkit's own set-up: the glyphs, the positions, an iterator
    for (const { feature, lookup } of lookups) {
      this.currentFeature = feature;
      this.glyphIterator.reset(lookup.flags);
      const candidates = subtablesFor(lookup, kind);
      while (this.glyphIterator.index < glyphs.length) {
        const glyph = this.glyphIterator.cur;
        if (feature in glyph.features) {
          for (const table of candidates(glyph.id)) if (this.applyLookup(lookup.lookupType, table)) break;
        }
        this.glyphIterator.next();
      }
    }
  };
  processor.coverageIndex = function indexedCoverage(this: Processor, coverage, glyph): number {
    return coverageIndex(coverage, glyph ?? this.glyphIterator.cur.id);
  };
  processor.getClassID = function indexedClass(this: Processor, glyph, classDefinition): number {
    if (classDefinition.version !== 2 || !classDefinition.classRangeRecord) return getClassID.call(this, glyph, classDefinition);
    let classes = classIndexes.get(classDefinition);
    if (!classes) classIndexes.set(classDefinition, (classes = byFirstRange(classDefinition.classRangeRecord, (range) => range.class)));
    return classes.get(glyph) ?? 0;
  };
}

const coverageIndexes = new WeakMap<Coverage, ReadonlyMap<number, number>>();
const classIndexes = new WeakMap<ClassDefinition, ReadonlyMap<number, number>>();

/** A glyph's index in a coverage, -1 when it holds none: the first entry for it, as fontkit's search finds. */
function coverageIndex(coverage: Coverage, glyph: number): number {
  let indexes = coverageIndexes.get(coverage);
  if (!indexes) coverageIndexes.set(coverage, (indexes = indexesOf(coverage)));
  return indexes.get(glyph) ?? -1;
}

function indexesOf(coverage: Coverage): ReadonlyMap<number, number> {
  if (coverage.version === 2) return byFirstRange(coverage.rangeRecords ?? [], (range, id) => range.startCoverageIndex + id - range.start);
  const indexes = new Map<number, number>();
  if (coverage.version === 1) coverage.glyphs?.forEach((id, index) => indexes.has(id) || indexes.set(id, index));
  return indexes;
}

/** Each glyph of the ranges with the value of the first range that holds it, as fontkit's walk over them finds. */
function byFirstRange<Range extends { readonly start: number; readonly end: number }>(ranges: readonly Range[], valueOf: (range: Range, glyph: number) => number): Map<number, number> {
  const values = new Map<number, number>();
  for (const range of ranges) {
    for (let id = range.start; id <= range.end; id++) if (!values.has(id)) values.set(id, valueOf(range, id));
  }
  return values;
}

const candidateLists = new WeakMap<Lookup, (glyph: number) => readonly Subtable[]>();

/** The subtables of a lookup that may apply to a glyph, in the lookup's order. */
function subtablesFor(lookup: Lookup, kind: (typeof coverageFirst)[keyof typeof coverageFirst]): (glyph: number) => readonly Subtable[] {
  let candidates = candidateLists.get(lookup);
  if (!candidates) {
    const gates = lookup.subTables.map((table) => {
      const [type, own] = lookup.lookupType === kind.extension ? [table.lookupType ?? 0, table.extension] : [lookup.lookupType, table];
      return kind.types.has(type) ? own?.coverage : undefined;
    });
    if (gates.every((gate) => gate === undefined)) {
      candidates = () => lookup.subTables;
    } else {
      const byGlyph = new Map<number, readonly Subtable[]>();
      candidates = (glyph) => {
        let tables = byGlyph.get(glyph);
        if (!tables) {
          tables = lookup.subTables.filter((_, i) => gates[i] === undefined || coverageIndex(gates[i], glyph) !== -1);
          byGlyph.set(glyph, tables);
        }
        return tables;
      };
    }
    candidateLists.set(lookup, candidates);
  }
  return candidates;
}
