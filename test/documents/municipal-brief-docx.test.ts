import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadEdition } from '../../src/load/load-edition';
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
