import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchFiles, type FileWatch } from '../../src/studio/watch-files';
import { tempDir } from '../support/edition-fixture';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const watches: FileWatch[] = [];
afterEach(async () => {
  await Promise.all(watches.splice(0).map((w) => w.close()));
});

/** Watches a new folder holding one file; `calls` counts the bursts reported, `onCall` acts on each. */
async function watchedFolder(onCall: (count: number, file: string) => void = () => {}) {
  const dir = tempDir('presskit-watched-');
  const file = path.join(dir, 'release.json');
  fs.writeFileSync(file, '{ "title": "一" }\n');
  const seen = { calls: 0 };
  const watch = watchFiles([dir], () => onCall(++seen.calls, file));
  watches.push(watch);
  await watch.ready;
  return { dir, file, seen };
}

/** Waits until `count` bursts have been reported, then a while longer to see that no more come. */
async function settledAt(seen: { calls: number }, count: number): Promise<number> {
  const deadline = Date.now() + 5000;
  while (seen.calls < count && Date.now() < deadline) await sleep(10);
  await sleep(300);
  return seen.calls;
}

describe('watching the edition', () => {
  it('reports a burst of saves once', async () => {
    const { file, seen } = await watchedFolder();
    for (const n of ['二', '三', '四']) fs.writeFileSync(file, `{ "title": "${n}" }\n`);
    expect(await settledAt(seen, 1)).toBe(1);
  });

  it('reports a second save made just after the first was reported (chokidar alone drops it)', async () => {
    // Saved from inside the report itself: a few milliseconds after chokidar's change event,
    // well inside the 50 ms in which chokidar reports no other change of the same file.
    const { file, seen } = await watchedFolder((count, watched) => {
      if (count === 1) fs.writeFileSync(watched, '{ "title": "三" }\n');
    });
    fs.writeFileSync(file, '{ "title": "二" }\n');
    expect(await settledAt(seen, 2)).toBe(2);
  });

  it('reports a folder that is removed and made again, and leaves out editors\' swap and backup files', async () => {
    const { dir, file, seen } = await watchedFolder();
    fs.writeFileSync(path.join(dir, '.release.json.swp'), 'x');
    fs.writeFileSync(`${file}~`, 'x');
    expect(await settledAt(seen, 0)).toBe(0);
    fs.rmSync(dir, { recursive: true });
    const removed = await settledAt(seen, 1); // the folder, then its file a little later (chokidar waits to see whether it comes back)
    expect(removed).toBeGreaterThanOrEqual(1);
    fs.mkdirSync(dir);
    fs.writeFileSync(file, '{ "title": "二" }\n');
    expect(await settledAt(seen, removed + 1)).toBeGreaterThan(removed);
  });
});
