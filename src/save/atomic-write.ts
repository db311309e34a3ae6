import fs from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** A file being written is first this, beside it: hidden, and never taken for the file or one of its versions. */
const temporaryName = (name: string): string => `.${name}.${randomBytes(6).toString('hex')}.saving`;

/**
 * What a killed save leaves beside `name`: this module's temporaries, and those of write-file-atomic,
 * which earlier versions wrote with (`release.json.416685560`, `release.json@<stamp>.<n>`).
 */
export function isDebrisOf(name: string, entry: string): boolean {
  return (/^[.@]/.test(entry.slice(name.length + 1)) && entry.startsWith(`.${name}`) && entry.endsWith('.saving')) || new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(@[0-9TZ-]+)?\\.\\d+$`).test(entry);
}

/** Writes `bytes` to a temporary file in the same folder, flushes it to disk and renames it over `file`: a reader sees the old file or the new one, whole. */
export async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(file), temporaryName(path.basename(file)));
  try {
    const handle = await fs.open(temporary, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
  const folder = await fs.open(path.dirname(file), 'r');
  await folder.sync().finally(() => folder.close()); // the rename itself, on disk
}
