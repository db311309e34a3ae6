import LineBreaker from 'linebreak';
import type { Font } from 'fontkit';
import { GapSums, gapsOf, setGlyph, type LineRoom, type SetGlyph } from './justification';

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


/**
 * Breaks a paragraph into lines itself rather than leaving it to pdfmake, which would make every
 * Japanese character a fragment of its own: one fragment per line is many times faster and uses
 * far less memory, and a line the toolkit knows is a line it can justify and test. Lines end where
 * UAX #14 allows, never against kinsoku, never inside a span.
 */
export class ParagraphBreaker {
  private readonly chars = new Map<string, SetGlyph>();

  /** `fontFor` names the face each character is drawn with (the main face, or the fallback). */
  constructor(
    private readonly fontFor: (char: string) => Font,
    private readonly features: readonly string[],
  ) {}

  /**
   * The lines of a paragraph, chosen as a whole (as TeX chooses, with JLReq's costs) among the breaks
   * kinsoku and the spans allow: each line is set to its measure by squeezing or spreading its gaps
   * (justification.ts), a line needing less of that costs less, squeezing the marks' aki costs less
   * than spreading kanji and kana, and a line that could only be filled with more than a quarter em
   * between two of them is a last resort. `justify` false: lines only have to fit.
   */
  breakLines(text: string, fontSize: number, firstWidth: number, restWidth: number, spans: readonly Span[], justify = true): BrokenLine[] {
    const chars = Array.from(text);
    const offsets: number[] = [];
    let offset = 0;
    for (const char of chars) {
      offsets.push(offset);
      offset += char.length;
    }
    offsets.push(offset);
    const glyphs = chars.map((char) => this.setChar(char));
    const advances = [0];
    for (const glyph of glyphs) advances.push(advances[advances.length - 1] + glyph.advance);
    const gaps = new GapSums(gapsOf(glyphs));
    const allowed = this.breakOpportunities(text, chars, offsets, spans);
    // Widths are summed per character (palt adjusts each glyph on its own); kerning moves a line's
    // width a little either way, which the half point spare absorbs.
    const room = (start: number, end: number): { width: number; line: LineRoom } => {
      const trimmed = trimEnd(chars, start, end);
      const line = gaps.between(start, trimmed);
      return { width: (advances[trimmed] - advances[start] + line.natural) * fontSize, line };
    };
    const measureOf = (start: number): number => (start === 0 ? firstWidth : restWidth) - 0.5;

    // Each node: a place a line may end (0 is the paragraph's start), the least cost of the lines up
    // to it, and the node the line before ended at.
    const nodes: { end: number; start: number; cost: number; previous: number }[] = [{ end: 0, start: 0, cost: 0, previous: -1 }];
    const fits = (n: number, end: number): boolean => {
      const { width, line } = room(nodes[n].start, end);
      return width - line.shrink * fontSize <= measureOf(nodes[n].start);
    };
    for (let end = 1; end <= chars.length; end++) {
      if (end < chars.length && !allowed[end]) continue;
      const justified = justify && end < chars.length;
      // The longest line that fits starts at the first node that fits (later starts make shorter lines).
      let low = 0;
      let high = nodes.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (nodes[middle].start < end && fits(middle, end)) high = middle;
        else if (nodes[middle].start >= end) high = middle;
        else low = middle + 1;
      }
      let pick: { cost: number; previous: number } | undefined;
      for (let n = low; n < nodes.length && nodes[n].start < end; n++) {
        const { width, line } = room(nodes[n].start, end);
        const measure = measureOf(nodes[n].start);
        const cost = nodes[n].cost + lineCost(width / fontSize, line, measure / fontSize, justified);
        if (!pick || cost < pick.cost) pick = { cost, previous: n };
        // Shorter lines than one that cannot be filled within the rules only cost more.
        if (justified && width + (line.mixedStretch + line.evenStretch) * fontSize < measure) break;
      }
      if (pick) nodes.push({ end, start: nextStart(chars, end), ...pick });
    }
    const last = nodes[nodes.length - 1];
    if (last.end !== chars.length) return this.firstFit(chars, advances, gaps, allowed, fontSize, firstWidth, restWidth);
    const lines: BrokenLine[] = [];
    for (let node = last; node.previous >= 0; node = nodes[node.previous]) lines.unshift(line(chars, nodes[node.previous].start, node.end, node.end === chars.length));
    return lines;
  }

  /**
   * Where no set of breaks fits (a span longer than a line): each line takes as much as fits, cut
   * at the last character that fits where nothing breakable does.
   */
  private firstFit(chars: readonly string[], advances: readonly number[], gaps: GapSums, allowed: readonly boolean[], fontSize: number, firstWidth: number, restWidth: number): BrokenLine[] {
    const lines: BrokenLine[] = [];
    let start = 0;
    while (start < chars.length) {
      const max = (lines.length === 0 ? firstWidth : restWidth) - 0.5;
      const widthTo = (end: number): number => {
        const trimmed = trimEnd(chars, start, end);
        const line = gaps.between(start, trimmed);
        return (advances[trimmed] - advances[start] + line.natural - line.shrink) * fontSize;
      };
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
        end = start + 1;
        while (end < chars.length && widthTo(end + 1) <= max) end++;
      }
      lines.push(line(chars, start, end, false));
      start = nextStart(chars, end);
    }
    return lines;
  }

  /** The characters of a line as justification sees them. */
  setGlyphs(text: string): SetGlyph[] {
    return Array.from(text, (char) => this.setChar(char));
  }

  /** A line's width as set, with the rules' aki between its glyphs, in points. */
  naturalWidth(text: string, fontSize: number): number {
    const glyphs = this.setGlyphs(text);
    const natural = gapsOf(glyphs).reduce((sum, gap) => sum + gap.natural, 0);
    return (glyphs.reduce((sum, glyph) => sum + glyph.advance, 0) + natural) * fontSize;
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

  private setChar(char: string): SetGlyph {
    let found = this.chars.get(char);
    if (found === undefined) {
      const font = this.fontFor(char);
      const { glyphs, positions } = font.layout(char, [...this.features]);
      const width = glyphs.reduce((sum, g) => sum + g.advanceWidth, 0);
      const advance = positions.reduce((sum, p) => sum + p.xAdvance, 0);
      found = setGlyph(char, width, advance, positions[0].xOffset, font.unitsPerEm);
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

/** Where the line after a break at `end` starts: past the spaces the break takes away. */
function nextStart(chars: readonly string[], end: number): number {
  let start = end;
  while (start < chars.length && chars[start] === ' ') start++;
  return start;
}

/** Costs of a line: the least for one set as the rules set it, none for a paragraph's last line that fits. */
const cost = { perLine: 1, shrink: 20, mixed: 10, even: 40, overStretched: 10_000 };

/**
 * What a line costs, from how much it must be squeezed or spread to its measure (all in ems): by
 * the share of each step's room it uses, squared, each step dearer than the one before; a line
 * spread past every step's room (more than a quarter em between kanji) costs more than any other.
 */
function lineCost(width: number, room: LineRoom, measure: number, justified: boolean): number {
  if (!justified) return cost.perLine + (width > measure ? cost.shrink * ((width - measure) / room.shrink) ** 2 : 0);
  if (width >= measure) return cost.perLine + (room.shrink > 0 ? cost.shrink * ((width - measure) / room.shrink) ** 2 : 0);
  const short = measure - width;
  if (short <= room.mixedStretch) return cost.perLine + cost.mixed * (short / room.mixedStretch) ** 2;
  const even = short - room.mixedStretch;
  if (even <= room.evenStretch) return cost.perLine + cost.mixed + cost.even * (even / room.evenStretch) ** 2;
  return cost.perLine + cost.overStretched * (1 + even);
}
