import pdfmake from 'pdfmake';
import { fontFiles } from '../../src/writers/press-release-pdf/fonts';
import { installLineDrawing } from '../../src/writers/press-release-pdf/line-drawing';
import { installMarking } from '../../src/writers/press-release-pdf/marking';
import { releaseLines } from './release-layout';

/**
 * An edition's release laid out as the toolkit lays it out and drawn without tags (`tagged: false`),
 * still claiming PDF/UA in its metadata: what the accessibility checks must reject.
 */
export async function untaggedRelease(dataDir: string): Promise<Buffer> {
  const { document } = await releaseLines(dataDir);
  pdfmake.setFonts(fontFiles);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => true);
  installLineDrawing();
  installMarking();
  return Buffer.from(await pdfmake.createPdf({ ...document, tagged: false }).getBuffer());
}
