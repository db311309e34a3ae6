import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/cli';
import { captureConsole } from '../support/console';
import { editionWith, normalisePaths } from '../support/edition-fixture';

const { stderr } = captureConsole();

async function validate(dir: string): Promise<string[]> {
  expect(await main(['validate', '--data', dir])).toBe(1);
  return stderr.map((line) => normalisePaths(line, dir));
}

describe('every problem in one run', () => {
  it('a schema error in one file and the cross-file errors of the others together', async () => {
    const dir = editionWith([
      { file: 'release.json', find: '"region": "西日本",', replace: '"region": 5,' },
      { file: 'schedule.json', find: '"date": "2017-10-30"', replace: '"date": "2017-11-02"' },
      { file: 'projects.json', find: '"code": "382019"', replace: '"code": "382018"' },
    ]);
    expect(await validate(dir)).toEqual([
      'data/projects.json:17:69: error: /projects/1/municipality/code "382018" is not a valid local government code (its check digit is wrong) [local-government-code] (copy the 6-digit 団体コード from the 総務省 list)',
      'data/release.json:8:13: error: /region must be a string (in double quotes), found number 5 [type] (write "5", in double quotes)',
      'data/schedule.json:10:15: error: /sessions/0/date is 2017-11-02, outside group A (2017-10-26 to 2017-10-31) [outside-window] (move the date inside the window or widen the group in schedule.json)',
      '3 error(s); nothing was written, the previous output is unchanged',
    ]);
  });

  it('a schema error in one file and a cross-file error in the same file, each once', async () => {
    const dir = editionWith([
      { file: 'projects.json', find: '"number": 2,', replace: '"number": "2",' },
      { file: 'projects.json', find: '"group": "B",', replace: '"group": "C",' },
      { file: 'schedule.json', find: '{ "id": "B", "start": "2017-11-06", "end": "2017-11-11" }', replace: '{ "id": "B", "start": "2017-11-06", "end": "2017-11-11", "note": "" }' },
    ]);
    expect(await validate(dir)).toEqual([
      'data/projects.json:16:17: error: /projects/1/number must be a whole number, found string "2" [type] (write 2, without the double quotes)',
      'data/projects.json:38:16: error: /projects/3/group names the group "C", which schedule.json does not define [dangling-reference] (defined groups: A, B)',
      'data/schedule.json:5:62: error: /groups/1 has an unknown key "note" [additionalProperties] (allowed keys: id, start, end)',
      '3 error(s); nothing was written, the previous output is unchanged',
    ]);
  });
});
