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

  it('imports a Google Forms list as people head its questions, 区分 given for all its rows with --set; never a silent default', async () => {
    const dataDir = editionWith();
    const file = listFile(
      'タイムスタンプ,メールアドレス,お名前,ふりがな,ご所属,出席される報告会,備考\r\n' +
        '2017/10/16 10:21:33,yamada@example.jp,山田 太郎,やまだ たろう,架空新聞社,A日程（10月30日（月）16:30～）,\r\n' +
        '2017/10/16 11:02:09,Suzuki@Example.jp,鈴木 花子,すずき はなこ,架空テレビ,B日程,車で伺います\r\n',
      'フォームの回答.csv',
    );
    expect(await main(['import-registrations', file, '--data', dataDir])).toBe(1);
    expect(stderr.map((l) => l.replace(file, 'list.csv'))).toEqual([
      'list.csv:1:1: error: the heading row has no column for 区分 (kind) [column] (give every row one value with --set kind=…, add a column headed 区分, 種別, 参加区分 or name its column in a --map file; the fields: 報告会 (session), 氏名 (name), ふりがな (furigana), 所属 (organisation), 区分 (kind), 役職 (title), 電話 (tel), メール (email))',
      expect.stringContaining('1 error(s); nothing was written'),
    ]);
    expect(await main(['import-registrations', file, '--data', dataDir, '--set', 'kind=報道'])).toBe(0);
    const written = JSON.parse(fs.readFileSync(path.join(dataDir, 'registrations.json'), 'utf8')) as { registrations: unknown[] };
    expect(written.registrations).toEqual([
      { session: 'A', name: '山田 太郎', furigana: 'やまだ たろう', organisation: '架空新聞社', kind: '報道', email: 'yamada@example.jp' },
      { session: 'B', name: '鈴木 花子', furigana: 'すずき はなこ', organisation: '架空テレビ', kind: '報道', email: 'Suzuki@Example.jp' },
    ]);
    // The same people again, their addresses in other capitals: the same registrations, nothing to change.
    const again = listFile(fs.readFileSync(file, 'utf8').replace('yamada@example.jp', 'Yamada@Example.JP').replace('Suzuki@Example.jp', 'suzuki@example.jp'), 'again.csv');
    stdout.length = 0;
    expect(await main(['import-registrations', again, '--data', dataDir, '--set', '区分=報道'])).toBe(0);
    expect(stdout.slice(-2).map((l) => normalisePaths(l, dataDir))).toEqual(['data/registrations.json: 0 added, 0 updated, 2 unchanged, 0 conflict(s), 0 row(s) rejected', 'nothing to change']);
  });

  it('refuses a --set value the edition does not allow, naming the option', async () => {
    const file = listFile('お名前,ふりがな,ご所属,参加希望の報告会\r\n山田 太郎,やまだ たろう,架空新聞社,A\r\n');
    expect(await main(['import-registrations', file, '--data', editionWith(), '--set', 'kind=記者'])).toBe(1);
    expect(stderr[0]).toBe('--set: error: 区分 "記者" is not one of 報道, 自治体, 省庁, その他 [enum] (choose one of them, or add it to attendeeKinds in schedule.json)');
    expect(() => parseCliArgs(['import-registrations', file, '--set', 'kind'])).toThrow(UsageError);
  });

  it('exits 1 for a file that is not there, naming it', async () => {
    expect(await main(['import-registrations', 'no-such-list.csv', '--data', editionWith()])).toBe(1);
    expect(stderr[0]).toBe('no-such-list.csv: error: no such file [file] (check the name and the folder of the file)');
  });
});
