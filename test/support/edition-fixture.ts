import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot } from '../../src/paths';

export const seedDataDir = path.join(packageRoot, 'data');

export type Edit =
  | { readonly file: string; readonly find: string; readonly replace: string }
  | { readonly file: string; readonly content: string };

/** A temporary copy of the seed edition with text edits applied; an edit that finds nothing fails loudly. */
export function editionWith(edits: readonly Edit[] = []): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presskit-data-'));
  for (const name of fs.readdirSync(seedDataDir)) fs.copyFileSync(path.join(seedDataDir, name), path.join(dir, name));
  for (const edit of edits) {
    const file = path.join(dir, edit.file);
    if ('content' in edit) {
      fs.writeFileSync(file, edit.content);
      continue;
    }
    const text = fs.readFileSync(file, 'utf8');
    if (!text.includes(edit.find)) throw new Error(`fixture edit not applicable: ${edit.file} has no ${JSON.stringify(edit.find)}`);
    fs.writeFileSync(file, text.replace(edit.find, edit.replace));
  }
  return dir;
}

export function tempDir(prefix = 'presskit-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Diagnostics print the folder the user gave; tests show it as `data/` whatever the temp path was. */
export function normalisePaths(text: string, dir: string): string {
  return text.split(dir).join('data');
}

/** Every file under a folder with its bytes, for byte-for-byte comparisons. */
export function snapshotFolder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      files.set(path.relative(dir, full), fs.readFileSync(full));
    }
  }
  return files;
}
