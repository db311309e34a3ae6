// The press release drawn by pdf.js, every page with its text layer so text can be selected and searched.
import * as pdfjs from '/vendor/pdfjs/pdf.mjs';

pdfjs.GlobalWorkerOptions.workerSrc = '/vendor/pdfjs/pdf.worker.mjs';
/** One worker for every version of the release: starting one costs more than drawing the pages. */
const worker = new pdfjs.PDFWorker({ name: 'release' });

const documentOptions = {
  // Without the CMaps Japanese text in a PDF without embedded fonts disappears; everything is served locally.
  cMapUrl: '/vendor/pdfjs/cmaps/',
  cMapPacked: true,
  standardFontDataUrl: '/vendor/pdfjs/standard_fonts/',
  wasmUrl: '/vendor/pdfjs/wasm/',
  isEvalSupported: false,
  enableXfa: false,
  worker,
};

let shown = null;

/**
 * Draws the PDF at `url` into `container`, page by page, reusing the page boxes already there so
 * the scroll position holds across updates.
 * @param {HTMLElement} container @param {string} url @param {number} width the width to fit, in CSS pixels
 */
export async function showPdf(container, url, width) {
  const pdf = await pdfjs.getDocument({ url, ...documentOptions }).promise;
  const ratio = window.devicePixelRatio || 1;
  const numbers = Array.from({ length: pdf.numPages }, (_, i) => i + 1);
  // All pages at once: the worker prepares the next page while this thread draws the one before.
  const drawn = await Promise.all(
    numbers.map(async (n) => {
      const page = await pdf.getPage(n);
      const scale = Math.min(1.6, Math.max(0.5, (width - 32) / page.getViewport({ scale: 1 }).width));
      const viewport = page.getViewport({ scale });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.style.width = `${Math.floor(viewport.width)}px`;
      canvas.style.height = `${Math.floor(viewport.height)}px`;
      const textLayer = document.createElement('div');
      textLayer.className = 'textLayer';
      const box = document.createElement('div');
      box.className = 'pdf-page';
      box.setAttribute('role', 'img');
      box.setAttribute('aria-label', `${n}ページ`);
      box.style.setProperty('--scale-factor', String(scale));
      box.style.width = canvas.style.width;
      box.style.height = canvas.style.height;
      box.dataset.page = String(n);
      box.append(canvas, textLayer);
      await Promise.all([
        page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise,
        new pdfjs.TextLayer({ textContentSource: page.streamTextContent(), container: textLayer, viewport }).render(),
      ]);
      return box;
    }),
  );
  // Swap the pages in at once: same boxes, same heights, so the panel keeps its scroll position.
  const old = [...container.children];
  drawn.forEach((box, i) => (old[i] ? old[i].replaceWith(box) : container.append(box)));
  old.slice(drawn.length).forEach((box) => box.remove());
  const previous = shown;
  shown = pdf;
  await previous?.destroy();
}
