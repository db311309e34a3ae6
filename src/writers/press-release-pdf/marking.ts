import type { StructureElement, Tag, TextPiece } from './structure';
import { installPatches } from '../../patches/patch';
import type { Box, RunMarks, RunPiece } from '../../patches/pdfkit/line-drawing';
import { pdfmakeRenderer, rendererWrapping, type RendererMethods } from '../../patches/pdfmake/renderer-wrapping';

/**
 * Writes the release's structure tree while pdfmake draws it. pdfmake 0.3 passes `tagged` to pdfkit
 * but marks nothing; this wraps three methods of pdfmake's Renderer (src/patches/pdfmake/) so
 * that, in a tagged document, every rule and box is an artifact, every image a Figure, and every
 * line of text is marked piece by piece as the content of the element its tags name (the line
 * writer calls `runMarks` for the pieces). Whatever else pdfmake draws for a line (the fill that
 * sets the text colour, a background) is an artifact. Elements are made and attached as their
 * first content is drawn, so the tree is in drawing order, which for the release is reading order.
 * Untagged documents are drawn as pdfmake draws them.
 */

interface PdfStructureElement {
  add(child: unknown): PdfStructureElement;
  end(): void;
}

interface TaggingDocument {
  readonly options: { readonly tagged?: boolean };
  on(event: 'pageAdded', listener: () => void): unknown;
  markContent(tag: string, options?: object): TaggingDocument;
  markStructureContent(tag: string): unknown;
  endMarkedContent(): TaggingDocument;
  struct(type: string, options: object): PdfStructureElement;
  addStructure(element: PdfStructureElement): TaggingDocument;
  link(x: number, y: number, width: number, height: number, url: string, options: object): TaggingDocument;
}

interface PdfmakeLine {
  readonly inlines: readonly { readonly text: string; readonly tag?: Tag }[];
}

interface PdfmakeImage {
  readonly x: number;
  readonly y: number;
  readonly _width: number;
  readonly _height: number;
  readonly tag?: Tag;
}

interface Renderer {
  readonly pdfDocument: TaggingDocument;
  renderLine(line: PdfmakeLine, x: number, y: number): void;
  renderVector(vector: unknown): void;
  renderImage(image: PdfmakeImage): void;
}

type Wrapped = Pick<Renderer, 'renderLine' | 'renderVector' | 'renderImage'>;
const { renderLine, renderVector, renderImage } = pdfmakeRenderer as Wrapped;

/** The structure being written into one document, and the tags of the line being drawn. */
class DocumentMarking {
  private readonly elements = new Map<StructureElement, PdfStructureElement>();
  private runs: (Tag | undefined)[] = [];
  private links: { element: PdfStructureElement; url: string; text: string; box: Box; last: boolean }[] = [];
  /** Lines of text drawn on each page so far, the page number not counted; made as the first page is drawn. */
  readonly linesPerPage: number[] = [0];

  constructor(private readonly doc: TaggingDocument) {
    doc.on('pageAdded', () => this.linesPerPage.push(0));
  }

  line(line: PdfmakeLine, draw: () => void): void {
    const tags = line.inlines.map((inline) => {
      if (!inline.tag && inline.text !== '') throw new Error(`the line "${inline.text}" has no place in the structure tree`);
      return inline.tag;
    });
    const pagination = tags.find((tag) => tag && 'artifact' in tag);
    if (!pagination) this.linesPerPage[this.linesPerPage.length - 1]++;
    this.runs = tags;
    this.doc.markContent('Artifact', pagination ? { type: 'Pagination', attached: ['Bottom'] } : undefined);
    draw();
    this.doc.endMarkedContent();
  }

