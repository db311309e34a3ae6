import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { pressReleaseFileName } from '../../../src/writers/press-release-pdf';
import { buildInto } from '../../support/build';
import { editionWith } from '../../support/edition-fixture';
import { readPdf } from '../../support/pdf-text';

/** sha256 of pdfkit 0.19.1's `_addInfo`, which xmp-metadata.ts hands escaped values. */
const wrappedSource = '82d203035526052372f3a578566856fa07024cc187df7281c15d0cb07dc99925';

/** The XMP packet: pdfkit writes it uncompressed, as PDF/A and PDF/UA want. */
function xmp(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const start = raw.indexOf('<?xpacket begin');
  return Buffer.from(raw.slice(start, raw.indexOf('<?xpacket end', start) + 19), 'latin1').toString('utf8');
}

describe('the XMP metadata of the release', () => {
  it("escapes pdfkit 0.19.1's values: upgrading pdfkit means checking it again", () => {
    const pdfmakeDocument = require('pdfmake/js/PDFDocument').default;
    const source = Object.getPrototypeOf(pdfmakeDocument.prototype)._addInfo.toString();
    expect(crypto.createHash('sha256').update(source).digest('hex')).toBe(wrappedSource);
  });

  it('claims PDF/UA-1 and carries the title, also one with & and <, as well-formed XML', async () => {
    const dir = editionWith([{ file: 'release.json', find: '"外国人と自治体が協働して"', replace: '"R&D <研究>と自治体が協働して"' }]);
    const pdf = (await buildInto({ dataDir: dir, only: ['pdf'] })).read(pressReleaseFileName);
    const errors: string[] = [];
    const packet = new DOMParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) }).parseFromString(xmp(pdf).replace(/^<\?xpacket[^>]*\?>|<\?xpacket[^>]*\?>$/g, '').trim(), 'text/xml');
    expect(errors).toEqual([]);
    expect(packet.getElementsByTagName('pdfuaid:part')[0]?.textContent).toBe('1');
    expect(packet.getElementsByTagName('dc:title')[0]?.textContent?.trim()).toBe('R&D <研究>と自治体が協働してJETふるさとビジョンプロジェクトを実施');
    expect((await readPdf(pdf)).info.Title).toBe('R&D <研究>と自治体が協働してJETふるさとビジョンプロジェクトを実施');
  });
});
