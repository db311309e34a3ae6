import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Studio } from '../../src/studio/server';
import { readPdf } from '../support/pdf-text';
import { settled, stateWhere, studioOver, eventStream } from '../support/studio';
import { snapshotFolder, tempDir } from '../support/edition-fixture';
import { packageRoot } from '../../src/runtime/paths';
import { tokenHeader } from '../../src/studio/request-guard';
import { main } from '../../src/cli/cli';
import { captureConsole } from '../support/console';

const { stderr } = captureConsole();

let open: Studio[] = [];
afterEach(async () => {
  await Promise.all(open.map((s) => s.close()));
  open = [];
});
async function start(...args: Parameters<typeof studioOver>) {
  const started = await studioOver(...args);
  open.push(started.studio);
  return started;
}
const get = (studio: Studio, url: string) => fetch(new URL(url, studio.url));
const tokenOf = (html: string) => /<meta name="studio-token" content="([^"]+)">/.exec(html)![1];

describe('the studio serves', () => {
  it('the page with its token, its scripts, pdf.js with its CMaps, and the libraries the page loads', async () => {
    const { studio } = await start();
    const page = await get(studio, '/');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(tokenOf(html)).toMatch(/^[\w-]{32}$/);
    expect(html).not.toContain('__STUDIO_TOKEN__');
    for (const asset of ['/app/studio.js', '/app/studio.css', '/vendor/pdfjs/pdf.mjs', '/vendor/pdfjs/pdf.worker.mjs', '/vendor/pdfjs/cmaps/UniJIS-UCS2-H.bcmap', '/vendor/pdfjs/standard_fonts/FoxitSerif.pfb', '/vendor/docx-preview.min.js', '/vendor/jszip.min.js']) {
      const response = await get(studio, asset);
      expect(response.status, asset).toBe(200);
      expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(0);
    }
    expect((await get(studio, '/app/studio.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get(studio, '/nothing-here')).status).toBe(404);
  });

  it('the packet built in memory: release, one brief per municipality, the workbook read back with formula results', async () => {
    const { studio, dataDir, outDir } = await start();
    const state = await stateWhere(studio, settled());
    expect(state.problems).toEqual([]);
    const preview = state.preview!;
    expect(preview.briefs!.files!.map((b) => b.municipality)).toEqual(['島根県浜田市', '愛媛県松山市', '大分県', '京都府', '徳島県阿南市', '福岡県北九州市', '熊本県天草市', '宮崎県都城市']);

    const pdf = await get(studio, preview.release!.url!);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="[\\x20-\\x7e]+"; filename\\*=UTF-8''${encodeURIComponent('報道発表資料.pdf')}$`));
    const reading = await readPdf(new Uint8Array(await pdf.arrayBuffer()));
    expect(reading.pageTexts[0]).toContain('外国人と自治体が協働して');

    const brief = await get(studio, preview.briefs!.files![5].url);
    expect(brief.headers.get('content-type')).toContain('wordprocessingml');
    expect((await brief.arrayBuffer()).byteLength).toBe(preview.briefs!.files![5].bytes);

    const sheets = (await (await get(studio, preview.workbook!.sheetsUrl!)).json()) as { name: string; rows: { text: string; formula?: string }[][] }[];
    expect(sheets.map((s) => s.name)).toEqual(['A日程報告会の出席簿', 'B日程報告会の出席簿', '出欠集計']);
    expect(sheets[0].rows[0][0].text).toContain('出席者名簿');
    const formulas = sheets[2].rows.flat().filter((c) => c.formula);
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.every((c) => /^\d+$/.test(c.text))).toBe(true);

    // Previewing writes nothing: not into the edition, not into the output folder.
    expect(fs.existsSync(outDir)).toBe(false);
    expect(fs.readdirSync(dataDir).sort()).toEqual(['organiser.json', 'programme.json', 'projects.json', 'recipients.json', 'release.json', 'schedule.json']);
  });
});

describe('a save', () => {
  it('rebuilds and sends the new packet as an event: the edit shows in the PDF text', async () => {
    const { studio, dataDir } = await start();
    await stateWhere(studio, settled());
    const events = eventStream(new URL('/events', studio.url).href);
    try {
      const first = await events.next();
      const release = path.join(dataDir, 'release.json');
      fs.writeFileSync(release, fs.readFileSync(release, 'utf8').replace('外国人と自治体が協働して', '外国人と市町村が協働して'));
      const next = await events.next((s) => s.busy === null && (s.preview?.release?.version ?? 0) > first.preview!.release!.version);
      const reading = await readPdf(new Uint8Array(await (await get(studio, next.preview!.release!.url!)).arrayBuffer()));
      expect(reading.pageTexts[0]).toContain('外国人と市町村が協働して');
      // The previous rebuild's files are gone from the table.
      expect((await get(studio, first.preview!.release!.url!)).status).toBe(404);
    } finally {
      events.close();
    }
  });

  it('in a burst gives one rebuild', async () => {
    const { studio, dataDir } = await start();
    const before = await stateWhere(studio, settled());
    const release = path.join(dataDir, 'release.json');
    const text = fs.readFileSync(release, 'utf8');
    for (let i = 0; i < 5; i++) fs.writeFileSync(release, text.replace('"region": "西日本"', `"region": "西日本${'各地'.repeat(i)}"`));
    await stateWhere(studio, (s) => s.busy === null && s.generation > before.generation);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(studio.state.generation).toBe(before.generation + 1);
  });

  it('with a problem keeps the last good preview, marked stale, with the problem at file:line:col; the fix refreshes it', async () => {
    const { studio, dataDir } = await start();
    const good = await stateWhere(studio, settled());
    const release = path.join(dataDir, 'release.json');
    const text = fs.readFileSync(release, 'utf8');
    fs.writeFileSync(release, text.replace('"date": "2017-10-13"', '"date": "2017-02-30"'));
    const broken = await stateWhere(studio, (s) => s.busy === null && s.problems.length > 0);
    expect(broken.stale).toBe(true);
    expect(broken.preview).toEqual(good.preview);
    const [problem] = broken.problems;
    expect(await main(['validate', '--data', dataDir, '--lang', 'ja'])).toBe(1);
    expect(broken.problems.map((p) => p.text)).toEqual(stderr.slice(0, -1)); // exactly as the command words them in Japanese
    expect(problem).toMatchObject({ file: release, line: 3, column: 11, rule: 'format' });
    expect(problem.sourceLine).toBe('  "date": "2017-02-30",');
    expect(problem.editorLink).toBe(`vscode://file${encodeURI(release)}:3:11`);

    fs.writeFileSync(release, text);
    const fixed = await stateWhere(studio, (s) => s.busy === null && s.problems.length === 0 && s.generation > broken.generation);
    expect(fixed.stale).toBe(false);
    expect(fixed.preview!.release!.version).toBeGreaterThan(good.preview!.release!.version);
  });

  it('to a template that throws is a problem in the template; the server keeps running', async () => {
    const { templatesWith } = await import('../support/edition-fixture');
    const templatesDir = templatesWith();
    const { studio } = await start([], { templatesDir });
    await stateWhere(studio, settled());
    fs.writeFileSync(path.join(templatesDir, 'release', 'lead.hbs'), '{{#each release.nothing}}x{{/each}}\n');
    const broken = await stateWhere(studio, (s) => s.busy === null && s.problems.length > 0);
    expect(broken.problems[0]).toMatchObject({ file: path.join(templatesDir, 'release', 'lead.hbs'), line: 1, rule: 'template-value' });
    fs.writeFileSync(path.join(templatesDir, 'release', 'lead.hbs'), '{{#if}}\n');
    await stateWhere(studio, (s) => s.busy === null && s.problems.some((p) => p.rule === 'template-syntax'));
    expect((await get(studio, '/api/state')).status).toBe(200);
  });
});

describe('a registrations file kept outside the edition', () => {
  it('is watched too: a new registrant shows in the workbook', async () => {
    const file = path.join(tempDir('presskit-registrations-'), 'signups.json');
    const sample = fs.readFileSync(path.join(packageRoot, 'test', 'fixtures', 'registrations.sample.json'), 'utf8').replace('../../schemas/', `${path.join(packageRoot, 'schemas')}/`);
    fs.writeFileSync(file, sample);
    const { studio } = await start([], { registrationsFile: file });
    const first = await stateWhere(studio, settled());
    const names = async (state: typeof first) => ((await (await get(studio, state.preview!.workbook!.sheetsUrl!)).json()) as { rows: { text: string }[][] }[])[0].rows.flat().map((c) => c.text);
    expect(await names(first)).toContain('見本 太郎');
    fs.writeFileSync(file, sample.replace('見本 太郎', '見本 次郎'));
    const next = await stateWhere(studio, (s) => s.busy === null && s.generation > first.generation);
    expect(await names(next)).toContain('見本 次郎');
  });
});

describe('the edition', () => {
  it('that never was valid shows its problems and no preview', async () => {
    const { studio } = await start([{ file: 'projects.json', find: '"group": "A"', replace: '"group": "Z"' }]);
    const state = await stateWhere(studio, settled());
    expect(state.preview).toBeNull();
    expect(state.problems.map((p) => p.rule)).toContain('dangling-reference');
  });

  it('folder that disappears and comes back: the studio says so, then recovers', async () => {
    const { studio, dataDir } = await start();
    await stateWhere(studio, settled());
    const aside = `${dataDir}-aside`;
    fs.renameSync(dataDir, aside);
    const gone = await stateWhere(studio, (s) => s.busy === null && s.problems.length > 0);
    expect(gone.problems.map((p) => p.text)).toContain(`${dataDir}: エラー: エディションのフォルダーが読めません。 [file]（エディションのフォルダーを --data で指定してください。）`);
    fs.renameSync(aside, dataDir);
    const back = await stateWhere(studio, (s) => s.busy === null && s.problems.length === 0 && s.generation > gone.generation);
    expect(back.stale).toBe(false);
  });
});

describe('パケットを作成', () => {
  it('writes the packet into the output folder through the build, and reports its files', async () => {
    const { studio, outDir } = await start();
    const html = await (await get(studio, '/')).text();
    const response = await fetch(new URL('/api/packet', studio.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: studio.url.replace(/\/$/, ''), [tokenHeader]: tokenOf(html) },
      body: '{}',
    });
    expect(response.status).toBe(200);
    const report = (await response.json()) as { ok: boolean; files: { path: string; bytes: number }[] };
    expect(report.ok).toBe(true);
    const written = snapshotFolder(outDir);
    expect(report.files.map((f) => f.path).sort()).toEqual([...written.keys()].filter((f) => f !== 'manifest.json').sort());
    for (const file of report.files) expect(written.get(file.path)!.byteLength).toBe(file.bytes);
    expect(studio.state.packet).toMatchObject({ running: false, report: { ok: true } });
  });

  it('with problems reports them and leaves the output folder as it was', async () => {
    const { studio, outDir } = await start([{ file: 'projects.json', find: '"group": "A"', replace: '"group": "Z"' }]);
    const html = await (await get(studio, '/')).text();
    const response = await fetch(new URL('/api/packet', studio.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: studio.url.replace(/\/$/, ''), [tokenHeader]: tokenOf(html) },
      body: '{}',
    });
    const report = (await response.json()) as { ok: boolean; problems: { rule: string }[] };
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.rule)).toContain('dangling-reference');
    expect(fs.existsSync(outDir)).toBe(false);
  });
});
