import fs from 'node:fs/promises';
import path from 'node:path';
import type { OutputFile } from '../writers/writer';
import { fileNameProblem } from './safe-file-name';

/**
 * Writes the packet beside the output folder and swaps it in only when every file is written,
 * so a failed or interrupted build leaves the previous packet as it was.
 */
export async function emitPacket(outDir: string, files: readonly OutputFile[]): Promise<void> {
  checkPaths(files);
  const parent = path.dirname(path.resolve(outDir));
  const base = path.basename(path.resolve(outDir));
  await fs.mkdir(parent, { recursive: true });
  const staging = await fs.mkdtemp(path.join(parent, `.${base}.staging-`));
  try {
    await fs.chmod(staging, 0o755); // mkdtemp makes it private; the packet is meant to be shared
    for (const file of files) {
      const target = path.join(staging, ...file.path.split('/'));
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, file.bytes);
    }
    await swapIn(staging, path.resolve(outDir));
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Renames are atomic on one file system: the old packet is moved aside, the new one takes its name. */
async function swapIn(staging: string, outDir: string): Promise<void> {
  const retired = `${staging}.previous`;
  const hadPrevious = await fs.rename(outDir, retired).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  try {
    await fs.rename(staging, outDir);
  } catch (error) {
    if (hadPrevious) await fs.rename(retired, outDir);
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
