import type { Content, ContentStack } from 'pdfmake/interfaces';

/**
 * A line's height, generously: Noto JP's ascent and descent are 1.44–1.45 em, and pdfmake's line
 * height is 1.2 of that. Estimates err high, so a block near a page's height is let break.
 */
const lineHeightPerPoint = 1.8;
/** Padding, rules and style margins the estimate does not see, per node that has them. */
const allowance = 12;

/**
 * Content kept on one page (pdfmake's `unbreakable`), unless it may be taller than a page: pdfmake
 * would then keep only what fits on the first page and drop the rest, silently.
 */
export function keptTogether(content: Content[], room: number, margin?: [number, number, number, number]): ContentStack {
  return { stack: content, ...(margin ? { margin } : {}), ...(estimatedHeight(content) <= room ? { unbreakable: true } : {}) };
}

/** Whether a table's rows can each be kept whole (`dontBreakRows`): the same guard for each row. */
export function rowsKeptWhole(rows: readonly Content[][], room: number): boolean {
  return rows.every((row) => Math.max(...row.map(estimatedHeight)) + allowance <= room);
}

/** An upper estimate of a node's height in points, from the lines the toolkit laid out. */
function estimatedHeight(content: Content): number {
  if (Array.isArray(content)) return content.reduce((sum: number, node) => sum + estimatedHeight(node), 0);
  if (typeof content !== 'object' || content === null) return 0;
  const node = content as unknown as Record<string, unknown>;
  const margin = Array.isArray(node.margin) ? (node.margin[1] as number) + (node.margin[3] as number) : 0;
  const extra = margin + (node.style || node.table ? allowance : 0);
  if ('stack' in node) return estimatedHeight(node.stack as Content) + extra;
  if ('columns' in node) return Math.max(0, ...(node.columns as Content[]).map(estimatedHeight)) + extra;
  if ('table' in node) return (node.table as { body: Content[][] }).body.reduce((sum, row) => sum + Math.max(...row.map(estimatedHeight)) + allowance, 0) + extra;
  if ('image' in node) return ((node.fit as number[] | undefined)?.[1] ?? 0) + extra;
  if ('text' in node) return (typeof node.fontSize === 'number' ? node.fontSize : 18) * lineHeightPerPoint + extra;
  return extra;
}
