import { describe, expect, it } from 'vitest';
import { templatesDir } from '../../src/runtime/paths';
import { templateFiles } from '../../src/sources/template-files';
import { templateDocuments, templateLabel, templateRank } from '../../src/studio/template-labels';

describe('the wording templates as staff know them', () => {
  it('names every template of templates/ by its document and part in Japanese', async () => {
    const names = [...(await templateFiles(templatesDir)).keys()];
    expect(names.filter((name) => templateLabel(name) === name)).toEqual([]);
    expect(templateLabel('release/lead')).toBe('報道発表資料 › 本文 › リード');
    expect(templateLabel('brief/items-open')).toBe('自治体向け資料 › 記書き › 「記」');
  });

  it('lists a template it does not know under its file name, after the named ones', () => {
    expect(templateLabel('release/new-part')).toBe('release/new-part');
    expect(templateRank('release/new-part')).toBeGreaterThan(templateRank('partials/mail-signature'));
  });

  it('orders them by document, then as the parts come in the document', () => {
    const documents = Object.keys(templateDocuments);
    const ranked = ['partials/mail-signature', 'brief/title', 'release/body', 'release/lead', 'workbook/columns', 'mail/press-club-body'].sort((a, b) => templateRank(a) - templateRank(b));
    expect(ranked).toEqual(['release/lead', 'release/body', 'brief/title', 'workbook/columns', 'mail/press-club-body', 'partials/mail-signature']);
    expect(ranked.map((name) => documents.indexOf(name.split('/')[0]))).toEqual([0, 0, 1, 2, 3, 4]);
  });
});
