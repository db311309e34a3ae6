'use strict';
// What the double-click starters (スタジオを開く.cmd, スタジオを開く.command) run once they have found
// Node.js: a Node new enough, the libraries installed (`npm ci` when node_modules is missing or older
// than package-lock.json), then the studio, which opens the page in the browser. Plain JavaScript
// with Node's own modules only: it runs before anything is installed.
const fs = require('node:fs');
const path = require('node:path');
const { spawn, spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..', '..');
const say = (line) => process.stdout.write(`${line}\n`);

/** The oldest Node.js the toolkit runs on, from package.json's engines. */
function tooOld() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  return major < 20 || (major === 20 && minor < 19);
}

/** npm writes node_modules/.package-lock.json on every install: older than package-lock.json means stale. */
function installNeeded() {
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  if (!fs.existsSync(installed)) return true;
  return fs.statSync(path.join(root, 'package-lock.json')).mtimeMs > fs.statSync(installed).mtimeMs;
}

function main() {
  if (tooOld()) {
    say(`Node.js ${process.versions.node} は古すぎます。https://nodejs.org/ja から LTS 版（20.19 以上）をインストールしてから、もう一度ダブルクリックしてください。`);
    return 1;
  }
  if (installNeeded()) {
    say('必要なライブラリをインストールしています（初回や更新の後だけ、数分かかります）…');
    // npm is a .cmd on Windows, which only a shell runs.
    const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    if (npm.status !== 0) {
      say('インストールできませんでした。インターネットにつながっているか確かめて、もう一度ダブルクリックしてください。続くときは、上の表示を担当者に送ってください。');
      return 1;
    }
  }
  say('スタジオを起動しています。ブラウザーにページが開きます（閉じるときは、この画面で Ctrl+C）。');
  const studio = spawn(process.execPath, [path.join(__dirname, 'run-compiled.js'), 'studio', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => studio.kill(signal));
  studio.on('exit', (code) => process.exit(code ?? 0));
  return undefined;
}

const code = main();
if (code !== undefined) {
  process.exitCode = code;
  // Opened by a double-click, the window would close before the message could be read.
  if (process.stdin.isTTY) {
    process.stdout.write('Enter キーを押すと閉じます。');
    process.stdin.once('data', () => process.exit(code));
  }
}
