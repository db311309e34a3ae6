/**
 * The spacing of a line of Japanese text as W3C JLReq (2020) and JIS X 4051 set it. Glyphs are set
 * as palt shapes them: brackets and 、。 on half an em, ・ on half. Between them goes the aki the
 * rules give (§3.1): half an em after 、。 and closing brackets and before opening ones, a quarter
 * each side of ・, consecutive marks closed up to half an em in all (」「, 、「) or to nothing (」。,
 * 「（), nothing at a line's ends; and a quarter em (四分アキ) between Japanese and Latin letters or
 * digits, whatever space the text holds there (§3.2), but none beside a dash or wave dash (～ 〜 ‐ ― …:
 * JLReq's hyphens and inseparable marks, cl-03 and cl-08, take no aki before Western text). A line is then fitted to its measure in the
 * order of §3.8: squeezed first in the marks' aki, then between Japanese and Latin (to an eighth);
 * spread first between Japanese and Latin (to a half), then evenly between kanji and kana (at most a
 * quarter em each); never inside a Latin word, a number, …… or ——. All sizes in ems.
 */

/**
 * One glyph of a set line: the text it draws, where it is set (its advance, and how far its em box
 * is moved left or right of the pen), and the space taken from each side of its em box.
 */
export interface SetGlyph {
  readonly text: string;
  /** True for a full-width (em-wide) glyph: kanji, kana, Japanese punctuation. */
  readonly wide: boolean;
  readonly advance: number;
  readonly offset: number;
  readonly trimmedLeft: number;
  readonly trimmedRight: number;
  /** What it is, for spacing. */
  readonly kind: Kind;
}

/**
 * A glyph as JLReq sets it, from its width in the font and its advance and offset after palt (all in
 * font units). palt says which glyphs are marks set on half an em (brackets, 、。, ・); those are set
 * on exactly half an em of their em box, as a JFM sets them (the inner half of a bracket's, the
 * middle of ・'s), and kanji and kana on a whole em (ベタ組み), whatever palt would make of them.
 * Latin letters and digits keep their advance (with kerning).
 */
export function setGlyph(text: string, width: number, advance: number, offset: number, unitsPerEm: number): SetGlyph {
  const wide = width >= unitsPerEm * 0.999;
  if (!wide) return { text, wide, advance: advance / unitsPerEm, offset: offset / unitsPerEm, trimmedLeft: 0, trimmedRight: 0, kind: text === ' ' ? 'space' : 'latin' };
  const kind = kindOf(text, width - advance > unitsPerEm * 0.05);
  const box = markBoxes[kind as keyof typeof markBoxes] ?? { left: 0, right: 0 };
  return { text, wide, advance: width / unitsPerEm - box.left - box.right, offset: -box.left, trimmedLeft: box.left, trimmedRight: box.right, kind };
}

/** What a mark's em box gives up on each side: the half em outside a bracket's or 、。's body, a quarter either side of ・. */
const markBoxes = {
  opening: { left: 0.5, right: 0 },
  closing: { left: 0, right: 0.5 },
  stop: { left: 0, right: 0.5 },
  middle: { left: 0.25, right: 0.25 },
} as const;

/** The space between two neighbouring glyphs: what the rules set there, and how far justification may move it. */
export interface Gap {
  readonly natural: number;
  /** Taken first when a line is too long: a mark's aki. */
  readonly markShrink: number;
  /** Then this: between Japanese and Latin, at a word space. */
  readonly mixedShrink: number;
  /** Given first when a line is too short: between Japanese and Latin, at a word space. */
  readonly mixedStretch: number;
  /** Then this, evenly: between two kanji or kana. */
  readonly evenStretch: number;
}

const closed: Gap = { natural: 0, markShrink: 0, mixedShrink: 0, mixedStretch: 0, evenStretch: 0 };

/** 四分アキ between Japanese and Latin, squeezed to an eighth, spread to a half. */
const mixed = { natural: 0.25, shrink: 0.125, stretch: 0.25 };
/** A word space between Latin words: spread up to a quarter em more, squeezed a little. */
const wordSpace = { shrink: 0.05, stretch: 0.25 };
/** Between two kanji or kana, at most this much is added. */
const evenStretch = 0.25;
/** Consecutive marks: at most this much aki between them. */
const markPair = 0.5;

/** `dash`: a full-width hyphen, wave dash or inseparable mark (JLReq cl-03, cl-08), set as Japanese but without 和欧間. */
export type Kind = 'opening' | 'closing' | 'stop' | 'middle' | 'japanese' | 'dash' | 'latin' | 'space';

