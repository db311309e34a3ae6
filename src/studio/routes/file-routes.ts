import { reply, replyJson, saveReplying } from '../replies';
import type { ReadRoute, Routes } from './route';

const baseHashOf = (body: Record<string, unknown>) => (typeof body.baseHash === 'string' ? body.baseHash : null);

/** A version of a file, or the list of its versions, as `?kind=…&name=…[&id=…]` names them. */
const history: ReadRoute = async ({ studio, response, query }) => {
  const files = studio.session.files;
  const file = await files.locate(query.get('kind'), query.get('name'));
  if (!file) return reply(response, 404, 'no such file');
  replyJson(response, 200, await files.versions(file));
};

const version: ReadRoute = async ({ studio, response, query }) => {
  const files = studio.session.files;
  const file = await files.locate(query.get('kind'), query.get('name'));
  if (!file) return reply(response, 404, 'no such file');
  const text = await files.version(file, query.get('id'));
  if (text === null) return reply(response, 404, 'no such version');
  replyJson(response, 200, { text });
};

/** The edition's data files and templates: listed, saved, their history read and restored. */
export const fileRoutes: Routes = {
  reads: {
    '/api/files': async ({ studio, response }) => replyJson(response, 200, await studio.session.files.list()),
    '/api/history': history,
    '/api/version': version,
  },
  writes: {
    '/api/save': async (body, { studio, response }) => {
      const files = studio.session.files;
      const file = await files.locate(body.kind, body.name);
      if (!file) return reply(response, 404, 'no such file');
      const content = body.kind === 'data' ? (body.value === undefined ? undefined : { value: body.value }) : typeof body.text === 'string' ? { text: body.text } : undefined;
      if (!content) return reply(response, 400, body.kind === 'data' ? 'a data file is saved as its value' : 'a template is saved as its text');
      await saveReplying(response, () => files.save(file, { ...content, baseHash: baseHashOf(body), force: body.force === true }));
    },
    '/api/restore': async (body, { studio, response }) => {
      const files = studio.session.files;
      const file = await files.locate(body.kind, body.name);
      if (!file) return reply(response, 404, 'no such file');
      const text = await files.version(file, body.id);
      if (text === null) return reply(response, 404, 'no such version');
      await saveReplying(response, () => files.save(file, { text, baseHash: baseHashOf(body), force: body.force === true }));
    },
  },
};
