import pdfmake from 'pdfmake';
import { defineWriter } from '../writer';
import { allFontFiles, fontBytes, fontFiles, GlyphCoverage, unreadableFonts } from './fonts';
import { missingGlyphs, stringsIn } from './glyph-check';
import { releaseDocument } from './layout';
import { LineBreaking } from './line-breaking';
import { releaseWords, type ReleaseWords } from './words';
import type { Edition } from '../../model/edition';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { withShapingCache } from './shaping-cache';
import { installLineDrawing } from './line-drawing';
import { installMarking } from './marking';
import { installXmpEscaping } from './xmp-metadata';
import { pageNumberSlot } from '../../wording/page-number';

export const pressReleaseFileName = '報道発表資料.pdf';

/** pdfmake's in-memory file system (its Node build reads fonts from it before the disk). */
const pdfmakeFiles = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, content: Buffer): void } }).virtualfs;

/** The pdfmake document of the release, every line broken and justified: what render draws and the tests read. */
export function releaseLayout(edition: Edition, words: ReleaseWords, fallbackFont: string | undefined): TDocumentDefinitions {
  const names = edition.municipalities.flatMap((m) => [m.fullName, m.displayName, m.city ?? '', m.prefecture]);
  return releaseDocument(edition, words, new LineBreaking(names, new GlyphCoverage(fallbackFont)));
}

/** The press release for the press club: A4, Mincho body, Gothic headings, 別紙 with every project. */
export const pressReleasePdf = defineWriter({
  id: 'pdf',
  description: `the press release (${pressReleaseFileName})`,
  words: releaseWords,
  check(words, options, sources) {
    const fonts = unreadableFonts(allFontFiles(options.fallbackFont));
    if (fonts.length > 0) {
      return fonts.map(({ file, reason }) => ({ file, line: 0, column: 0, rule: 'font', message: reason, hint: file === options.fallbackFont ? 'check the --fallback-font path' : 'reinstall the toolkit with npm ci' }));
    }
    const coverage = new GlyphCoverage(options.fallbackFont);
    return missingGlyphs(stringsIn({ ...words, pageNumber: words.pageNumber.replace(pageNumberSlot, '') }), coverage, sources);
  },
  async render(edition, words, options) {
    // pdfmake keeps fonts in module state: set them for every build, as the fallback may differ.
    pdfmake.setFonts({ ...fontFiles, ...(options.fallbackFont ? { Fallback: { normal: options.fallbackFont, bold: options.fallbackFont } } : {}) });
    // The fonts reach pdfmake as the bytes already read for measuring; it may read nothing else.
    for (const file of allFontFiles(options.fallbackFont)) pdfmakeFiles.writeFileSync(file, fontBytes(file));
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => false);
    installLineDrawing();
    installMarking();
    installXmpEscaping();
    const bytes = await withShapingCache(() => pdfmake.createPdf(releaseLayout(edition, words, options.fallbackFont)).getBuffer());
    return [{ path: pressReleaseFileName, bytes: new Uint8Array(bytes) }];
  },
});
