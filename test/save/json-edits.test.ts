import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editedJson, layoutOf } from '../../src/save/json-edits';
import { seedDataDir } from '../support/edition-fixture';

/** The one run of lines where two texts differ (all before and after it is the same): what it was and what it became. */
function changedBlock(before: string, after: string): { line: number; removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { line: start + 1, removed: a.slice(start, a.length - end), added: b.slice(start, b.length - end) };
}

const seed = (name: string) => fs.readFileSync(path.join(seedDataDir, name), 'utf8');
const value = (text: string) => JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown> & { projects: Record<string, unknown>[] };

describe('a save changes only what changed', () => {
  it('one field: one line', () => {
    const text = seed('release.json');
    const next = { ...value(text), date: '2018-10-12' };
    const saved = editedJson(text, next);
    expect(changedBlock(text, saved)).toEqual({ line: 3, removed: ['  "date": "2017-10-13",'], added: ['  "date": "2018-10-12",'] });
    expect(JSON.parse(saved)).toEqual(next);
  });

  it('a field inside an array item, written in Japanese, with a BOM and CRLF line ends kept', () => {
    const text = `\uFEFF${seed('projects.json').replace(/\n/g, '\r\n')}`;
    const next = value(text);
    next.projects[2] = { ...next.projects[2], participant: '大分県で働いた元JET' };
    const saved = editedJson(text, next);
    expect(saved.startsWith('\uFEFF')).toBe(true);
    const { removed, added } = changedBlock(text, saved);
    expect(removed).toHaveLength(1);
    expect(added).toEqual([expect.stringMatching(/^\s+"participant": "大分県で働いた元JET",\r$/)]);
    expect(saved.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('one array item added or removed: its lines only, in the file\'s own indentation', () => {
    const text = seed('projects.json');
    const removed = value(text);
    const [gone] = removed.projects.splice(3, 1);
    const afterRemoval = editedJson(text, removed);
    expect(JSON.parse(afterRemoval)).toEqual(removed);
    const removal = changedBlock(text, afterRemoval);
    expect(removal.added).toEqual([]);
    expect(removal.removed.join('\n')).toContain(`"number": ${String(gone.number)}`);
    expect(removal.removed.join('\n')).not.toContain(`"number": ${String(removed.projects[3].number)}`);

    const added = value(afterRemoval);
    added.projects.splice(3, 0, gone);
    const afterAdding = editedJson(afterRemoval, added);
    expect(JSON.parse(afterAdding)).toEqual(value(text));
    const adding = changedBlock(afterRemoval, afterAdding);
    expect(adding.removed).toEqual([]);
    expect(adding.added.join('\n')).toContain(`"number": ${String(gone.number)}`);
  });

  it('the last item of a one-line array (jsonc-parser #120) still comes out right', () => {
    const text = '{\n\t"fields": ["観光", "経済", "教育"],\n\t"n": 1\n}\n';
    const next = { fields: ['観光', '経済'], n: 1 };
    const saved = editedJson(text, next);
    expect(JSON.parse(saved)).toEqual(next);
    expect(layoutOf(saved)).toEqual(layoutOf(text));
  });

  it('a key removed and a key added', () => {
    const text = seed('schedule.json');
    const next = value(text) as Record<string, unknown>;
    next.walkInRows = 12;
    const saved = editedJson(text, next);
    expect(JSON.parse(saved)).toEqual(next);
    const { removed, added } = changedBlock(text, saved);
    expect(removed).toHaveLength(1); // the line before takes a comma
    expect(added).toHaveLength(2);
    expect(added[1]).toBe('  "walkInRows": 12');
    const back = editedJson(saved, value(text));
    expect(JSON.parse(back)).toEqual(value(text));
  });

  it('items added at the end or the start are written as their neighbours are, and the neighbours are left alone', () => {
    const text = '{\n  "registrations": [\n    { "name": "見本 太郎", "session": "A" },\n    { "name": "試験 花子", "session": "B" }\n  ],\n  "n": [1, 2]\n}\n';
    const next = { registrations: [{ name: '先頭', session: 'A' }, { name: '見本 太郎', session: 'A' }, { name: '試験 花子', session: 'B' }, { name: '新規 三郎', session: 'A', tel: '03-0000-0001' }], n: [1, 2, 3] };
    expect(editedJson(text, next)).toBe(
      '{\n  "registrations": [\n    { "name": "先頭", "session": "A" },\n    { "name": "見本 太郎", "session": "A" },\n    { "name": "試験 花子", "session": "B" },\n    { "name": "新規 三郎", "session": "A", "tel": "03-0000-0001" }\n  ],\n  "n": [1, 2, 3]\n}\n',
    );
    const projects = seed('projects.json');
    const more = value(projects);
    more.projects.push({ ...more.projects[0], number: 99 });
    const { removed, added } = changedBlock(projects, editedJson(projects, more));
    expect(removed).toEqual([]);
    expect(added[0]).toBe('    },');
    expect(added[1]).toBe('    {');
    expect(added[2]).toBe('      "number": 99,');
  });

  it('a thousand values changed and a thousand items added change those lines and add those lines only', () => {
    const item = (i: number, org: string) => ({ name: `見本 ${i}`, organisation: org, n: i });
    const before = { registrations: Array.from({ length: 1000 }, (_, i) => item(i, '架空社')) };
    const text = `{\n  "registrations": [\n${before.registrations.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]\n}\n`;
    const changed = { registrations: before.registrations.map((r, i) => (i % 2 ? item(i, '架空社 第二') : r)) };
    const once = editedJson(text, changed);
    const lines = (t: string) => t.split('\n');
    expect(lines(once).filter((line, i) => line !== lines(text)[i])).toHaveLength(500);
    expect(lines(once)[3]).toBe('    {"name":"見本 1","organisation":"架空社 第二","n":1},');
    const grown = { registrations: [...changed.registrations, ...Array.from({ length: 1000 }, (_, i) => item(1000 + i, '新規'))] };
    const twice = editedJson(once, grown);
    expect(JSON.parse(twice)).toEqual(grown);
    expect(lines(twice).slice(0, 1001)).toEqual(lines(once).slice(0, 1001));
    expect(lines(twice)[1001]).toBe(`${lines(once)[1001]},`);
    expect(lines(twice)[1002]).toBe('    { "name": "見本 1000", "organisation": "新規", "n": 1000 },');
  });

  it('items added to an empty array go on lines of their own, flat ones on one line', () => {
    const text = '{\n  "registrations": [],\n  "n": 1\n}\n';
    const next = { registrations: [{ name: 'a', s: 'A' }, { name: 'b', more: { x: 1 } }], n: 1 };
    expect(editedJson(text, next)).toBe('{\n  "registrations": [\n    { "name": "a", "s": "A" },\n    {\n      "name": "b",\n      "more": {\n        "x": 1\n      }\n    }\n  ],\n  "n": 1\n}\n');
  });
});