  /** The marks of the next run of the line being drawn (pdfmake draws each inline with one call to the line writer). */
  nextRun(text: string): RunMarks {
    const tag = this.runs.shift();
    if (!tag || !('pieces' in tag)) return unmarked(text);
    return {
      pieces: tag.pieces.map((piece) => this.piece(piece)),
      before: () => this.doc.endMarkedContent(),
      after: () => {
        for (const link of this.links.splice(0)) {
          this.doc.link(link.box.x, link.box.y, link.box.width, link.box.height, link.url, { structParent: link.element, Contents: new String(link.text) });
          // Ended at once, so its annotation is written with this page (pdfkit takes the current page).
          if (link.last) link.element.end();
        }
        this.doc.markContent('Artifact');
      },
    };
  }

  figure(image: PdfmakeImage, draw: () => void): void {
    if (!image.tag || !('figure' in image.tag)) throw new Error('an image has no place in the structure tree');
    const element = this.element(image.tag.figure, { bbox: [image.x, image.y, image.x + image._width, image.y + image._height] });
    const content = this.doc.markStructureContent('Figure');
    draw();
    this.doc.endMarkedContent();
    element.add(content);
  }

  artifact(draw: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw();
    this.doc.endMarkedContent();
  }

  private piece(piece: TextPiece): RunPiece {
    let content: unknown;
    return {
      length: piece.length,
      actualText: piece.actualText,
      begin: () => {
        content = this.doc.markStructureContent(piece.element.type);
      },
      end: (box) => {
        this.doc.endMarkedContent();
        const element = this.element(piece.element);
        element.add(content);
        if (piece.element.url) this.links.push({ element, url: piece.element.url, text: piece.actualText.trim(), box, last: piece.last });
      },
    };
  }

  /** The pdfkit element of a structure element, made (with its ancestors) when first needed. */
  private element(node: StructureElement, options: object = {}): PdfStructureElement {
    let element = this.elements.get(node);
    if (!element) {
      const { alt, lang, scope } = node;
      element = this.doc.struct(node.type, { alt, lang, scope, ...options });
      if (node.parent) this.element(node.parent).add(element);
      else this.doc.addStructure(element);
      this.elements.set(node, element);
    }
    return element;
  }
}

/** A run of an untagged document, or an artifact's: one piece, marked only with the text it draws. */
function unmarked(text: string): RunMarks {
  const nothing = (): void => undefined;
  return { pieces: [{ length: text.length, actualText: text, begin: nothing, end: nothing }], before: nothing, after: nothing };
}

const markings = new WeakMap<TaggingDocument, DocumentMarking>();

function marking(doc: TaggingDocument): DocumentMarking | undefined {
  if (!doc.options.tagged) return undefined;
  let found = markings.get(doc);
  if (!found) markings.set(doc, (found = new DocumentMarking(doc)));
  return found;
}

/** How the line writer marks the run of text it is about to draw in `doc`. */
export function runMarks(doc: object, text: string): RunMarks {
  return marking(doc as TaggingDocument)?.nextRun(text) ?? unmarked(text);
}

/** How many lines of text (the page number aside) were drawn on each page of a tagged document: page 1 first. */
export function drawnLinesPerPage(doc: object): readonly number[] {
  return markings.get(doc as TaggingDocument)?.linesPerPage ?? [];
}

const taggedRenderer: Wrapped = {
  renderLine(this: Renderer, line, x, y) {
    const found = marking(this.pdfDocument);
    if (found) found.line(line, () => renderLine.call(this, line, x, y));
    else renderLine.call(this, line, x, y);
  },
  renderVector(this: Renderer, vector) {
    const found = marking(this.pdfDocument);
    if (found) found.artifact(() => renderVector.call(this, vector));
    else renderVector.call(this, vector);
  },
  renderImage(this: Renderer, image) {
    const found = marking(this.pdfDocument);
    if (found) found.figure(image, () => renderImage.call(this, image));
    else renderImage.call(this, image);
  },
};

/** Installs the marking renderer on pdfmake's Renderer (src/patches/pdfmake/renderer-wrapping.ts). */
export function installMarking(): void {
  installPatches([rendererWrapping], taggedRenderer as RendererMethods);
}
