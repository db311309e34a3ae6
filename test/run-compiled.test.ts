import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { packageRoot } from '../src/paths';
import { tempDir } from './support/edition-fixture';

/** A copy of the toolkit (sources, schemas, templates, package.json) whose node_modules links to this one's packages. */
function toolkitCopy(): string {
  const root = tempDir();
  for (const part of ['src', 'schemas', 'templates', 'data', 'package.json']) fs.cpSync(path.join(packageRoot, part), path.join(root, part), { recursive: true });
  fs.mkdirSync(path.join(root, 'node_modules'));
  for (const name of fs.readdirSync(path.join(packageRoot, 'node_modules'))) {
    if (name !== '.cache') fs.symlinkSync(path.join(packageRoot, 'node_modules', name), path.join(root, 'node_modules', name));
  }
  return root;
}

const run = (root: string, ...args: string[]) => spawnSync(process.execPath, [path.join(root, 'src', 'run-compiled.js'), ...args], { cwd: root, encoding: 'utf8' });
const compilations = (root: string) =>
  fs
    .readdirSync(path.join(root, 'node_modules', '.cache', 'jet-presskit'))
    .filter((name) => name !== 'stamps')
    .sort();

it('runs the commands compiled, and a change under src/ is in the very next command', () => {
  const root = toolkitCopy();
  const first = run(root, '--help');
  expect(first.status, first.stderr).toBe(0);
  expect(first.stdout).toContain('validate   only check the data; writes nothing');
  const compiled = compilations(root);
  expect(compiled).toHaveLength(1);

  expect(run(root, '--help').stdout).toBe(first.stdout);
  expect(compilations(root), 'unchanged sources are not compiled again').toEqual(compiled);
  if (!('enableCompileCache' in Module)) {
    // Node 20: V8's code for the bundle is kept beside it; one that V8 refuses is made again.
    const code = path.join(root, 'node_modules', '.cache', 'jet-presskit', compiled[0], 'cli.js.v8');
    expect(fs.statSync(code).size).toBeGreaterThan(1000);
    fs.writeFileSync(code, 'not V8 code');
    expect(run(root, '--help').stdout).toBe(first.stdout);
    expect(fs.statSync(code).size).toBeGreaterThan(1000);
  }

  const options = path.join(root, 'src', 'cli-options.ts');
  fs.writeFileSync(options, fs.readFileSync(options, 'utf8').replace('only check the data; writes nothing', 'only check the data (edited)'));
  const edited = run(root, '--help');
  expect(edited.status, edited.stderr).toBe(0);
  expect(edited.stdout).toContain('validate   only check the data (edited)');
  expect(compilations(root)).toHaveLength(2);

  // The same length, with the file's old dates put back, as a tool restoring dates would.
  const { atime, mtime } = fs.statSync(options);
  fs.writeFileSync(options, fs.readFileSync(options, 'utf8').replace('only check the data (edited)', 'only check the data (EDITED)'));
  fs.utimesSync(options, atime, mtime);
  expect(run(root, '--help').stdout).toContain('validate   only check the data (EDITED)');

  const validated = run(root, 'validate');
  expect(validated.status, validated.stderr).toBe(0);
  expect(validated.stdout).toContain('data: ok (8 projects');
  // What the templates write beside their values, kept with the compilation for the next command.
  const cache = path.join(root, 'node_modules', '.cache', 'jet-presskit');
  const memos = compilations(root).flatMap((name) => fs.readdirSync(path.join(cache, name)).filter((f) => f.startsWith('template-neighbours-')).map((f) => path.join(cache, name, f)));
  expect(memos).toHaveLength(1);
  expect(JSON.parse(fs.readFileSync(memos[0], 'utf8'))).not.toEqual({});
  expect(run(root, 'validate').stdout).toBe(validated.stdout);
}, 60_000);

it('reports a source that does not compile, and runs nothing', () => {
  const root = toolkitCopy();
  fs.appendFileSync(path.join(root, 'src', 'paths.ts'), '\nexport const broken = ;\n');
  const result = run(root, 'validate');
  expect(result.status).toBe(3);
  expect(result.stderr).toMatch(/Unexpected ";"\s+src\/paths\.ts:\d+:\d+:/);
  expect(result.stdout).toBe("");
  expect(result.stderr).toContain("do not compile");
}, 60_000);
