'use strict';
// Loaded by every test process and, through NODE_OPTIONS, every command a test starts: the toolkit's
// data/ is the edition a person edits (projects added, sign-ups imported), so a test that read it
// would fail for their edits. Tests start from their own seed, test/fixtures/seed/.
const fs = require('node:fs');
const path = require('node:path');

const dataDir = path.join(__dirname, '..', '..', 'data');

function refuse(file, folderItself = true) {
  if (typeof file !== 'string' && !(file instanceof URL)) return;
  const full = path.resolve(file instanceof URL ? file.pathname : file);
  if ((folderItself && full === dataDir) || full.startsWith(dataDir + path.sep)) throw new Error(`a test read ${full}: tests use their own seed (test/fixtures/seed), never the data/ a person edits`);
}

// The folder's own entry may be looked at (a watcher of the toolkit's folder, as the studio watches
// templates/, stats each entry beside it); nothing in it may.
const looks = new Set(['statSync', 'lstatSync', 'stat', 'lstat']);

function guard(target, names) {
  for (const name of names) {
    const original = target[name];
    target[name] = function (file, ...rest) {
      refuse(file, !looks.has(name));
      return original.call(this, file, ...rest);
    };
  }
}

guard(fs, ['readFileSync', 'readdirSync', 'openSync', 'statSync', 'lstatSync', 'cpSync', 'readFile', 'readdir', 'open', 'stat', 'lstat', 'cp', 'watch', 'createReadStream']);
guard(fs.promises, ['readFile', 'readdir', 'open', 'stat', 'lstat', 'cp']);

const option = `--require ${JSON.stringify(__filename)}`;
if (!(process.env.NODE_OPTIONS ?? '').includes(option)) process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} ${option}`.trim();
