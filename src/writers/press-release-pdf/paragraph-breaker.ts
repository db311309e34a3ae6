import LineBreaker from 'linebreak';
import type { Font } from 'fontkit';
import { setGlyph, type SetGlyph } from './justification';

/** JIS X 4051 line-start prohibitions beyond what UAX #14 already forbids (small kana, ー, ～ among them). */
export const mayNotStartLine = new Set([...'、。，．）」』】〕〉》・ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ：；！？～〜‐゠々ゝゞヽヾ']);
/** …and line-end prohibitions. */
export const mayNotEndLine = new Set([...'（「『【〔〈《']);

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface BrokenLine {
  readonly text: string;
  readonly last: boolean;
  /** The line ended at a space, which the break took away (a reader's copy should still have it). */
  readonly spaceAfter: boolean;
}

/** A character as set alone: its advance with palt, in ems, and what justification needs of it. */
interface SetChar extends SetGlyph {
  readonly advance: number;
}

/**
 * Breaks a paragraph into lines itself rather than leaving it to pdfmake, which would make every
 * Japanese character a fragment of its own: one fragment per line is many times faster and uses
 * far less memory, and a line the toolkit knows is a line it can justify and test. Lines end where
 * UAX #14 allows, never against kinsoku, never inside a span.
 */
export class ParagraphBreaker {
  private readonly chars = new Map<string, SetChar>();

  /** `fontFor` names the face each character is drawn with (the main face, or the fallback). */
  constructor(
    private readonly fontFor: (char: string) => Font,
    private readonly features: readonly string[],
  ) {}

  breakLines(text: string, fontSize: number, firstWidth: number, restWidth: number, spans: readonly Span[]): BrokenLine[] {
    const chars = Array.from(text);
    const offsets: number[] = [];
    let offset = 0;
    for (const char of chars) {
      offsets.push(offset);
      offset += char.length;
    }
    offsets.push(offset);
    const cumulative = [0];
    for (const char of chars) cumulative.push(cumulative[cumulative.length - 1] + this.setChar(char).advance * fontSize);
    const allowed = this.breakOpportunities(text, chars, offsets, spans);

    const lines: BrokenLine[] = [];
    let start = 0;
    while (start < chars.length) {
      // Widths are summed per character (palt adjusts each glyph on its own); kerning moves a line's
      // width a little either way, which the half point spare absorbs (a justified line is then set
      // to its measure exactly, squeezed in the rare case kerning widened it past).
      const max = (lines.length === 0 ? firstWidth : restWidth) - 0.5;
      const widthTo = (end: number): number => cumulative[trimEnd(chars, start, end)] - cumulative[start];
      if (widthTo(chars.length) <= max) {
        lines.push(line(chars, start, chars.length, true));
        break;
      }
      let end = -1;
      for (let i = start + 1; i < chars.length; i++) {
        if (widthTo(i) > max) break;
        if (allowed[i]) end = i;
      }
      if (end < 0) {
        // Nothing breakable fits (a span longer than the line): cut at the last character that fits.
        end = start + 1;
        while (end < chars.length && widthTo(end + 1) <= max) end++;
      }
      lines.push(line(chars, start, end, false));
      start = end;
      while (start < chars.length && chars[start] === ' ') start++;
    }
    return lines;
  }

  /** The characters of a line as justification sees them. */
  setGlyphs(text: string): SetGlyph[] {
    return Array.from(text, (char) => this.setChar(char));
  }

  /** A run's width as pdfkit measures it (shaped whole, so with kerning), in points. */
  shapedWidth(text: string, fontSize: number): number {
    const font = this.fontFor(text);
    return (font.layout(text, [...this.features]).advanceWidth / font.unitsPerEm) * fontSize;
  }

  /** allowed[i]: a line may start at character i. */
  private breakOpportunities(text: string, chars: readonly string[], offsets: readonly number[], spans: readonly Span[]): boolean[] {
    const allowedAt = new Set<number>();
    const breaker = new LineBreaker(text);
    for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) allowedAt.add(bk.position);
    return chars.map((char, i) => {
      if (i === 0 || !allowedAt.has(offsets[i])) return false;
      if (mayNotStartLine.has(char) || mayNotEndLine.has(chars[i - 1])) return false;
      return !spans.some((s) => offsets[i] > s.start && offsets[i] < s.end);
    });
  }

  private setChar(char: string): SetChar {
    let found = this.chars.get(char);
    if (found === undefined) {
      const font = this.fontFor(char);
      const { glyphs, positions } = font.layout(char, [...this.features]);
      const width = glyphs.reduce((sum, g) => sum + g.advanceWidth, 0);
      const advance = positions.reduce((sum, p) => sum + p.xAdvance, 0);
      found = { ...setGlyph(char, width, advance, positions[0].xOffset, font.unitsPerEm), advance: advance / font.unitsPerEm };
      this.chars.set(char, found);
    }
    return found;
  }
}

function line(chars: readonly string[], start: number, end: number, last: boolean): BrokenLine {
  const trimmed = trimEnd(chars, start, end);
  return { text: chars.slice(start, trimmed).join(''), last, spaceAfter: !last && (trimmed < end || chars[end] === ' ') };
}

function trimEnd(chars: readonly string[], start: number, end: number): number {
  let e = end;
  while (e > start && chars[e - 1] === ' ') e--;
  return e;
}
