import fs from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import writeFileAtomic from 'write-file-atomic';

/** Versions of one file kept in its history folder. */
export const historyLength = 50;

/** Where the earlier versions of the files of `folder` are kept (git-ignored; no reader looks inside). */
export const historyFolderName = '.history';

export function contentHash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The file changed on disk since the text being saved was read from it. */
export class SaveConflict extends Error {
  constructor(
    readonly file: string,
    /** What is on disk now; null when the file is gone. */
    readonly current: { readonly hash: string; readonly text: string } | null,
  ) {
    super(`${file} changed on disk since it was opened`);
    this.name = 'SaveConflict';
  }
}

export interface SaveOptions {
  /** Hash of the file as it was read for editing; null when it did not exist; absent to overwrite whatever is there. */
  readonly baseHash?: string | null;
  /** The time the previous version is filed under: the caller's clock. */
  readonly now: Date;
}

/** A file of `folder`, named by its path inside it (forward slashes), as saving and its history see it. */
export interface SavedFile {
  readonly folder: string;
  readonly name: string;
}

export const savedFilePath = (file: SavedFile): string => path.join(file.folder, ...file.name.split('/'));
const historyDir = (file: SavedFile): string => path.join(file.folder, historyFolderName, ...path.posix.dirname(file.name).split('/').filter((p) => p !== '.'));
const historyPrefix = (file: SavedFile): string => `${path.posix.basename(file.name)}@`;

/**
 * Writes `text` to the file so that nothing is lost: refused if the file changed since it was read;
 * the version it replaces goes to the history folder first; the new one is written to a temporary
 * file in the same folder, flushed to disk and renamed over the old (write-file-atomic), so a save
 * killed at any moment leaves the old file or the new one, whole.
 */
export async function saveText(file: SavedFile, text: string, options: SaveOptions): Promise<{ readonly hash: string }> {
  const target = savedFilePath(file);
  const current = await fs.readFile(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  const currentHash = current && contentHash(current);
  if (options.baseHash !== undefined && options.baseHash !== currentHash) {
    throw new SaveConflict(file.name, current && { hash: currentHash!, text: current.toString('utf8') });
  }
  const bytes = Buffer.from(text, 'utf8');
  if (current && !current.equals(bytes)) await keepVersion(file, current, options.now);
  await writeFileAtomic(target, bytes, { fsync: true });
  return { hash: contentHash(bytes) };
}

async function keepVersion(file: SavedFile, bytes: Buffer, now: Date): Promise<void> {
  const dir = historyDir(file);
  await fs.mkdir(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  const taken = new Set(await fs.readdir(dir));
  let name = `${historyPrefix(file)}${stamp}`;
  for (let n = 2; taken.has(name); n++) name = `${historyPrefix(file)}${stamp}-${String(n).padStart(3, '0')}`; // sorts after the plain stamp
  await writeFileAtomic(path.join(dir, name), bytes, { fsync: true });
  const versions = [...taken, name].filter((n) => n.startsWith(historyPrefix(file))).sort();
  for (const old of versions.slice(0, Math.max(0, versions.length - historyLength))) await fs.rm(path.join(dir, old), { force: true });
}

export interface Version {
  /** Opaque id for `readVersion`: the stamp it was filed under. */
  readonly id: string;
  readonly savedAt: string;
  readonly bytes: number;
}

/** The kept versions of a file, newest first. */
export async function versionsOf(file: SavedFile): Promise<Version[]> {
  const dir = historyDir(file);
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => n.startsWith(historyPrefix(file))).sort().reverse();
  return Promise.all(
    names.map(async (name) => {
      const id = name.slice(historyPrefix(file).length);
      const stamp = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)(\d{3})Z/.exec(id);
      return { id, savedAt: stamp ? `${stamp[1]}-${stamp[2]}-${stamp[3]}T${stamp[4]}:${stamp[5]}:${stamp[6]}.${stamp[7]}Z` : id, bytes: (await fs.stat(path.join(dir, name))).size };
    }),
  );
}

/** The text of a kept version; the id must be one `versionsOf` listed. */
export async function readVersion(file: SavedFile, id: string): Promise<string> {
  const versions = await versionsOf(file);
  if (!versions.some((v) => v.id === id)) throw new Error(`no version ${id} of ${file.name}`);
  return fs.readFile(path.join(historyDir(file), `${historyPrefix(file)}${id}`), 'utf8');
}
