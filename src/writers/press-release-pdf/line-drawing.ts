import { installPatches } from '../../patches/patch';
import { lineDrawing } from '../../patches/pdfkit/line-drawing';
import { setGlyph, spread } from './justification';
import { runMarks } from './marking';

/**
 * Installs the line writer (src/patches/pdfkit/line-drawing.ts) on pdfmake's documents, setting each
 * line as justification.ts says and marking it as marking.ts does; on another pdfkit it stops the
 * build, saying so.
 */
export function installLineDrawing(): void {
  installPatches([lineDrawing], { setGlyph, spread, runMarks });
}
