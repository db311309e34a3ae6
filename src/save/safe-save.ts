import fs from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { isDebrisOf, writeAtomically } from './atomic-write';
import { withFileLock } from './file-lock';
import { checkInside, type FolderKind } from '../files/link-check';

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

/** Text that the file cannot hold (a data file that is not JSON): refused, nothing written. */
export class UnsavableText extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    /** The same in Japanese, for the page. */
    readonly japanese: string,
  ) {
    super(`${file} was not saved: ${reason}; the file is as it was`);
    this.name = 'UnsavableText';
  }
}

export interface SaveOptions {
  /** Hash of the file as it was read for editing; null when it did not exist; absent to overwrite whatever is there. */
  readonly baseHash?: string | null;
  /** The time the previous version is filed under: the caller's clock. */
  readonly now: Date;
  /** Who saves (the machine's user name), kept with the version this save replaces; absent when unknown. */
  readonly by?: string;
}

/** A file of `folder`, named by its path inside it (forward slashes), as saving and its history see it. */
export interface SavedFile {
  readonly folder: string;
  readonly name: string;
  /** The folder an edition's, or the templates'; a link leading out of it is not followed. Edition when absent. */
  readonly folderKind?: FolderKind;
}

export const savedFilePath = (file: SavedFile): string => path.join(file.folder, ...file.name.split('/'));
const historyDir = (file: SavedFile): string => path.join(file.folder, historyFolderName, ...path.posix.dirname(file.name).split('/').filter((p) => p !== '.'));
const historyPrefix = (file: SavedFile): string => `${path.posix.basename(file.name)}@`;
/**
 * Who saved over each kept version: a file named as the version, in a folder beside the versions
 * (the versions' folder lists versions only). A version without one was saved by someone unknown.
 */
const savedByFolderName = '.saved-by';
const savedByDir = (file: SavedFile): string => path.join(historyDir(file), savedByFolderName);
/** A version's name: the prefix, then its UTC stamp, then a number when two fell in one millisecond. */
const versionId = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)(\d{3})Z(?:-\d{3})?$/;

/** Throws LinkOutside when the file, a folder above it inside `folder`, or its history folder (or the folder of who saved, in it) leads out of `folder`. */
async function checkLinks(file: SavedFile): Promise<void> {
  const kind = file.folderKind ?? 'edition';
  await checkInside(file.folder, file.name, kind);
  // Each folder on the way is checked: the history folder, then the folder of who saved inside it.
  await checkInside(file.folder, [historyFolderName, ...path.posix.dirname(file.name).split('/').filter((p) => p !== '.'), savedByFolderName].join('/'), kind, true);
}

/** The file's bytes, or null when there is none; refused (LinkOutside) when it is a link out of its folder. */
export async function readSaved(file: SavedFile): Promise<Buffer | null> {
  await checkInside(file.folder, file.name, file.folderKind ?? 'edition');
  return fs.readFile(savedFilePath(file)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
}

/** Text a file of this name can hold: a data file's must be JSON; nothing may hold a NUL character. */
function checkText(file: SavedFile, text: string): void {
  if (text.includes('\u0000')) throw new UnsavableText(file.name, 'the text holds a NUL character, so it is not text', '文字でないデータ（NUL 文字）が含まれています');
  if (!file.name.endsWith('.json')) return;
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = text.trim() === '' ? 'the text is empty' : `the text is not JSON (${(error as Error).message})`;
    throw new UnsavableText(file.name, reason, text.trim() === '' ? '内容が空です' : 'JSON として読めません');
  }
}

/**
 * Writes the file so that nothing is lost. Under the file's lock (every process takes turns), its
 * current bytes are read and compared with `baseHash`: a file changed since it was read is refused
 * (SaveConflict). `text` may be worked out from those bytes (a form's least edit of the text). Text
 * the file cannot hold is refused (UnsavableText), a link out of the folder too (LinkOutside). The
 * version replaced goes to the history folder, then the new one is written beside the file, flushed
 * and renamed over it, so a save killed at any moment leaves the old file or the new one, whole,
 * and a history of whole versions; what a killed save left is cleared by the next.
 */
export async function saveText(file: SavedFile, text: string | ((current: string | null) => string), options: SaveOptions): Promise<{ readonly hash: string }> {
  await checkLinks(file);
  await fs.mkdir(path.dirname(savedFilePath(file)), { recursive: true });
  // A link that stays inside the folder is written through, as an editor does: to the file it names.
  const target = await fs.realpath(savedFilePath(file)).catch(() => savedFilePath(file));
  return withFileLock(target, async () => {
    await clearDebris(file);
    const current = await readSaved(file);
    const currentHash = current && contentHash(current);
    if (options.baseHash !== undefined && options.baseHash !== currentHash) {
      throw new SaveConflict(file.name, current && { hash: currentHash!, text: current.toString('utf8') });
    }
    const next = typeof text === 'function' ? text(current && current.toString('utf8')) : text;
    checkText(file, next);
    const bytes = Buffer.from(next, 'utf8');
    if (current && !current.equals(bytes)) await keepVersion(file, current, options.now, options.by);
    await writeAtomically(target, bytes);
    return { hash: contentHash(bytes) };
  });
}

