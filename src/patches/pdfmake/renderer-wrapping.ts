import type { Patch } from '../patch';

/** The methods of pdfmake's Renderer (0.3.11, js/Renderer.js) that draw a line, a vector and an image. */
export interface RendererMethods {
  renderLine(line: unknown, x: number, y: number): void;
  renderVector(vector: unknown): void;
  renderImage(image: unknown): void;
}

/** pdfmake's own methods, kept on the prototype so that loading this module twice never wraps a wrapper. */
const pdfmakeOwn = Symbol.for('jet-presskit: pdfmake Renderer methods');
const rendererClass = require('pdfmake/js/Renderer').default as { prototype: RendererMethods & { [pdfmakeOwn]?: RendererMethods } };

/** pdfmake's own drawing, for the wrappers to call. */
export const pdfmakeRenderer: RendererMethods = (rendererClass.prototype[pdfmakeOwn] ??= {
  renderLine: rendererClass.prototype.renderLine,
  renderVector: rendererClass.prototype.renderVector,
  renderImage: rendererClass.prototype.renderImage,
});

/**
 * Wraps the Renderer's drawing of lines, vectors and images (with methods that call
 * `pdfmakeRenderer`'s), so that the release's writer marks what each draws in the structure tree.
 */
export const rendererWrapping: Patch<RendererMethods> = {
  library: 'pdfmake',
  name: 'renderer-wrapping',
  buys: "the release's structure tree (PDF/UA): pdfmake 0.3 passes `tagged` to pdfkit but marks nothing",
  version: '0.3.11',
  source: { file: 'js/Renderer.js', sha256: '23e76f678fa202cf' },
  required: true,
  install: (wrappers) => void Object.assign(rendererClass.prototype, wrappers),
};
