import { recordTables } from '../record-tables';
import { tableWorkbook } from '../table-workbook';
import { refusals } from '../../messages/studio-refusals';
import { reply, replyBytes, replyJson } from '../replies';
import type { Routes } from './route';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The data files edited as tables: their columns, and a table taken out as an .xlsx (`?name=registrations.json`). */
export const tableRoutes: Routes = {
  reads: {
    '/api/tables': async ({ studio, response }) => replyJson(response, 200, recordTables(await studio.schemas)),
    '/api/table.xlsx': async ({ studio, request, response, query }) => {
      const table = recordTables(await studio.schemas).find((t) => t.file === query.get('name'));
      const files = studio.session.files;
      const file = table && (await files.locate('data', table.file));
      if (!table || !file) return reply(response, 404, refusals.noSuchTable);
      const listed = (await files.list()).find((f) => f.kind === 'data' && f.name === table.file);
      let items: unknown[] = [];
      try {
        const value = JSON.parse((listed?.text ?? '{}').replace(/^\uFEFF/, '')) as Record<string, unknown>;
        if (Array.isArray(value[table.array])) items = value[table.array] as unknown[];
      } catch {
        return reply(response, 409, refusals.tableNotJson(table.file));
      }
      const name = `${table.itemLabel}一覧.xlsx`;
      replyBytes(response, await tableWorkbook(table, items, studio.now()), xlsxType, request.method, 'no-store', {
        'Content-Disposition': `attachment; filename="table.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      });
    },
  },
};
