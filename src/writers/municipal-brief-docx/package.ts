import { Packer, type Document } from 'docx';
import type { CalendarDate } from '../../calendar/calendar-date';
import { startOfDayInTokyo } from '../../calendar/calendar-date';
import { prepareEntry, zipPrepared, type PreparedEntry } from '../../emit/deterministic-zip';

/** docx's compiler: the package's parts as text, before docx zips them with the clock's time. */
interface PartCompiler {
  compile(document: Document): Map<string, string | Uint8Array>;
}

interface Preparable {
  prepForXml(context: unknown): unknown;
}

/**
 * The parts that are the same in every brief (their content does not depend on the brief's text).
 * docx prepares them anew for every document, which costs more than the brief itself.
 */
const sharedComponents: readonly [string, (document: Document) => Preparable][] = [
  ['styles', (d) => d.Styles],
  ['numbering', (d) => d.Numbering],
  ['settings', (d) => d.Settings],
  ['footnotes', (d) => d.FootNotes.View],
  ['endnotes', (d) => d.Endnotes.View],
  ['fontTable', (d) => d.FontTable.View],
  ['theme', (d) => d.Theme],
  ['app', (d) => d.AppProperties],
  ['custom', (d) => d.CustomProperties],
  ['rels', (d) => d.FileRelationships],
  ['contentTypes', (d) => d.ContentTypes],
];

const encoder = new TextEncoder();

/**
 * Packs briefs deterministically and once each: the parts come from docx's compiler (the step
 * inside Packer before it zips; docx 9.15 is pinned and the tests read every package back), the
 * document date replaces the clock in core.xml and in the zip, and the language is recorded.
 * Parts every brief shares (styles, theme, settings…) are compressed once and reused.
 */
export class BriefPacker {
  private readonly shared = new Map<string, { content: string; entry: PreparedEntry }>();
  private readonly prepared = new Map<string, unknown>();
  private readonly stamp: string;

  constructor(private readonly date: CalendarDate) {
    this.stamp = startOfDayInTokyo(date).toISOString().replace(/\.000Z$/, 'Z');
  }

  pack(document: Document): Uint8Array {
    this.reusePreparedParts(document);
    const compiler = (Packer as unknown as { compiler: PartCompiler }).compiler;
    const entries: PreparedEntry[] = [];
    for (const [path, content] of compiler.compile(document)) {
      if (typeof content !== 'string') {
        entries.push(prepareEntry(path, content));
        continue;
      }
      const text = path === 'docProps/core.xml' ? this.stampCore(content) : content;
      const known = this.shared.get(path);
      if (known && known.content === text) {
        entries.push(known.entry);
        continue;
      }
      const entry = prepareEntry(path, encoder.encode(text));
      this.shared.set(path, { content: text, entry });
      entries.push(entry);
    }
    return zipPrepared(entries, this.date);
  }

  /**
   * Hands docx the prepared form of each shared component from the first brief instead of letting
   * it prepare the same XML again: the component's public prepForXml is answered from the cache.
   * A test checks every part still equals what docx's own Packer writes.
   */
  private reusePreparedParts(document: Document): void {
    for (const [name, component] of sharedComponents) {
      const target = component(document);
      const cached = this.prepared.get(name);
      if (cached !== undefined) {
        target.prepForXml = () => cached;
      } else {
        const prepare = target.prepForXml.bind(target);
        target.prepForXml = (context) => {
          const output = prepare(context);
          this.prepared.set(name, output);
          return output;
        };
      }
    }
  }

  private stampCore(xml: string): string {
    return xml
      .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${this.stamp}$2`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${this.stamp}$2`)
      .replace(/<\/cp:coreProperties>/, '<dc:language>ja-JP</dc:language></cp:coreProperties>');
  }
}
