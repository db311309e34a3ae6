import fs from 'node:fs/promises';
import path from 'node:path';
import { watch } from 'chokidar';

export interface FileWatch {
  /** Resolves once every path is being watched. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

/** An editor's swap and backup files, and dot-folders such as the studio's own history, change nothing the packet is made of. */
const incidental = (name: string): boolean => name.startsWith('.') || name.endsWith('~') || name.endsWith('.swp');

/**
 * chokidar reports a file's change at most once in 50 ms and never reports what it left out, so a
 * second save soon after a first one would be lost; a look at the files of a burst once that window
 * has passed finds it.
 */
const CHOKIDAR_CHANGE_WINDOW_MS = 50;

/** What a file holds, or null when it cannot be read (gone, or a folder). */
const contents = (file: string): Promise<Buffer | null> => fs.readFile(file).catch(() => null);

/**
 * Calls `onChange` once after each burst of changes to the given files and folders (recursively).
 * Each is watched from its parent folder, so a folder that is deleted or renamed away and comes
 * back is seen again (chokidar stops watching a root that disappears).
 */
export function watchFiles(targets: readonly string[], onChange: () => void, quietMs = 10): FileWatch {
  const roots = targets.map((t) => path.resolve(t));
  const parents = [...new Set(roots.map((r) => path.dirname(r)))];
  const wanted = (p: string): boolean => {
    const full = path.resolve(p);
    if (parents.includes(full)) return true;
    return roots.some((root) => full === root || (full.startsWith(root + path.sep) && !path.relative(root, full).split(path.sep).some(incidental)));
  };
  const watcher = watch(parents, { ignoreInitial: true, ignored: (p) => !wanted(p) });
  let closed = false;
  let quiet: NodeJS.Timeout | undefined;
  const rechecks = new Set<NodeJS.Timeout>();
  let burst = new Set<string>();

  const changed = (file: string): void => {
    burst.add(path.resolve(file));
    clearTimeout(quiet);
    quiet = setTimeout(() => void settle(), quietMs);
  };
  const settle = async (): Promise<void> => {
    const files = [...burst];
    burst = new Set();
    const seen = await Promise.all(files.map(contents));
    if (closed) return;
    onChange();
    const recheck = setTimeout(async () => {
      rechecks.delete(recheck);
      const now = await Promise.all(files.map(contents));
      files.forEach((file, i) => {
        const [before, after] = [seen[i], now[i]];
        const same = before === null || after === null ? before === after : before.equals(after);
        if (!same && !closed) changed(file);
      });
    }, CHOKIDAR_CHANGE_WINDOW_MS + quietMs);
    rechecks.add(recheck);
  };

  watcher.on('all', (_event, file) => changed(file));
  return {
    ready: new Promise((resolve, reject) => {
      watcher.once('ready', resolve);
      watcher.once('error', reject);
    }),
    async close() {
      closed = true;
      clearTimeout(quiet);
      rechecks.forEach(clearTimeout);
      await watcher.close();
    },
  };
}
