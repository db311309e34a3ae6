import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import type { Studio } from '../../src/studio/server';
import type { EditableFile } from '../../src/studio/editable-files';
import { packageRoot, templatesDir } from '../../src/runtime/paths';
import { tokenHeader } from '../../src/studio/request-guard';
import { settled, stateWhere, studioOver } from '../support/studio';
import { editionWith, tempDir } from '../support/edition-fixture';
import { checkPacket } from '../../src/pipeline/build-packet';
import { formatDiagnostic, type InputError } from '../../src/problems/diagnostics';

/** Saves, restores, imports and links, tried as two tabs, a crash and an attacker would: nothing lost, nothing falsely reported. */
let studio: Studio | undefined;
afterEach(() => studio?.close());

async function open(...args: Parameters<typeof studioOver>) {
  const opened = await studioOver(...args);
  studio = opened.studio;
  const token = /<meta name="studio-token" content="([^"]+)">/.exec(await (await fetch(opened.studio.url)).text())![1];
  const post = (route: string, body: unknown) =>
    fetch(new URL(route, opened.studio.url), { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: opened.studio.url.replace(/\/$/, ''), [tokenHeader]: token }, body: JSON.stringify(body) });
  const get = async <T>(route: string) => (await (await fetch(new URL(route, opened.studio.url))).json()) as T;
  const file = async (name: string) => (await get<EditableFile[]>('/api/files')).find((f) => f.name === name)!;
  const versions = async (name: string) => get<{ id: string }[]>(`/api/history?kind=data&name=${name}`);
  const versionTexts = async (name: string) => Promise.all((await versions(name)).map(async (v) => (await get<{ text: string }>(`/api/version?kind=data&name=${name}&id=${v.id}`)).text));
  return { ...opened, post, get, file, versions, versionTexts };
}

describe('saves at the same moment', () => {
  it('five requests in flight with one base: one 200, four 409, and every version is in the file or its history', async () => {
    const s = await open();
    const before = await s.file('release.json');
    const region = (i: number) => `地域${i}`;
    const value = JSON.parse(before.text!) as Record<string, unknown>;
    const answers = await Promise.all([1, 2, 3, 4, 5].map((i) => s.post('/api/save', { kind: 'data', name: 'release.json', baseHash: before.hash, value: { ...value, region: region(i) } })));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((c) => c === 200)).toHaveLength(1);
    expect(statuses.filter((c) => c === 409)).toHaveLength(4);
    const winner = statuses.indexOf(200) + 1;
    expect(fs.readFileSync(path.join(s.dataDir, 'release.json'), 'utf8')).toBe(before.text!.replace('"region": "西日本"', `"region": "${region(winner)}"`));
    expect(await s.versionTexts('release.json')).toEqual([before.text]);
  });

  it('the studio and import-registrations writing registrations.json at once: each write lands whole on the one before, none lost', async () => {
    const s = await open();
    await stateWhere(s.studio, settled());
    const list = path.join(tempDir(), 'signups.csv');
    fs.writeFileSync(list, '氏名,ふりがな,所属,区分,報告会\r\n山田 太郎,やまだ たろう,架空新聞社,報道,A\r\n');
    const registration = (name: string) => ({ session: 'B', name, furigana: 'てすと', organisation: '架空市', kind: '自治体' });
    // The import, a process of its own, and saves from the page, started together and repeated: each
    // save is based on what the page last read, as a tab's would be.
    const imports = [1, 2, 3].map(() => spawn(process.execPath, ['-r', 'ts-node/register', 'src/cli/cli.ts', 'import-registrations', list, '--data', s.dataDir, '--update'], { cwd: packageRoot, stdio: 'ignore' }));
    const importCodes = Promise.all(imports.map((child) => new Promise<number | null>((resolve) => child.on('exit', resolve))));
    const saved: string[] = [];
    const deadline = Date.now() + 60_000;
    let running = true;
    void importCodes.then(() => (running = false));
    for (let i = 0; (running || saved.length < 3) && Date.now() < deadline; i++) {
      const current = await s.file('registrations.json');
      const registrations = current.text ? (JSON.parse(current.text) as { registrations: unknown[] }).registrations : [];
      const answer = await s.post('/api/save', { kind: 'data', name: 'registrations.json', baseHash: current.hash, value: { registrations: [...registrations, registration(`職員 ${i}`)] } });
      expect([200, 409]).toContain(answer.status);
      if (answer.status === 200) saved.push(`職員 ${i}`);
    }
    expect((await importCodes).every((code) => code === 0)).toBe(true);
    // Every version the file held is whole JSON, and each next one holds all of the one before it.
    const chain = [...(await s.versionTexts('registrations.json')).reverse(), fs.readFileSync(path.join(s.dataDir, 'registrations.json'), 'utf8')];
    const names = chain.map((text) => (JSON.parse(text) as { registrations: { name: string }[] }).registrations.map((r) => r.name));
    for (let i = 1; i < names.length; i++) expect(names[i]).toEqual(expect.arrayContaining(names[i - 1]));
    expect(names.at(-1)).toEqual(expect.arrayContaining(['山田 太郎', ...saved]));
  }, 180_000);
});

