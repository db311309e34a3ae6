import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/cli';
import { parseCliArgs } from '../../src/cli/cli-options';
import { UsageError } from '../../src/problems/diagnostics';
import { packageRoot } from '../../src/runtime/paths';
import { captureConsole } from '../support/console';
import { editionWith, seedDataDir, normalisePaths, snapshotFolder, tempDir } from '../support/edition-fixture';

const { stdout, stderr } = captureConsole();

describe('argument parsing', () => {
  it('reads every option', () => {
    expect(parseCliArgs(['build', '--data', 'd', '--out', 'o', '--only', 'pdf, xlsx', '--registrations', 'r.json', '--threads', '2'])).toEqual({
      command: 'build', dataDir: 'd', outDir: 'o', only: ['pdf', 'xlsx'], registrationsFile: 'r.json', threads: 2, quiet: false, port: 0, help: false,
    });
    expect(parseCliArgs(['validate'])).toMatchObject({ command: 'validate', dataDir: 'data', outDir: path.join('output', 'data'), outDirPerEdition: true });
    expect(parseCliArgs(['build', '--data', 'editions/2018'])).toMatchObject({ outDir: path.join('output', '2018') });
    expect(parseCliArgs(['build', '--out', 'elsewhere'])).not.toHaveProperty('outDirPerEdition');
  });

  it.each([[[]], [['publish']], [['build', '--dta', 'x']], [['build', 'extra']], [['build', '--threads', '0']], [['build', '--only', ',']]])('rejects %j as a usage error', (argv) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
  });
});

describe('exit codes', () => {
  it('0 when the data is valid', async () => {
    expect(await main(['validate', '--data', seedDataDir])).toBe(0);
    expect(stdout.join('\n')).toContain('8 projects');
  });

  it('1 with every problem on stderr, one per line, then a count', async () => {
    const dir = editionWith([
      { file: 'projects.json', find: '"number": 6,', replace: '"number": 5,' },
      { file: 'release.json', find: '"date": "2017-10-13"', replace: '"date": "2017-02-30"' },
    ]);
    expect(await main(['validate', '--data', dir])).toBe(1);
    expect(stderr.map((l) => normalisePaths(l, dir))).toEqual([
      expect.stringMatching(/^data\/projects\.json:\d+:\d+: error: \/projects\/5\/number repeats the number 5/),
      expect.stringMatching(/^data\/release\.json:3:11: error: \/date must be a real calendar date/),
      '2 error(s); nothing was written, the previous output is unchanged',
    ]);
  });

  it('2 for a usage error, including an unknown document', async () => {
    expect(await main(['build', '--bogus'])).toBe(2);
    expect(await main(['build', '--only', 'fax'])).toBe(2);
    expect(stderr.join('\n')).toContain('unknown document "fax"');
  });

  it('the real process exits with the code (1 for bad data)', () => {
    const dir = editionWith([{ file: 'schedule.json', content: '{' }]);
    const run = spawnSync(process.execPath, ['-r', 'ts-node/register', 'src/cli/cli.ts', 'validate', '--data', dir], { cwd: packageRoot, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(normalisePaths(run.stderr, dir)).toContain('data/schedule.json:1:2: error: the file ends too early [syntax]');
  });
});

describe('the output folder', () => {
  it('keeps the previous packet byte for byte when a build fails', async () => {
    const out = path.join(tempDir(), 'output');
    expect(await main(['build', '--data', seedDataDir, '--out', out])).toBe(0);
    const before = snapshotFolder(out);
    expect(before.has('manifest.json')).toBe(true);

    const broken = editionWith([{ file: 'projects.json', find: '"group": "A"', replace: '"group": "Z"' }]);
    expect(await main(['build', '--data', broken, '--out', out])).toBe(1);
    expect(snapshotFolder(out)).toEqual(before);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['output']);
  });
});
