'use strict';
// The user's commands (`npm run build`, `validate`, `studio`…) start here, in plain JavaScript: the
// TypeScript under src/ is bundled by esbuild into node_modules/.cache/jet-presskit/<hash>/, where
// <hash> is taken over every source file's path and bytes (and npm's record of what it installed,
// as libraries are bundled in). A change under src/ gives a new hash, so the next command compiles
// it (about 0.5 s) and can never run stale code; otherwise starting
// costs one read of the sources instead of loading TypeScript (ts-node, about 0.5 s). Development
// and the tests keep running the sources through ts-node.
const fs = require('node:fs');
const path = require('node:path');
const { createHash } = require('node:crypto');

const sourceDir = path.join(__dirname, '..');
const cacheDir = path.join(sourceDir, '..', 'node_modules', '.cache', 'jet-presskit');
/**
 * The libraries the documents are made with, each group bundled into a file of its own beside the
 * command's (`library-<group>.js`), loaded when first used, by the command or thread that uses it.
 * Left to Node, exceljs alone is some 200 files to find, read and compile one by one: 0.4 s of every
 * build on Node 20. A group holds what must be one copy: pdfkit, inside pdfmake, shapes text with
 * the fontkit the release's fonts are opened with.
 */
const libraryGroups = {
  pdf: ['pdfmake', 'pdfmake/js/Renderer', 'pdfmake/js/PDFDocument', 'fontkit', 'linebreak'],
  xlsx: ['exceljs'],
  docx: ['docx'],
  handlebars: ['handlebars', 'handlebars/dist/cjs/handlebars/compiler/base'],
};
/**
 * Bundles a process may load, all in one folder: the command, the benchmark's build, the worker
 * threads' entries (found by worker-file.ts by their file names) and the library groups.
 */
