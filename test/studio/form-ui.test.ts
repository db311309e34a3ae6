import { beforeAll, describe, expect, it } from 'vitest';
import { formUiSchema, hideDescription, itemLabel, type UiSchema } from '../../src/studio/page/forms/form-ui';
import { formSchemas } from '../../src/studio/editable-files';

let ui: Record<string, UiSchema>;
beforeAll(async () => {
  const schemas = (await formSchemas()) as Record<string, Record<string, unknown>>;
  ui = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, formUiSchema(schema)]));
});

/** The uiSchema react-jsonschema-form uses for item `index` of an array's uiSchema. */
const item = (array: UiSchema, index: number) => (array.items as (item: unknown, index: number) => UiSchema)(undefined, index);
const titleOf = (array: UiSchema, index: number) => item(array, index)['ui:title'];
const at = (node: UiSchema, key: string) => node[key] as UiSchema;

describe('each array item labelled with what it is and its number', () => {
  it('by its own title (表題の行) or else its array\'s, never the shared definition\'s (短い文字列, 名称)', () => {
    expect(titleOf(at(ui['release.json'], 'titleLines'), 0)).toBe('表題の行 1');
    expect(titleOf(at(ui['release.json'], 'titleLines'), 2)).toBe('表題の行 3');
    expect(titleOf(at(ui['projects.json'], 'projects'), 2)).toBe('プロジェクト 3');
    expect(titleOf(at(ui['programme.json'], 'ministries'), 0)).toBe('協力省庁 1');
    expect(titleOf(at(ui['programme.json'], 'positions'), 1)).toBe('職種 2');
    expect(titleOf(at(ui['organiser.json'], 'overseasOffices'), 6)).toBe('海外事務所 7');
    expect(titleOf(at(at(ui['organiser.json'], 'contact'), 'persons'), 0)).toBe('担当者 1');
    expect(titleOf(at(ui['schedule.json'], 'sessions'), 1)).toBe('報告会 2');
    expect(titleOf(at(ui['schedule.json'], 'attendeeKinds'), 3)).toBe('出席者の区分 4');
    expect(titleOf(at(ui['registrations.json'], 'registrations'), 0)).toBe('申込 1');
  });

  it('inside an item too: a project\'s fields', () => {
    const project = item(at(ui['projects.json'], 'projects'), 4);
    expect(project['ui:title']).toBe('プロジェクト 5');
    expect(titleOf(at(project, 'fields'), 1)).toBe('活動分野 2');
  });

  it('names the item for the add button of its array', () => {
    expect(at(ui['release.json'], 'titleLines')['ui:options']).toEqual({ [itemLabel]: '表題の行' });
    expect(at(ui['projects.json'], 'projects')['ui:options']).toEqual({ [itemLabel]: 'プロジェクト' });
  });
});

describe('help where it helps', () => {
  it('an item without a description of its own shows none (not the shared definition\'s, once per item); one with its own keeps it', () => {
    expect(item(at(ui['organiser.json'], 'overseasOffices'), 0)['ui:options']).toEqual({ [hideDescription]: true });
    expect(item(at(ui['release.json'], 'titleLines'), 0)['ui:options']).toEqual({ [hideDescription]: true });
    expect(item(at(ui['schedule.json'], 'attendeeKinds'), 0)['ui:options']).toBeUndefined();
    expect(item(at(ui['schedule.json'], 'sessions'), 0)['ui:options']).toBeUndefined();
  });

  it('a date shows only a description of its own (発表日), not how to write one in the file', () => {
    expect(ui['release.json'].date).toBeUndefined();
    expect(at(item(at(ui['schedule.json'], 'groups'), 0), 'start')).toEqual({ 'ui:options': { [hideDescription]: true } });
  });

  it('a 文章 is typed in a box of several lines; a short text on one', () => {
    expect(at(item(at(ui['projects.json'], 'projects'), 0), 'plan')).toEqual({ 'ui:widget': 'textarea', 'ui:options': { rows: 4 } });
    expect(at(item(at(ui['projects.json'], 'projects'), 0), 'participant')).toBeUndefined();
  });
});
