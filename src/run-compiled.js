'use strict';
// The user's commands (`npm run build`, `validate`, `studio`…) start here, in plain JavaScript: the
// TypeScript under src/ is bundled by esbuild into node_modules/.cache/jet-presskit/<hash>/, where
// <hash> is taken over every source file's path and bytes. A change under src/ gives a new hash,
// so the next command compiles it (about 0.2 s) and can never run stale code; otherwise starting
// costs one read of the sources instead of loading TypeScript (ts-node, about 0.5 s). Development
// and the tests keep running the sources through ts-node.
const fs = require('node:fs');
const path = require('node:path');
const { createHash } = require('node:crypto');

const sourceDir = __dirname;
const cacheDir = path.join(sourceDir, '..', 'node_modules', '.cache', 'jet-presskit');
/**
 * Bundles a process may load, by their names in the folder: the command and the benchmark's build at
 * its top (where worker-file.ts looks for the others), the entries of the worker threads by their path.
 */
const entryPoints = ['cli', 'build-once:bench/build-once', 'writers/municipal-brief-docx/brief-worker', 'writers/render-thread-entry'].map((entry) => {
  const [out, source = out] = entry.split(':');
  return { in: path.join(sourceDir, `${source}.ts`), out };
});
/** Served to the browser as they are, never run by Node. */
const browserDir = path.join(sourceDir, 'studio', 'page');
/**
 * Compilations kept besides the current one: the most recent, and any used within the hour (a
 * studio started before an edit still starts its worker threads from its own).
 */
const kept = 3;
const hourMs = 3600_000;

function sourceFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) return file === browserDir ? [] : sourceFiles(file);
      return /\.(ts|js)$/.test(entry.name) ? [file] : [];
    });
}

/**
 * The name of the compilation of the sources as they are now. Reading every source (about 10 ms) is
 * done only when one has changed since the last command: a file's content cannot change without
 * its change time (set by the kernel, never by a tool restoring dates) or its inode changing, so
 * the stat of every file, hashed, names the content hash found the last time.
 */
function sourcesHash(files) {
  const esbuildVersion = require('esbuild/package.json').version;
  const own = `esbuild ${esbuildVersion}\0${fs.readFileSync(__filename)}`;
  const stamps = createHash('sha256').update(own);
  for (const file of files) {
    const { ino, size, ctimeMs, mtimeMs } = fs.statSync(file);
    stamps.update(`${file}\0${ino}\0${size}\0${ctimeMs}\0${mtimeMs}\0`);
  }
  const stampFile = path.join(cacheDir, 'stamps', stamps.digest('hex').slice(0, 32));
  try {
    return fs.readFileSync(stampFile, 'utf8');
  } catch {
    // These sources were not seen before: hash their bytes.
  }
  const hash = createHash('sha256').update(own);
  for (const file of files) hash.update(`${path.relative(sourceDir, file)}\0`).update(fs.readFileSync(file)).update('\0');
  const name = hash.digest('hex').slice(0, 16);
  fs.mkdirSync(path.dirname(stampFile), { recursive: true });
  fs.writeFileSync(`${stampFile}.${process.pid}`, name);
  fs.renameSync(`${stampFile}.${process.pid}`, stampFile); // whole, as another command may read it
  return name;
}

/** The folder of the bundles made from the sources as they are now, compiled first when missing. */
function compiled() {
  const schemasDir = path.join(sourceDir, '..', 'schemas'); // imported as JSON: bundled in
  const target = path.join(cacheDir, sourcesHash([...sourceFiles(sourceDir), ...fs.readdirSync(schemasDir).map((name) => path.join(schemasDir, name))]));
  if (fs.existsSync(path.join(target, 'cli.js'))) {
    const now = new Date();
    fs.utimesSync(target, now, now); // in use: see removeOldCompilations
    return target;
  }

  fs.mkdirSync(cacheDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(cacheDir, '.staging-'));
  try {
    esbuildBundles(staging);
  } catch {
    fs.rmSync(staging, { recursive: true, force: true });
    return undefined; // esbuild has printed where and why
  }
  try {
    fs.renameSync(staging, target);
  } catch (error) {
    // Another command compiled the same sources meanwhile: theirs is the same, keep it.
    fs.rmSync(staging, { recursive: true, force: true });
    if (!fs.existsSync(path.join(target, 'cli.js'))) throw error;
  }
  removeOldCompilations(target);
  return target;
}

function esbuildBundles(outdir) {
  require('esbuild').buildSync({
    entryPoints,
    outdir,
    bundle: true,
    packages: 'external',
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
  });
}

function removeOldCompilations(current) {
  const others = fs
    .readdirSync(cacheDir)
    .filter((name) => path.join(cacheDir, name) !== current && name !== 'stamps')
    .map((name) => ({ name, time: fs.statSync(path.join(cacheDir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  const hourAgo = Date.now() - hourMs;
  for (const { name, time } of others.slice(kept)) {
    if (time < hourAgo) fs.rmSync(path.join(cacheDir, name), { recursive: true, force: true });
  }
  const stampsDir = path.join(cacheDir, 'stamps');
  for (const stamp of fs.readdirSync(stampsDir)) {
    const file = path.join(stampsDir, stamp);
    const name = fs.readFileSync(file, 'utf8');
    if (!fs.existsSync(path.join(cacheDir, name))) fs.rmSync(file, { force: true });
  }
}

/**
 * Loads a bundle as `require` would, keeping V8's compiled code for it in a file beside it: on
 * Node 20, which has no compile cache of its own, compiling the command's bundle was about 15 ms
 * of every start (`validate` does little more than that).
 */
function requireWithCodeCache(file) {
  const vm = require('node:vm');
  const Module = require('node:module');
  const codeFile = `${file}.v8`;
  let cachedData;
  try {
    cachedData = fs.readFileSync(codeFile);
  } catch {
    cachedData = undefined; // first run: made below
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
  const loaded = new Module(file, module);
  loaded.filename = file;
  loaded.paths = Module._nodeModulePaths(path.dirname(file));
  script.runInThisContext()(loaded.exports, Module.createRequire(file), loaded, file, path.dirname(file));
  loaded.loaded = true;
  if (cachedData === undefined || script.cachedDataRejected) {
    // Made as the command ends, so it holds the functions the command compiled too; renamed into
    // place whole, as another command may be reading it.
    process.once('exit', () => {
      const partial = `${codeFile}.${process.pid}`;
      fs.writeFileSync(partial, script.createCachedData());
      fs.renameSync(partial, codeFile);
    });
  }
  return loaded.exports;
}

if (require.main === module) {
  // Node 22.1 and later keep V8's compiled code of every module between runs.
  const { enableCompileCache } = require('node:module');
  enableCompileCache?.(path.join(cacheDir, '..', 'jet-presskit-v8'));
  const bundles = compiled();
  if (bundles) {
    const cli = path.join(bundles, 'cli.js');
    (enableCompileCache ? require(cli) : requireWithCodeCache(cli)).runCli(process.argv.slice(2));
  } else {
    console.error('error: the toolkit\'s sources under src/ do not compile (see above); nothing was run. Undo the change there, or reinstall with npm ci');
    process.exitCode = 3;
  }
} else {
  module.exports = { compiled }; // the benchmark times the compiled build as the command runs it
}
