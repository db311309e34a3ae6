import { expect, it } from 'vitest';
import type { Content } from 'pdfmake/interfaces';
import { keptTogether, rowsKeptWhole } from '../../../src/writers/press-release-pdf/keep-together';

const line = (text: string): Content => ({ text: [{ text }], noWrap: true, fontSize: 10 });
const lines = (n: number): Content[] => Array.from({ length: n }, (_, i) => line(`line ${i}`));
/** What an A4 page with the release's margins holds. */
const room = 841.89 - 40 - 44;

it('keeps a block on one page when it surely fits one', () => {
  expect(keptTogether([{ stack: lines(20), style: 'body' }], room)).toMatchObject({ unbreakable: true });
  expect(keptTogether(lines(3), room, [0, 0, 0, 8])).toEqual({ stack: lines(3), margin: [0, 0, 0, 8], unbreakable: true });
});

it('lets a block break when it may be taller than a page, which pdfmake would otherwise cut short', () => {
  // 45 lines of 10 pt are 45 × 17.2 = 776 pt as set: more than the 758 pt a page holds.
  expect(keptTogether(lines(45), room)).not.toHaveProperty('unbreakable');
  expect(rowsKeptWhole([[line('label'), { stack: lines(10) }]], room)).toBe(true);
  expect(rowsKeptWhole([[line('label'), { stack: lines(60) }]], room)).toBe(false);
});
