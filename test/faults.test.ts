import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/problems/diagnostics';
import { packageRoot } from '../src/runtime/paths';
import { unreadableFonts } from '../src/writers/press-release-pdf/fonts';
import { buildInto } from './support/build';
import { editionWith, seedDataDir, snapshotFolder, tempDir } from './support/edition-fixture';

/** The command as users run it: compiled once (run-compiled.js), each process starts in a fraction of ts-node's time. */
const cli = [path.join(packageRoot, 'src', 'runtime', 'run-compiled.js'), 'build'];

/** A packet is whole when every file the manifest lists is there with its sha256, and nothing else. */
function wholePacket(out: string): { inputHash: string } {
  const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { inputHash: string; files: { path: string; sha256: string }[] };
  const files = snapshotFolder(out);
  expect([...files.keys()].sort()).toEqual([...manifest.files.map((f) => f.path), 'manifest.json'].sort());
  for (const file of manifest.files) expect(createHash('sha256').update(files.get(file.path)!).digest('hex')).toBe(file.sha256);
  return manifest;
}

function startBuild(args: readonly string[]): { done: Promise<number | null>; kill: () => void } {
  const child = spawn(process.execPath, [...cli, ...args], { cwd: packageRoot, stdio: 'ignore' });
  return { done: new Promise((resolve) => child.on('exit', (code) => resolve(code))), kill: () => child.kill('SIGKILL') };
}

describe('faults', () => {
  it('two builds at once into one folder end with one whole packet', async () => {
    const out = path.join(tempDir(), 'output');
    const other = editionWith([{ file: 'release.json', find: '"region": "西日本"', replace: '"region": "西日本各地"' }]);
    const [a, b] = await Promise.all([startBuild(['--data', seedDataDir, '--out', out]).done, startBuild(['--data', other, '--out', out]).done]);
    expect([a, b]).toEqual([0, 0]);
    wholePacket(out);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['output']);
  });

  it('a build killed at any moment leaves the previous packet or the new one whole, and nothing a later build trips over', async () => {
    const out = path.join(tempDir(), 'output');
    expect(spawnSync(process.execPath, [...cli, '--data', seedDataDir, '--out', out], { cwd: packageRoot }).status).toBe(0);
    // Moments spread over a whole build on this machine, as fast or as busy as it is now (timed
    // once its compiled code is kept): from before the data is read to after the swap.
    const started = performance.now();
    expect(spawnSync(process.execPath, [...cli, '--data', seedDataDir, '--out', out], { cwd: packageRoot }).status).toBe(0);
    const buildMs = performance.now() - started;
    const previous = snapshotFolder(out);
    const changed = editionWith([{ file: 'programme.json', find: '"countries": 67', replace: '"countries": 68' }]);
    for (const moment of [0.1, 0.25, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.2]) {
      const build = startBuild(['--data', changed, '--out', out]);
      await Promise.race([new Promise((resolve) => setTimeout(resolve, moment * buildMs)), build.done]);
      build.kill();
      await build.done;
      // Either untouched, or (killed after the swap) the new packet, whole.
      if (fs.existsSync(out)) {
        const now = snapshotFolder(out);
        if (!isDeepEqual(now, previous)) wholePacket(out);
      }
    }
    expect(spawnSync(process.execPath, [...cli, '--data', changed, '--out', out], { cwd: packageRoot }).status).toBe(0);
    wholePacket(out);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['output']);
  }, 120_000);

  it('a missing or broken font is named', async () => {
    expect(unreadableFonts(['/nonexistent/NotoSerifJP.ttf'])).toEqual([{ file: '/nonexistent/NotoSerifJP.ttf', reason: 'the font file does not exist' }]);
    const notAFont = path.join(tempDir(), 'broken.ttf');
    fs.writeFileSync(notAFont, 'not a font');
    const error = await buildInto({ only: ['pdf'], fallbackFont: notAFont }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).diagnostics).toEqual([expect.objectContaining({ file: notAFont, rule: 'font', message: 'the file is not a font fontkit can read' })]);
  });

  it('a data file that cannot be read is named', async () => {
    const dir = editionWith([{ file: 'projects.json', delete: true }]);
    fs.mkdirSync(path.join(dir, 'projects.json'));
    const error = await buildInto({ dataDir: dir }).catch((e: unknown) => e);
    expect((error as InputError).diagnostics).toEqual([expect.objectContaining({ file: path.join(dir, 'projects.json'), rule: 'file', message: 'cannot be read (EISDIR)' })]);
  });

  it('a missing data file is named', async () => {
    const dir = editionWith([{ file: 'organiser.json', delete: true }]);
    const error = await buildInto({ dataDir: dir }).catch((e: unknown) => e);
    expect((error as InputError).diagnostics).toEqual([expect.objectContaining({ file: path.join(dir, 'organiser.json'), message: 'this data file is missing' })]);
  });
});

function isDeepEqual(a: Map<string, Buffer>, b: Map<string, Buffer>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k)?.equals(v));
}
