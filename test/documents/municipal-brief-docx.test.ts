import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadEdition } from '../../src/pipeline/load-edition';
import { seedDataDir, tempDir } from '../support/edition-fixture';
import { builtPacket, convertWithLibreOffice, run } from './packet';

it('LibreOffice converts every brief to PDF, and each reads with its municipality name', async () => {
  const edition = await loadEdition({ dataDir: seedDataDir });
  const { out } = await builtPacket();
  const briefs = edition.municipalities.map((m) => path.join(out, 'briefs', `${m.briefFileStem}.docx`));
  const pdfs = convertWithLibreOffice(briefs, tempDir('presskit-lo-'));
  edition.municipalities.forEach((municipality, i) => {
    expect(fs.existsSync(pdfs[i])).toBe(true);
    const text = run('pdftotext', [pdfs[i], '-']).replace(/\s+/g, '');
    expect(text).toContain(`${municipality.fullName}御中`);
    expect(run('pdfinfo', [pdfs[i]])).toMatch(/595\.\d+ x 841\.\d+ pts \(A4\)/);
  });
});

it("LibreOffice's tagged PDF of a brief has its title, its headings in order and its tables with header rows", async () => {
  const { out } = await builtPacket();
  const [pdf] = convertWithLibreOffice([path.join(out, 'briefs', '京都府.docx')], tempDir('presskit-lo-'), { tagged: true });
  const info = run('pdfinfo', [pdf]);
  expect(info).toMatch(/^Title:\s+「JETふるさとビジョンプロジェクト」京都府での実施について$/m);
  expect(info).toMatch(/^Tagged:\s+yes$/m);
  const structure = run('pdfinfo', ['-struct', pdf]);
  expect([...structure.matchAll(/^\s*(H\d) \(block\)/gm)].map((m) => m[1])).toEqual(['H1', 'H1', 'H1', 'H2', 'H1']);
  expect(structure.match(/^\s*Table \(block\)/gm)).toHaveLength(2);
  // Each table's first row is its header: two TH, then TD.
  for (const table of structure.split(/^\s*Table \(block\).*$/m).slice(1)) expect(table.match(/^\s*(TH|TD):?$/gm)!.slice(0, 3).map((c) => c.trim().replace(':', ''))).toEqual(['TH', 'TH', 'TD']);
  // …and shows its title, not its file name, in the window.
  expect(run('qpdf', ['--json=2', pdf])).toMatch(/"\/DisplayDocTitle": true/);
});
