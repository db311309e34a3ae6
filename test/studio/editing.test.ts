import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Studio } from '../../src/studio/server';
import type { EditableFile } from '../../src/studio/editable-files';
import { contentHash } from '../../src/save/safe-save';
import { tokenHeader } from '../../src/studio/request-guard';
import { settled, stateWhere, studioOver } from '../support/studio';
import { templatesWith, tempDir } from '../support/edition-fixture';

let studio: Studio;
let dataDir: string;
let templatesDir: string;
let token: string;
beforeAll(async () => {
  templatesDir = templatesWith();
  ({ studio, dataDir } = await studioOver([], { templatesDir, now: () => new Date('2026-11-26T10:00:00Z') }));
  await stateWhere(studio, settled());
  token = /<meta name="studio-token" content="([^"]+)">/.exec(await (await fetch(studio.url)).text())![1];
});
afterAll(() => studio.close());

const post = (route: string, body: unknown) =>
  fetch(new URL(route, studio.url), { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: studio.url.replace(/\/$/, ''), [tokenHeader]: token }, body: JSON.stringify(body) });
const files = async () => (await (await fetch(new URL('/api/files', studio.url))).json()) as EditableFile[];
const release = () => path.join(dataDir, 'release.json');

describe('the edition in the studio', () => {
  it('lists every data file under its Japanese name, and every template, with what a save must name', async () => {
    const list = await files();
    expect(list.filter((f) => f.kind === 'data').map((f) => [f.name, f.label, f.exists])).toEqual([
      ['release.json', '発表', true],
      ['programme.json', 'プログラム', true],
      ['organiser.json', '主催', true],
      ['schedule.json', '日程', true],
      ['projects.json', 'プロジェクト', true],
      ['registrations.json', '申込者', false],
      ['recipients.json', '送付先', true],
    ]);
    const lead = list.find((f) => f.kind === 'template' && f.name === 'release/lead')!;
    expect(lead.label).toBe('報道発表資料 › 本文 › リード');
    expect(list.filter((f) => f.kind === 'template').slice(0, 2).map((f) => f.name)).toEqual(['release/date', 'release/category']);
    expect(lead.hash).toBe(contentHash(fs.readFileSync(path.join(templatesDir, 'release', 'lead.hbs'))));
    const schemas = (await (await fetch(new URL('/api/schemas', studio.url))).json()) as Record<string, { properties: Record<string, { $ref?: string }>; $defs: Record<string, unknown> }>;
    expect(schemas['release.json'].properties.date.$ref).toBe('#/$defs/date');
    expect(schemas['release.json'].$defs.date).toMatchObject({ format: 'date' });
  });

  it('saves a form\'s value as the least change to the file: one field, one line; the preview follows', async () => {
    const before = fs.readFileSync(release(), 'utf8');
    const file = (await files()).find((f) => f.name === 'release.json')!;
    const value = { ...(JSON.parse(file.text!) as object), date: '2017-10-16' };
    const generation = studio.state.generation;
    const response = await post('/api/save', { kind: 'data', name: 'release.json', baseHash: file.hash, value });
    expect(response.status).toBe(200);
    const after = fs.readFileSync(release(), 'utf8');
    expect(((await response.json()) as { hash: string }).hash).toBe(contentHash(after));
    const changed = before.split('\n').map((line, i) => [line, after.split('\n')[i]]).filter(([a, b]) => a !== b);
    expect(changed).toEqual([['  "date": "2017-10-13",', '  "date": "2017-10-16",']]);
    const state = await stateWhere(studio, (s) => s.busy === null && s.generation > generation);
    expect(state.problems).toEqual([]);
  });

  it('refuses a save over a file changed meanwhile with 409 and what is there now; overwriting is a choice', async () => {
    const file = (await files()).find((f) => f.name === 'release.json')!;
    const outside = file.text!.replace('"region": "西日本"', '"region": "西日本各地"');
    fs.writeFileSync(release(), outside);
    const value = { ...(JSON.parse(file.text!) as object), category: 'JET事業' };
    const response = await post('/api/save', { kind: 'data', name: 'release.json', baseHash: file.hash, value });
    expect(response.status).toBe(409);
    expect(((await response.json()) as { current: { text: string } }).current.text).toBe(outside);
    expect(fs.readFileSync(release(), 'utf8')).toBe(outside);
    expect((await post('/api/save', { kind: 'data', name: 'release.json', baseHash: file.hash, value, force: true })).status).toBe(200);
    expect(JSON.parse(fs.readFileSync(release(), 'utf8'))).toMatchObject({ category: 'JET事業', region: '西日本' });
  });

  it('saves a template\'s text; a data file with problems is saved all the same (a draft), and the problems show', async () => {
    const lead = (await files()).find((f) => f.name === 'release/lead')!;
    expect((await post('/api/save', { kind: 'template', name: 'release/lead', baseHash: lead.hash, text: `${lead.text!}\n` })).status).toBe(200);
    const schedule = (await files()).find((f) => f.name === 'schedule.json')!;
    const value = JSON.parse(schedule.text!) as { walkInRows?: number };
    value.walkInRows = -3;
    const generation = studio.state.generation;
    expect((await post('/api/save', { kind: 'data', name: 'schedule.json', baseHash: schedule.hash, value })).status).toBe(200);
    const state = await stateWhere(studio, (s) => s.busy === null && s.generation > generation && s.problems.length > 0);
    expect(state.problems[0]).toMatchObject({ file: path.join(dataDir, 'schedule.json'), rule: 'minimum' });
  });

  it('keeps each replaced version, lists and shows them (who saved: the machine\'s user), and restores one', async () => {
    const history = (await (await fetch(new URL('/api/history?kind=data&name=release.json', studio.url))).json()) as { id: string; savedAt: string; savedBy?: string }[];
    expect(history).toHaveLength(2); // the seed, replaced by the first save; the outside edit, replaced by the overwrite
    expect(history[0].savedAt).toBe('2026-11-26T10:00:00.000Z');
    expect(history.map((v) => v.savedBy)).toEqual([os.userInfo().username, os.userInfo().username]);
    const oldest = history.at(-1)!;
    const { text } = (await (await fetch(new URL(`/api/version?kind=data&name=release.json&id=${oldest.id}`, studio.url))).json()) as { text: string };
    expect(JSON.parse(text)).toMatchObject({ date: '2017-10-13' });
    const current = (await files()).find((f) => f.name === 'release.json')!;
    expect((await post('/api/restore', { kind: 'data', name: 'release.json', id: oldest.id, baseHash: current.hash })).status).toBe(200);
    expect(fs.readFileSync(release(), 'utf8')).toBe(text);
    expect(fs.readdirSync(dataDir).filter((n) => n.endsWith('.json')).sort()).toEqual(['organiser.json', 'programme.json', 'projects.json', 'recipients.json', 'release.json', 'schedule.json']);
  });

  it('opens and saves nothing but the edition\'s files, whatever name a request gives', async () => {
    for (const [kind, name] of [['data', '../package.json'], ['data', 'release.json/..'], ['template', '../src/cli'], ['template', 'release/../../package'], ['template', '/etc/passwd'], ['data', 'package.json'], ['file', 'release.json'], ['template', '.history/release/lead']]) {
      expect((await post('/api/save', { kind, name, baseHash: null, text: 'x', value: {} })).status, `${kind} ${name}`).toBe(404);
      expect((await fetch(new URL(`/api/history?kind=${kind}&name=${encodeURIComponent(name)}`, studio.url))).status, `${kind} ${name}`).toBe(404);
    }
    expect((await fetch(new URL('/api/version?kind=data&name=release.json&id=..%2F..%2Fpackage.json', studio.url))).status).toBe(404);
  });
});

