import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { CalendarDate } from '../calendar/calendar-date';

/**
 * Office files are zip packages whose entries carry the time they were written. Re-zipping with
 * one fixed time (the document date) makes the same data give the same bytes.
 */
export function rezip(bytes: Uint8Array, date: CalendarDate, rewrite: (path: string, content: Uint8Array) => Uint8Array = (_, c) => c): Uint8Array {
  // fflate writes DOS times from the Date's local fields: building the Date from local fields at
  // noon keeps them equal in every time zone (and clear of daylight-saving gaps at midnight).
  const year = Math.max(1980, date.year);
  const mtime = new Date(year, date.year < 1980 ? 0 : date.month - 1, date.year < 1980 ? 1 : date.day, 12, 0, 0);
  const entries: Zippable = {};
  for (const [path, content] of Object.entries(unzipSync(bytes))) {
    entries[path] = [rewrite(path, content), { mtime, level: 6 }];
  }
  return zipSync(entries);
}
