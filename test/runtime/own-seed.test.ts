import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { packageRoot } from '../../src/runtime/paths';

it('a test reading the data/ a person edits fails, here and in the commands it starts', () => {
  expect(() => fs.readFileSync(path.join(packageRoot, 'data', 'release.json'))).toThrow(/tests use their own seed \(test\/fixtures\/seed\)/);
  const child = spawnSync(process.execPath, ['-e', "require('node:fs').readdirSync('data')"], { cwd: packageRoot, encoding: 'utf8' });
  expect(child.status).toBe(1);
  expect(child.stderr).toContain('never the data/ a person edits');
});

it("a person's sign-ups are never committed by accident", () => {
  const ignored = (file: string) => spawnSync('git', ['check-ignore', '--no-index', '-q', file], { cwd: packageRoot }).status === 0;
  expect(['data/registrations.json', 'editions/2018/registrations.json', 'test/fixtures/registrations.sample.json'].map(ignored)).toEqual([true, true, false]);
});

it("the seed is the toolkit's committed first edition (read from git, not from the data/ a person edits)", () => {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: packageRoot, encoding: 'utf8' }).stdout.trim();
  const committed = git('ls-tree', 'HEAD', 'data/').split('\n').map((line) => line.split(/\s+/)).map(([, , blob, file]) => [path.basename(file), blob]);
  const seed = fs.readdirSync(path.join(packageRoot, 'test', 'fixtures', 'seed')).sort().map((name) => [name, git('hash-object', path.join('test', 'fixtures', 'seed', name))]);
  expect(seed).toEqual(committed.sort());
});
