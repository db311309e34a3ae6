import path from 'node:path';
import lockfile from 'proper-lockfile';

/** A held lock is refreshed every half of this; one older than this belongs to a process that died. */
const staleLockMs = 5_000;

/** Where the lock of a file is: a folder beside it, hidden from the readers of the edition. */
export const lockPathOf = (file: string): string => path.join(path.dirname(file), `.${path.basename(file)}.lock`);

/**
 * Runs `work` while holding the file's lock, so that reading, comparing and writing it is one step
 * for every process (the studio, import-registrations, two tabs' saves): each waits its turn.
 */
export async function withFileLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const release = await lockfile.lock(file, {
    realpath: false,
    lockfilePath: lockPathOf(file),
    stale: staleLockMs,
    retries: { retries: 200, factor: 1.2, minTimeout: 5, maxTimeout: 200 },
  });
  try {
    return await work();
  } finally {
    await release();
  }
}
