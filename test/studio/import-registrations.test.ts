import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Studio } from '../../src/studio/server';
import type { ImportView } from '../../src/studio/import-route';
import { tokenHeader } from '../../src/studio/request-guard';
import { rawRequest, settled, stateWhere, studioOver } from '../support/studio';
import { snapshotFolder, tempDir } from '../support/edition-fixture';

let studio: Studio;
let dataDir: string;
let token: string;
let origin: string;
beforeAll(async () => {
  ({ studio, dataDir } = await studioOver([], { now: () => new Date('2017-10-20T01:00:00Z') }));
  await stateWhere(studio, settled());
  origin = `http://127.0.0.1:${studio.port}`;
  token = /<meta name="studio-token" content="([^"]+)">/.exec(await (await fetch(studio.url)).text())![1];
});
afterAll(() => studio.close());

const route = '/api/import-registrations';
const headers = () => ({ Host: `127.0.0.1:${studio.port}`, Origin: origin, 'Content-Type': 'application/json', [tokenHeader]: token });
const send = (body: unknown, extra: Record<string, string> = {}) => rawRequest(studio.port, { path: route, method: 'POST', headers: { ...headers(), ...extra }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const file = (name: string, text: string) => ({ name, content: Buffer.from(text).toString('base64') });
const signups = '氏名,ふりがな,所属,区分,報告会\r\n山田 太郎,ヤマダ タロウ,架空新聞社,報道,A日程\r\n鈴木 花子,すずき はなこ,架空市役所,自治体,11月10日\r\n';
const registrations = () => path.join(dataDir, 'registrations.json');

describe('the 申込者 form\'s drop zone', () => {
  it('first says what an import would do and writes nothing; then imports, and the workbook follows', async () => {
    const preview = await send({ files: [file('signups.csv', signups)], dryRun: true });
    expect(preview.status).toBe(200);
    const planned = JSON.parse(preview.body) as ImportView;
    expect(planned).toMatchObject({ outcome: 'dry-run', counts: { added: 2, rejected: 0 }, read: [{ file: 'signups.csv', format: 'CSV, UTF-8', rows: 2 }] });
    expect(fs.existsSync(registrations())).toBe(false);

    const generation = studio.state.generation;
    const done = JSON.parse((await send({ files: [file('signups.csv', signups)] })).body) as ImportView;
    expect(done).toMatchObject({ outcome: 'created', counts: { added: 2 } });
    expect((JSON.parse(fs.readFileSync(registrations(), 'utf8')) as { registrations: { name: string }[] }).registrations.map((r) => r.name)).toEqual(['山田 太郎', '鈴木 花子']);
    const state = await stateWhere(studio, (s) => s.busy === null && s.generation > generation);
    expect(state.problems).toEqual([]);
    const sheets = (await (await fetch(new URL(state.preview!.workbook!.sheetsUrl!, studio.url))).json()) as { name: string; rows: { text: string }[][] }[];
    const names = (sheet: string) => sheets.find((s) => s.name === sheet)!.rows.slice(6).map((r) => r[1]?.text).filter(Boolean);
    expect([names('A日程報告会の出席簿'), names('B日程報告会の出席簿')]).toEqual([['山田 太郎'], ['鈴木 花子']]);
  });

  it('shows the problems at their row:column, worded as the command words them, and writes nothing', async () => {
    const before = fs.readFileSync(registrations());
    const answer = JSON.parse((await send({ files: [file('bad.csv', signups.replace('架空市役所,自治体', '架空市役所,市役所'))] })).body) as ImportView;
    expect(answer.outcome).toBe('refused');
    expect(answer.problems.map((p) => p.text)).toEqual(['bad.csv:3:4: エラー: 「区分」の欄の「市役所」は選べる値にありません。 [enum]（次から選ぶか、日程と報告会の「出席者の区分」に加えてください：報道、自治体、省庁、その他）']);
    expect(fs.readFileSync(registrations()).equals(before)).toBe(true);
  });
});

describe('the drop zone\'s route, attacked', () => {
  it('takes a file\'s name as a label only: no path in it is read or written', async () => {
    const outside = tempDir('presskit-outside-');
    fs.writeFileSync(path.join(outside, 'registrations.json'), '{"registrations": []}');
    const before = snapshotFolder(dataDir);
    const names = [`${outside}/registrations.json`, '../../../../etc/passwd', '..\\..\\schedule.json', 'a\u0000b\r\n.csv', ''];
    const answer = JSON.parse((await send({ files: names.map((n) => file(n, 'x')), dryRun: true, sheet: '../../etc' })).body) as ImportView;
    expect(answer.problems.map((p) => p.file)).toEqual(['ab.csv', 'file', 'passwd', 'registrations.json', 'schedule.json']);
    expect(answer.problems.every((p) => p.rule === 'file' && /シートを選べません/.test(p.message))).toBe(true);
    expect(snapshotFolder(dataDir)).toEqual(before);
    expect(fs.readFileSync(path.join(outside, 'registrations.json'), 'utf8')).toBe('{"registrations": []}');
  });

  it('refuses a body that is not files of base64 (400), and anything not POSTed as JSON from the page with its token (403)', async () => {
    for (const body of [{}, { files: [] }, { files: 'signups.csv' }, { files: [{ name: 'a.csv' }] }, { files: [{ name: 'a.csv', content: 'not base64!' }] }, { files: [{ name: 1, content: '' }] }, { files: Array.from({ length: 21 }, () => file('a.csv', 'x')) }, '[1]', 'not json']) {
      expect((await send(body)).status, JSON.stringify(body)).toBe(400);
    }
    const good = { files: [file('signups.csv', signups)] };
    const refused: Record<string, string>[] = [
      { [tokenHeader]: '' },
      { [tokenHeader]: `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}` },
      { Origin: 'https://evil.example' },
      { Origin: 'null' },
      { Origin: `http://localhost:${studio.port}` },
      { 'Content-Type': 'text/plain' },
      { 'Content-Type': 'multipart/form-data; boundary=x' },
    ];
    const before = fs.readFileSync(registrations());
    for (const extra of refused) expect((await send(good, extra)).status, JSON.stringify(extra)).toBe(403);
    expect((await rawRequest(studio.port, { path: route, method: 'GET', headers: headers() })).status).toBe(403);
    expect((await rawRequest(studio.port, { path: route, method: 'POST', headers: { ...headers(), Host: 'evil.example' }, body: JSON.stringify(good) })).status).toBe(403);
    expect(fs.readFileSync(registrations()).equals(before)).toBe(true);
  });

  it('refuses a body over the size limit without reading it whole', async () => {
    const huge = { files: [file('big.csv', 'x'.repeat(7 * 1024 * 1024))] };
    expect((await send(huge)).status).toBe(400);
  });
});