describe('editions in the studio', () => {
  it('makes a new edition from the one open, switches to it, and back; nothing outside the editions folder can be opened', async () => {
    const editionsDir = path.join(tempDir('presskit-editions-'), 'editions');
    const { studio: other, dataDir: seed } = await studioOver([], { editionsDir });
    try {
      await stateWhere(other, settled());
      const page = await (await fetch(other.url)).text();
      const key = /<meta name="studio-token" content="([^"]+)">/.exec(page)![1];
      const send = (route: string, body: unknown) => fetch(new URL(route, other.url), { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: other.url.replace(/\/$/, ''), [tokenHeader]: key }, body: JSON.stringify(body) });
      expect(await (await fetch(new URL('/api/editions', other.url))).json()).toEqual({ current: seed, choices: [seed], canCreate: true });

      expect((await send('/api/new-edition', { name: '../2018' })).status).toBe(400);
      const created = await send('/api/new-edition', { name: '2018' });
      expect(created.status).toBe(200);
      const next = path.join(editionsDir, '2018');
      expect(fs.readdirSync(next).filter((n) => n.endsWith('.json')).sort()).toEqual(['organiser.json', 'programme.json', 'projects.json', 'recipients.json', 'release.json', 'schedule.json']);
      const opened = await stateWhere(other, (s) => s.paths.data === next && s.busy === null && s.generation >= 1);
      expect(opened.problems).toEqual([]);
      expect((await send('/api/new-edition', { name: '2018' })).status).toBe(409);

      for (const dataDir of ['/etc', path.join(editionsDir, '..'), `${next}/..`, 'data']) expect((await send('/api/edition', { dataDir })).status, dataDir).toBe(404);
      expect((await send('/api/edition', { dataDir: seed })).status).toBe(200);
      await stateWhere(other, (s) => s.paths.data === seed && s.busy === null && s.preview !== null);
    } finally {
      await other.close();
    }
  });
});
