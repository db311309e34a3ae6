import path from 'node:path';

/** The pdfmake and pdfkit the overrides of line-drawing.ts and marking.ts were written against and tested with. */
export const pinned = { pdfmake: '0.3.11', pdfkit: '0.19.1' } as const;

/** Fails loudly if pdfmake or pdfkit is not the pinned version: the overrides replace their internals. */
export function assertPinnedVersions(): void {
  const pdfmakeDir = path.dirname(require.resolve('pdfmake/package.json'));
  const found = {
    pdfmake: (require('pdfmake/package.json') as { version: string }).version,
    pdfkit: (require(require.resolve('pdfkit/package.json', { paths: [pdfmakeDir] })) as { version: string }).version,
  };
  if (found.pdfmake !== pinned.pdfmake || found.pdfkit !== pinned.pdfkit) {
    throw new Error(`the PDF writer is made for pdfmake ${pinned.pdfmake} with pdfkit ${pinned.pdfkit}, but found pdfmake ${found.pdfmake} with pdfkit ${found.pdfkit}: reinstall with npm ci`);
  }
}
