import { afterEach, describe, expect, it, vi } from 'vitest';
import { Numbering, Styles } from 'docx';
import { BriefPacker } from '../../../src/writers/municipal-brief-docx/package';
import { briefOptions } from '../../../src/writers/municipal-brief-docx/document';
import { briefWords } from '../../../src/writers/municipal-brief-docx/words';
import { loadEdition } from '../../../src/pipeline/load-edition';
import { templatesDir } from '../../../src/runtime/paths';
import { loadTemplates } from '../../support/templates';
import { seedDataDir } from '../../support/edition-fixture';

// That every part of every brief is still what docx's own Packer writes: test/writers/municipal-brief-docx.test.ts.
describe('briefs made on the first brief', () => {
  afterEach(() => vi.restoreAllMocks());

  it('write the parts every brief has alike (styles, numbering…) for the first brief only', async () => {
    const edition = await loadEdition({ dataDir: seedDataDir });
    const words = briefWords(edition, await loadTemplates(templatesDir));
    const styles = vi.spyOn(Styles.prototype, 'prepForXml');
    const numbering = vi.spyOn(Numbering.prototype, 'prepForXml');
    const packer = new BriefPacker({ year: 2017, month: 10, day: 13 });
    for (const brief of words) packer.pack(briefOptions(brief, 'yu', packer.shared));
    expect(words.length).toBeGreaterThan(1);
    expect([styles.mock.calls.length, numbering.mock.calls.length]).toEqual([1, 1]);
  });
});
