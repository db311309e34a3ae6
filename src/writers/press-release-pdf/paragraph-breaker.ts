import LineBreaker from 'linebreak';
import type { Font } from 'fontkit';

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
  /** Width as drawn, in points. */
  readonly width: number;
  readonly last: boolean;
}

/**
 * Breaks a paragraph into lines itself rather than leaving it to pdfmake, which would make every
 * Japanese character a fragment of its own: one fragment per line is many times faster and uses
 * far less memory. Lines end where UAX #14 allows, never against kinsoku, never inside a span.
 */
export class ParagraphBreaker {
  private readonly advances = new Map<string, number>();

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
    for (const char of chars) cumulative.push(cumulative[cumulative.length - 1] + this.advance(char) * fontSize);
    const allowed = this.breakOpportunities(text, chars, offsets, spans);

    const lines: BrokenLine[] = [];
    let start = 0;
    while (start < chars.length) {
      // Widths are summed per character (palt adjusts each glyph on its own); kerning can only
      // narrow a line, and the half point spare absorbs rounding.
      const max = (lines.length === 0 ? firstWidth : restWidth) - 0.5;
      const widthTo = (end: number): number => cumulative[trimEnd(chars, start, end)] - cumulative[start];
      if (widthTo(chars.length) <= max) {
        lines.push(this.line(chars, start, chars.length, cumulative, true));
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
      lines.push(this.line(chars, start, end, cumulative, false));
      start = end;
      while (start < chars.length && chars[start] === ' ') start++;
    }
    return lines;
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

  private line(chars: readonly string[], start: number, end: number, cumulative: readonly number[], last: boolean): BrokenLine {
    const stop = trimEnd(chars, start, end);
    return { text: chars.slice(start, stop).join(''), width: cumulative[stop] - cumulative[start], last };
  }

  private advance(char: string): number {
    let advance = this.advances.get(char);
    if (advance === undefined) {
      const font = this.fontFor(char);
      advance = font.layout(char, [...this.features]).advanceWidth / font.unitsPerEm;
      this.advances.set(char, advance);
    }
    return advance;
  }
}

function trimEnd(chars: readonly string[], start: number, end: number): number {
  let e = end;
  while (e > start && chars[e - 1] === ' ') e--;
  return e;
}
