import fs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** What was last read from or written to each file, with the stat it had then. */
const known = new Map<string, { readonly stamp: string; readonly value: unknown }>();

function stampOf(file: string): string | undefined {
  try {
    const { ino, size, mtimeMs } = fs.statSync(file);
    return `${ino}:${size}:${mtimeMs}`;
  } catch {
    return undefined;
  }
}

/**
 * JSON a command keeps for the next one (beside its compilation: see paths.ts), read again only
 * when the file changed; undefined when there is none yet or it cannot be read (the work is then
 * done again and the file written anew).
 */
export function readKept<T>(file: string): T | undefined {
  const stamp = stampOf(file);
  if (stamp === undefined) return undefined;
  const hit = known.get(file);
  if (hit?.stamp === stamp) return hit.value as T;
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    value = undefined;
  }
  known.set(file, { stamp, value });
  return value as T | undefined;
}

/**
 * Written whole, renamed into place (another command may be reading it); a folder that cannot be
 * written only costs the next command the work again.
 */
export function writeKept(file: string, value: unknown): void {
  const partial = `${file}.${process.pid}.${threadId}`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(partial, JSON.stringify(value));
    fs.renameSync(partial, file);
  } catch {
    fs.rmSync(partial, { force: true });
    return;
  }
  const stamp = stampOf(file);
  if (stamp !== undefined) known.set(file, { stamp, value });
}
