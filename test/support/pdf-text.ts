/** Reads a PDF the way a reader's viewer does (pdf.js): text in stream order, lines by position, metadata, outline. */
export interface PdfLine {
  readonly page: number;
  readonly y: number;
  readonly x: number;
  readonly text: string;
}

export interface PdfReading {
  readonly pages: number;
  /** All text in content-stream order, one string per page. */
  readonly pageTexts: readonly string[];
  /** Text grouped into visual lines: same page and baseline, ordered left to right. */
  readonly lines: readonly PdfLine[];
  /** Text as pdf.js itself ends its lines (what its viewer copies), in its order. */
  readonly textLines: readonly string[];
  readonly info: Record<string, unknown>;
  readonly outline: readonly string[];
}

export async function readPdf(bytes: Uint8Array): Promise<PdfReading> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pageTexts: string[] = [];
  const lines: PdfLine[] = [];
  let copied = '';
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    const items = content.items.filter((i): i is Extract<typeof i, { str: string }> => 'str' in i && i.str.length > 0);
    pageTexts.push(items.map((i) => i.str).join(''));
    copied += `${content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join('')}\n`;
    // A line is the items on one baseline; a table's cells on one baseline are split where x jumps back.
    const byBaseline = new Map<number, { x: number; str: string; width: number }[]>();
    // The spaces pdf.js puts where glyphs stand apart (a table's label and its cell) are no text of a line.
    for (const item of items.filter((i) => i.str.trim() !== '')) {
      const y = Math.round(item.transform[5] * 2) / 2;
      const row = byBaseline.get(y) ?? [];
      row.push({ x: item.transform[4], str: item.str, width: item.width });
      byBaseline.set(y, row);
    }
    for (const [y, row] of byBaseline) {
      row.sort((a, b) => a.x - b.x);
      // Items further apart than 12pt are separate columns (a table label and its cell).
      let current: { x: number; text: string; end: number } | undefined;
      for (const item of row) {
        if (current && item.x - current.end < 12) {
          current.text += item.str;
          current.end = item.x + item.width;
        } else {
          if (current) lines.push({ page: n, y, x: current.x, text: current.text });
          current = { x: item.x, text: item.str, end: item.x + item.width };
        }
      }
      if (current) lines.push({ page: n, y, x: current.x, text: current.text });
    }
  }
  lines.sort((a, b) => a.page - b.page || b.y - a.y || a.x - b.x);
  const metadata = await document.getMetadata();
  const outline = ((await document.getOutline()) ?? []).flatMap(function titles(node: { title: string; items: unknown[] }): string[] {
    return [node.title, ...(node.items as { title: string; items: unknown[] }[]).flatMap(titles)];
  });
  await document.destroy();
  return { pages: pageTexts.length, pageTexts, lines, textLines: copied.split('\n'), info: metadata.info as Record<string, unknown>, outline };
}

/** Compares text the way a reader does: ignoring whitespace and full/half-width forms. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/[‐－−–—]/g, '-');
}
