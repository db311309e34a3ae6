import path from 'node:path';
import type { Diagnostic, Said } from '../problems/diagnostics';
import { refusals } from '../messages/studio-refusals';
import { formatProblem, localise } from '../messages/catalogue';
import { readFormat } from '../messages/import-lines';
import { importRegistrations, type ImportReport } from '../import/import-registrations';

/** Files dropped at once on the 申込者 form. */
const maxFiles = 20;

/** A problem as the drop zone lists it: the command's own line, and its place. */
export type ImportProblemView = Diagnostic & { readonly text: string };

export type ImportView = Omit<ImportReport, 'problems' | 'conflicts'> & { readonly problems: readonly ImportProblemView[]; readonly conflicts: readonly ImportProblemView[] };

export type ImportAnswer = { readonly status: 200; readonly report: ImportView } | { readonly status: 400; readonly message: Said };

/**
 * The drop zone's request, `{files: [{name, content}], update, dryRun, values}` with each file's bytes in
 * base64, run as `npm run import-registrations` runs it. A file's name is only ever a label in the
 * report (its base name, without control characters): nothing is read from or written to a path a
 * request gives; the file written is the edition's registrations file.
 */
export async function importFromPage(body: Record<string, unknown>, edition: { readonly dataDir: string; readonly registrationsFile?: string }, now: Date, by?: string): Promise<ImportAnswer> {
  const files = Array.isArray(body.files) ? (body.files as unknown[]) : [];
  if (files.length === 0 || files.length > maxFiles) return { status: 400, message: refusals.importFiles(maxFiles) };
  const read: { name: string; bytes: Buffer }[] = [];
  for (const file of files) {
    const { name, content } = (typeof file === 'object' && file !== null ? file : {}) as Record<string, unknown>;
    if (typeof name !== 'string' || typeof content !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(content) || content.length % 4 !== 0) return { status: 400, message: refusals.importFile };
    read.push({ name: label(name), bytes: Buffer.from(content, 'base64') });
  }
  const report = await importRegistrations({
    ...edition,
    files: read.map((f) => ({ name: f.name, read: async () => f.bytes })),
    ...(typeof body.sheet === 'string' && body.sheet !== '' ? { sheet: body.sheet } : {}),
    ...(valuesOf(body.values) ? { values: valuesOf(body.values) } : {}),
    update: body.update === true,
    dryRun: body.dryRun === true,
    now,
    ...(by ? { by } : {}),
  });
  const view = (d: Diagnostic): ImportProblemView => ({ ...localise(d, 'ja'), text: formatProblem(d, 'ja') });
  return { status: 200, report: { ...report, read: report.read.map((table) => ({ ...table, format: readFormat(table.format, 'ja') })), problems: report.problems.map(view), conflicts: report.conflicts.map(view) } };
}

/** The page's choice for a required field the lists have no column for, `{"kind": "報道"}`, as `--set` gives it. */
function valuesOf(values: unknown): Record<string, string> | undefined {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return undefined;
  const chosen = Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
  return chosen.length > 0 ? Object.fromEntries(chosen) : undefined;
}

/** The base name of what the browser sent, shown in the report. */
function label(name: string): string {
  return path.posix.basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200) || 'file';
}
