import fs from 'node:fs/promises';
import path from 'node:path';

/** Which folder a file must stay in: the edition's (its data files, registrations.json), or the templates'. */
export type FolderKind = 'edition' | 'templates';

/** A file or folder that is a link leading out of its edition (or templates) folder: neither read nor written through. */
export class LinkOutside extends Error {
  constructor(
    /** As the page names it: `registrations.json`, `.history`. */
    readonly file: string,
    readonly folderKind: FolderKind,
    readonly isFolder: boolean,
  ) {
    super(`${file} is a link to a ${isFolder ? 'folder' : 'file'} outside the ${folderKind === 'edition' ? 'edition' : 'templates folder'}; the studio does not follow it (put the ${isFolder ? 'folder' : 'file'} itself in its place)`);
    this.name = 'LinkOutside';
  }

  /** The same in Japanese, for the page. */
  get japanese(): string {
    const where = this.folderKind === 'edition' ? 'エディションのフォルダー' : 'テンプレートのフォルダー';
    return `${this.file} は${where}の外にある${this.isFolder ? 'フォルダー' : 'ファイル'}へのリンクです。スタジオはこのリンクをたどりません（リンクではなく${this.isFolder ? 'フォルダー' : 'ファイル'}そのものを置いてください）。`;
  }
}

const inside = (folder: string, file: string): boolean => file === folder || file.startsWith(folder + path.sep);

/** Where a path leads, its links followed; a link to nothing leads where it points. */
async function leadsTo(file: string): Promise<string | null> {
  try {
    return await fs.realpath(file);
  } catch {
    const link = await fs.readlink(file).catch(() => null);
    return link === null ? null : path.resolve(path.dirname(file), link);
  }
}

/**
 * Throws LinkOutside when `relative` (a file's path inside `folder`, its parent folders and itself)
 * leads out of `folder` through a link. A path that does not exist yet leads nowhere.
 */
export async function checkInside(folder: string, relative: string, kind: FolderKind, isFolder = false): Promise<void> {
  const root = await fs.realpath(folder);
  const parts = relative.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const part = parts.slice(0, i).join('/');
    const target = await leadsTo(path.join(folder, ...parts.slice(0, i)));
    if (target !== null && !inside(root, target)) throw new LinkOutside(part, kind, i < parts.length || isFolder);
  }
}