const kinds = new Map<string, Kind>();

/** What a glyph's text is, for spacing (`trimmed`: palt sets it narrower than its em): looked up once per text. */
function kindOf(text: string, trimmed: boolean): Kind {
  const key = `${trimmed ? 't' : ''}${text}`;
  let kind = kinds.get(key);
  if (!kind) {
    kind = classify(text, trimmed);
    kinds.set(key, kind);
  }
  return kind;
}

function classify(text: string, trimmed: boolean): Kind {
  // A mark palt sets on half an em or less: a 約物, with aki of its own.
  if (trimmed && /[\p{P}\p{S}]/u.test(text)) {
    if (/[\p{Ps}\p{Pi}]/u.test(text)) return 'opening';
    if (/^[。．]$/u.test(text)) return 'stop';
    if (/[\p{Pe}\p{Pf}、，]/u.test(text)) return 'closing';
    return 'middle';
  }
  return /^[‐〜～゠—―…‥]$/u.test(text) ? 'dash' : 'japanese';
}

/** A set glyph's kind. */
const kindOfGlyph = (glyph: SetGlyph): Kind => glyph.kind;

/** Full-width letters and digits (ＪＥＴ, ４０): a word or number, never spaced inside. */
const fullWidthWord = /^[\p{Script=Latin}\p{Nd}]$/u;

/** Two Japanese glyphs never spaced apart: inside a full-width word, a two-em mark (……, ——), or before a combining mark. */
function unspaced(before: string, after: string): boolean {
  return (fullWidthWord.test(before) && fullWidthWord.test(after)) || (before === after && /^[…‥—―]$/u.test(before)) || /^\p{M}/u.test(after);
}

const isMark = (kind: Kind): boolean => kind === 'opening' || kind === 'closing' || kind === 'stop' || kind === 'middle';
const closes = (kind: Kind): boolean => kind === 'closing' || kind === 'stop';
const isJapanese = (kind: Kind): boolean => kind === 'japanese' || kind === 'dash';

/** The aki a mark has on one side (what palt took there), shrinkable to nothing but after 。. */
function markGap(aki: number, shrinkable: boolean): Gap {
  return { natural: aki, markShrink: shrinkable ? aki : 0, mixedShrink: 0, mixedStretch: 0, evenStretch: 0 };
}

/** A mark's aki on each side: the space its em box gave up there. */
const akiBefore = (glyph: SetGlyph): number => glyph.trimmedLeft;
const akiAfter = (glyph: SetGlyph): number => glyph.trimmedRight;

/** The gap between two glyphs with no space between them. */
export function gapBetween(before: SetGlyph, after: SetGlyph): Gap {
  const a = kindOfGlyph(before);
  const b = kindOfGlyph(after);
  if (a === 'space' || b === 'space') return closed;
  if (isMark(a) && isMark(b)) {
    // JLReq 3.1.6: two closing or two opening marks touch; any other pair has at most half an em.
    if ((closes(a) && closes(b)) || (a === 'opening' && b === 'opening') || (a === 'opening' && closes(b))) return closed;
    return markGap(Math.min(markPair, Math.max(akiAfter(before), akiBefore(after))), a !== 'stop');
  }
  if (isMark(a)) return markGap(akiAfter(before), a !== 'stop');
  if (isMark(b)) return markGap(akiBefore(after), true);
  if (isJapanese(a) !== isJapanese(b)) return a === 'dash' || b === 'dash' ? closed : { natural: mixed.natural, markShrink: 0, mixedShrink: mixed.shrink, mixedStretch: mixed.stretch, evenStretch: 0 };
  return isJapanese(a) && isJapanese(b) && !unspaced(before.text, after.text) ? { ...closed, evenStretch } : closed;
}

/**
 * The gaps of a line or paragraph, one fewer than its glyphs. A space between Japanese and Latin,
 * or next to a mark, is no space of its own: the gap before it is what the rules set there less the
 * space's width, the gap after it nothing. Between Latin words it is a word space; between two
 * Japanese words (CLAIR本部 大会議室) it stays as written.
 */
