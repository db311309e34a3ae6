import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { customizeValidator } from '@rjsf/validator-ajv8';
import type { RJSFSchema } from '@rjsf/utils';
import { fileValue, openedValue, sameValue } from '../../src/studio/page/forms/form-value';
import { formSchemas } from '../../src/studio/editable-files';
import { editedJson } from '../../src/save/json-edits';
import { seedDataDir } from '../support/edition-fixture';

type Schedule = { sessions: Record<string, unknown>[]; attendeeKinds?: string[]; walkInRows?: number };

let schemas: Record<string, RJSFSchema>;
const validator = customizeValidator({ AjvClass: Ajv2020 });
beforeAll(async () => {
  schemas = (await formSchemas()) as Record<string, RJSFSchema>;
});
const seedText = (name: string) => fs.readFileSync(path.join(seedDataDir, name), 'utf8');

/** The seed's schedule.json as its form opens: the file, and the form's value with react-jsonschema-form's defaults. */
function openSchedule(): { text: string; file: Schedule; opened: Schedule } {
  const text = seedText('schedule.json');
  const file = JSON.parse(text) as Schedule;
  return { text, file, opened: openedValue(validator, schemas['schedule.json'], file) as Schedule };
}

describe('a form opened on a file whose schema has defaults', () => {
  it('shows the defaults, yet is no change: left untouched it saves the file byte for byte', () => {
    const { text, file, opened } = openSchedule();
    expect(file).not.toHaveProperty('attendeeKinds');
    expect(opened).toMatchObject({ attendeeKinds: ['報道', '自治体', '省庁', 'その他'], walkInRows: 20 });
    expect(fileValue(file, opened, structuredClone(opened))).toBe(file);
    expect(editedJson(text, fileValue(file, opened, structuredClone(opened)))).toBe(text);
  });

  it('writes one edited field and none of the defaults: one line of the file', () => {
    const { text, file, opened } = openSchedule();
    const edited = structuredClone(opened);
    edited.sessions[1].start = '15:30';
    const saved = editedJson(text, fileValue(file, opened, edited));
    expect(saved.split('\n').filter((line, i) => line !== text.split('\n')[i])).toEqual([expect.stringContaining('"start": "15:30"')]);
    expect(saved.split('\n')).toHaveLength(text.split('\n').length);
  });

  it('writes a default once it is edited, whole; the other default stays unwritten', () => {
    const { file, opened } = openSchedule();
    const edited = structuredClone(opened);
    edited.attendeeKinds![3] = '一般';
    edited.walkInRows = 30;
    const value = fileValue(file, opened, edited) as Schedule;
    expect(value.attendeeKinds).toEqual(['報道', '自治体', '省庁', '一般']);
    expect(value.walkInRows).toBe(30);
    const onlyKinds = structuredClone(opened);
    onlyKinds.attendeeKinds!.push('一般');
    expect(fileValue(file, opened, onlyKinds)).not.toHaveProperty('walkInRows');
  });

  it('an edit undone is no change', () => {
    const { file, opened } = openSchedule();
    const edited = structuredClone(opened);
    edited.walkInRows = 5;
    expect(sameValue(fileValue(file, opened, edited), file)).toBe(false);
    edited.walkInRows = 20;
    expect(fileValue(file, opened, edited)).toBe(file);
  });

  it('a file that does not exist yet (申込者) opens as no change', () => {
    const opened = openedValue(validator, schemas['registrations.json'], {});
    expect(fileValue({}, opened, structuredClone(opened))).toEqual({});
  });
});

describe('edits of keys and array items', () => {
  // Each item as the file has it, and as the form shows it (with a default `d`).
  const file = { items: [{ a: 1 }, { a: 2 }, { a: 3 }], note: 'x' };
  const opened = { items: [{ a: 1, d: 0 }, { a: 2, d: 0 }, { a: 3, d: 0 }], note: 'x' };

  it('a key cleared (react-jsonschema-form leaves it undefined) is removed', () => {
    expect(fileValue(file, opened, { ...opened, note: undefined })).toEqual({ items: file.items });
  });

  it('items moved, removed or added: an untouched item keeps its file form wherever it went', () => {
    const [one, two, three] = opened.items;
    expect(fileValue(file, opened, { ...opened, items: [three, one, two] })).toEqual({ ...file, items: [{ a: 3 }, { a: 1 }, { a: 2 }] });
    expect(fileValue(file, opened, { ...opened, items: [one, three] })).toEqual({ ...file, items: [{ a: 1 }, { a: 3 }] });
    expect(fileValue(file, opened, { ...opened, items: [one, { a: 9, d: 0 }, two, three] })).toEqual({ ...file, items: [{ a: 1 }, { a: 9, d: 0 }, { a: 2 }, { a: 3 }] });
  });

  it('an item edited in place keeps what was not edited as the file has it', () => {
    expect(fileValue(file, opened, { ...opened, items: [opened.items[0], { a: 5, d: 0 }, opened.items[2]] })).toEqual({ ...file, items: [{ a: 1 }, { a: 5 }, { a: 3 }] });
  });

  it('compares as JSON: no undefined keys, any key order', () => {
    expect(sameValue({ a: 1, b: undefined, c: [1, { x: 2, y: 3 }] }, { c: [1, { y: 3, x: 2 }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: [] }, { a: {} })).toBe(false);
  });
});