const entryPoints = [
  ...['cli/cli', 'bench/build-once', 'writers/municipal-brief-docx/brief-worker', 'writers/render-thread-entry'].map((source) => ({ in: path.join(sourceDir, `${source}.ts`), out: path.basename(source) })),
  ...Object.keys(libraryGroups).map((group) => ({ in: `library-group:${group}`, out: `library-${group}` })),
];
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
async function compiled() {
  const schemasDir = path.join(sourceDir, '..', 'schemas'); // imported as JSON: bundled in
  // What npm installed (its record of node_modules): the library groups are bundled from it.
  const installed = [path.join(sourceDir, '..', 'node_modules', '.package-lock.json')].filter((file) => fs.existsSync(file));
  const target = path.join(cacheDir, sourcesHash([...sourceFiles(sourceDir), ...fs.readdirSync(schemasDir).map((name) => path.join(schemasDir, name)), ...installed]));
  if (fs.existsSync(path.join(target, 'cli.js'))) {
    const now = new Date();
    fs.utimesSync(target, now, now); // in use: see removeOldCompilations
    return target;
  }

  fs.mkdirSync(cacheDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(cacheDir, '.staging-'));
  try {
    await esbuildBundles(staging);
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

/**
 * Libraries bundled in another's place: tiny-inflate, JavaScript that fontkit and linebreak
 * inflate their Unicode tables with as they load, by the same done with Node's zlib.
 */
const replacements = { 'tiny-inflate': path.join(sourceDir, 'patches', 'tiny-inflate', 'inflate-with-zlib.ts') };

/**
 * Packages (or parts of one, ending in /) bundled into the file of the command or thread that
 * imports them, as esbuild does by default. Left to Node, each of their files is found (package
 * exports), read and compiled anew at every start, the kept V8 code (below) not applying to them:
 * some 25 ms of `validate` (jsonc-parser alone is six files) and 30 ms of the release's thread
 * (fflate). Each is JavaScript that reads no file of its own at run time and shares no class with a
 * package left outside. The others stay where npm put them: piscina starts its workers from its
 * own files, esbuild and @swc/core are native, budoux's model is required by path, and ajv's
 * compiler is handed to @rjsf's code generation (the studio), which must find its own classes.
 */
const bundledPackages = ['fflate', 'jsonc-parser', '@humanwhocodes/momoa', 'fastest-levenshtein', 'ajv/dist/runtime/', 'ajv-formats', 'eastasianwidth', 'proper-lockfile', 'write-file-atomic'];
const bundled = (name) => bundledPackages.some((kept) => name === kept || name.startsWith(kept.endsWith('/') ? kept : `${kept}/`));
/** jsonc-parser's main file is UMD, whose parts are required through a parameter esbuild cannot follow; its ES module build is the same code. */
const bundledEntries = { 'jsonc-parser': 'lib/esm/main.js' };

const groupOf = new Map(Object.entries(libraryGroups).flatMap(([group, modules]) => modules.map((name) => [name, group])));

/**
 * The sources' imports of a library in a group read it from its group's file, found beside the
 * importing bundle at run time; every other package stays where npm put it, loaded by Node.
 */
const libraryFiles = {
  name: 'library-files',
  setup(build) {
    build.onResolve({ filter: /^library-group:/ }, ({ path: entry }) => ({ path: entry.slice('library-group:'.length), namespace: 'library-group' }));
    build.onLoad({ filter: /.*/, namespace: 'library-group' }, ({ path: group }) => ({
      // Each library started when first asked for: the main thread checks the release's glyphs with fontkit, and needs no pdfmake.
      contents: `module.exports = {${libraryGroups[group].map((name) => `get ${JSON.stringify(name)}() { return require(${JSON.stringify(name)}); }`).join(', ')}};`,
      resolveDir: sourceDir,
    }));
    build.onResolve({ filter: /^library-file:/ }, ({ path: group }) => ({ path: `./library-${group.slice('library-file:'.length)}.js`, external: true }));
    build.onResolve({ filter: /^[^./]/ }, ({ path: name, namespace, importer, kind }) => {
      if (kind === 'require-resolve') return { path: name, external: true };
      if (Object.hasOwn(replacements, name)) return { path: replacements[name] };
      // A group's libraries and all they use: bundled in the group's file.
      if (namespace === 'library-group' || importer.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      if (Object.hasOwn(bundledEntries, name)) return { path: path.join(path.dirname(require.resolve(`${name}/package.json`)), bundledEntries[name]) };
      if (bundled(name)) return undefined;
      return groupOf.has(name) ? { path: name, namespace: 'library' } : { path: name, external: true };
    });
    build.onLoad({ filter: /.*/, namespace: 'library' }, ({ path: name }) => ({ contents: `module.exports = require(${JSON.stringify(`library-file:${groupOf.get(name)}`)})[${JSON.stringify(name)}];` }));
  },
};

async function esbuildBundles(outdir) {
  await require('esbuild').build({
    entryPoints,
    outdir,
    bundle: true,
    plugins: [libraryFiles],
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
 * A bundle, loaded with V8's compiled code kept by Node itself (22.1 and later) beside the
 * compilations: compiling is much of a command's start (exceljs alone some 0.2 s). Node 20 compiles
 * at every start.
 */
function loadBundle(file) {
  require('node:module').enableCompileCache?.(path.join(cacheDir, '..', 'jet-presskit-v8'));
  return require(file);
}

const { isMainThread, workerData } = require('node:worker_threads');
if (!isMainThread && workerData?.bundle) {
  // A compiled worker thread starts here (see worker-file.ts), to load its bundle as the command does.
  module.exports = loadBundle(workerData.bundle);
} else if (require.main === module) {
  void compiled().then((bundles) => {
    if (bundles) {
      loadBundle(path.join(bundles, 'cli.js')).runCli(process.argv.slice(2));
    } else {
      console.error('error: the toolkit\'s sources under src/ do not compile (see above); nothing was run. Undo the change there, or reinstall with npm ci');
      process.exitCode = 3;
    }
  });
} else {
  module.exports = { compiled }; // the benchmark times the compiled build as the command runs it
}
