import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/pipeline/load-edition';
import { templatesDir } from '../../src/runtime/paths';
import { loadTemplates } from '../support/templates';
import { stringsIn } from '../../src/writers/press-release-pdf/glyph-check';
import { releaseWords } from '../../src/writers/press-release-pdf/words';
import { briefWords } from '../../src/writers/municipal-brief-docx/words';
import { nestedBrackets } from '../support/nested-brackets';
import { releaseEditions } from '../support/release-editions';

describe('finding brackets inside brackets', () => {
  it('finds （…（…）…） as the 2017 briefs wrote it, and nothing in a sentence of pairs side by side', () => {
    expect(nestedBrackets('A日程（平成29年10月26日（木）～10月31日（火））：島根県浜田市')).toEqual(['（平成29年10月26日（木）～10月31日（火））']);
    expect(nestedBrackets('A日程の報告会(10月30日（月）)')).toEqual(['(10月30日（月）)']);
    expect(nestedBrackets('自治体国際化協会（CLAIR）では、平成29年10月30日（月）に')).toEqual([]);
    expect(nestedBrackets('（未完（のまま')).toEqual(['（未完（のまま']);
  });
});

describe.each(Object.entries(releaseEditions))('the wording of %s', (_, makeEdition) => {
  it('puts no brackets inside brackets, in the release or any brief', async () => {
    const edition = await loadEdition({ dataDir: makeEdition() });
    const templates = await loadTemplates(templatesDir);
    const texts = [...stringsIn(releaseWords(edition, templates)), ...stringsIn(briefWords(edition, templates))];
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.flatMap(nestedBrackets)).toEqual([]);
  });
});
