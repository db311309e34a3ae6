import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/cli';
import { packageRoot } from '../../src/runtime/paths';
import { captureConsole } from '../support/console';
import { editionWith, normalisePaths, tempDir } from '../support/edition-fixture';

const { stderr } = captureConsole();

/** A build that must be refused after the release's thread has started: a character the fonts lack. */
const withFlag = () => editionWith([{ file: 'release.json', find: '"distribution": "総務省記者クラブ"', replace: '"distribution": "総務省記者クラブ🎌"' }]);
const positioned = 'data/release.json:7:28: error: the character "🎌" (U+1F38C) is not in the release\'s fonts and would print as an empty box [missing-glyph]';
const command = path.join(packageRoot, 'src', 'runtime', 'run-compiled.js');
const runs = 50;
/**
 * As the command, each build a process of its own, a few times: the exit and what it prints. The
 * race that once ended 1 such process in 20 with 0 and nothing said (a reply coming while the
 * release's thread closed) is made to happen every time in render-thread.test.ts.
 */
const commandRuns = 3;

describe('a refused build exits 1 and says why, every time', () => {
  it(`in-process, ${runs} times in a row`, async () => {
    const data = withFlag();
    const out = path.join(tempDir(), 'output');
    for (let run = 0; run < runs; run++) {
      stderr.length = 0;
      expect(await main(['build', '--data', data, '--out', out, '--threads', '2', '--quiet'])).toBe(1);
      expect(stderr.map((line) => normalisePaths(line, data))).toEqual([expect.stringContaining(positioned), '1 error(s); nothing was written, the previous output is unchanged']);
    }
    expect(fs.existsSync(out)).toBe(false);
  }, 600_000);

  it(`as the command, ${commandRuns} times in a row`, () => {
    const data = withFlag();
    const out = path.join(tempDir(), 'output');
    const outcomes = new Map<string, number>();
    for (let run = 0; run < commandRuns; run++) {
      const result = spawnSync(process.execPath, [command, 'build', '--data', data, '--out', out, '--threads', '2'], { encoding: 'utf8' });
      const outcome = `exit ${result.status}: ${normalisePaths(result.stderr, data).split('\n')[0]}`;
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    expect(Object.fromEntries(outcomes)).toEqual({ [`exit 1: ${positioned} (replace it, or build with --fallback-font FILE naming a font that has it)`]: commandRuns });
    expect(fs.existsSync(out)).toBe(false);
  }, 900_000);
});

describe('Ctrl-C during a build', () => {
  it('stops it with exit 130 and a line saying nothing was written; the previous packet stays', async () => {
    const out = path.join(tempDir(), 'output');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'previous.txt'), 'the last packet');
    // Told when the build listens for Ctrl-C, so the signal comes during the build, not before it.
    const listening = path.join(tempDir(), 'on-sigint.js');
    fs.writeFileSync(listening, "const on = process.on; process.on = function (name, f) { const result = on.call(this, name, f); if (name === 'SIGINT') process.stderr.write('listening\\n'); return result; };");
    const child = spawn(process.execPath, ['-r', listening, command, 'build', '--data', editionWith(), '--out', out, '--threads', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (!err.includes('listening') && (err += chunk).includes('listening')) child.kill('SIGINT');
      else err += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect({ code, err: err.replaceAll('listening\n', '') }).toEqual({ code: 130, err: 'error: interrupted (Ctrl-C); nothing was written, the previous output is unchanged\n' });
    expect(fs.readdirSync(out)).toEqual(['previous.txt']);
  }, 120_000);
});
