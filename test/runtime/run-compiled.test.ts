import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { packageRoot } from '../../src/runtime/paths';
import { seedDataDir, tempDir } from '../support/edition-fixture';

/** A copy of the toolkit (sources, schemas, templates, package.json) whose node_modules links to this one's packages. */
function toolkitCopy(): string {
  const root = tempDir();
  for (const part of ['src', 'schemas', 'templates', 'package.json']) fs.cpSync(path.join(packageRoot, part), path.join(root, part), { recursive: true });
  fs.cpSync(seedDataDir, path.join(root, 'data'), { recursive: true });
  fs.mkdirSync(path.join(root, 'node_modules'));
  for (const name of fs.readdirSync(path.join(packageRoot, 'node_modules'))) {
    if (name !== '.cache') fs.symlinkSync(path.join(packageRoot, 'node_modules', name), path.join(root, 'node_modules', name));
  }
  return root;
}

/**
 * A command's work here is fixed (compile, build), and a busy machine only makes it slower: no time
 * limit decides these tests, whatever the load.
 */
const untimed = { timeout: 0 };

const run = (root: string, ...args: string[]) => spawnSync(process.execPath, [path.join(root, 'src', 'runtime', 'run-compiled.js'), ...args], { cwd: root, encoding: 'utf8' });
const compilations = (root: string) =>
  fs
    .readdirSync(path.join(root, 'node_modules', '.cache', 'jet-presskit'))
    .filter((name) => name !== 'stamps')
    .sort();

it('runs the commands compiled, and a change under src/ is in the very next command', untimed, () => {
  const root = toolkitCopy();
  const first = run(root, '--help');
  expect(first.status, first.stderr).toBe(0);
  expect(first.stdout).toContain('validate   only check the data; writes nothing');
  const compiled = compilations(root);
  expect(compiled).toHaveLength(1);

  expect(run(root, '--help').stdout).toBe(first.stdout);
  expect(compilations(root), 'unchanged sources are not compiled again').toEqual(compiled);
  if ('enableCompileCache' in Module) {
    // Node 22.1 and later: V8's code for the bundles is kept by Node's compile cache, beside the compilations.
    expect(fs.readdirSync(path.join(root, 'node_modules', '.cache', 'jet-presskit-v8'), { recursive: true }).length).toBeGreaterThan(0);
  }
  // What npm installed is a source too: the libraries are bundled in.
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  fs.rmSync(installed);
  fs.writeFileSync(installed, `${fs.readFileSync(path.join(packageRoot, 'node_modules', '.package-lock.json'), 'utf8')}\n`);
  expect(run(root, '--help').stdout).toBe(first.stdout);
  expect(compilations(root)).toHaveLength(2);

  const options = path.join(root, 'src', 'cli', 'cli-options.ts');
  fs.writeFileSync(options, fs.readFileSync(options, 'utf8').replace('only check the data; writes nothing', 'only check the data (edited)'));
  const edited = run(root, '--help');
  expect(edited.status, edited.stderr).toBe(0);
  expect(edited.stdout).toContain('validate   only check the data (edited)');
  expect(compilations(root)).toHaveLength(3);

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
  const memos = compilations(root).flatMap((name) => fs.readdirSync(path.join(cache, name)).filter((f) => f === 'template-neighbours.json').map((f) => path.join(cache, name, f)));
  expect(memos).toHaveLength(1);
  expect(JSON.parse(fs.readFileSync(memos[0], 'utf8'))).not.toEqual({});
  expect(run(root, 'validate').stdout).toBe(validated.stdout);

  // The document libraries are bundled apart, and the release is drawn on a thread of its own.
  const built = run(root, 'build', '--quiet');
  expect(built.status, built.stderr).toBe(0);
  expect(fs.statSync(path.join(root, 'output', 'data', '報道発表資料.pdf')).size).toBeGreaterThan(100_000);
  // The compilation in use: each command marks it so (see removeOldCompilations).
  const current = path.join(cache, compilations(root).sort((a, b) => fs.statSync(path.join(cache, b)).mtimeMs - fs.statSync(path.join(cache, a)).mtimeMs)[0]);
  expect(fs.readdirSync(current).filter((f) => f.startsWith('library-') && f.endsWith('.js')).sort()).toEqual(['library-docx.js', 'library-handlebars.js', 'library-pdf.js', 'library-xlsx.js']);
  // The Unicode tables of fontkit and linebreak inflated by zlib, not by tiny-inflate's JavaScript.
  const pdfLibraries = fs.readFileSync(path.join(current, 'library-pdf.js'), 'utf8');
  expect(pdfLibraries).toContain('src/patches/tiny-inflate/inflate-with-zlib.ts');
  // What the build found for the next one: the templates' code and the release's shaped text.
  const templatesCode = JSON.parse(fs.readFileSync(path.join(current, 'templates-code.json'), 'utf8')) as Record<string, string>;
  const templateTexts = fs.readdirSync(path.join(root, 'templates'), { recursive: true }).filter((f) => String(f).endsWith('.hbs')).map((f) => fs.readFileSync(path.join(root, 'templates', String(f)), 'utf8'));
  expect(Object.keys(templatesCode).length).toBe(new Set(templateTexts).size); // by text: two templates may read alike
  const shaped = JSON.parse(fs.readFileSync(path.join(current, 'shaped-runs.json'), 'utf8')) as Record<string, object>;
  expect(Object.keys(shaped)).toHaveLength(2); // Mincho and bold Gothic
  const pdf = fs.readFileSync(path.join(root, 'output', 'data', '報道発表資料.pdf'));
  // Made again with all of that taken from the files: the same bytes. The plain-JavaScript
  // packages are in the bundles of the command and of the release's thread, not loaded from
  // node_modules a file at a time (each thread lists what it loaded as it ends).
  const recorder = path.join(tempDir(), 'loaded.js');
  fs.writeFileSync(recorder, "process.on('exit', () => process.stderr.write(`loaded ${JSON.stringify(Object.keys(require.cache))}\\n`));");
  const again = spawnSync(process.execPath, ['-r', recorder, path.join(root, 'src', 'runtime', 'run-compiled.js'), 'build', '--quiet'], { cwd: root, encoding: 'utf8' });
  expect(again.status, again.stderr).toBe(0);
  expect(fs.readFileSync(path.join(root, 'output', 'data', '報道発表資料.pdf')).equals(pdf)).toBe(true);
  const loaded = again.stderr.split('\n').filter((line) => line.startsWith('loaded ')).map((line) => JSON.parse(line.slice('loaded '.length)) as string[]);
  expect(loaded.map((files) => files.some((file) => file.endsWith('render-thread-entry.js'))).sort()).toEqual([false, true]); // the command's and the thread's
  expect(loaded.flat().filter((file) => /node_modules[\\/](fflate|jsonc-parser|@humanwhocodes[\\/]momoa|fastest-levenshtein|ajv|ajv-formats|eastasianwidth|proper-lockfile|graceful-fs)[\\/]/.test(file))).toEqual([]);
});

it('reports a source that does not compile, and runs nothing', untimed, () => {
  const root = toolkitCopy();
  fs.appendFileSync(path.join(root, 'src', 'runtime', 'paths.ts'), '\nexport const broken = ;\n');
  const result = run(root, 'validate');
  expect(result.status).toBe(3);
  expect(result.stderr).toMatch(/Unexpected ";"\s+src\/runtime\/paths\.ts:\d+:\d+:/);
  expect(result.stdout).toBe("");
  expect(result.stderr).toContain("do not compile");
});
