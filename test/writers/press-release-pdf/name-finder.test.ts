import { expect, it } from 'vitest';
import fc from 'fast-check';
import { NameFinder } from '../../../src/writers/press-release-pdf/name-finder';

/** What it replaces: one regular expression of all the names, longest first. */
function byRegExp(names: readonly string[], text: string): { start: number; end: number }[] {
  const sorted = [...new Set(names)].filter((n) => n.length > 1).sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return [];
  const pattern = new RegExp(sorted.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return Array.from(text.matchAll(pattern), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

it('finds the names a regular expression of them all finds: leftmost, longest, searching on after each', () => {
  // Few characters, so that names share beginnings, contain each other and overlap in the text.
  const char = fc.constantFrom('県', '市', '町', '北', '九', '州', '京', '都', '(', '.', '𠮷');
  const name = fc.array(char, { minLength: 1, maxLength: 6 }).map((c) => c.join(''));
  fc.assert(
    fc.property(fc.array(name, { maxLength: 12 }), fc.array(fc.oneof(name, char), { maxLength: 30 }), (names, pieces) => {
      const text = pieces.join('');
      expect(new NameFinder(names).find(text)).toEqual(byRegExp(names, text));
    }),
    { numRuns: 1000 },
  );
});

it('finds the seed’s kind of names in a list of them', () => {
  const names = ['島根県', '島根県浜田市', '福岡県', '福岡県北九州市', '京都府'];
  const text = '島根県浜田市、福岡県北九州市ほか、京都府と島根県';
  expect(new NameFinder(names).find(text).map(({ start, end }) => text.slice(start, end))).toEqual(['島根県浜田市', '福岡県北九州市', '京都府', '島根県']);
});
