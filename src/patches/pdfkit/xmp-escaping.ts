import type { Patch } from '../patch';

interface InfoDocument {
  info: Record<string, unknown>;
  _addInfo(): void;
}

/** pdfmake's own subclass of pdfkit's PDFDocument (`require('pdfmake/js/PDFDocument').default`). */
export type PdfmakeDocument = { prototype: InfoDocument };

const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * pdfkit 0.19.1 writes the document's title, author, subject and keywords into the XMP metadata
 * (lib/mixins/metadata.js, `_addInfo`) as they are, so a title with & or < makes the packet
 * malformed XML, and PDF/UA needs the title read from there. This hands `_addInfo` the values
 * escaped for XML, on pdfmake's own subclass of PDFDocument only; the Info dictionary, written
 * before, keeps them as they are.
 */
export const xmpEscaping: Patch<PdfmakeDocument> = {
  library: 'pdfkit',
  name: 'xmp-escaping',
  buys: 'well-formed XMP metadata (and a PDF/UA title) for a title with & < > or "; no speed',
  version: '0.19.1',
  source: { file: 'js/pdfkit.js', sha256: 'be0ae23a604e8a02' },
  install(pdfmakeDocument) {
    if (Object.hasOwn(pdfmakeDocument.prototype, '_addInfo')) return;
    const pdfkitAddInfo = (Object.getPrototypeOf(pdfmakeDocument.prototype) as InfoDocument)._addInfo;
    pdfmakeDocument.prototype._addInfo = function addEscapedInfo(this: InfoDocument): void {
      const info = this.info;
      this.info = Object.fromEntries(Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? value.replace(/[&<>"]/g, (c) => xmlEntities[c]) : value]));
      try {
        pdfkitAddInfo.call(this);
      } finally {
        this.info = info;
      }
    };
  },
};
