import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { CalendarDate } from '../calendar/calendar-date';
import { prepareEntry, zipPrepared } from '../files/deterministic-zip';
import { manifestPath, type Manifest } from '../emit/manifest';

/**
 * The packet in `outDir` as one zip: every file its manifest lists, then the manifest, each file
 * checked against the manifest's hash first. Entries in the manifest's order, each dated `date`:
 * the same packet gives the same bytes. When a file no longer matches the manifest, its path instead.
 */
export async function packetZip(outDir: string, date: CalendarDate): Promise<{ zip: Uint8Array } | { changed: string }> {
  const manifestBytes = await fs.readFile(path.join(outDir, manifestPath)).catch(() => null);
  if (!manifestBytes) return { changed: manifestPath };
  const manifest = JSON.parse(manifestBytes.toString('utf8')) as Manifest;
  const entries = [];
  for (const file of manifest.files) {
    const bytes = await fs.readFile(path.join(outDir, ...file.path.split('/'))).catch(() => null);
    if (!bytes || createHash('sha256').update(bytes).digest('hex') !== file.sha256) return { changed: file.path };
    entries.push(prepareEntry(file.path, bytes));
  }
  entries.push(prepareEntry(manifestPath, manifestBytes));
  return { zip: zipPrepared(entries, date) };
}
