import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SaveConflict, UnsavableText, clearDebrisOf, contentHash, historyLength, readSaved, readVersion, saveText, versionsOf } from '../../src/save/safe-save';
import { LinkOutside } from '../../src/files/link-check';
import { lockPathOf } from '../../src/save/file-lock';
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

  it('keeps who saved with the version the save replaced; a save by someone unknown names no one; a version trimmed away takes its name along', async () => {
    const folder = tempDir();
    const file = { folder, name: 'release.json' };
    let { hash } = await saveText(file, '{"v": 0}', { now: at(0) });
    ({ hash } = await saveText(file, '{"v": 1}', { baseHash: hash, now: at(1), by: '山田 花子' }));
    ({ hash } = await saveText(file, '{"v": 2}', { baseHash: hash, now: at(2) }));
    expect((await versionsOf(file)).map((v) => v.savedBy)).toEqual([undefined, '山田 花子']);
    for (let i = 3; i <= historyLength + 1; i++) ({ hash } = await saveText(file, `{"v": ${i}}`, { baseHash: hash, now: at(i), by: 'tanaka' }));
    const versions = await versionsOf(file);
    expect(versions.map((v) => v.savedBy ?? null)).toEqual([...Array.from({ length: historyLength - 1 }, () => 'tanaka'), null]);
    // Beside the versions, not among them: the versions' folder lists versions only.
    expect(fs.readdirSync(path.join(folder, '.history', '.saved-by'))).toHaveLength(historyLength - 1);
    expect(fs.readdirSync(path.join(folder, '.history')).filter((n) => n !== '.saved-by').every((n) => n.startsWith('release.json@'))).toBe(true);
  });

  it('killed at any moment of a burst of saves leaves the old file or the new one, whole, a history of whole versions, and what the next start clears', async () => {
    const folder = tempDir();
    const file = { folder, name: 'release.json' };
    const target = path.join(folder, 'release.json');
    const texts = ['a', 'b'].map((c) => `${JSON.stringify({ fill: c.repeat(3_000_000) })}\n`);
    texts.forEach((text, i) => fs.writeFileSync(path.join(folder, `text${i}`), text));
    fs.writeFileSync(target, texts[0]);
    // A process that saves the two versions in turn, as fast as it can, until it is killed.
    const script = `const fs = require('fs');
      const { saveText } = require(${JSON.stringify(path.join(packageRoot, 'src', 'save', 'safe-save'))});
      const texts = [0, 1].map((i) => fs.readFileSync(${JSON.stringify(folder)} + '/text' + i, 'utf8'));
      (async () => { for (let i = 1; ; i++) { await saveText({ folder: ${JSON.stringify(folder)}, name: 'release.json' }, texts[i % 2], { now: new Date(i) }); process.stdout.write('saved\\n'); } })();`;
    for (let round = 0; round < 8; round++) {
      const child = spawn(process.execPath, ['-r', require.resolve('ts-node/register'), '-e', script], { cwd: packageRoot, stdio: ['ignore', 'pipe', 'ignore'] });
      // Killed during the burst: some moment after its first save, a different one each round.
      await new Promise((resolve) => child.stdout.once('data', resolve));
      await new Promise((resolve) => setTimeout(resolve, 37 * round));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.on('exit', resolve));
      expect(texts).toContain(fs.readFileSync(target, 'utf8'));
      // Only whole versions are listed, each as it was saved.
      for (const version of await versionsOf(file)) expect(texts).toContain(await readVersion(file, version.id));
      // The killed process's lock is taken for stale once it is older than the stale time: aged at
      // once, as that time passing would, so the next round saves at once instead of waiting it out.
      const lock = lockPathOf(target);
      if (fs.existsSync(lock)) fs.utimesSync(lock, new Date(0), new Date(0));
    }
    // What the issue found after a kill -9 of the studio (write-file-atomic's temporaries), whatever these kills left.
    fs.writeFileSync(path.join(folder, 'release.json.416685560'), texts[1].slice(0, 1000));
    fs.writeFileSync(path.join(folder, 'release.json.597322924'), '');
    fs.writeFileSync(path.join(folder, '.history', 'release.json@20261126T100000000Z.123456'), '');
    expect((await versionsOf(file)).map((v) => v.id)).not.toContain('20261126T100000000Z.123456');
    await clearDebrisOf([file]);
    const expected = (entry: string) => /^(release\.json|text[01]|\.history)$/.test(entry) || /^release\.json@\d{8}T\d{9}Z(-\d{3})?$/.test(entry);
    expect([...fs.readdirSync(folder), ...fs.readdirSync(path.join(folder, '.history'))].filter((e) => !expected(e))).toEqual([]);
    expect(texts).toContain(fs.readFileSync(target, 'utf8'));
  }, 120_000);
});

