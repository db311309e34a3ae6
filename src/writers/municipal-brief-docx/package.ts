import { Packer, type Document } from 'docx';
import { strFromU8, strToU8 } from 'fflate';
import { rezip } from '../../emit/deterministic-zip';
import type { CalendarDate } from '../../calendar/calendar-date';
import { startOfDayInTokyo } from '../../calendar/calendar-date';

/**
 * docx stamps the package with the clock (core.xml dates, zip entry times). Here the document date
 * replaces both, and the language is recorded, so the same data gives the same bytes.
 */
export async function packDocument(document: Document, date: CalendarDate): Promise<Uint8Array> {
  const packed = await Packer.toBuffer(document);
  const stamp = startOfDayInTokyo(date).toISOString().replace(/\.000Z$/, 'Z');
  return rezip(packed, date, (path, content) => {
    if (path !== 'docProps/core.xml') return content;
    const xml = strFromU8(content)
      .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`)
      .replace(/<\/cp:coreProperties>/, '<dc:language>ja-JP</dc:language></cp:coreProperties>');
    return strToU8(xml);
  });
}
