import fs from 'node:fs';
import path from 'node:path';
import { packageRoot, sourceDir } from '../runtime/paths';

/** A file the studio serves as it is: the page's own code and the libraries the page loads. */
export interface Asset {
  readonly file: string;
  readonly type: string;
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
  '.json': 'application/json; charset=utf-8',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function contentType(name: string): string {
  return contentTypes[path.extname(name).toLowerCase()] ?? 'application/octet-stream';
}

export const pageDir = path.join(sourceDir, 'studio', 'page');

/**
 * URL path → file, listed once at start. A request is answered only when its path is a key of
 * this table, compared as written: no URL is ever joined onto a folder, so `..`, encoded or not,
 * finds nothing.
 */
export function assetTable(): ReadonlyMap<string, Asset> {
  const table = new Map<string, Asset>();
  const add = (url: string, file: string): void => void table.set(url, { file, type: contentType(file) });
  const addFolder = (prefix: string, dir: string, except: readonly string[] = []): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) if (entry.isFile() && !except.includes(entry.name)) add(`${prefix}${entry.name}`, path.join(dir, entry.name));
  };
  // The page itself is served at / with its token filled in.
  addFolder('/app/', pageDir, ['index.html']);
  const pdfjs = path.dirname(require.resolve('pdfjs-dist/package.json'));
  add('/vendor/pdfjs/pdf.mjs', path.join(pdfjs, 'build', 'pdf.min.mjs'));
  add('/vendor/pdfjs/pdf.worker.mjs', path.join(pdfjs, 'build', 'pdf.worker.min.mjs'));
  add('/vendor/pdfjs/pdf_viewer.css', path.join(pdfjs, 'web', 'pdf_viewer.css'));
  addFolder('/vendor/pdfjs/images/', path.join(pdfjs, 'web', 'images'));
  addFolder('/vendor/pdfjs/cmaps/', path.join(pdfjs, 'cmaps'));
  addFolder('/vendor/pdfjs/standard_fonts/', path.join(pdfjs, 'standard_fonts'));
  addFolder('/vendor/pdfjs/wasm/', path.join(pdfjs, 'wasm'));
  // The staff guide's screenshots (the guide itself is rendered by guide-routes.ts).
  addFolder('/guide/', path.join(packageRoot, 'docs', 'images'));
  add('/vendor/jszip.min.js', path.join(path.dirname(require.resolve('jszip/package.json')), 'dist', 'jszip.min.js'));
  add('/vendor/docx-preview.min.js', path.join(path.dirname(require.resolve('docx-preview')), 'docx-preview.min.js'));
  return table;
}
