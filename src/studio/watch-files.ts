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
 * Calls `onChange` once after each burst of changes to the given files and folders (recursively).
 * Each is watched from its parent folder, so a folder that is deleted or renamed away and comes
 * back is seen again (chokidar stops watching a root that disappears).
 */
export function watchFiles(targets: readonly string[], onChange: () => void, quietMs = 30): FileWatch {
  const roots = targets.map((t) => path.resolve(t));
  const parents = [...new Set(roots.map((r) => path.dirname(r)))];
  const wanted = (p: string): boolean => {
    const full = path.resolve(p);
    if (parents.includes(full)) return true;
    return roots.some((root) => full === root || (full.startsWith(root + path.sep) && !path.relative(root, full).split(path.sep).some(incidental)));
  };
  const watcher = watch(parents, { ignoreInitial: true, ignored: (p) => !wanted(p) });
  let timer: NodeJS.Timeout | undefined;
  watcher.on('all', () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, quietMs);
  });
  return {
    ready: new Promise((resolve, reject) => {
      watcher.once('ready', resolve);
      watcher.once('error', reject);
    }),
    async close() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
