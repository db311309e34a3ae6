import fs from 'node:fs';
import path from 'node:path';
import { pageDir } from '../assets';
import { replyBytes, replyJson } from '../replies';
import type { Routes } from './route';

/** The page itself (with this run's token written in), its state, its live updates and its editors. */
export function pageRoutes(token: string): Routes {
  const page = Buffer.from(fs.readFileSync(path.join(pageDir, 'index.html'), 'utf8').replace('__STUDIO_TOKEN__', token));
  return {
    reads: {
      '/': ({ studio, request, response }) => {
        response.once('finish', () => studio.pageSent());
        replyBytes(response, page, 'text/html; charset=utf-8', request.method);
      },
      '/api/state': ({ studio, response }) => replyJson(response, 200, studio.state),
      '/events': ({ studio, response }) => studio.events.open(response, studio.state),
      '/api/schemas': async ({ studio, response }) => replyJson(response, 200, await studio.schemas),
      '/app/editors.js': async ({ studio, request, response }) => replyBytes(response, await studio.editorsCode(), 'text/javascript; charset=utf-8', request.method),
    },
  };
}
