import pdfmake from 'pdfmake';
import type { Edition } from '../../model/edition';
import type { RenderOptions } from '../writer';
import { allFontFiles, fontBytes, fontFiles, fontIdentity, openFont } from './fonts';
import { releaseLayout } from './layout';
import type { ReleaseWords } from './words';
import { withShapingCache } from '../../patches/fontkit/shaping-cache';
import { installLineDrawing } from './line-drawing';
import { drawnLinesPerPage, installMarking } from './marking';
import { installPatches } from '../../patches/patch';
import { xmpEscaping, type PdfmakeDocument } from '../../patches/pdfkit/xmp-escaping';
import type { Diagnostic } from '../../problems/diagnostics';
import { lonelyLineWarnings } from './lonely-lines';

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

/** The release drawn: the PDF's bytes, and what its layout could not do as the rules ask (warnings about `file`). */
export interface DrawnRelease {
  readonly bytes: Uint8Array;
  readonly warnings: readonly Diagnostic[];
}

/** The release laid out and drawn by pdfmake, through the toolkit's line writer and tags. */
export async function drawRelease(edition: Edition, words: ReleaseWords, options: RenderOptions, file: string): Promise<DrawnRelease> {
  // pdfmake keeps fonts in module state: set them for every build, as the fallback may differ.
  pdfmake.setFonts({ ...fontFiles, ...(options.fallbackFont ? { Fallback: { normal: options.fallbackFont, bold: options.fallbackFont } } : {}) });
  // The fonts reach pdfmake as the bytes already read for measuring; it may read nothing else.
  for (const file of allFontFiles(options.fallbackFont)) pdfmakeFiles.writeFileSync(file, fontBytes(file));
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  installLineDrawing();
  installMarking();
  installPatches([xmpEscaping], require('pdfmake/js/PDFDocument').default as PdfmakeDocument);
  const drawn = await withShapingCache(
    async () => {
      const pdf = pdfmake.createPdf(releaseLayout(edition, words, options.fallbackFont));
      return { bytes: await pdf.getBuffer(), linesPerPage: drawnLinesPerPage(await pdf.getStream()) };
    },
    { font: openFont(fontFiles.Mincho.normal), identity: fontIdentity },
    options.shapedRunsFile,
  );
  return { bytes: new Uint8Array(drawn.bytes), warnings: lonelyLineWarnings(drawn.linesPerPage, file) };
}
