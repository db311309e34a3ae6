import { afterEach, describe, expect, it } from 'vitest';
import { dateRange, gregorian, monthDay, timeRange, wareki, warekiYear } from '../../src/calendar/japanese-date';
import { startOfDayInTokyo, fiscalYear } from '../../src/calendar/calendar-date';
import fc from 'fast-check';
import { groupedNumber, kanjiUnits, toFullWidthDigits } from '../../src/wording/helpers';

const zones = ['Asia/Tokyo', 'UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe.each(zones)('Japanese dates with TZ=%s', (zone) => {
  it('cross the era boundaries on the right day', () => {
    process.env.TZ = zone;
    expect(wareki('1989-01-07')).toBe('昭和64年1月7日（土）');
    expect(wareki('1989-01-08')).toBe('平成元年1月8日（日）');
    expect(wareki('2019-04-30')).toBe('平成31年4月30日（火）');
    expect(wareki('2019-05-01')).toBe('令和元年5月1日（水）');
    expect(wareki('1926-12-24')).toBe('大正15年12月24日（金）');
    expect(wareki('1926-12-25')).toBe('昭和元年12月25日（土）');
    expect(wareki('1912-07-30')).toBe('大正元年7月30日（火）');
    expect(warekiYear('2026-11-25')).toBe('令和8年');
  });

  it('write the seed release dates as the 2017 release does', () => {
    process.env.TZ = zone;
    expect(wareki('2017-10-13')).toBe('平成29年10月13日（金）');
    expect(dateRange('2017-10-26', '2017-10-31')).toBe('平成29年10月26日（木）～10月31日（火）');
    expect(dateRange('2017-11-06', '2017-11-11')).toBe('平成29年11月6日（月）～11月11日（土）');
    expect(dateRange('2017-10-27', '2017-10-29', { separator: '－', compact: true })).toBe('平成29年10月27日（金）－29日（日）');
    expect(monthDay('2017-10-30')).toBe('10月30日（月）');
    expect(timeRange('16:30', '17:50')).toBe('16:30～17:50');
    expect(gregorian('2017-10-13')).toBe('2017年10月13日');
    expect(startOfDayInTokyo({ year: 2017, month: 10, day: 13 }).toISOString()).toBe('2017-10-12T15:00:00.000Z');
  });
});

describe('ranges and numbers', () => {
  it('repeats the era when a range crosses into a new one', () => {
    expect(dateRange('2019-04-29', '2019-05-02')).toBe('平成31年4月29日（月）～令和元年5月2日（木）');
    expect(dateRange('2017-12-30', '2018-01-02', { compact: true })).toBe('平成29年12月30日（土）～平成30年1月2日（火）');
    expect(dateRange('2017-11-07', '2017-11-07')).toBe('平成29年11月7日（火）');
    expect(dateRange('2017-10-30', '2017-11-02', { era: false, separator: '－', compact: true })).toBe('10月30日（月）－11月2日（木）');
  });

  it('counts fiscal years from April', () => {
    expect(fiscalYear({ year: 2018, month: 3, day: 31 })).toBe(2017);
    expect(fiscalYear({ year: 2018, month: 4, day: 1 })).toBe(2018);
  });

  it('rejects dates that are not dates or predate the Gregorian switch', () => {
    expect(() => wareki('2017-02-30')).toThrow(RangeError);
    expect(() => wareki('1872-12-31')).toThrow(RangeError);
  });

  it('writes counts the way Japanese prose does', () => {
    expect(kanjiUnits(66000)).toBe('6万6千');
    expect(kanjiUnits(10000)).toBe('1万');
    expect(kanjiUnits(12345)).toBe('1万2345');
    expect(kanjiUnits(150_000_000)).toBe('1億5000万');
    expect(toFullWidthDigits(8)).toBe('８');
    expect(groupedNumber(66000)).toBe('66,000');
    expect(groupedNumber(1234567.5)).toBe('1,234,568');
    expect(toFullWidthDigits('１）12')).toBe('１）１２');
  });
});

it('groups numbers as Intl.NumberFormat en-US does, rounded to whole numbers', () => {
  const intl = new Intl.NumberFormat('en-US', { useGrouping: true, maximumFractionDigits: 0 });
  // Intl writes a negative number that rounds to zero as -0; nothing the toolkit counts is negative.
  const written = fc.oneof(fc.integer({ min: -1e9, max: 1e15 }), fc.double({ min: -1e9, max: 1e15, noNaN: true }).filter((n) => n > 0 || n <= -0.5 || Object.is(n, 0)));
  fc.assert(fc.property(written, (n) => groupedNumber(n) === intl.format(n)), { numRuns: 2000 });
});

describe('joinFirst', () => {
  const options = (hash: Record<string, unknown>) => ({ hash }) as never;
  it('joins all when few, and says how many more when many', async () => {
    const { helpers } = await import('../../src/wording/helpers');
    expect(helpers.joinFirst(['a', 'b'], 3, options({ more: 'ほか%団体' }))).toBe('a、b');
    expect(helpers.joinFirst(Array.from({ length: 1745 }, (_, i) => `m${i}`), 2, options({ more: 'ほか%団体' }))).toBe('m0、m1、ほか1,743団体');
  });
});
