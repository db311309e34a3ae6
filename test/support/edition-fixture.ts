import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageRoot, templatesDir } from '../../src/runtime/paths';

/**
 * The seed edition the tests start from: a copy of the toolkit's first edition kept under test/, so
 * what a person does to their own `data/` (a project added, sign-ups imported) never changes a test.
 */
export const seedDataDir = path.join(packageRoot, 'test', 'fixtures', 'seed');

/**
 * A change to one file of a copied folder. In `replace`, `{{repeat X N}}` stands for X written N
 * times (for fixtures too large to store).
 */
export type Edit =
  | { readonly file: string; readonly find: string; readonly replace: string }
  | { readonly file: string; readonly content: string }
  | { readonly file: string; readonly delete: true };

/** A temporary copy of the seed edition with text edits applied; an edit that finds nothing fails loudly. */
export function editionWith(edits: readonly Edit[] = []): string {
  return copyWith(seedDataDir, 'presskit-data-', edits);
}

/** A temporary copy of the toolkit's templates with edits applied. */
export function templatesWith(edits: readonly Edit[] = []): string {
  return copyWith(templatesDir, 'presskit-templates-', edits);
}

function copyWith(source: string, prefix: string, edits: readonly Edit[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  // Without the hidden entries a save leaves beside a file (its lock, its history): a studio another
  // test started over the toolkit's templates takes each template's lock as it opens, and a lock
  // gone between listing and copying failed the copy.
  fs.cpSync(source, dir, { recursive: true, filter: (entry) => entry === source || !path.basename(entry).startsWith('.') });
  for (const edit of edits) {
    const file = path.join(dir, edit.file);
    if ('delete' in edit) {
      fs.rmSync(file);
    } else if ('content' in edit) {
      fs.writeFileSync(file, edit.content);
    } else {
      const text = fs.readFileSync(file, 'utf8');
      if (!text.includes(edit.find)) throw new Error(`fixture edit not applicable: ${edit.file} has no ${JSON.stringify(edit.find)}`);
      const replacement = edit.replace.replace(/\{\{repeat (\S+) (\d+)\}\}/g, (_, unit: string, times: string) => unit.repeat(Number(times)));
      fs.writeFileSync(file, text.replace(edit.find, () => replacement));
    }
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