describe('a crash', () => {
  it('leaves debris that the next start clears, that history never offers, and that cannot be restored', async () => {
    const first = await open();
    const dataDir = first.dataDir;
    const history = path.join(dataDir, '.history');
    const before = fs.readFileSync(path.join(dataDir, 'release.json'), 'utf8');
    // What a studio killed with kill -9 during a burst of saves left (written by the save layer of the time).
    fs.writeFileSync(path.join(dataDir, 'release.json.416685560'), before.slice(0, 100));
    fs.writeFileSync(path.join(dataDir, 'release.json.597322924'), '');
    fs.mkdirSync(history);
    fs.writeFileSync(path.join(history, 'release.json@20261126T100000000Z'), '');
    fs.writeFileSync(path.join(history, 'release.json@20261126T100001000Z.812736'), '');
    await first.studio.close();
    studio = undefined;

    const s = await open([], { dataDir });
    expect(fs.readdirSync(dataDir).filter((n) => n.startsWith('release.json'))).toEqual(['release.json']);
    expect(fs.readdirSync(history)).toEqual(['release.json@20261126T100000000Z']);
    // A whole version that is not JSON (a 0-byte file kept by the old save layer) is refused, and nothing changes.
    const [empty] = await s.versions('release.json');
    const refused = await s.post('/api/restore', { kind: 'data', name: 'release.json', id: empty.id, force: true });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toBe('release.json を保存しませんでした：内容が空です。ファイルは元のままです。\nrelease.json was not saved: the text is empty; the file is as it was\n');
    expect(fs.readFileSync(path.join(dataDir, 'release.json'), 'utf8')).toBe(before);
    expect(await s.versions('release.json')).toHaveLength(1);
  });
});

describe('links out of the edition', () => {
  it('are neither read nor written through, and the page is told so in Japanese and English', async () => {
    const outside = tempDir();
    fs.writeFileSync(path.join(outside, 'people.json'), '{"registrations": [{"session": "A", "name": "外部 太郎"}]}\n');
    fs.writeFileSync(path.join(outside, 'organiser.json'), '{"secret": true}\n');
    const s = await open();
    fs.symlinkSync(path.join(outside, 'people.json'), path.join(s.dataDir, 'registrations.json'));
    fs.rmSync(path.join(s.dataDir, 'organiser.json'));
    fs.symlinkSync(path.join(outside, 'organiser.json'), path.join(s.dataDir, 'organiser.json'));
    const listed = await s.file('registrations.json');
    expect(listed).toMatchObject({ text: null, hash: null, refused: { en: 'registrations.json is a link to a file outside the edition; the studio does not follow it (put the file itself in its place)' } });
    expect(JSON.stringify(await s.get('/api/files'))).not.toContain('外部 太郎');
    expect(JSON.stringify(await s.get('/api/files'))).not.toContain('secret');
    const save = await s.post('/api/save', { kind: 'data', name: 'organiser.json', value: { secret: false }, force: true });
    expect(save.status).toBe(422);
    expect(await save.text()).toBe('organiser.json はエディションのフォルダーの外にあるファイルへのリンクです。スタジオはこのリンクをたどりません（リンクではなくファイルそのものを置いてください）。\norganiser.json is a link to a file outside the edition; the studio does not follow it (put the file itself in its place)\n');
    const dropped = await s.post('/api/import-registrations', { files: [{ name: 'a.csv', content: Buffer.from('氏名,ふりがな,所属,区分,報告会\r\n山田 太郎,やまだ たろう,架空新聞社,報道,A\r\n').toString('base64') }] });
    expect(((await dropped.json()) as { problems: { text: string }[] }).problems.map((p) => p.text)).toEqual([expect.stringMatching(new RegExp(`^${path.join(s.dataDir, 'registrations.json')}: エラー: .*エディションの外にあるファイル.*へのリンクのため、読み書きしません。 \\[link\\]`))]);
    expect(fs.readFileSync(path.join(outside, 'organiser.json'), 'utf8')).toBe('{"secret": true}\n');
    expect(fs.readFileSync(path.join(outside, 'people.json'), 'utf8')).toContain('外部 太郎');

    // The history folder a link out: no save, and no history read from there.
    fs.symlinkSync(outside, path.join(s.dataDir, '.history'));
    const release = await s.file('release.json');
    const saved = await s.post('/api/save', { kind: 'data', name: 'release.json', baseHash: release.hash, value: { ...(JSON.parse(release.text!) as object), region: '東日本' } });
    expect(saved.status).toBe(422);
    expect(await saved.text()).toContain('.history is a link to a folder outside the edition');
    expect((await fetch(new URL('/api/history?kind=data&name=release.json', s.studio.url))).status).toBe(422);
    expect(fs.readdirSync(outside).sort()).toEqual(['organiser.json', 'people.json']);
  });

  it('are not read by a build either (nor by the studio\'s preview): a problem at the file', async () => {
    const outside = tempDir();
    const data = editionWith();
    fs.writeFileSync(path.join(outside, 'people.json'), '{"registrations": []}\n');
    fs.symlinkSync(path.join(outside, 'people.json'), path.join(data, 'registrations.json'));
    const error = await checkPacket({ dataDir: data, templatesDir }).catch((e: unknown) => e);
    expect((error as InputError).diagnostics.map(formatDiagnostic)).toEqual([`${path.join(data, 'registrations.json')}: error: is a link to a file outside the edition, which is not read [link] (put the file itself in its place)`]);
  });
});
