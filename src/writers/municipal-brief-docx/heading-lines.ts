import type { Font } from 'fontkit';
import { fontFiles, openFont } from '../press-release-pdf/fonts';
import { NameFinder } from '../press-release-pdf/name-finder';
import { phrases } from '../phrases';

/** A line a title or heading may take, in ems of its size. */
export type EmWidth = number;

/**
 * Breaks the brief's title and headings between phrases, where they do not fit the measure. Word
 * and LibreOffice would break them at any character (…での実施につ／いて); a line break written
 * between two phrases leaves them nothing to break. Measured with Noto Sans JP Bold, the release's
 * Gothic: the brief names 游ゴシック or ＭＳ ゴシック, not on this machine, whose kanji and kana are
 * as wide (an em) and whose Latin letters differ a little; `spare` ems are kept for that.
 */
export class HeadingLines {
  private readonly names: NameFinder;
  private readonly widths = new Map<string, number>();
  private readonly broken = new Map<string, string>();
  private font: Font | undefined;

  constructor(
    names: readonly string[],
    private readonly spare: EmWidth = 1,
  ) {
    this.names = new NameFinder(names);
  }

  /** The text with a line feed at each break, the lines as even as the phrases allow. */
  breakText(text: string, measure: EmWidth): string {
    const key = `${measure}\u0000${text}`;
    let found = this.broken.get(key);
    if (found === undefined) {
      found = this.lines(text, measure - this.spare).join('\n');
      this.broken.set(key, found);
    }
    return found;
  }

  /**
   * The fewest lines the phrases fill, and of those the break whose longest line is shortest (a
   * two-line title breaks near its middle, not after as much as fits). A phrase longer than the
   * measure is a line of its own.
   */
  private lines(text: string, measure: EmWidth): string[] {
    if (this.width(text) <= measure) return [text];
    const units = phrases(text, this.names.find(text));
    const widths = units.map((unit) => this.width(unit));
    // best[j]: the best way to set units[0..j) as [lines, longest line, where its last line starts].
    const best: { lines: number; longest: number; from: number }[] = [{ lines: 0, longest: 0, from: 0 }];
    for (let j = 1; j <= units.length; j++) {
      let width = 0;
      let pick = { lines: Infinity, longest: Infinity, from: j - 1 };
      for (let i = j - 1; i >= 0; i--) {
        width += widths[i];
        if (width > measure && i < j - 1) break;
        const candidate = { lines: best[i].lines + 1, longest: Math.max(best[i].longest, width), from: i };
        if (candidate.lines < pick.lines || (candidate.lines === pick.lines && candidate.longest < pick.longest)) pick = candidate;
      }
      best.push(pick);
    }
    const lines: string[] = [];
    for (let j = units.length; j > 0; j = best[j].from) lines.unshift(units.slice(best[j].from, j).join(''));
    return lines;
  }

  /** A text's width in ems as Word sets it: each character's advance, no kerning or palt. */
  private width(text: string): EmWidth {
    let sum = 0;
    for (const char of text) {
      let width = this.widths.get(char);
      if (width === undefined) {
        this.font ??= openFont(fontFiles.Gothic.bold);
        width = this.font.glyphForCodePoint(char.codePointAt(0)!).advanceWidth / this.font.unitsPerEm;
        this.widths.set(char, width);
      }
      sum += width;
    }
    return sum;
  }
}
