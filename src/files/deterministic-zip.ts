import { crc32, deflateRawSync } from 'node:zlib';
import { Zip, unzipSync, type ZipInputFile } from 'fflate';
import type { CalendarDate } from '../calendar/calendar-date';

/** A zip entry compressed ahead of time, so a part that many packages share is compressed once. */
export interface PreparedEntry {
  readonly filename: string;
  readonly size: number;
  readonly crc: number;
  readonly compressed: Uint8Array;
}

/** One compression level for every entry: the bytes must not depend on which brief came first. */
export function prepareEntry(filename: string, content: Uint8Array): PreparedEntry {
  return { filename, size: content.byteLength, crc: crc32(content), compressed: deflateRawSync(content, { level: 6 }) };
}

/**
 * The time written into zip entries for a document dated `date`. fflate writes DOS times from
 * the Date's local fields: building the Date from local fields at noon keeps them equal in every
 * time zone (and clear of daylight-saving gaps at midnight). DOS times start in 1980.
 */
export function zipTime(date: CalendarDate): Date {
  return date.year < 1980 ? new Date(1980, 0, 1, 12, 0, 0) : new Date(date.year, date.month - 1, date.day, 12, 0, 0);
}

/** Writes prepared entries, in order, into one zip whose every entry carries `date`'s time. */
export function zipPrepared(entries: readonly PreparedEntry[], date: CalendarDate): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const mtime = zipTime(date);
  for (const entry of entries) {
    // fflate's documented way to add data compressed elsewhere: a ZipInputFile that hands over the deflate stream.
    const file: ZipInputFile = { filename: entry.filename, size: entry.size, crc: entry.crc, compression: 8, mtime };
    zip.add(file);
    file.ondata!(null, entry.compressed as Uint8Array<ArrayBuffer>, true);
  }
  zip.end();
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Office files are zip packages whose entries carry the time they were written. Re-zipping with
 * one fixed time (the document date) makes the same data give the same bytes.
 */
export function rezip(bytes: Uint8Array, date: CalendarDate): Uint8Array {
  return zipPrepared(Object.entries(unzipSync(bytes)).map(([name, content]) => prepareEntry(name, content)), date);
}