/** Removes what a killed save of this file left, beside it and in its history. Called under its lock, when no save of it is running. */
async function clearDebris(file: SavedFile): Promise<void> {
  const name = path.posix.basename(file.name);
  for (const dir of [path.dirname(savedFilePath(file)), historyDir(file), savedByDir(file)]) {
    const entries = await fs.readdir(dir).catch(() => [] as string[]);
    for (const entry of entries) if (isDebrisOf(name, entry)) await fs.rm(path.join(dir, entry), { force: true });
  }
}

/** What killed saves left beside each of these files: cleared when the studio starts, each under its lock. */
export async function clearDebrisOf(files: readonly SavedFile[]): Promise<void> {
  for (const file of files) {
    const target = savedFilePath(file);
    if (!(await fs.stat(path.dirname(target)).catch(() => null))) continue;
    await checkLinks(file).then(
      () => withFileLock(target, () => clearDebris(file)),
      () => undefined, // a link out of the folder is not followed, to clear either
    );
  }
}

async function keepVersion(file: SavedFile, bytes: Buffer, now: Date, by: string | undefined): Promise<void> {
  const dir = historyDir(file);
  await fs.mkdir(dir, { recursive: true });
  const prefix = historyPrefix(file);
  const filed = (await fs.readdir(dir)).filter((n) => n.startsWith(prefix) && versionId.test(n.slice(prefix.length))).sort();
  const name = nextVersionName(filed.at(-1), `${prefix}${now.toISOString().replace(/[-:.]/g, '')}`);
  await writeAtomically(path.join(dir, name), bytes);
  // After the version: a save killed between the two leaves a version that names no one, not a name without a version.
  if (by) {
    await fs.mkdir(savedByDir(file), { recursive: true });
    await writeAtomically(path.join(savedByDir(file), name), Buffer.from(by, 'utf8'));
  }
  const versions = [...filed, name];
  for (const old of versions.slice(0, Math.max(0, versions.length - historyLength))) {
    await fs.rm(path.join(dir, old), { force: true });
    await fs.rm(path.join(savedByDir(file), old), { force: true });
  }
}

/**
 * The name a new version is filed under: its stamp, unless that does not sort after the newest
 * version filed (the same millisecond, or a save whose clock was read before it waited for the
 * lock): then the newest's stamp with the next number, so the history's order is the order of the
 * saves.
 */
function nextVersionName(newest: string | undefined, stamped: string): string {
  if (newest === undefined || newest < stamped) return stamped;
  const [, base, number] = /^(.*?)(?:-(\d{3}))?$/.exec(newest)!;
  return `${base}-${String(Number(number ?? 1) + 1).padStart(3, '0')}`;
}

export interface Version {
  /** Opaque id for `readVersion`: the stamp it was filed under. */
  readonly id: string;
  readonly savedAt: string;
  readonly bytes: number;
  /** Who made the save that filed it (the machine's user name), when that was known. */
  readonly savedBy?: string;
}

/** The kept versions of a file, newest first: only whole ones, never a temporary a killed save left. */
export async function versionsOf(file: SavedFile): Promise<Version[]> {
  await checkLinks(file);
  const dir = historyDir(file);
  const prefix = historyPrefix(file);
  const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => n.startsWith(prefix) && versionId.test(n.slice(prefix.length))).sort().reverse();
  return Promise.all(
    names.map(async (name) => {
      const id = name.slice(prefix.length);
      const [, y, mo, d, h, mi, s, ms] = versionId.exec(id)!;
      const savedBy = (await fs.readFile(path.join(savedByDir(file), name), 'utf8').catch(() => '')).trim();
      return { id, savedAt: `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`, bytes: (await fs.stat(path.join(dir, name))).size, ...(savedBy ? { savedBy } : {}) };
    }),
  );
}

/** The text of a kept version; the id must be one `versionsOf` listed. */
export async function readVersion(file: SavedFile, id: string): Promise<string> {
  const versions = await versionsOf(file);
  if (!versions.some((v) => v.id === id)) throw new Error(`no version ${id} of ${file.name}`);
  return fs.readFile(path.join(historyDir(file), `${historyPrefix(file)}${id}`), 'utf8');
}
