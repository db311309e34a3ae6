import { describe, expect, it } from 'vitest';
import { canJustify, gapsOf, setGlyph, spread, type SetGlyph } from '../../../src/writers/press-release-pdf/justification';

/** Glyphs as Noto Serif JP's palt gives them: brackets and 、。 lose half an em on their outer side, ・ a quarter each side. */
function glyphs(text: string): SetGlyph[] {
  return Array.from(text, (char): SetGlyph => {
    if ('「（'.includes(char)) return setGlyph(char, 1000, 500, -500, 1000);
    if ('」）、。'.includes(char)) return setGlyph(char, 1000, 500, 0, 1000);
    if (char === '・') return setGlyph(char, 1000, 500, -250, 1000);
    if (/[ -~]/.test(char)) return setGlyph(char, char === ' ' ? 220 : 500, char === ' ' ? 220 : 500, 0, 1000);
    // palt narrows kana too: JLReq sets them on a whole em all the same.
    return setGlyph(char, 1000, /\p{Script=Hiragana}/u.test(char) ? 900 : 1000, 0, 1000);
  });
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const natural = (text: string): number => sum(gapsOf(glyphs(text)).map((gap) => gap.natural));
/** The extra after each character, keyed "before|after". */
function byGap(text: string, extras: readonly number[]): Record<string, number> {
  const chars = Array.from(text);
  return Object.fromEntries(extras.map((extra, i) => [`${chars[i]}|${chars[i + 1]}`, Math.round(extra * 1000) / 1000]));
}
/** The line as the rules set it, unjustified. */
const set = (text: string): Record<string, number> => byGap(text, spread(glyphs(text), natural(text)));

describe('the aki the rules set (JLReq 3.1, 3.2)', () => {
  it('gives 、。 and brackets half an em on their outer side, ・ a quarter each side, nothing inside brackets', () => {
    expect(set('日本、東京「港」駅・町。')).toEqual({ '日|本': 0, '本|、': 0, '、|東': 0.5, '東|京': 0, '京|「': 0.5, '「|港': 0, '港|」': 0, '」|駅': 0.5, '駅|・': 0.25, '・|町': 0.25, '町|。': 0 });
  });

  it('closes consecutive marks up to half an em in all, or to nothing where both close or both open', () => {
    expect(set('」「')).toEqual({ '」|「': 0.5 });
    expect(set('、「')).toEqual({ '、|「': 0.5 });
    expect(set('）（')).toEqual({ '）|（': 0.5 });
    expect(set('。」')).toEqual({ '。|」': 0 });
    expect(set('（「')).toEqual({ '（|「': 0 });
  });

  it('puts a quarter em between Japanese and Latin letters or digits, none inside a word or next to a mark', () => {
    expect(set('元JETが66人')).toEqual({ '元|J': 0.25, 'J|E': 0, 'E|T': 0, 'T|が': 0.25, 'が|6': 0.25, '6|6': 0, '6|人': 0.25 });
    expect(set('（The')).toEqual({ '（|T': 0, 'T|h': 0, 'h|e': 0 });
  });

  it('puts none beside a wave dash or dash (JLReq cl-03, cl-08): ～ before or after a digit is set close, and spreads as kanji do', () => {
    expect(set('日～10月')).toEqual({ '日|～': 0, '～|1': 0, '1|0': 0, '0|月': 0.25 });
    expect(set('30～17')).toEqual({ '3|0': 0, '0|～': 0, '～|1': 0, '1|7': 0 });
    expect(byGap('～ 10', spread(glyphs('～ 10'), natural('～ 10')))['～| ']).toBeCloseTo(-0.22);
    expect(gapsOf(glyphs('日～月')).map((gap) => gap.evenStretch)).toEqual([0.25, 0.25]);
  });

  it('sets a space between Japanese and Latin as that quarter em, and keeps one between two Japanese words', () => {
    const extras = byGap('階 CLAIR', spread(glyphs('階 CLAIR'), natural('階 CLAIR')));
    expect(extras['階| ']).toBeCloseTo(0.25 - 0.22);
    expect(extras[' |C']).toBe(0);
    expect(set('本部 大')).toEqual({ '本|部': 0, '部| ': 0, ' |大': 0 });
  });
});

describe('justifying a line (JLReq 3.8)', () => {
  it('spreads first between Japanese and Latin, up to half an em, then evenly between kanji and kana', () => {
    const text = '元JETの日本';
    const little = byGap(text, spread(glyphs(text), natural(text) + 0.2));
    expect([little['元|J'], little['T|の'], little['の|日']]).toEqual([0.35, 0.35, 0]);
    const more = spread(glyphs(text), natural(text) + 1);
    expect(sum(more)).toBeCloseTo(natural(text) + 1);
    const gaps = byGap(text, more);
    expect([gaps['元|J'], gaps['T|の'], gaps['J|E']]).toEqual([0.5, 0.5, 0]);
    expect(gaps['の|日']).toBeCloseTo(0.25);
  });

  it('never spreads next to a mark, inside ……, a full-width number or a combining mark', () => {
    const text = '「あ」……い４０名';
    const gaps = byGap(text, spread(glyphs(text), natural(text) + 0.6));
    expect([gaps['「|あ'], gaps['あ|」'], gaps['」|…'], gaps['…|…'], gaps['４|０']]).toEqual([0, 0, 0.5, 0, 0]);
    expect([gaps['…|い'], gaps['い|４'], gaps['０|名']]).toEqual([0.2, 0.2, 0.2]);
    expect(spread(glyphs('かか\u3099か'), 1)[1]).toBe(0);
  });

  it('squeezes first the marks’ aki (not after 。), then between Japanese and Latin, down to an eighth', () => {
    const text = '東京、大阪。JETの人';
    const small = byGap(text, spread(glyphs(text), natural(text) - 0.2));
    expect([small['東|京'], small['、|大'], small['阪|。'], small['。|J'], small['T|の']]).toEqual([0, 0.3, 0, 0.5, 0.25]);
    const large = byGap(text, spread(glyphs(text), natural(text) - 0.6));
    expect([large['、|大'], large['T|の']]).toEqual([0, 0.15]);
  });

  it('cannot spread a line that is one word or number', () => {
    expect(canJustify(glyphs('http://www.jetprogramme.org/ja'))).toBe(false);
    expect(canJustify(glyphs('TEL 03-5213-1727'))).toBe(true);
    expect(spread(glyphs('03-5213-1727'), 1).every((extra) => extra === 0)).toBe(true);
  });
});
