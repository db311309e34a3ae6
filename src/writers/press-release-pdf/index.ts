import { defineWriter } from '../writer';
import { allFontFiles, GlyphCoverage, unreadableFonts } from './fonts';
import { missingGlyphs } from './glyph-check';
import { stringsIn } from '../../wording/text-blocks';
import { nestedBracketProblems } from '../../wording/nested-brackets';
import { releaseWords } from './words';
import { pageNumberSlot } from '../../wording/page-number';

export const pressReleaseFileName = '報道発表資料.pdf';

/** The press release for the press club: A4, Mincho body, Gothic headings, 別紙 with every project. */
export const pressReleasePdf = defineWriter({
  id: 'pdf',
  description: { ja: `報道発表資料（${pressReleaseFileName}）`, en: `the press release (${pressReleaseFileName})` },
  preview: { key: 'release' },
  // The longest document, made by one thread: it goes to a thread of its own while the others are made.
  ownThread: true,
  words: releaseWords,
  check(words, options, sources) {
    const fonts = unreadableFonts(allFontFiles(options.fallbackFont));
    if (fonts.length > 0) {
      return fonts.map(({ file, reason }) => ({ file, line: 0, column: 0, rule: 'font', message: reason, hint: file === options.fallbackFont ? 'check the --fallback-font path' : 'reinstall the toolkit with npm ci' }));
    }
    const coverage = new GlyphCoverage(options.fallbackFont);
    const texts = [...stringsIn({ ...words, pageNumber: words.pageNumber.replace(pageNumberSlot, '') })];
    return [...missingGlyphs(texts, coverage, sources), ...nestedBracketProblems(texts, sources)];
  },
  // pdfmake and its fonts are loaded only where the release is drawn.
  warm: async (options) => (await import('./render')).warmRelease(options),
  render: async (edition, words, options) => {
    const { bytes, warnings } = await (await import('./render')).drawRelease(edition, words, options, pressReleaseFileName);
    return [{ path: pressReleaseFileName, bytes, ...(warnings.length > 0 ? { warnings } : {}) }];
  },
});
