import fs from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import type { OutputFile } from '../files/output-file';
import { fileNameProblem } from '../files/safe-file-name';

/** A held lock is refreshed every half of this; one older than this belongs to a build that died. */
const staleLockMs = 5_000;

/**
 * Writes the packet beside the output folder and swaps it in only when every file is written,
 * so a failed or interrupted build leaves the previous packet as it was. Builds into the same
 * folder take turns (a lock file beside it), so two at once end with one whole packet.
 */
export async function emitPacket(outDir: string, files: readonly OutputFile[]): Promise<void> {
  checkPaths(files);
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  const base = path.basename(target);
  await fs.mkdir(parent, { recursive: true });
  const release = await lockfile.lock(target, {
    realpath: false,
    lockfilePath: path.join(parent, `.${base}.lock`),
    stale: staleLockMs,
    retries: { retries: 120, factor: 1.2, minTimeout: 50, maxTimeout: 1000 },
  });
  try {
    await recoverInterrupted(parent, base);
    const staging = await fs.mkdtemp(path.join(parent, `.${base}.staging-`));
    try {
      await fs.chmod(staging, 0o755); // mkdtemp makes it private; the packet is meant to be shared
      for (const file of files) {
        const destination = path.join(staging, ...file.path.split('/'));
        await fs.mkdir(path.dirname(destination), { recursive: true });
        await fs.writeFile(destination, file.bytes);
      }
      await swapIn(staging, target);
    } catch (error) {
      await fs.rm(staging, { recursive: true, force: true });
      throw error;
    }
  } finally {
    await release();
  }
}

/**
 * Under the lock no other build is writing, so what a killed build left is ours to clear: its
 * staging folders go, and a previous packet moved aside but not yet replaced comes back.
 */
async function recoverInterrupted(parent: string, base: string): Promise<void> {
  const prefix = `.${base}.staging-`;
  const leftovers = (await fs.readdir(parent)).filter((name) => name.startsWith(prefix));
  const target = path.join(parent, base);
  const targetExists = await fs.stat(target).then(() => true, () => false);
  for (const name of leftovers.sort()) {
    const full = path.join(parent, name);
    if (name.endsWith('.previous') && !targetExists) await fs.rename(full, target);
    else await fs.rm(full, { recursive: true, force: true });
  }
}

/** Renames are atomic on one file system: the old packet is moved aside, the new one takes its name. */
async function swapIn(staging: string, target: string): Promise<void> {
  const retired = `${staging}.previous`;
  const hadPrevious = await fs.rename(target, retired).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  try {
    await fs.rename(staging, target);
  } catch (error) {
    if (hadPrevious) await fs.rename(retired, target);
    throw error;
  }
  if (hadPrevious) await fs.rm(retired, { recursive: true, force: true });
}

/** Writers build paths from data; whatever the data says, every file stays inside the output folder. */
function checkPaths(files: readonly OutputFile[]): void {
  const seen = new Set<string>();
  for (const file of files) {
    const segments = file.path.split('/');
    const bad = segments.map(fileNameProblem).find((p) => p !== undefined);
    if (bad || path.isAbsolute(file.path)) throw new Error(`refusing to write "${file.path}": the name ${bad ?? 'is absolute'}`);
    const key = file.path.normalize('NFC').toLowerCase();
    if (seen.has(key)) throw new Error(`two documents would both be written to "${file.path}"`);
    seen.add(key);
  }
}
