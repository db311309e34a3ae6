import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { progressLine } from '../../src/cli/cli-progress';
import { packageRoot } from '../../src/runtime/paths';
import { writeSyntheticEdition } from '../../src/bench/synthetic-edition';
import { seedDataDir, tempDir } from '../support/edition-fixture';

const clearLine = '\r\x1b[2K';

describe('the progress line', () => {
  afterEach(() => vi.useRealTimers());

  function drawn(delayMs: number, steps: (progress: ReturnType<typeof progressLine>['progress'], advance: (ms: number) => void) => void): string {
    vi.useFakeTimers();
    let now = 0;
    let out = '';
    const line = progressLine({ write: (text: string) => (out += text), columns: 100 }, { delayMs, now: () => now, everyMs: 100 });
    steps(line.progress, (ms) => {
      now += ms;
      vi.advanceTimersByTime(ms);
    });
    line.end();
    return out;
  }

  it('stays silent for a build shorter than its delay', () => {
    expect(drawn(2000, (progress, advance) => {
      progress.stage('load', true);
      advance(1500);
      progress.stage('load', false);
    })).toBe('');
  });

  it('shows the stages running and the briefs made with the time left (their total as soon as it is known), redrawn in place, and is erased at the end', () => {
    const out = drawn(2000, (progress, advance) => {
      progress.stage('pdf', true);
      progress.stage('docx', true);
      advance(2000);
      progress.count('docx', 100, 400);
      advance(100);
      progress.count('docx', 200, 400);
      advance(100);
      progress.stage('docx', false);
      advance(100);
    });
    const frames = out.split(clearLine).slice(1);
    expect(frames).toEqual(['2.0 s  drawing the release · briefs', '2.0 s  drawing the release · briefs 100/400, 6 s left', '2.1 s  drawing the release · briefs 100/400, 6 s left', '2.2 s  drawing the release · briefs 200/400, 2 s left', '2.3 s  drawing the release', '']);
  });

  it('fits the terminal width', () => {
    vi.useFakeTimers();
    let out = '';
    const line = progressLine({ write: (text: string) => (out += text), columns: 20 }, { delayMs: 0, now: () => 0 });
    line.progress.stage('pdf', true);
    vi.advanceTimersByTime(1);
    line.end();
    // 19 characters: the last column is left free, or the terminal would wrap the line.
    expect(out).toBe(`${clearLine}0.0 s  drawing the…${clearLine}`);
  });
});

describe('the build command', () => {
  let data: string;
  beforeAll(() => {
    data = path.join(tempDir(), 'data');
    writeSyntheticEdition(data, 40, 40, seedDataDir);
  });
  const command = (...extra: string[]) => ['node', path.join(packageRoot, 'src', 'runtime', 'run-compiled.js'), 'build', '--data', data, '--out', path.join(tempDir(), 'output'), ...extra];
  /** Runs the command in a pseudo-terminal (util-linux `script`), as in a terminal window. */
  // The line shows at once (not after 2 s), and the briefs' total as soon as it is known, so a fast machine cannot finish before them.
  const inTerminal = (...extra: string[]) => spawnSync('script', ['-qec', command(...extra).join(' '), '/dev/null'], { cwd: packageRoot, encoding: 'utf8', env: { ...process.env, PRESSKIT_PROGRESS_AFTER_MS: '0' } });

  it('shows its progress in a terminal, and leaves the list of files', () => {
    const run = inTerminal();
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/\r\x1b\[2K\d+\.\d s  .*briefs \d+\/40\b/);
    const afterProgress = run.stdout.slice(run.stdout.lastIndexOf(clearLine) + clearLine.length);
    expect(afterProgress).toMatch(/^\S+\.docx +\d/);
    expect(afterProgress).toMatch(/built 42 document file\(s\) in [\d.]+ s\r?\n$/);
  }, 120_000);

  it('shows none with --quiet, nor when stderr is not a terminal', () => {
    const quiet = inTerminal('--quiet', '--only', 'docx');
    expect(quiet.status, quiet.stdout).toBe(0);
    expect(quiet.stdout).not.toContain('\x1b[');
    const [node, ...args] = command('--only', 'docx');
    const piped = spawnSync(node, args, { cwd: packageRoot, encoding: 'utf8', env: { ...process.env, PRESSKIT_PROGRESS_AFTER_MS: '0' } });
    expect(piped.status, piped.stderr).toBe(0);
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toMatch(/built 40 document file\(s\)/);
  }, 120_000);
});
