import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/cli';
import { captureConsole } from '../support/console';
import { editionWith, normalisePaths, templatesWith } from '../support/edition-fixture';

const { stderr } = captureConsole();

/** What `validate` prints, with the temporary folders shown as data/ and templates/. */
async function validate(data: string, templates?: string): Promise<string[]> {
  expect(await main(['validate', '--data', data, ...(templates ? ['--templates', templates] : [])])).toBe(1);
  return stderr.map((line) => (templates ? line.split(templates).join('templates') : line)).map((line) => normalisePaths(line, data));
}

describe('a value that repeats the words its template writes beside it', () => {
  it('is reported at the value, naming the template, with the other problems of the edition', async () => {
    const data = editionWith([
      { file: 'release.json', find: '"distribution": "総務省記者クラブ"', replace: '"distribution": "参考配布：総務省記者クラブ"' },
      { file: 'programme.json', find: '"countries": 67', replace: '"countries": "67"' },
    ]);
    const templates = templatesWith();
    expect(await validate(data, templates)).toEqual([
      'data/programme.json:15:16: error: /countries must be a whole number, found string "67" [type] (write 67, without the double quotes)',
      'data/release.json:7:19: error: /distribution starts with "参考配布", which templates/release/distribution.hbs:1:6 already writes before it, so the documents read "参考配布：参考配布：総務省記者クラブ" [repeated-wording] (drop the repeated words: write "総務省記者クラブ")',
      '2 error(s); nothing was written, the previous output is unchanged',
    ]);
  });

  it('is found in any template, also inside {{#each}}, and compared by whole words', async () => {
    const data = editionWith([
      { file: 'programme.json', find: '"name": "外国語指導助手"', replace: '"name": "（外国語指導助手）"' },
      { file: 'projects.json', find: '"participant": "神戸市のホテルで働く元JET"', replace: '"participant": "元JET参加者：神戸市のホテルで働く元JET"' },
      { file: 'projects.json', find: '"participant": "米国の大学で美術史の教授をしている元JET"', replace: '"participant": "元JET参加者である米国の大学教授"' },
      { file: 'schedule.json', find: '"name": "CLAIR本部 大会議室"', replace: '"name": "会場町会館"' },
    ]);
    expect(await validate(data, templatesWith())).toEqual([
      'data/programme.json:10:30: error: /positions/0/name starts with "（" and ends with "）", which templates/partials/jet-programme.hbs:5:39 already writes around it, so the documents read "（（外国語指導助手））" [repeated-wording] (drop the repeated words: write "外国語指導助手")',
      'data/projects.json:11:22: error: /projects/0/participant starts with "元JET参加者", which templates/brief/project.hbs:3:11 already writes before it, so the documents read "元JET参加者 | 元JET参加者：神戸市のホテルで働く元JET" [repeated-wording] (drop the repeated words: write "神戸市のホテルで働く元JET")',
      '2 error(s); nothing was written, the previous output is unchanged',
    ]);
  });

  it('is found across the line break a ~ strips, and beside a triple-stash', async () => {
    const data = editionWith([
      { file: 'release.json', find: '"distribution": "総務省記者クラブ"', replace: '"distribution": "参考配布：総務省記者クラブ"' },
      { file: 'organiser.json', find: '"legalName": "', replace: '"legalName": "主催　' },
    ]);
    const templates = templatesWith([
      { file: 'release/distribution.hbs', content: '参考配布：\n{{~release.distribution}}' },
      { file: 'release/organiser.hbs', content: '主催　{{{organiser.legalName}}}\n' },
    ]);
    const repeats = (await validate(data, templates)).filter((line) => line.includes('[repeated-wording]'));
    expect(repeats.map((line) => line.split(': error')[0])).toEqual([expect.stringMatching(/^data\/organiser\.json:\d+:\d+$/), 'data/release.json:7:19']);
  });

  it('is not looked for in a part that failed its schema', async () => {
    const data = editionWith([{ file: 'release.json', find: '"distribution": "総務省記者クラブ"', replace: '"distribution": "参考配布：総務省記者クラブ\\u0007"' }]);
    expect(await validate(data)).toEqual([expect.stringMatching(/^data\/release\.json:7:19: error: \/distribution is not in the expected form: .* \[pattern\]/), '1 error(s); nothing was written, the previous output is unchanged']);
  });
});
