import { unzipSync, strFromU8 } from 'fflate';
import { DOMParser, type Document as XmlDocument } from '@xmldom/xmldom';

/** The parts of an Office package (docx/xlsx), parsed as XML the way a reader's software does. */
export function openPackage(bytes: Uint8Array): { part(name: string): XmlDocument; names: string[] } {
  const entries = unzipSync(bytes);
  return {
    names: Object.keys(entries),
    part(name) {
      const entry = entries[name];
      if (!entry) throw new Error(`the package has no ${name}`);
      return new DOMParser().parseFromString(strFromU8(entry), 'text/xml');
    },
  };
}

/** Text of each paragraph (w:p) of a Word part, runs joined. */
export function paragraphTexts(document: XmlDocument): string[] {
  return Array.from(document.getElementsByTagName('w:p')).map((p) =>
    Array.from(p.getElementsByTagName('w:t'))
      .map((t) => t.textContent ?? '')
      .join(''),
  );
}

/**
 * A part's text without what differs from one writing to the next: the clock's dates in core.xml,
 * and the hyperlinks' relationship ids (docx names each at random; the briefs renumber them rIdLink1…).
 */
export function comparablePart(bytes: Uint8Array): string {
  return strFromU8(bytes)
    .replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, '<dcterms:$1>')
    .replace(/rId[0-9A-Za-z_-]{6,}|rIdLink\d+/g, 'rIdLink');
}
