import { refusalReplying, reply, replyJson, saveReplying } from '../replies';
import type http from 'node:http';
import type { EditableEdition } from '../editable-files';
import type { SavedFile } from '../../save/safe-save';
import type { ReadRoute, Routes } from './route';
import { refusals } from '../../messages/studio-refusals';

const baseHashOf = (body: Record<string, unknown>) => (typeof body.baseHash === 'string' ? body.baseHash : null);

/** A version of a file, or the list of its versions, as `?kind=…&name=…[&id=…]` names them. */
const history: ReadRoute = async ({ studio, response, query }) => {
  const files = studio.session.files;
  const file = await files.locate(query.get('kind'), query.get('name'));
  if (!file) return reply(response, 404, refusals.noSuchFile);
  await files.versions(file).then(
    (versions) => replyJson(response, 200, versions),
    (error: unknown) => {
      if (!refusalReplying(response, error)) throw error;
    },
  );
};

const version: ReadRoute = async ({ studio, response, query }) => {
  const files = studio.session.files;
  const file = await files.locate(query.get('kind'), query.get('name'));
  if (!file) return reply(response, 404, refusals.noSuchFile);
  const text = await versionOrReply(files, file, query.get('id'), response);
  if (text !== undefined) replyJson(response, 200, { text });
};

/** A kept version's text; undefined once the reply says why there is none (no such version, a history folder that is a link out). */
async function versionOrReply(files: EditableEdition, file: SavedFile, id: unknown, response: http.ServerResponse): Promise<string | undefined> {
  try {
    const text = await files.version(file, id);
    if (text === null) reply(response, 404, refusals.noSuchVersion);
    return text ?? undefined;
  } catch (error) {
    if (!refusalReplying(response, error)) throw error;
    return undefined;
  }
}

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
      if (!file) return reply(response, 404, refusals.noSuchFile);
      const content = body.kind === 'data' ? (body.value === undefined ? undefined : { value: body.value }) : typeof body.text === 'string' ? { text: body.text } : undefined;
      if (!content) return reply(response, 400, body.kind === 'data' ? refusals.dataAsValue : refusals.templateAsText);
      await saveReplying(response, () => files.save(file, { ...content, baseHash: baseHashOf(body), force: body.force === true }));
    },
    '/api/restore': async (body, { studio, response }) => {
      const files = studio.session.files;
      const file = await files.locate(body.kind, body.name);
      if (!file) return reply(response, 404, refusals.noSuchFile);
      const text = await versionOrReply(files, file, body.id, response);
      if (text !== undefined) await saveReplying(response, () => files.save(file, { text, baseHash: baseHashOf(body), force: body.force === true }));
    },
  },
};
