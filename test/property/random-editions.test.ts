import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { captureConsole } from '../support/console';
import { main } from '../../src/cli/cli';
import { buildInto } from '../support/build';
import { openPackage, paragraphTexts } from '../support/office-xml';
import { normaliseText, readPdf } from '../support/pdf-text';
import { editionWith, seedDataDir, snapshotFolder, tempDir } from '../support/edition-fixture';
import { arbitraryEdition, writeEdition } from './arbitrary-edition';

describe('random valid editions', () => {
  it('always build, and every document reads back with the expected municipalities and counts', async () => {
    let runs = 0;
    let largest = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryEdition, async (edition) => {
        runs++;
        largest = Math.max(largest, edition.projectCount);
        const built = await buildInto({ dataDir: writeEdition(edition) });
        const pdf = await readPdf(built.read('報道発表資料.pdf'));
        const pdfText = normaliseText(pdf.pageTexts.join(''));
        for (const m of edition.municipalities) expect(pdfText).toContain(normaliseText(m.displayName));
        expect(pdfText.match(/[0-9]+\)/g)?.length ?? 0).toBeGreaterThanOrEqual(edition.projectCount);

        const briefs = [...snapshotFolder(built.out).keys()].filter((f) => f.startsWith('briefs/'));
        expect(briefs.sort()).toEqual(edition.municipalities.map((m) => `briefs/${m.fullName}.docx`).sort());
        for (const m of edition.municipalities) {
          expect(paragraphTexts(openPackage(built.read(`briefs/${m.fullName}.docx`)).part('word/document.xml')).join('')).toContain(`${m.fullName} 御中`);
        }

        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(built.read('報告会出席簿.xlsx') as unknown as ArrayBuffer);
        const groups = Object.keys(edition.registrationsPerGroup);
        expect(workbook.worksheets.map((s) => s.name)).toEqual([...groups.map((g) => `${g}日程報告会の出席簿`), '出欠集計']);
        for (const g of groups) {
          const sheet = workbook.getWorksheet(`${g}日程報告会の出席簿`)!;
          const filled = Array.from({ length: edition.registrationsPerGroup[g] + 20 }, (_, i) => sheet.getCell(7 + i, 2).value).filter((v) => v !== null);
          expect(filled).toHaveLength(edition.registrationsPerGroup[g]);
        }
      }),
      { numRuns: 16, seed: 20171013, endOnFailure: true },
    );
    expect(runs).toBe(16);
    expect(largest).toBeGreaterThanOrEqual(40);
  }, 600_000);
});

describe('random mutations of the seed', () => {
  const { stderr } = captureConsole();

  const files = ['release.json', 'programme.json', 'organiser.json', 'schedule.json', 'projects.json'];
  const oddValue = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -5, max: 100_000 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.constantFrom('', '🎌', 'CON', '../x', '__proto__', '2017-02-30', '25:61', '1872-12-31', 'Z', '\u0000', 'あ'.repeat(3000)),
    fc.constant([]),
    fc.constant({}),
  );
  /** Either a change to one value in the parsed JSON, or a change to the text (which may break the syntax). */
  const mutation = fc.record({
    file: fc.constantFrom(...files),
    kind: fc.constantFrom('set', 'delete', 'text'),
    pick: fc.nat(),
    value: oddValue,
    at: fc.nat(),
    insert: fc.constantFrom('', ',', '"', '}', ']', '{', ':', '\uFEFF', 'x'),
    cut: fc.nat({ max: 3 }),
  });

  it('never crash: they build, or exit 1 with positioned messages and the output untouched', async () => {
    const out = path.join(tempDir(), 'output');
    expect(await main(['build', '--data', seedDataDir, '--out', out])).toBe(0);
    const before = snapshotFolder(out);
    const outcomes = { built: 0, rejected: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        stderr.length = 0;
        const dir = editionWith();
        for (const m of mutations) mutate(path.join(dir, m.file), m);
        const target = path.join(tempDir(), 'output');
        fs.cpSync(out, target, { recursive: true });
        // A few as a default build runs (the release's thread beside the checks), the rest on one thread.
        const threads = outcomes.built + outcomes.rejected < 3 ? [] : ['--threads', '1'];
        const code = await main(['build', '--data', dir, '--out', target, ...threads]);
        expect([0, 1]).toContain(code);
        if (code === 1) {
          outcomes.rejected++;
          for (const line of stderr.slice(0, -1)) expect(line).toMatch(/^\S+\.json(:\d+:\d+)?: error: .+ \[[a-zA-Z-]+\]/);
          expect(snapshotFolder(target)).toEqual(before);
        } else {
          outcomes.built++;
          expect(snapshotFolder(target).has('manifest.json')).toBe(true);
        }
      }),
      { numRuns: 40, seed: 31, endOnFailure: true },
    );
    expect(outcomes.built + outcomes.rejected).toBe(40);
    expect(outcomes.rejected).toBeGreaterThan(20);
  }, 600_000);
});

type Mutation = { kind: string; pick: number; value: unknown; at: number; insert: string; cut: number };

function mutate(file: string, m: Mutation): void {
  const text = fs.readFileSync(file, 'utf8');
  if (m.kind === 'text') {
    const at = m.at % (text.length + 1);
    fs.writeFileSync(file, text.slice(0, at) + m.insert + text.slice(at + m.cut));
    return;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return;
  }
  const slots: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  (function walk(node: unknown): void {
    if (Array.isArray(node)) node.forEach((child, i) => (slots.push({ parent: node, key: i }), walk(child)));
    else if (node && typeof node === 'object') for (const [k, child] of Object.entries(node)) slots.push({ parent: node as Record<string, unknown>, key: k }), walk(child);
  })(data);
  if (slots.length === 0) return;
  const { parent, key } = slots[m.pick % slots.length];
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  } else {
    (parent as Record<string | number, unknown>)[key] = m.value;
  }
  fs.writeFileSync(file, JSON.stringify(data, null, 2));
}
