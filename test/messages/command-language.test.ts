import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/cli';
import { parseCliArgs, systemLang } from '../../src/cli/cli-options';
import { UsageError } from '../../src/problems/diagnostics';
import { captureConsole } from '../support/console';
import { editionWith, normalisePaths } from '../support/edition-fixture';

const { stderr } = captureConsole();

/** A copy of the seed with three problems in three files: a date, a group that does not exist, a field left empty. */
const threeProblems = (): string =>
  editionWith([
    { file: 'projects.json', find: '"end": "2017-10-29"', replace: '"end": "2017-10-20"' },
    { file: 'schedule.json', find: '"group": "B"', replace: '"group": "Q"' },
    { file: 'release.json', find: '"category": "JETプログラム事業"', replace: '"category": ""' },
  ]);

describe('the commands\' language', () => {
  it('--lang ja prints each problem in Japanese, with file:line:column and the rule id', async () => {
    const dir = threeProblems();
    expect(await main(['validate', '--data', dir, '--lang', 'ja'])).toBe(1);
    const lines = stderr.map((line) => normalisePaths(line, dir));
    expect(lines).toEqual([
      expect.stringMatching(/^data\/projects\.json:\d+:\d+: エラー: プロジェクト 1 の最終日（2017-10-20）が初日（.*）より前です。 \[end-before-start\]（初日と最終日を/),
      expect.stringMatching(/^data\/release\.json:\d+:\d+: エラー: 分類が空です。 \[minLength\]（分類を入力してください。）$/),
      expect.stringMatching(/^data\/schedule\.json:\d+:\d+: エラー: 報告会 2 の日程グループ「Q」は、日程と報告会の日程グループにありません。 \[dangling-reference\]/),
      '問題が 3 件あります。何も書き込んでいません（前の出力はそのままです）。',
    ]);
  });

  it('--lang en prints the English it always has', async () => {
    const dir = threeProblems();
    expect(await main(['validate', '--data', dir, '--lang', 'en'])).toBe(1);
    expect(stderr.map((line) => normalisePaths(line, dir))).toEqual([
      expect.stringMatching(/^data\/projects\.json:\d+:\d+: error: \/projects\/0\/end is 2017-10-20, before the start .* \[end-before-start\] \(swap the dates or correct one of them\)$/),
      expect.stringMatching(/^data\/release\.json:\d+:\d+: error: \/category must not be empty \[minLength\]/),
      expect.stringMatching(/^data\/schedule\.json:\d+:\d+: error: \/sessions\/1\/group names the group "Q", which \/groups does not define \[dangling-reference\] \(defined groups: A, B\)$/),
      '3 error(s); nothing was written, the previous output is unchanged',
    ]);
  });

  it('follows the system: LC_ALL, then LC_MESSAGES, then LANG, else the user\'s locale', () => {
    expect(systemLang({ LANG: 'ja_JP.UTF-8' }, 'en-US')).toBe('ja');
    expect(systemLang({ LC_ALL: 'en_US.UTF-8', LANG: 'ja_JP.UTF-8' }, 'ja-JP')).toBe('en');
    expect(systemLang({ LC_MESSAGES: 'ja_JP.eucJP', LANG: 'en_GB.UTF-8' }, 'en-US')).toBe('ja');
    // Windows and a Mac app set no LANG: the user's locale (Intl) decides.
    expect(systemLang({}, 'ja-JP')).toBe('ja');
    expect(systemLang({ LANG: 'C.UTF-8' }, 'ja-JP')).toBe('ja');
    expect(systemLang({}, 'en-US')).toBe('en');
    expect(systemLang({ LANG: 'jv_ID' }, 'en-US')).toBe('en');
  });

  it('says a wrong option, and what the import found with its values, in the language asked', async () => {
    expect(await main(['build', '--threads', '99', '--lang', 'ja'])).toBe(2);
    expect(stderr.splice(0)).toEqual(['エラー: --threads は 1 から 64 までの整数です（「99」が指定されました）', 'オプションは --help で確かめられます']);
    expect(await main(['build', '--threads', '99', '--lang', 'en'])).toBe(2);
    expect(stderr.splice(0)).toEqual(['error: --threads must be a whole number from 1 to 64, got "99"', 'run with --help for the options']);

    const dir = editionWith([]);
    const list = path.join(dir, 'list.csv');
    fs.writeFileSync(list, '氏名,ふりがな,所属,報告会,区分,好きな色\n山田太郎,やまだたろう,朝日新聞,Z日程,報道,赤\n');
    expect(await main(['import-registrations', '--data', dir, '--lang', 'ja', list])).toBe(1);
    expect(stderr.map((line) => normalisePaths(line, dir))).toEqual([
      expect.stringMatching(/list\.csv:1:6: エラー: 列「好きな色」が、申込のどの項目のものか分かりません。 \[column\]/),
      expect.stringMatching(/list\.csv:2:4: エラー: 「報告会」の「Z日程」は、日程と報告会のどの報告会にもあたりません。 \[session\]（.*報告会：A日程 10月30日（月）、B日程 11月10日（金））$/),
      expect.stringMatching(/^問題が 2 件あるため、何も書き込んでいません（.*registrations\.json は元のままです）$/),
    ]);
  });

  it('--lang takes ja or en', () => {
    expect(parseCliArgs(['validate', '--lang', 'ja'])).toMatchObject({ lang: 'ja' });
    expect(() => parseCliArgs(['validate', '--lang', 'fr'])).toThrow(UsageError);
  });
});
