import { compareDates, parseIsoDate, weekday, type CalendarDate } from './calendar-date';

interface Era {
  readonly name: string;
  readonly start: CalendarDate;
}

/** Newest first. Meiji counts from 1868-01-25 (明治元年1月1日); dates before 1873 (the Gregorian switch) are rejected earlier. */
const eras: readonly Era[] = [
  { name: '令和', start: { year: 2019, month: 5, day: 1 } },
  { name: '平成', start: { year: 1989, month: 1, day: 8 } },
  { name: '昭和', start: { year: 1926, month: 12, day: 25 } },
  { name: '大正', start: { year: 1912, month: 7, day: 30 } },
  { name: '明治', start: { year: 1868, month: 1, day: 25 } },
];

/** The first date this toolkit can write in 和暦: Japan adopted the Gregorian calendar on 明治6年1月1日. */
export const earliestWarekiDate: CalendarDate = { year: 1873, month: 1, day: 1 };

const weekdayNames = ['日', '月', '火', '水', '木', '金', '土'] as const;

export function toDate(value: string | CalendarDate): CalendarDate {
  if (typeof value !== 'string') return value;
  const date = parseIsoDate(value);
  if (!date) throw new RangeError(`not a calendar date: ${value}`);
  return date;
}

/** 平成29年 / 令和元年 */
export function warekiYear(value: string | CalendarDate): string {
  const date = toDate(value);
  const era = eras.find((e) => compareDates(date, e.start) >= 0);
  if (!era || compareDates(date, earliestWarekiDate) < 0) throw new RangeError(`no Japanese era for ${date.year}-${date.month}-${date.day}`);
  const year = date.year - era.start.year + 1;
  return `${era.name}${year === 1 ? '元' : year}年`;
}

/** （木） with full-width brackets, as Japanese official documents write it. */
export function weekdaySuffix(value: string | CalendarDate): string {
  return `（${weekdayNames[weekday(toDate(value))]}）`;
}

/** 10月26日（木） */
export function monthDay(value: string | CalendarDate, withWeekday = true): string {
  const date = toDate(value);
  return `${date.month}月${date.day}日${withWeekday ? weekdaySuffix(date) : ''}`;
}

/** 平成29年10月26日（木） */
export function wareki(value: string | CalendarDate, withWeekday = true): string {
  return `${warekiYear(value)}${monthDay(value, withWeekday)}`;
}

/** 2017年10月13日 */
export function gregorian(value: string | CalendarDate, withWeekday = false): string {
  const date = toDate(value);
  return `${date.year}年${monthDay(date, withWeekday)}`;
}

export interface RangeOptions {
  /** Separator between the two dates: ～ by default, － in 別紙-style listings. */
  readonly separator?: string;
  /** Leave out the month of the end date when it is the start's month (10月27日（金）－29日（日）). */
  readonly compact?: boolean;
  /** Start with the era year (平成29年…); on by default. */
  readonly era?: boolean;
}

/** 平成29年10月26日（木）～10月31日（火); the end repeats the era only when the era year changes. */
export function dateRange(startValue: string | CalendarDate, endValue: string | CalendarDate, options: RangeOptions = {}): string {
  const start = toDate(startValue);
  const end = toDate(endValue);
  const { separator = '～', compact = false, era = true } = options;
  const head = era ? wareki(start) : monthDay(start);
  if (compareDates(start, end) === 0) return head;
  let tail: string;
  if (warekiYear(start) !== warekiYear(end)) tail = era ? wareki(end) : gregorian(end, true);
  else if (compact && start.month === end.month) tail = `${end.day}日${weekdaySuffix(end)}`;
  else tail = monthDay(end);
  return `${head}${separator}${tail}`;
}

/** 16:30～17:50 */
export function timeRange(start: string, end: string): string {
  return `${start}～${end}`;
}
