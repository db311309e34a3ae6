/**
 * How a line of Japanese text is spread to (or squeezed into) its measure, as JIS X 4051 and
 * W3C JLReq §3.8 describe: first where palt took space away around brackets and punctuation,
 * then between Japanese and Latin letters or digits (and at word spaces), then evenly between
 * all characters; never inside a Latin word, a number, or a doubled …… or ——. All sizes in ems.
 */

/** One glyph of a set line: the text it draws, and the space palt took from each of its sides. */
export interface SetGlyph {
  readonly text: string;
  /** True for a full-width (em-wide) glyph: kanji, kana, Japanese punctuation. */
  readonly wide: boolean;
  readonly trimmedLeft: number;
  readonly trimmedRight: number;
}

/** A glyph as set, from its width in the font and its advance and offset after palt (all in font units). */
export function setGlyph(text: string, width: number, advance: number, offset: number, unitsPerEm: number): SetGlyph {
  const trimmed = width - advance;
  const left = Math.min(Math.max(0, -offset), trimmed);
  return { text, wide: width >= unitsPerEm * 0.999, trimmedLeft: left / unitsPerEm, trimmedRight: (trimmed - left) / unitsPerEm };
}

/** The space between two neighbouring glyphs, and what may be done with it. */
interface Gap {
  /** False inside a Latin word, a number, …… or ——: nothing is ever added or taken there. */
  readonly open: boolean;
  /** What palt took from the punctuation on either side: given back first when a line is spread. */
  readonly trimmed: number;
  /** Between Japanese and Latin or digits, or at a word space. */
  readonly mixed: boolean;
}

/** A quarter em between Japanese and Latin (四分アキ) is as far as the second step spreads. */
const mixedStretch = 0.25;
/** Squeezing takes at most this much from a gap at the first two steps, so glyphs never touch. */
const trimmedShrink = 0.125;
const mixedShrink = 0.0625;

/** What a glyph's text is, for spacing: looked up once per distinct text (a line repeats its characters). */
interface Kind {
  readonly punctuation: boolean;
  readonly opening: boolean;
  readonly closing: boolean;
  /** A letter or digit of a word or number, half- or full-width (ＪＥＴ, ４０). */
  readonly word: boolean;
  /** Half of a two-em mark (……, ——), never spaced apart. */
  readonly doubled: boolean;
  /** A combining mark (゙ after か), never spaced from its base. */
  readonly mark: boolean;
}

const kinds = new Map<string, Kind>();

function kindOf(text: string): Kind {
  let kind = kinds.get(text);
  if (!kind) {
    kind = {
      punctuation: /\p{P}/u.test(text),
      opening: /[\p{Ps}\p{Pi}]/u.test(text),
      closing: /[\p{Pe}\p{Pf}、。，．]/u.test(text),
      word: /[\p{Script=Latin}\p{Nd}]/u.test(text),
      doubled: /^[…‥—―]$/u.test(text),
      mark: /^\p{M}/u.test(text),
    };
    kinds.set(text, kind);
  }
  return kind;
}

function gapBetween(before: SetGlyph, after: SetGlyph): Gap {
  const open = isOpen(before, after);
  return { open, trimmed: open ? trimmedBetween(before, after) : 0, mixed: open && (before.text === ' ' || before.wide !== after.wide) };
}

function isOpen(before: SetGlyph, after: SetGlyph): boolean {
  // A word space is one place to adjust, not two: the gap after it.
  if (after.text === ' ') return false;
  if (before.text === ' ') return true;
  const a = kindOf(before.text);
  const b = kindOf(after.text);
  if ((a.word && b.word) || (!before.wide && !after.wide) || b.mark) return false;
  return !(a.doubled && before.text === after.text);
}

/**
 * What palt took from between two glyphs, as far as it may be given back: all of it next to a
 * letter; between two marks (JLReq 3.1.6) nothing where both close or both open (）」, （「, 」、)
 * and at most half an em otherwise (）「).
 */
function trimmedBetween(before: SetGlyph, after: SetGlyph): number {
  const a = kindOf(before.text);
  const b = kindOf(after.text);
  const right = a.punctuation ? before.trimmedRight : 0;
  const left = b.punctuation ? after.trimmedLeft : 0;
  if (!a.punctuation || !b.punctuation) return right + left;
  if ((a.closing && b.closing) || (a.opening && b.opening)) return 0;
  return Math.min(0.5, right + left);
}

/** The gaps of a line, one fewer than its glyphs. */
function gapsOf(glyphs: readonly SetGlyph[]): Gap[] {
  return glyphs.slice(1).map((glyph, i) => gapBetween(glyphs[i], glyph));
}

/** Whether a line has anywhere to put extra space (a single Latin word or number does not). */
export function canJustify(glyphs: readonly SetGlyph[]): boolean {
  return glyphs.some((glyph, i) => i > 0 && isOpen(glyphs[i - 1], glyph));
}

/**
 * The space to add after each glyph but the last (negative to take away) so that the line is
 * `change` ems wider; the extras sum to `change` whenever the line has an open gap.
 */
export function spread(glyphs: readonly SetGlyph[], change: number): number[] {
  const gaps = gapsOf(glyphs);
  const extras = gaps.map(() => 0);
  const stretching = change > 0;
  const steps: ((gap: Gap) => number)[] = [
    (gap) => (stretching ? gap.trimmed : gap.trimmed > 0 ? trimmedShrink : 0),
    (gap) => (gap.mixed ? (stretching ? mixedStretch : mixedShrink) : 0),
    (gap) => (gap.open ? Infinity : 0),
  ];
  let left = Math.abs(change);
  for (const room of steps) {
    if (left <= 0) break;
    const rooms = gaps.map(room);
    const total = rooms.reduce((sum, r) => sum + (r === Infinity ? 0 : r), 0);
    const unlimited = rooms.filter((r) => r === Infinity).length;
    // A limited step fills every gap to the same fraction of its room; the last step is even.
    const share = unlimited > 0 ? left / unlimited : Math.min(1, left / (total || 1));
    rooms.forEach((r, i) => {
      const give = r === Infinity ? share : r * share;
      extras[i] += stretching ? give : -give;
      left -= give;
    });
  }
  return extras;
}