describe('saves at the same moment', () => {
  it('of one base: the first wins, every other gets the conflict, and no version is missing (several in flight in one process)', async () => {
    const folder = tempDir();
    const file = { folder, name: 'release.json' };
    fs.writeFileSync(path.join(folder, 'release.json'), '{"v": 0}\n');
    const base = contentHash('{"v": 0}\n');
    const outcomes = await Promise.allSettled([1, 2, 3, 4, 5].map((v) => saveText(file, `{"v": ${v}}\n`, { baseHash: base, now: at(v) })));
    const saved = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [i + 1] : []));
    expect(saved).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason)).toEqual([1, 2, 3, 4].map(() => expect.any(SaveConflict)));
    expect(fs.readFileSync(path.join(folder, 'release.json'), 'utf8')).toBe(`{"v": ${saved[0]}}\n`);
    expect(await Promise.all((await versionsOf(file)).map((v) => readVersion(file, v.id)))).toEqual(['{"v": 0}\n']);
  });

  it('of one base from four processes: one saves, three get the conflict, and the history holds what it replaced', async () => {
    const folder = tempDir();
    fs.writeFileSync(path.join(folder, 'registrations.json'), '{"v": 0}\n');
    const base = contentHash('{"v": 0}\n');
    // Each process says when it is loaded, then is told a moment just ahead to start at, so the saves start together.
    const script = (v: number) => `const { saveText, SaveConflict } = require(${JSON.stringify(path.join(packageRoot, 'src', 'save', 'safe-save'))});
      process.stdin.once('data', (at) => { while (Date.now() < Number(at)); saveText({ folder: ${JSON.stringify(folder)}, name: 'registrations.json' }, '{"v": ${v}}\\n', { baseHash: '${base}', now: new Date(${v}) })
        .then(() => process.exit(0), (e) => process.exit(e instanceof SaveConflict ? 9 : 1)); });
      process.stdout.write('ready\\n');`;
    const children = [1, 2, 3, 4].map((v) => spawn(process.execPath, ['-r', require.resolve('ts-node/register'), '-e', script(v)], { cwd: packageRoot, stdio: ['pipe', 'pipe', 'ignore'] }));
    const exits = children.map((child) => new Promise<number | null>((resolve) => child.on('exit', resolve)));
    await Promise.all(children.map((child) => new Promise((resolve) => child.stdout.once('data', resolve))));
    const startAt = Date.now() + 200;
    for (const child of children) child.stdin.write(String(startAt));
    const codes = await Promise.all(exits);
    expect(codes.filter((c) => c === 0)).toHaveLength(1);
    expect(codes.filter((c) => c === 9)).toHaveLength(3);
    const winner = codes.indexOf(0) + 1;
    expect(fs.readFileSync(path.join(folder, 'registrations.json'), 'utf8')).toBe(`{"v": ${winner}}\n`);
    const file = { folder, name: 'registrations.json' };
    expect(await Promise.all((await versionsOf(file)).map((v) => readVersion(file, v.id)))).toEqual(['{"v": 0}\n']);
  }, 120_000);
});

describe('what a save refuses, changing nothing', () => {
  it('text a data file cannot hold: empty, or not JSON', async () => {
    const folder = tempDir();
    const file = { folder, name: 'release.json' };
    fs.writeFileSync(path.join(folder, 'release.json'), '{"date": "2017-10-13"}\n');
    for (const text of ['', '{"date": "2017-10-13",}', 'null\u0000']) {
      const error = await saveText(file, text, { now: at(0) }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnsavableText);
      expect((error as UnsavableText).message).toMatch(/^release\.json was not saved: .*; the file is as it was$/);
    }
    expect(fs.readFileSync(path.join(folder, 'release.json'), 'utf8')).toBe('{"date": "2017-10-13"}\n');
    expect(await versionsOf(file)).toEqual([]);
  });

  it('a link out of the edition: the file, a folder, the history; in Japanese and English', async () => {
    const outside = tempDir();
    fs.writeFileSync(path.join(outside, 'elsewhere.json'), '{"secret": true}\n');
    const folder = tempDir();
    fs.symlinkSync(path.join(outside, 'elsewhere.json'), path.join(folder, 'registrations.json'));
    const file = { folder, name: 'registrations.json' };
    const refused = await readSaved(file).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LinkOutside);
    expect((refused as LinkOutside).message).toBe('registrations.json is a link to a file outside the edition; the studio does not follow it (put the file itself in its place)');
    expect((refused as LinkOutside).japanese).toBe('registrations.json はエディションのフォルダーの外にあるファイルへのリンクです。スタジオはこのリンクをたどりません（リンクではなくファイルそのものを置いてください）。');
    await expect(saveText(file, '{}\n', { now: at(0) })).rejects.toBeInstanceOf(LinkOutside);
    expect(fs.readFileSync(path.join(outside, 'elsewhere.json'), 'utf8')).toBe('{"secret": true}\n');

    // The history folder a link out: the save is refused, nothing is written there.
    const other = tempDir();
    fs.writeFileSync(path.join(other, 'release.json'), '{"v": 0}\n');
    fs.symlinkSync(outside, path.join(other, '.history'));
    await expect(saveText({ folder: other, name: 'release.json' }, '{"v": 1}\n', { now: at(0) })).rejects.toThrow('.history is a link to a folder outside the edition');
    expect(fs.readdirSync(outside)).toEqual(['elsewhere.json']);
    expect(fs.readFileSync(path.join(other, 'release.json'), 'utf8')).toBe('{"v": 0}\n');

    // A templates folder whose subfolder leads out.
    const templates = tempDir();
    fs.symlinkSync(outside, path.join(templates, 'release'));
    await expect(saveText({ folder: templates, name: 'release/lead.hbs', folderKind: 'templates' }, 'x', { now: at(0) })).rejects.toThrow('release is a link to a folder outside the templates folder');

    // A link that stays inside is followed.
    const inside = tempDir();
    fs.writeFileSync(path.join(inside, 'real.json'), '{"v": 0}\n');
    fs.symlinkSync('real.json', path.join(inside, 'release.json'));
    await saveText({ folder: inside, name: 'release.json' }, '{"v": 1}\n', { now: at(0) });
    expect(fs.readFileSync(path.join(inside, 'real.json'), 'utf8')).toBe('{"v": 1}\n');
  });
});
