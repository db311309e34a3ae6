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

/** The document whose pages are shown (kept until the next one is shown whole, then let go). */
let shown = null;
/** Counts the drawings begun: a drawing that is no longer the newest stops. */
let drawings = 0;

/**
 * Draws the PDF at `url` into `container`, reusing the page boxes already there so the scroll
 * position holds across updates. The pages in view are drawn first and the promise resolves once
 * they show the new version; their text layers follow, then the other pages, unless a newer
 * version comes first.
 * @param {HTMLElement} container @param {string} url @param {number} width the width to fit, in CSS pixels
 */
export async function showPdf(container, url, width) {
  const drawing = ++drawings;
  const superseded = () => drawing !== drawings;
  const pdf = await pdfjs.getDocument({ url, ...documentOptions }).promise;
  if (superseded()) return void pdf.destroy();
  const numbers = Array.from({ length: pdf.numPages }, (_, i) => i + 1);
  const inView = numbers.filter((n) => isInView(container.children[n - 1]));
  const first = inView.length > 0 ? inView : numbers;
  const shownFirst = await drawPages(container, pdf, first, width);
  void (async () => {
    await writeText(shownFirst);
    await writeText(await drawPages(container, pdf, numbers.filter((n) => !first.includes(n)), width, superseded));
    if (superseded()) return void pdf.destroy();
    [...container.children].slice(numbers.length).forEach((box) => box.remove());
    const previous = shown;
    shown = pdf;
    await previous?.destroy();
  })();
}

/** Whether a page box is (partly) inside its scrolling panel's visible area; a hidden panel shows none. */
function isInView(box) {
  if (!box) return false;
  const panel = box.closest('.panel');
  if (!panel || panel.hidden) return false;
  const [page, view] = [box.getBoundingClientRect(), panel.getBoundingClientRect()];
  return page.bottom > view.top && page.top < view.bottom;
}

/**
 * Draws the pages `numbers` of `pdf` together (the worker prepares the next page while this thread
 * draws the one before) and swaps them in at once: same boxes, same heights, so the panel keeps
 * its scroll position. Nothing is swapped in once `superseded`. Their text layers are left empty
 * for writeText: the pixels show first, and laying out the text does not hold them back.
 */
async function drawPages(container, pdf, numbers, width, superseded = () => false) {
  const ratio = window.devicePixelRatio || 1;
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
      await page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise;
      return { n, box, page, textLayer, viewport };
    }),
  );
  if (superseded()) return [];
  for (const { n, box } of drawn.sort((a, b) => a.n - b.n)) {
    const old = container.children[n - 1];
    if (old) old.replaceWith(box);
    else container.append(box);
  }
  return drawn;
}

/** Fills the text layers of pages drawn by drawPages, so their text can be selected and searched; a page a newer version replaced meanwhile is left. */
async function writeText(drawn) {
  for (const { box, page, textLayer, viewport } of drawn) {
    if (box.isConnected) await new pdfjs.TextLayer({ textContentSource: page.streamTextContent(), container: textLayer, viewport }).render();
  }
}
