import { assertPinnedVersions } from './pdfmake-versions';

/**
 * pdfkit 0.19.1 writes the document's title, author, subject and keywords into the XMP metadata
 * (lib/mixins/metadata.js, `_addInfo`) as they are, so a title with & or < makes the packet
 * malformed XML, and PDF/UA needs the title read from there. This hands `_addInfo` the values
 * escaped for XML, on pdfmake's own subclass of PDFDocument only; the Info dictionary, written
 * before, keeps them as they are.
 */

interface InfoDocument {
  info: Record<string, unknown>;
  _addInfo(): void;
}

const pdfmakeDocument = require('pdfmake/js/PDFDocument').default as { prototype: InfoDocument };
const pdfkitAddInfo = (Object.getPrototypeOf(pdfmakeDocument.prototype) as InfoDocument)._addInfo;

const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

const addEscapedInfo = function addEscapedInfo(this: InfoDocument): void {
  const info = this.info;
  this.info = Object.fromEntries(Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? value.replace(/[&<>"]/g, (c) => xmlEntities[c]) : value]));
  try {
    pdfkitAddInfo.call(this);
  } finally {
    this.info = info;
  }
};

/** Installs the escaping on pdfmake's PDFDocument, once. */
export function installXmpEscaping(): void {
  if (pdfmakeDocument.prototype._addInfo === addEscapedInfo) return;
  assertPinnedVersions();
  pdfmakeDocument.prototype._addInfo = addEscapedInfo;
}
