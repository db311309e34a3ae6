import type { Font } from 'fontkit';
import type { DrawnLine } from './pdf-glyphs';

/**
 * The spacing of drawn lines, read back from where the PDF puts each glyph, against JLReq: the
 * space between two glyphs' bodies (see `bodies`; any other glyph's is its advance), in ems.
 */
export interface SpacingProblem {
  readonly rule: string;
  readonly pair: string;
  readonly aki: number;
  readonly line: string;
}

const japanese = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]$/u;
const latin = /^[A-Za-z0-9]$/;
const opening = /^[（「『【〔〈《［｛“‘]$/u;
const closing = /^[）」』】〕〉》］｝”’、，。．]$/u;
const middle = /^[・：；]$/u;
/** JLReq's hyphens and inseparable marks (cl-03, cl-08): no 和欧間 beside them (16:30～17:50, ～10月). */
const dash = /^[‐〜～゠—―]$/u;
const mark = (text: string): boolean => opening.test(text) || closing.test(text) || middle.test(text);
/** Tolerance: the PDF's numbers are rounded to a hundredth of a thousandth of an em, kerning moves Latin pairs. */
const slack = 0.01;

export interface Body {
  readonly text: string;
  readonly left: number;
  readonly right: number;
}

/** Each glyph's body: a bracket's or 、。's the half em on its inner side of its em box, ・'s the middle half (JLReq 3.1). */
export function bodies(line: DrawnLine, font: Font): Body[] {
  return line.glyphs.map((glyph) => {
    const x = glyph.x / line.fontSize;
    // In ems from the page's left edge.
    if (opening.test(glyph.text)) return { text: glyph.text, left: x + 0.5, right: x + 1 };
    if (closing.test(glyph.text)) return { text: glyph.text, left: x, right: x + 0.5 };
    if (middle.test(glyph.text)) return { text: glyph.text, left: x + 0.25, right: x + 0.75 };
    return { text: glyph.text, left: x, right: x + font.glyphForCodePoint(glyph.text.codePointAt(0)!).advanceWidth / font.unitsPerEm };
  });
}

/** Every place a line's spacing breaks the rules checked in the issue: kanji/kana, 和欧間 (none beside ～), brackets, consecutive marks. */
export function spacingProblems(lines: readonly DrawnLine[], faces: Readonly<Record<string, Font>>): SpacingProblem[] {
  const problems: SpacingProblem[] = [];
  for (const line of lines) {
    const font = faces[line.font];
    if (!font) continue;
    const set = bodies(line, font);
    const report = (rule: string, a: Body, b: Body, aki: number): void => {
      problems.push({ rule, pair: `${a.text}${b.text}`, aki: Math.round(aki * 1000) / 1000, line: line.text });
    };
    for (let i = 1; i < set.length; i++) {
      const a = set[i - 1];
      let b = set[i];
      // A space between Japanese and Latin stands for 和欧間: measured across it.
      if (b.text === ' ' && i + 1 < set.length && (japanese.test(a.text) || latin.test(a.text) || dash.test(a.text))) b = set[i + 1];
      else if (b.text === ' ' || a.text === ' ') continue;
      const aki = b.left - a.right;
      if (japanese.test(a.text) && japanese.test(b.text) && aki > 0.25 + slack) report('over a quarter em between kanji or kana', a, b, aki);
      if ((japanese.test(a.text) && latin.test(b.text)) || (latin.test(a.text) && japanese.test(b.text))) {
        if (aki < 0.125 - slack || aki > 0.5 + slack) report('和欧間 outside 1/8–1/2 em', a, b, aki);
      }
      if (((dash.test(a.text) && latin.test(b.text)) || (latin.test(a.text) && dash.test(b.text))) && Math.abs(aki) > slack) report('和欧間 beside a dash or wave dash', a, b, aki);
      if (opening.test(a.text) && aki > slack) report('space after an opening bracket', a, b, aki);
      if (closing.test(b.text) && aki > slack) report('space before a closing mark', a, b, aki);
      if (mark(a.text) && mark(b.text) && aki > 0.5 + slack) report('consecutive marks over a half em', a, b, aki);
    }
  }
  return problems;
}
