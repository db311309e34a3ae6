import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/cli';
import { parseCliArgs } from '../../src/cli/cli-options';
import { UsageError } from '../../src/problems/diagnostics';
import { packageRoot } from '../../src/runtime/paths';
import { captureConsole } from '../support/console';
import { editionWith, normalisePaths, tempDir } from '../support/edition-fixture';

const { stdout, stderr } = captureConsole();

const signups = '氏名,ふりがな,所属,区分,電話,報告会\r\n山田 太郎,ヤマダ タロウ,架空新聞社,報道,03-1234-5678,A日程\r\n鈴木 花子,すずき はなこ,架空市役所,自治体,,B\r\n';

function listFile(text: string, name = 'signups.csv'): string {
  const file = path.join(tempDir('presskit-signups-'), name);
  fs.writeFileSync(file, text);
  return file;
}

describe('npm run import-registrations -- FILE…', () => {
  it('takes the files and its options', () => {
    expect(parseCliArgs(['import-registrations', 'a.csv', 'b.xlsx', '--data', 'd', '--sheet', '申込', '--map', 'm.json', '--dry-run', '--update'])).toMatchObject({
      command: 'import-registrations', dataDir: 'd', files: ['a.csv', 'b.xlsx'], sheet: '申込', mapFile: 'm.json', dryRun: true, update: true,
    });
    expect(parseCliArgs(['import-registrations', 'a.csv'])).toMatchObject({ files: ['a.csv'], dryRun: false, update: false });
  });

  it.each([[['import-registrations']], [['build', '--sheet', 'x']], [['validate', '--update']], [['build', 'a.csv']]])('rejects %j as a usage error', (argv) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
  });

  it('prints what it read and what it did, and exits 0', async () => {
    const dataDir = editionWith();
    const file = listFile(signups);
    expect(await main(['import-registrations', file, '--data', dataDir, '--dry-run'])).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'registrations.json'))).toBe(false);
    expect(await main(['import-registrations', file, '--data', dataDir])).toBe(0);
    expect(stdout.map((l) => normalisePaths(l, dataDir).replace(file, 'signups.csv'))).toEqual([
      'signups.csv: CSV, UTF-8, 2 row(s)',
      'data/registrations.json: 2 added, 0 updated, 0 unchanged, 0 conflict(s), 0 row(s) rejected',
      'dry run: nothing was written',
      'signups.csv: CSV, UTF-8, 2 row(s)',
      'data/registrations.json: 2 added, 0 updated, 0 unchanged, 0 conflict(s), 0 row(s) rejected',
      'created',
    ]);
    expect(stderr).toEqual([]);
  });

  it('exits 1 for a bad row, printing it at its row:column, and writes nothing', () => {
    const dataDir = editionWith();
    const file = listFile(signups.replace('架空市役所,自治体', '架空市役所,市役所'));
    const run = spawnSync(process.execPath, ['-r', 'ts-node/register', 'src/cli/cli.ts', 'import-registrations', file, '--data', dataDir], { cwd: packageRoot, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n').map((l) => normalisePaths(l, dataDir).replace(file, 'signups.csv'))).toEqual([
      'signups.csv:3:4: error: 区分 must be one of "報道", "自治体", "省庁", "その他" [enum] (or add it to attendeeKinds in schedule.json)',
      '1 error(s); nothing was written, data/registrations.json is unchanged',
      '',
    ]);
    expect(fs.existsSync(path.join(dataDir, 'registrations.json'))).toBe(false);
  });

  it('exits 1 for a file that is not there, naming it', async () => {
    expect(await main(['import-registrations', 'no-such-list.csv', '--data', editionWith()])).toBe(1);
    expect(stderr[0]).toBe('no-such-list.csv: error: no such file [file] (check the name and the folder of the file)');
  });
});
