import * as docx from 'docx';
import { Document, Packer, type IPropertiesOptions, type ISectionOptions } from 'docx';
import type { CalendarDate } from '../../calendar/calendar-date';
import { startOfDayInTokyo } from '../../calendar/calendar-date';
import { prepareEntry, zipPrepared, type PreparedEntry } from '../../files/deterministic-zip';
import { installPatches } from '../../patches/patch';
import { prepareInOnePass } from '../../patches/docx/prepare-in-one-pass';
import { SharedBlocks } from './document';

/** docx's compiler: the package's parts as text, before docx zips them with the clock's time. */
interface PartCompiler {
  compile(document: Document): Map<string, string | Uint8Array>;
}

interface Preparable {
  prepForXml(context: unknown): unknown;
}

/**
 * The components whose parts are the same in every brief (their content does not depend on the
 * brief's text). docx prepares and writes them anew for every document, which costs more than the
 * brief itself.
 */
const sharedComponents: readonly ((document: Document) => Preparable)[] = [
  (d) => d.Styles,
  (d) => d.Numbering,
  (d) => d.Settings,
  (d) => d.FootNotes.View,
  (d) => d.Endnotes.View,
  (d) => d.FontTable.View,
  (d) => d.Theme,
  (d) => d.AppProperties,
  (d) => d.CustomProperties,
  (d) => d.FileRelationships,
  (d) => d.ContentTypes,
];

/** File's fields and steps (docx 9.15, private in its types) that a brief of its own is made of. */
interface FileOfItsOwn {
  currentRelationshipId: number;
  coreProperties: unknown;
  documentWrapper: unknown;
  headers: unknown[];
  footers: unknown[];
  fileRelationships: unknown;
  contentTypes: unknown;
  addDefaultRelationships(): void;
  addSection(section: ISectionOptions): void;
}

const newLike = <T extends object>(part: T, ...args: unknown[]): T => new (part.constructor as new (...args: unknown[]) => T)(...args);

/**
 * A brief made on the first brief's Document: what every brief has alike (styles, numbering,
 * theme, settings…: the shared components below) is the first's, inherited through the prototype,
 * and only the parts that differ are made, by the steps of docx's own File constructor. Making those
 * alike parts anew (docx builds its default styles, numbering and theme for every File) cost more
 * than laying out the brief. The relationships and content types a brief adds again go into
 * throwaway lists: the first brief's are the ones written. The package test compares every part of
 * every seed brief with what docx's own Packer writes for a File made the usual way.
 */
function briefOnFirst(first: Document, options: IPropertiesOptions): Document {
  const brief = Object.create(first) as Document;
  const own = brief as unknown as FileOfItsOwn;
  own.currentRelationshipId = 1;
  own.coreProperties = newLike(first.CoreProperties, { ...options, creator: options.creator ?? 'Un-named', revision: options.revision ?? 1, lastModifiedBy: options.lastModifiedBy ?? 'Un-named' });
  own.documentWrapper = newLike(first.Document, { background: options.background, pageNumbers: options.pageNumbers });
  own.headers = [];
  own.footers = [];
  own.fileRelationships = newLike(first.FileRelationships);
  own.contentTypes = newLike(first.ContentTypes, { macros: false });
  own.addDefaultRelationships();
  for (const section of options.sections) own.addSection(section);
  brief.Document.Relationships.addRelationship(own.currentRelationshipId++, 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme', 'theme/theme1.xml');
  return brief;
}

/** What a shared component hands docx once its part is written: docx writes it as the tag below. */
const alreadyWritten = { 'presskit-already-written': {} };
const alreadyWrittenTag = '<presskit-already-written/>';

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
 * inside Packer before it zips; docx 9.15 is pinned and the tests read every package back), the
 * document date replaces the clock in core.xml and in the zip, and the language is recorded.
 * Parts every brief shares (styles, theme, settings…) are written and compressed for the first
 * brief only: afterwards their components answer docx with a stand-in, and the first brief's
 * compressed part goes into the package; their components are the first brief's (`briefOnFirst`), so
 * a packer's briefs must be made with the same styles and fonts. A test checks every part still
 * equals what docx's own Packer writes.
 */
export class BriefPacker {
  private readonly written = new Map<string, { content: string; entry: PreparedEntry }>();
  private first: Document | undefined;
  /** The blocks its briefs share: their XML is written by docx for the first brief only. */
  readonly shared = new SharedBlocks(true);
  private readonly stamp: string;

  constructor(private readonly date: CalendarDate) {
    installPatches([prepareInOnePass], docx);
    this.stamp = startOfDayInTokyo(date).toISOString().replace(/\.000Z$/, 'Z');
  }

  pack(options: IPropertiesOptions): Uint8Array {
    const document = this.first ? briefOnFirst(this.first, options) : new Document(options);
    if (this.first) for (const component of sharedComponents) component(document).prepForXml = () => alreadyWritten;
    const compiler = (Packer as unknown as { compiler: PartCompiler }).compiler;
    const entries: PreparedEntry[] = [];
    const parts = new Map([...compiler.compile(document)].map(([path, content]) => [path, typeof content === 'string' ? this.shared.expand(content) : content]));
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