export function gapsOf(glyphs: readonly SetGlyph[]): Gap[] {
  return glyphs.slice(1).map((after, i) => {
    const before = glyphs[i];
    if (kindOfGlyph(after) === 'space') {
      const next = glyphs[i + 2];
      if (!next || kindOfGlyph(before) === 'space') return closed;
      const a = kindOfGlyph(before);
      const b = kindOfGlyph(next);
      if (isMark(a) || isMark(b) || isJapanese(a) !== isJapanese(b)) {
        const rule = gapBetween(before, next);
        return { ...rule, natural: rule.natural - after.advance };
      }
      return closed;
    }
    if (kindOfGlyph(before) === 'space') {
      const previous = glyphs[i - 1];
      const a = previous ? kindOfGlyph(previous) : 'space';
      const b = kindOfGlyph(after);
      return a === 'latin' && b === 'latin' ? { natural: 0, markShrink: 0, mixedShrink: wordSpace.shrink, mixedStretch: wordSpace.stretch, evenStretch: 0 } : closed;
    }
    return gapBetween(before, after);
  });
}

/** Whether a line has anywhere to put extra space (a single Latin word or number does not). */
export function canJustify(glyphs: readonly SetGlyph[]): boolean {
  return gapsOf(glyphs).some((gap) => gap.mixedStretch > 0 || gap.evenStretch > 0);
}

/** The steps of §3.8, in order: how much room each gap has at each, when shrinking and when stretching. */
const shrinkSteps: ((gap: Gap) => number)[] = [(gap) => gap.markShrink, (gap) => gap.mixedShrink];
const stretchSteps: ((gap: Gap) => number)[] = [(gap) => gap.mixedStretch, (gap) => gap.evenStretch];
/** Past every step's room (a line the breaker could not fit), the rest goes evenly where a step had room. */
const pastShrink = (gap: Gap): number => (gap.markShrink || gap.mixedShrink ? Infinity : 0);
const pastStretch = (gap: Gap): number => (gap.mixedStretch || gap.evenStretch ? Infinity : 0);

/**
 * The space to add after each glyph but the last (negative to take away) so that the line is
 * `change` ems wider than its glyphs' advances: the rules' aki, then the adjustment in §3.8's order.
 * The extras sum to `change` whenever the line has a gap that may move.
 */
export function spread(glyphs: readonly SetGlyph[], change: number): number[] {
  const gaps = gapsOf(glyphs);
  const extras = gaps.map((gap) => gap.natural);
  let left = change - extras.reduce((sum, e) => sum + e, 0);
  const stretching = left > 0;
  for (const room of stretching ? [...stretchSteps, pastStretch] : [...shrinkSteps, pastShrink]) {
    if (Math.abs(left) < 1e-9) break;
    const rooms = gaps.map(room);
    const unlimited = rooms.filter((r) => r === Infinity).length;
    const total = rooms.reduce((sum, r) => sum + (r === Infinity ? 0 : r), 0);
    if (unlimited === 0 && total === 0) continue;
    // A limited step fills every gap to the same fraction of its room; the last is even.
    const share = unlimited > 0 ? Math.abs(left) / unlimited : Math.min(1, Math.abs(left) / total);
    rooms.forEach((r, i) => {
      const give = r === Infinity ? share : r * share;
      extras[i] += stretching ? give : -give;
      left += stretching ? -give : give;
    });
  }
  return extras;
}

/** A line's natural width and how far it may move, in ems: what the paragraph breaker weighs. */
export interface LineRoom {
  readonly natural: number;
  readonly shrink: number;
  readonly mixedStretch: number;
  readonly evenStretch: number;
}

/** Running sums of the gaps of a paragraph, for the room of any stretch of it in constant time. */
export class GapSums {
  private readonly sums: Float64Array[];

  constructor(gaps: readonly Gap[]) {
    this.sums = [0, 1, 2, 3].map(() => new Float64Array(gaps.length + 1));
    gaps.forEach((gap, k) => {
      const values = [gap.natural, gap.markShrink + gap.mixedShrink, gap.mixedStretch, gap.evenStretch];
      values.forEach((value, s) => (this.sums[s][k + 1] = this.sums[s][k] + value));
    });
  }

  /** The gaps inside glyphs [start, end): between each of them and the next. */
  between(start: number, end: number): LineRoom {
    if (end - 1 <= start) return { natural: 0, shrink: 0, mixedStretch: 0, evenStretch: 0 };
    const [natural, shrink, mixedStretch, evenStretch] = this.sums;
    const last = end - 1;
    return { natural: natural[last] - natural[start], shrink: shrink[last] - shrink[start], mixedStretch: mixedStretch[last] - mixedStretch[start], evenStretch: evenStretch[last] - evenStretch[start] };
  }
}
