import pdfmake from 'pdfmake';
import type { Edition } from '../../model/edition';
import type { RenderOptions } from '../writer';
import { allFontFiles, fontBytes, fontFiles, fontIdentity, openFont } from './fonts';
import { releaseLayout } from './layout';
import type { ReleaseWords } from './words';
import { withShapingCache } from '../../patches/fontkit/shaping-cache';
import { installLineDrawing } from './line-drawing';
import { installMarking } from './marking';
import { installPatches } from '../../patches/patch';
import { xmpEscaping, type PdfmakeDocument } from '../../patches/pdfkit/xmp-escaping';

/** pdfmake's in-memory file system (its Node build reads fonts from it before the disk). */
const pdfmakeFiles = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, content: Buffer): void } }).virtualfs;

/**
 * Loads pdfmake (by being imported) and the fonts, before there are words to lay out. Not the fonts'
 * shaping tables: a build of a release whose text was shaped before reads none (shaped-runs.json),
 * and they took some 0.1 s of the thread a build waits on.
 */
export function warmRelease(options: RenderOptions): void {
  for (const file of allFontFiles(options.fallbackFont)) openFont(file);
}

/** The release laid out and drawn by pdfmake, through the toolkit's line writer and tags: the PDF's bytes. */
export async function drawRelease(edition: Edition, words: ReleaseWords, options: RenderOptions): Promise<Uint8Array> {
  // pdfmake keeps fonts in module state: set them for every build, as the fallback may differ.
  pdfmake.setFonts({ ...fontFiles, ...(options.fallbackFont ? { Fallback: { normal: options.fallbackFont, bold: options.fallbackFont } } : {}) });
  // The fonts reach pdfmake as the bytes already read for measuring; it may read nothing else.
  for (const file of allFontFiles(options.fallbackFont)) pdfmakeFiles.writeFileSync(file, fontBytes(file));
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  installLineDrawing();
  installMarking();
  installPatches([xmpEscaping], require('pdfmake/js/PDFDocument').default as PdfmakeDocument);
  const bytes = await withShapingCache(() => pdfmake.createPdf(releaseLayout(edition, words, options.fallbackFont)).getBuffer(), { font: openFont(fontFiles.Mincho.normal), identity: fontIdentity }, options.shapedRunsFile);
  return new Uint8Array(bytes);
}
