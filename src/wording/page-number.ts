/** Stands in for the page number in footer templates until a writer knows the pages. */
export const pageNumberSlot = '\u{F0000}';

/** "- {{page}} -" → ["- ", " -"]: the text before and after the page number. */
export function aroundPageNumber(rendered: string): readonly [string, string] {
  const at = rendered.indexOf(pageNumberSlot);
  return at < 0 ? [rendered, ''] : [rendered.slice(0, at), rendered.slice(at + pageNumberSlot.length)];
}
