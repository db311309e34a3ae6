import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { loadEdition } from '../../src/pipeline/load-edition';
import { loadTemplates } from './templates';
import { templatesDir } from '../../src/runtime/paths';
import { releaseLayout } from '../../src/writers/press-release-pdf/layout';
import { releaseWords } from '../../src/writers/press-release-pdf/words';
import type { LineNode } from '../../src/writers/press-release-pdf/line-breaking';

/** A line as the toolkit laid it out, in the order pdfmake draws them. */
export interface LaidOutLine {
  readonly text: string;
  /** The measure a justified line fills; absent on a paragraph's last line and on lines set ragged. */
  readonly measure?: number;
  /** Lines of one block (a paragraph, a heading, a table cell) share a number. */
  readonly block: number;
  /** The style of the block (heading, body…). */
  readonly style: string | undefined;
  /** The blocks kept on one page (unbreakable stacks, rows of tables that keep rows whole) the line is in. */
  readonly units: readonly number[];
}

/** The release's pdfmake document for an edition folder, and every line in it. */
export async function releaseLines(dataDir: string): Promise<{ document: TDocumentDefinitions; lines: LaidOutLine[] }> {
  const edition = await loadEdition({ dataDir });
  const words = releaseWords(edition, await loadTemplates(templatesDir));
  const document = releaseLayout(edition, words, undefined);
  const lines: LaidOutLine[] = [];
  let block = 0;
  let unit = 0;
  const walk = (content: Content, style: string | undefined, units: readonly number[]): void => {
    if (Array.isArray(content)) {
      const before = lines.length;
      for (const item of content) walk(item, style, units);
      if (lines.length > before) block++;
      return;
    }
    if (typeof content !== 'object' || content === null) return;
    const node = content as unknown as Record<string, unknown>;
    const inner = typeof node.style === 'string' ? node.style : style;
    const kept = node.unbreakable === true ? [...units, unit++] : units;
    if (node.noWrap === true && Array.isArray(node.text)) {
      const line = node as unknown as LineNode;
      lines.push({ text: line.text.map((f) => f.text).join(''), block, style: inner, units: kept, ...(line.measure ? { measure: line.measure } : {}) });
    } else if ('table' in node) {
      const table = node.table as { body: Content[][]; dontBreakRows?: boolean };
      for (const row of table.body) walk(row, inner, table.dontBreakRows ? [...kept, unit++] : kept);
    } else if ('stack' in node) walk(node.stack as Content, inner, kept);
    else if ('columns' in node) walk(node.columns as Content, inner, kept);
  };
  walk(document.content, undefined, []);
  return { document, lines };
}
