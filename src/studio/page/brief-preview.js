// A Word brief drawn in the page by docx-preview (loaded as a classic script: window.docx, with window.JSZip).

/** An A4 page as docx-preview draws it (210 mm) plus its shadow, in CSS pixels. */
const pageWidth = 810;

/** @param {HTMLElement} container @param {string} url */
export async function showBrief(container, url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const bytes = await response.arrayBuffer();
  const staging = document.createElement('div');
  await window.docx.renderAsync(bytes, staging, staging, {
    className: 'docx',
    inWrapper: true,
    breakPages: true,
    experimental: true,
    renderHeaders: true,
    renderFooters: true,
    useBase64URL: false,
  });
  container.replaceChildren(...staging.childNodes);
  fit(container);
}

/** Scales the page down to the width there is, as a word processor's "fit width" does. */
function fit(container) {
  const wrapper = container.querySelector('.docx-wrapper');
  if (wrapper && container.clientWidth > 0) wrapper.style.zoom = String(Math.min(1, container.clientWidth / pageWidth));
}

/** Keeps the brief fitted when the window or the panel changes size (a hidden panel has no width). */
export function keepBriefFitted(container) {
  new ResizeObserver(() => fit(container)).observe(container);
}
