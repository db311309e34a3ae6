import * as docx from 'docx';
import { Document, type IPropertiesOptions } from 'docx';
import type { CalendarDate } from '../../calendar/calendar-date';
import { startOfDayInTokyo } from '../../calendar/calendar-date';
import { prepareEntry, zipPrepared, type PreparedEntry } from '../../files/deterministic-zip';
import { installPatches, isInstalled } from '../../patches/patch';
import { prepareInOnePass } from '../../patches/docx/prepare-in-one-pass';
import { alreadyWrittenTag, briefOnFirst, madeOnFirst } from '../../patches/docx/brief-on-first';
import { compileParts } from '../../patches/docx/part-compiler';
import { SharedBlocks } from './document';

const encoder = new TextEncoder();

const documentPart = 'word/document.xml';
const documentRelationships = 'word/_rels/document.xml.rels';
const hyperlinkRelationship = /<Relationship Id="(rId[^"]+)" Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/hyperlink"/g;

/**
 * docx names each hyperlink's relationship with a random id (rId + nanoid), so the same brief would
 * differ from build to build: they are renamed rIdLink1, rIdLink2… in the order docx wrote them.
 */
function withStableLinkIds(parts: Map<string, string | Uint8Array>): Map<string, string | Uint8Array> {
  const relationships = parts.get(documentRelationships);
  if (typeof relationships !== 'string') return parts;
  const renamed = new Map([...relationships.matchAll(hyperlinkRelationship)].map((match, i) => [match[1], `rIdLink${i + 1}`]));
  if (renamed.size === 0) return parts;
  const rename = (xml: string, attribute: string): string => xml.replace(new RegExp(`${attribute}="(rId[^"]+)"`, 'g'), (whole, id: string) => (renamed.has(id) ? `${attribute}="${renamed.get(id)}"` : whole));
  const document = parts.get(documentPart);
  if (typeof document !== 'string') throw new Error(`docx wrote hyperlinks without ${documentPart}`);
  return new Map([...parts, [documentRelationships, rename(relationships, 'Id')], [documentPart, rename(document, 'r:id')]]);
}

/**
 * Packs briefs deterministically and once each: the parts come from docx's compiler (the step
 * inside Packer before it zips: src/patches/docx/part-compiler.ts), the document date replaces the
 * clock in core.xml and in the zip, and the language is recorded. A part written alike for an
 * earlier brief is compressed once; with src/patches/docx/brief-on-first.ts the later briefs are made
 * on the first's Document, so a packer's briefs must be made with the same styles and fonts. A test
 * checks every part still equals what docx's own Packer writes.
 */
export class BriefPacker {
  private readonly written = new Map<string, { content: string; entry: PreparedEntry }>();
  private first: Document | undefined;
  /** The blocks its briefs share: their XML is written by docx for the first brief only. */
  readonly shared = new SharedBlocks(true);
  private readonly stamp: string;
  private readonly onFirst: boolean;

  constructor(private readonly date: CalendarDate) {
    installPatches([prepareInOnePass], docx);
    this.onFirst = isInstalled(briefOnFirst);
    this.stamp = startOfDayInTokyo(date).toISOString().replace(/\.000Z$/, 'Z');
  }

  pack(options: IPropertiesOptions): Uint8Array {
    const document = this.first && this.onFirst ? madeOnFirst(this.first, options) : new Document(options);
    const entries: PreparedEntry[] = [];
    const parts = new Map([...compileParts(document)].map(([path, content]) => [path, typeof content === 'string' ? this.shared.expand(content) : content]));
    for (const [path, content] of withStableLinkIds(parts)) {
      if (typeof content !== 'string') {
        entries.push(prepareEntry(path, content));
        continue;
      }
      const text = path === 'docProps/core.xml' ? this.stampCore(content) : content;
      const known = this.written.get(path);
      const standIn = text.endsWith(alreadyWrittenTag);
      if (standIn && !known) throw new Error(`docx wrote ${path} from a shared component no earlier brief wrote`);
      if (known && (standIn || known.content === text)) {
        entries.push(known.entry);
        continue;
      }
      const entry = prepareEntry(path, encoder.encode(text));
      this.written.set(path, { content: text, entry });
      entries.push(entry);
    }
    this.first ??= document;
    return zipPrepared(entries, this.date);
  }

  private stampCore(xml: string): string {
    return xml
      .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${this.stamp}$2`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${this.stamp}$2`)
      .replace(/<\/cp:coreProperties>/, '<dc:language>ja-JP</dc:language></cp:coreProperties>');
  }
}
