/**
 * Dates in the data are calendar dates in Japan, not instants: all arithmetic is done on
 * year/month/day with UTC-based Date math, so the machine's time zone never matters.
 */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Parses YYYY-MM-DD; the schema has already checked the form. Returns undefined for an impossible date. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

const tokyoOffsetMs = 9 * 60 * 60 * 1000;

/** Midnight of the date in Asia/Tokyo (JST has had no daylight saving since 1951). */
export function startOfDayInTokyo(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day) - tokyoOffsetMs);
}

/** Japanese fiscal years (年度) start on 1 April. */
export function fiscalYear(date: CalendarDate): number {
  return date.month >= 4 ? date.year : date.year - 1;
}

/** Minutes since midnight for HH:MM. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}
