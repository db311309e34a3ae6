import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { packageRoot } from '../../src/runtime/paths';
import { launchChromium, openStudioPage, screenshot } from '../support/browser';
import { editionWith, tempDir } from '../support/edition-fixture';

const shellStarter = 'スタジオを開く.command';
const windowsStarter = 'スタジオを開く.cmd';

/**
 * The toolkit as a fresh clone has it: the files git tracks (and new ones it does not ignore), no
 * node_modules. Without data/, which tests never read: the studio is started on the test's own seed.
 */
function cleanCopy(): string {
  const dir = path.join(tempDir('presskit-clone-'), 'jet-presskit');
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: packageRoot, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && !file.startsWith('data/'));
  for (const file of listed) {
    const from = path.join(packageRoot, file);
    if (!fs.existsSync(from)) continue;
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(from, path.join(dir, file));
    fs.chmodSync(path.join(dir, file), fs.statSync(from).mode);
  }
  return dir;
}

let browser: Browser | undefined;
const running: ChildProcess[] = [];
const clones: string[] = [];
afterAll(async () => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGTERM');
  await browser?.close();
  // A clone with its node_modules is some hundreds of MB.
  for (const clone of clones) fs.rmSync(clone, { recursive: true, force: true });
});

/** Runs the shell starter as a double-click would (no browser here: CI is set) until it prints the page's address. */
function start(clone: string, args: readonly string[]): Promise<{ url: string; output: () => string; child: ChildProcess }> {
  const child = spawn('bash', [path.join(clone, shellStarter), ...args], { cwd: tempDir('presskit-elsewhere-'), env: { ...process.env, CI: '1', npm_config_prefer_offline: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /(?:studio|スタジオ): (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
      if (url) resolve({ url, output: () => output, child });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`the starter exited (${code}) before the studio started:\n${output}`)));
  });
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  return exited;
}

describe('the double-click starters', () => {
  it('from a clean copy with no node_modules: installs, starts the studio and serves the page; the next start installs nothing and keeps the port', async () => {
    const clone = cleanCopy();
    clones.push(clone);
    expect(fs.existsSync(path.join(clone, 'node_modules'))).toBe(false);
    const dataDir = editionWith();
    const outDir = path.join(tempDir('presskit-starter-out-'), 'output');
    const first = await start(clone, ['--data', dataDir, '--out', outDir]);
    expect(first.output()).toContain('必要なライブラリをインストールしています');
    expect(fs.existsSync(path.join(clone, 'node_modules', '.package-lock.json'))).toBe(true);
    browser = await launchChromium();
    const errors: string[] = [];
    const page = await openStudioPage(browser, first.url, errors);
    expect(await page.title()).toContain('スタジオ');
    await expect.poll(() => page.locator('#problems').textContent(), { timeout: 120_000 }).toContain('問題はありません');
    await screenshot(page, 'starter-page');
    await page.close();
    expect(await stop(first.child)).toBe(0);

    const second = await start(clone, ['--data', dataDir, '--out', outDir]);
    expect(second.output()).not.toContain('インストールしています');
    expect(second.url).toBe(first.url);
    expect(await stop(second.child)).toBe(0);
    expect(errors).toEqual([]);
  }, 900_000);

  it('says in Japanese what to do when Node.js is missing', () => {
    const bin = tempDir('presskit-no-node-');
    for (const tool of ['dirname']) fs.symlinkSync(execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim(), path.join(bin, tool));
    let said = '';
    let status = 0;
    try {
      execFileSync('/bin/bash', [path.join(packageRoot, shellStarter)], { env: { PATH: bin }, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    } catch (error) {
      ({ stdout: said, status } = error as { stdout: string; status: number });
    }
    expect(status).toBe(1);
    expect(said).toContain('Node.js が見つかりません。');
    expect(said).toContain('https://nodejs.org/ja から LTS 版（20.19 以上）をインストールしてから、もう一度ダブルクリックしてください。');
  });

  it('has a Windows starter beside package.json, with CRLF line ends, calling the same starter and saying the same when Node.js is missing', () => {
    const text = fs.readFileSync(path.join(packageRoot, windowsStarter), 'utf8');
    expect(text.split('\r\n').slice(0, -1).every((line) => !line.includes('\n'))).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toContain('node src\\runtime\\starter.js %*');
    expect(fs.readFileSync(path.join(packageRoot, shellStarter), 'utf8').split('\n')).toContain('exec node src/runtime/starter.js "$@"');
    expect(text).toContain('where node');
    expect(text).toContain('Node.js が見つかりません。');
    expect(text).toContain('https://nodejs.org/ja から LTS 版（20.19 以上）');
    // A bracket in an `if (…)` block would end it early in cmd.exe: the message's brackets are full-width.
    const block = text.slice(text.indexOf('if errorlevel 1 ('), text.indexOf('\r\n)\r\n'));
    expect(block.slice('if errorlevel 1 ('.length)).not.toMatch(/[()]/);
  });
});
