import { recordTables } from '../record-tables';
import { refusals } from '../../messages/studio-refusals';
import { reply, replyJson } from '../replies';
import { textChanges, valueChanges, type Change } from '../version-changes';
import type { Routes } from './route';

/**
 * 履歴 you can read: each kept version of a file with what the save that replaced it changed, in
 * the form's words (`?kind=…&name=…`). Versions newest first, as /api/history lists them.
 */
export const changeRoutes: Routes = {
  reads: {
    '/api/history-changes': async ({ studio, response, query }) => {
      const files = studio.session.files;
      const [kind, name] = [query.get('kind'), query.get('name')];
      const file = await files.locate(kind, name);
      if (!file) return reply(response, 404, refusals.noSuchFile);
      const versions = await files.versions(file);
      const current = (await files.list()).find((f) => f.kind === kind && f.name === name)?.text ?? '';
      const texts = await Promise.all(versions.map(async (v) => (await files.version(file, v.id)) ?? ''));
      const schemas = await studio.schemas;
      const tables = recordTables(schemas);
      const changesOf = (before: string, after: string): Change[] => (kind === 'data' ? jsonChanges(schemas[name!], before, after, tables) : textChanges(before, after));
      replyJson(
        response,
        200,
        versions.map((version, i) => ({ ...version, changes: changesOf(texts[i], i === 0 ? current : texts[i - 1]) })),
      );
    },
  },
};

function jsonChanges(schema: unknown, before: string, after: string, tables: Parameters<typeof valueChanges>[3]): Change[] {
  const parse = (text: string): { ok: true; value: unknown } | { ok: false } => {
    try {
      return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
    } catch {
      return { ok: false };
    }
  };
  const [a, b] = [parse(before), parse(after)];
  if (!a.ok || !b.ok) return [{ kind: 'changed', place: 'ファイル全体', before: a.ok ? 'JSON' : 'JSON として読めない内容', after: b.ok ? 'JSON' : 'JSON として読めない内容' }];
  return valueChanges(schema, a.value, b.value, tables);
}
