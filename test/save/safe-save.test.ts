import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SaveConflict, contentHash, historyLength, readVersion, saveText, versionsOf } from '../../src/save/safe-save';
import { packageRoot } from '../../src/runtime/paths';
import { tempDir } from '../support/edition-fixture';

const at = (second: number) => new Date(Date.UTC(2026, 10, 26, 10, 0, second));

describe('saving a file', () => {
  it('is refused when the file changed since it was read, and leaves it as it is', async () => {
    const folder = tempDir();
    fs.writeFileSync(path.join(folder, 'a.json'), 'original');
    const base = contentHash('original');
    fs.writeFileSync(path.join(folder, 'a.json'), 'edited in VS Code');
    const error = await saveText({ folder, name: 'a.json' }, 'from the form', { baseHash: base, now: at(0) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaveConflict);
    expect((error as SaveConflict).current).toEqual({ hash: contentHash('edited in VS Code'), text: 'edited in VS Code' });
    expect(fs.readFileSync(path.join(folder, 'a.json'), 'utf8')).toBe('edited in VS Code');
    expect(fs.existsSync(path.join(folder, '.history'))).toBe(false);
  });

  it('keeps the version it replaces, the last fifty, and any of them can be read back', async () => {
    const folder = tempDir();
    const file = { folder, name: 'release/lead.hbs' };
    fs.mkdirSync(path.join(folder, 'release'));
    let hash: string | null = null;
    for (let i = 0; i <= historyLength + 5; i++) hash = (await saveText(file, `version ${i}\n`, { baseHash: hash, now: at(Math.floor(i / 3)) })).hash;
    const versions = await versionsOf(file);
    expect(versions).toHaveLength(historyLength);
    expect(await readVersion(file, versions[0].id)).toBe(`version ${historyLength + 4}\n`);
    expect(await readVersion(file, versions.at(-1)!.id)).toBe('version 5\n');
    // Kept outside what the readers of the folder look at: no file ending .hbs or .json.
    expect(fs.readdirSync(path.join(folder, '.history', 'release')).every((n) => !/\.(hbs|json)$/.test(n))).toBe(true);
    await expect(readVersion(file, '../../etc/passwd')).rejects.toThrow();
  });

  it('killed at any moment leaves the old file or the new one, whole', async () => {
    const folder = tempDir();
    const target = path.join(folder, 'projects.json');
    const texts = ['a', 'b'].map((c) => `${JSON.stringify({ fill: c.repeat(4_000_000) })}\n`);
    texts.forEach((text, i) => fs.writeFileSync(path.join(folder, `text${i}`), text));
    fs.writeFileSync(target, texts[0]);
    // A process that saves the two versions in turn, as fast as it can, until it is killed.
    const script = `const fs = require('fs');
      const { saveText } = require(${JSON.stringify(path.join(packageRoot, 'src', 'save', 'safe-save'))});
      const texts = [0, 1].map((i) => fs.readFileSync(${JSON.stringify(folder)} + '/text' + i, 'utf8'));
      (async () => { for (let i = 1; ; i++) await saveText({ folder: ${JSON.stringify(folder)}, name: 'projects.json' }, texts[i % 2], { now: new Date(i) }); })();`;
    for (let round = 0; round < 6; round++) {
      const child = spawn(process.execPath, ['-r', require.resolve('ts-node/register'), '-e', script], { cwd: packageRoot, stdio: 'ignore' });
      await new Promise((resolve) => setTimeout(resolve, 700 + 150 * round));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.on('exit', resolve));
      expect(texts).toContain(fs.readFileSync(target, 'utf8'));
    }
  });
});
