import fs from 'node:fs';
import path from 'node:path';
import { compiler } from 'markdown-to-jsx';
import { renderToStaticMarkup } from 'react-dom/server';
import { packageRoot } from '../../runtime/paths';
import { reply, replyJson } from '../replies';
import type { Routes } from './route';
import { refusals } from '../../messages/studio-refusals';

/** The staff guide, from the toolkit's docs/ (its screenshots are in the asset table, at /guide/). */
const guideFile = path.join(packageRoot, 'docs', '使い方.md');

/** The guide as HTML, its images pointed at their routes; read on each request, so an edited guide shows at once. */
function guideHtml(): string {
  const markdown = fs.readFileSync(guideFile, 'utf8').replace(/\]\(images\//g, '](/guide/');
  // The heading ids keep their Japanese words (the default drops every character that is not ASCII).
  const html = renderToStaticMarkup(compiler(markdown, { slugify: (text) => text.trim().replace(/\s+/g, '-') }));
  // React adds a preload link for each image: the page shows the images itself.
  return html.replace(/<link rel="preload"[^>]*>/g, '');
}

export function guideRoutes(): Routes {
  return {
    reads: {
      '/api/guide': ({ response }) => {
        try {
          replyJson(response, 200, { html: guideHtml() });
        } catch {
          reply(response, 404, refusals.guideMissing);
        }
      },
    },
  };
}
