import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPacket } from '../../../src/pipeline/build-packet';
import { InputError } from '../../../src/problems/diagnostics';
import { templatesDir } from '../../../src/runtime/paths';
import { checkBriefFileNames } from '../../../src/writers/municipal-brief-docx/file-names';
import type { BriefWords } from '../../../src/writers/municipal-brief-docx/words';
import { editionWith } from '../../support/edition-fixture';

describe("the briefs' file names, checked by their writer", () => {
  it('two municipalities whose names differ only in Unicode composition would share a brief: reported at the second one’s code', async () => {
    // が written as か and a combining voiced mark: a name of its own to the data, the same file name to macOS.
    const dir = editionWith([
      { file: 'projects.json', find: '{ "prefecture": "島根県", "city": "浜田市", "code": "322024" }', replace: '{ "prefecture": "島根県", "city": "がの市", "code": "322024" }' },
      { file: 'projects.json', find: '{ "prefecture": "愛媛県", "city": "松山市", "code": "382019" }', replace: '{ "prefecture": "島根県", "city": "\\u304B\\u3099の市", "code": "322016" }' },
    ]);
    const error = await checkPacket({ dataDir: dir, templatesDir, only: ['docx'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    const lines = fs.readFileSync(path.join(dir, 'projects.json'), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('"322016"')) + 1;
    expect((error as InputError).diagnostics).toEqual([
      expect.objectContaining({ file: path.join(dir, 'projects.json'), line, column: lines[line - 1].indexOf('"322016"') + 1, rule: 'file-name-clash', message: expect.stringContaining('322024') }),
    ]);
  });

  it('a name no file system takes is reported with the reason', () => {
    const words = [{ code: '401005', fileStem: 'CON' }, { code: '322024', fileStem: '島根県浜田市' }] as unknown as BriefWords[];
    const sources = [{ file: 'data/projects.json', text: '{\n  "projects": [\n    { "municipality": { "code": "401005" } },\n    { "municipality": { "code": "322024" } }\n  ]\n}\n' }];
    expect(checkBriefFileNames(words, sources)).toEqual([
      expect.objectContaining({ file: 'data/projects.json', line: 3, column: 33, rule: 'file-name', message: expect.stringContaining('Windows reserves') }),
    ]);
  });
});
