import { describe, expect, it } from 'vitest';
import { canJustify, spread, type SetGlyph } from '../../../src/writers/press-release-pdf/justification';

/** Glyphs as palt sets Noto Serif JP: brackets and 、。 lose half an em on their outer side, ・ a quarter each side. */
function glyphs(text: string): SetGlyph[] {
  return Array.from(text, (char): SetGlyph => {
    if ('「（'.includes(char)) return { text: char, wide: true, trimmedLeft: 0.5, trimmedRight: 0 };
    if ('」）、。'.includes(char)) return { text: char, wide: true, trimmedLeft: 0, trimmedRight: 0.5 };
    if (char === '・') return { text: char, wide: true, trimmedLeft: 0.25, trimmedRight: 0.25 };
    return { text: char, wide: !/[ -~]/.test(char), trimmedLeft: 0, trimmedRight: 0 };
  });
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
/** The extra after each character, keyed "before|after". */
function byGap(text: string, extras: readonly number[]): Record<string, number> {
  const chars = Array.from(text);
  return Object.fromEntries(extras.map((extra, i) => [`${chars[i]}|${chars[i + 1]}`, Math.round(extra * 1000) / 1000]));
}

describe('justifying a line', () => {
  it('gives back what palt took around punctuation first', () => {
    const extras = spread(glyphs('日本、東京「港」'), 0.5);
    expect(sum(extras)).toBeCloseTo(0.5);
    // 、 gave half an em after it, 「 half an em before it: each gets back half of what it lost.
    expect(byGap('日本、東京「港」', extras)).toEqual({ '日|本': 0, '本|、': 0, '、|東': 0.25, '東|京': 0, '京|「': 0.25, '「|港': 0, '港|」': 0 });
  });

  it('then puts space between Japanese and Latin or digits, up to a quarter em each, never inside the word', () => {
    const text = '元JETが66,000人';
    const extras = spread(glyphs(text), 0.5);
    expect(byGap(text, extras)).toEqual({ '元|J': 0.125, 'J|E': 0, 'E|T': 0, 'T|が': 0.125, 'が|6': 0.125, '6|6': 0, '6|,': 0, ',|0': 0, '0|0': 0, '0|人': 0.125 });
  });

  it('then spreads what is left evenly between all characters, but never inside ……, ——, a word or a number', () => {
    const text = 'あ……い４０名';
    const extras = spread(glyphs(text), 1);
    expect(sum(extras)).toBeCloseTo(1);
    const gaps = byGap(text, extras);
    expect(gaps['…|…']).toBe(0);
    expect(gaps['４|０']).toBe(0);
    expect(gaps['あ|…']).toBeCloseTo(gaps['い|４']);
    expect(gaps['あ|…']).toBeCloseTo(0.25);
    // Nor between a letter and the combining mark on it.
    expect(spread(glyphs('かか\u3099か'), 1)[1]).toBe(0);
  });

  it('fills every step before the next: all palt space back, then a quarter em at Latin, then evenly', () => {
    const text = '「JET」の日本';
    const extras = spread(glyphs(text), 2);
    const gaps = byGap(text, extras);
    expect(sum(extras)).toBeCloseTo(2);
    // 「 sits at the start, so its half em is not between glyphs; 」 gives back its half em after it.
    expect(gaps['」|の']).toBeCloseTo(0.5 + gaps['の|日']);
    expect(gaps['「|J']).toBeCloseTo(0.25 + gaps['の|日']);
    expect(gaps['J|E']).toBe(0);
  });

  it('shrinks a line in the same order, a little at each step', () => {
    const text = '東京、大阪・JETの人';
    const small = byGap(text, spread(glyphs(text), -0.1));
    expect(small['東|京']).toBe(0);
    expect(small['、|大']).toBeLessThan(0);
    const large = spread(glyphs(text), -1);
    expect(sum(large)).toBeCloseTo(-1);
    expect(byGap(text, large)['J|E']).toBe(0);
  });

  it('cannot spread a line that is one word or number', () => {
    expect(canJustify(glyphs('http://www.jetprogramme.org/ja'))).toBe(false);
    expect(canJustify(glyphs('TEL 03-5213-1727'))).toBe(true);
    expect(spread(glyphs('03-5213-1727'), 1).every((extra) => extra === 0)).toBe(true);
  });
});
