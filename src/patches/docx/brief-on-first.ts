import type { Document, IPropertiesOptions, ISectionOptions } from 'docx';
import type { Patch } from '../patch';

/**
 * Each brief after a packer's first made on the first's Document, and the parts every brief has
 * alike written for the first only (see `madeOnFirst`). Installed on nothing: the packer asks
 * whether it is (`isInstalled`).
 */
export const briefOnFirst: Patch<undefined> = {
  library: 'docx',
  name: 'brief-on-first',
  buys: '600 briefs made on one thread in 0.63 of the CPU time (docx builds its default styles, numbering and theme for every document)',
  version: '9.15.2',
  source: { file: 'dist/index.cjs', sha256: '3e64ca4ffb778e7d' },
  install: () => undefined,
};

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

/** What a shared component hands docx once its part is written: docx writes it as the tag below. */
const alreadyWritten = { 'presskit-already-written': {} };
/** How a part the first brief wrote ends when a later brief's compiler writes it: the packer puts the first's in its place. */
export const alreadyWrittenTag = '<presskit-already-written/>';

/**
 * A brief made on the first brief's Document: what every brief has alike (styles, numbering,
 * theme, settings…: the shared components above) is the first's, inherited through the prototype,
 * and only the parts that differ are made, by the steps of docx's own File constructor. Making those
 * alike parts anew (docx builds its default styles, numbering and theme for every File) cost more
 * than laying out the brief. The alike parts answer docx's compiler with a stand-in
 * (`alreadyWrittenTag`). The relationships and content types a brief adds again go into throwaway
 * lists: the first brief's are the ones written. The package test compares every part of every
 * seed brief with what docx's own Packer writes for a File made the usual way.
 */
export function madeOnFirst(first: Document, options: IPropertiesOptions): Document {
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
  for (const component of sharedComponents) component(brief).prepForXml = () => alreadyWritten;
  return brief;
}
