import { describe, expect, it } from 'vitest';
import { formSchemas } from '../../src/studio/editable-files';
import { recordTables } from '../../src/studio/record-tables';
import { textChanges, valueChanges } from '../../src/studio/version-changes';

const project = (number: number, prefecture: string, plan: string) => ({ number, municipality: { prefecture, code: '440001' }, group: 'A', start: '2017-10-27', end: '2017-10-29', participant: '元JET', plan, fields: ['文化'] });

describe('what a save changed, in the form\'s words', () => {
  it('names a field by its item\'s 1-based number and the schema\'s titles; a deleted item is one removal', async () => {
    const schemas = await formSchemas();
    const tables = recordTables(schemas);
    const before = { fields: ['観光'], projects: [project(1, '島根県', 'あ'), project(2, '愛媛県', 'い'), project(3, '大分県', 'う')] };
    const edited = { ...before, projects: [before.projects[0], before.projects[1], { ...before.projects[2], plan: 'え', municipality: { prefecture: '大分県', city: '別府市', code: '440001' } }] };
    expect(valueChanges(schemas['projects.json'], before, edited, tables)).toEqual([
      { kind: 'added', place: 'プロジェクト 3 の対象自治体・市区町村', after: '別府市' },
      { kind: 'changed', place: 'プロジェクト 3 の企画概要', before: 'う', after: 'え' },
    ]);
    const removed = { ...before, projects: [before.projects[0], before.projects[2]] };
    expect(valueChanges(schemas['projects.json'], before, removed, tables)).toEqual([{ kind: 'removed', place: 'プロジェクト 2（愛媛県）' }]);
    expect(valueChanges(schemas['projects.json'], before, { ...before, fields: ['観光', '文化'] }, tables)).toEqual([{ kind: 'changed', place: '活動分野', before: '観光', after: '観光、文化' }]);
  });

  it('lists a template\'s changed lines by their number', () => {
    expect(textChanges('a\nb\nc\n', 'a\nB\nc\nd\n')).toEqual([
      { kind: 'changed', place: '2 行目', before: 'b', after: 'B' },
      { kind: 'added', place: '4 行目', after: 'd' },
    ]);
  });
});
