import fs from 'node:fs/promises';
import path from 'node:path';
import { sortDiagnostics, type Diagnostic, type SourcePosition } from '../problems/diagnostics';
import { checkDataFile } from '../checks/check-edition';
import { crossFileChecks } from '../checks/cross-file-checks';
import type { Checked } from '../checks/edition-files';
import type { JsonSource } from '../checks/json-source';
import { parseJsonSource } from '../checks/json-source';
import { schemaReference } from '../checks/schema-references';
import { validateAgainstSchema } from '../checks/schema-validator';
import type { RegistrationsFile, ScheduleFile } from '../sources/data-files.generated';
import { defaultAttendeeKinds } from '../sources/schema-defaults';
import { editedJson, inlineJson } from '../save/json-edits';
import { contentHash, readSaved, SaveConflict, saveText } from '../save/safe-save';
import { LinkOutside } from '../files/link-check';
import { fields, fieldList, fieldTitles, mapColumns, requiredFields, type ColumnChoices, type Field, type MappedColumn, type Registration } from './column-map';
import { matchSession, type SessionChoice } from './match-session';
import { mergeRegistrations, type PlacedRegistration } from './merge-registrations';
import { normaliseValue, readRow } from './normalise-row';
import { cellPlace, readTable, type Table, type TableRow } from './read-table';

export interface ImportFile {
  /** As the user named it: problems name it so. */
  readonly name: string;
  /** Its bytes: from disk for the command, from the request for the studio. */
  readonly read: () => Promise<Uint8Array>;
}

export interface ImportOptions {
  /** The edition folder: its schedule.json names the sessions; its registrations.json is merged into. */
  readonly dataDir: string;
  /** A registrations file kept elsewhere, merged into instead of DIR/registrations.json. */
  readonly registrationsFile?: string;
  readonly files: readonly ImportFile[];
  /** The sheet of each .xlsx file to read (default: its first). */
  readonly sheet?: string;
  /** The --map file: headings this command does not know, and the field each holds (or null). */
  readonly map?: ImportFile;
  /** `--set`: a field (kind, or its title 区分) → the value for every row of a list that has no column for it (区分 a form never asked). */
  readonly values?: Readonly<Record<string, string>>;
  /** Take a differing row's values instead of reporting a conflict. */
  readonly update?: boolean;
  /** Report what would change, and write nothing. */
  readonly dryRun?: boolean;
  /** The caller's clock: the version replaced is filed under it in .history/. */
  readonly now: Date;
  /** Who imports (the machine's user name), kept with the version replaced; absent when unknown. */
  readonly by?: string;
}

export interface ImportCounts {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly conflicts: number;
  /** Rows with a problem: when there is one, nothing is written. */
  readonly rejected: number;
}

export interface ImportReport {
  /** The registrations file merged into. */
  readonly target: string;
  /** Each file read: how, and how many rows it gave. */
  readonly read: readonly { readonly file: string; readonly format: string; readonly rows: number }[];
  /** Errors: when there is one, nothing was written. */
  readonly problems: readonly Diagnostic[];
  /** Rows that differ from what the file holds, left as they are (warnings). */
  readonly conflicts: readonly Diagnostic[];
  readonly counts: ImportCounts;
  /** What became of the target: written anew, left as it was (nothing to change, a dry run, or problems). */
  readonly outcome: 'created' | 'written' | 'unchanged' | 'dry-run' | 'refused';
  /**
   * Required fields some list has no column for, with the values one may give all its rows instead
   * (`--set`, the page's choice): the sessions, the attendee kinds; none to choose from for the others.
   */
  readonly missing: readonly { readonly field: Field; readonly title: string; readonly choices: readonly string[] }[];
}

const registrationsSchema = 'registrations.schema.json';
/** Times an import reads and merges again when the file changed under it. */
const mergeAttempts = 5;

/**
 * Reads sign-up lists (CSV, TSV, .xlsx), checks every row as registrations.json is checked (its
 * schema and the checks across files, each problem at its row and column), and merges them into
 * the edition's registrations.json: written atomically with the version it replaces kept in
 * .history/, and only when no row has a problem.
 */
export async function importRegistrations(options: ImportOptions): Promise<ImportReport> {
  // A file saved meanwhile (the studio, another import) is read anew and the rows merged into it
  // again: the import's rows still stand. Refused only when it keeps changing.
  for (let attempt = 1; ; attempt++) {
    const report = await importOnce(options, attempt < mergeAttempts);
    if (report) return report;
  }
}

/** Tries to merge into the file as it is; undefined when it changed before the write, to try again (when `retry`). */
async function importOnce(options: ImportOptions, retry: boolean): Promise<ImportReport | undefined> {
  const target = options.registrationsFile ?? path.join(options.dataDir, 'registrations.json');
  const zero = { added: 0, updated: 0, unchanged: 0, conflicts: 0, rejected: 0 };
  const missing: ImportReport['missing'][number][] = [];
  const refused = (problems: readonly Diagnostic[], read: ImportReport['read'] = [], rejected = 0): ImportReport => ({ target, read, problems: sortDiagnostics(unique(problems)), conflicts: [], counts: { ...zero, rejected }, outcome: 'refused', missing });

  // What the rows are checked against, and merged into, must be sound first.
  const edition = await readEditionFiles(options.dataDir, target);
  if (edition.problems.length > 0 || !edition.schedule) return refused(edition.problems);
  const schedule = edition.schedule;
  const sessions = sessionChoices(schedule);
  const problems: Diagnostic[] = [];
  const given = givenValues(options.values ?? {}, sessions, schedule, problems);
  const mapBytes = options.map && (await readBytes(options.map, problems));
  const choices = options.map && mapBytes ? columnChoices(options.map.name, Buffer.from(mapBytes).toString('utf8')) : { choices: new Map(), problems: [] };
  problems.push(...choices.problems);
  const read: { file: string; format: string; rows: number }[] = [];
  const rows: PlacedRegistration<ImportedRow>[] = [];
  const rejectedRows = new Set<string>();
  for (const file of options.files) {
    const bytes = await readBytes(file, problems);
    if (!bytes) continue;
    const table = await readTable(file.name, bytes, options.sheet === undefined ? {} : { sheet: options.sheet });
    if (!table.ok) {
      problems.push(...table.problems);
      continue;
    }
    const checked = checkTable(table.table, choices.choices, sessions, schedule, given);
    for (const field of checked.missing) if (!missing.some((m) => m.field === field)) missing.push({ field, title: fieldTitles[field], choices: valueChoices(field, schedule) });
    read.push({ file: file.name, format: table.table.format, rows: checked.rows.length });
    problems.push(...checked.problems);
    for (const p of checked.problems) if (p.line > checked.headerRow) rejectedRows.add(`${p.file}\0${p.line}`);
    rows.push(...checked.rows);
  }
  if (problems.length > 0) return refused(problems, read, rejectedRows.size);

  const existing = edition.registrations;
  const existingEntries = (existing?.checked.data.registrations ?? []).map((entry, i): PlacedRegistration<ImportedRow> => {
    const at = existing!.checked.source.valueAt(`/registrations/${i}`);
    return { entry, place: { file: target, label: `${target}:${at.line}:${at.column}`, row: at.line, columnOf: () => at.column } };
  });
  const merged = mergeRegistrations(existingEntries, rows, options.update === true);
  // Entries changed in place first, then the new ones after them: each step one simple edit of the text.
  const next = existing
    ? editedJson(editedJson(existing.text, { ...existing.checked.data, registrations: merged.registrations.slice(0, existingEntries.length) }), { ...existing.checked.data, registrations: merged.registrations })
    : newRegistrationsFile(schemaReference(path.dirname(target), registrationsSchema), merged.registrations);
  const counts = { added: merged.added, updated: merged.updated, unchanged: merged.unchanged, conflicts: merged.conflicts.length, rejected: 0 };
  const conflicts = sortDiagnostics(merged.conflicts.map((c): Diagnostic => {
    const first = c.differences[0].field;
    const where = c.row.place;
    const what = c.differences.map((d) => `${fieldTitles[d.field]} ${d.before === undefined ? 'none' : JSON.stringify(d.before)} there, ${JSON.stringify(d.after)} here`).join('; ');
    return {
      ...placeOf(where, first),
      severity: 'warning',
      rule: 'conflict',
      message: `${c.row.entry.name} (${c.row.entry.session}) is registered already at ${c.entry.place.label}, with other values: ${what}`,
      params: {
        variant: 'differs',
        name: c.row.entry.name,
        session: c.row.entry.session,
        at: c.entry.place.label,
        changes: c.differences.map((d) => `${fieldTitles[d.field]}（すでにある申込：${d.before === undefined ? 'なし' : `「${d.before}」`}、この行：「${d.after}」）`).join('、'),
      },
      hint: 'left as it is: run again with --update to take this row\'s values, or correct the row',
    };
  }));
  const report = { target, read, problems: [], conflicts, counts, missing };

  // The result is checked as the build would read it, so a list grown too long is refused here.
  const result = checkDataFile(registrationsSchema, target, next);
  const resultProblems = [...result.problems, ...(result.checked ? crossFileChecks({ schedule, registrations: result.checked as Checked<RegistrationsFile> }).filter((p) => p.file === target) : [])];
  if (resultProblems.length > 0) return refused(resultProblems, read);
  if (existing && next === existing.text) return { ...report, outcome: 'unchanged' };
  if (options.dryRun) return { ...report, outcome: 'dry-run' };
  try {
    await saveText({ folder: path.dirname(target), name: path.basename(target) }, next, { baseHash: existing ? contentHash(existing.text) : null, now: options.now, ...(options.by ? { by: options.by } : {}) });
  } catch (error) {
    if (error instanceof LinkOutside) return refused([linkProblem(target, error)], read);
    if (!(error instanceof SaveConflict)) throw error;
    if (retry) return undefined;
    return refused([{ file: target, line: 0, column: 0, rule: 'conflict', message: 'changed on disk while the rows were being imported', hint: 'run the import again: it reads the file anew', params: { variant: 'changed' } }], read);
  }
  return { ...report, outcome: existing ? 'written' : 'created' };
}

/** A new registrations file with its `$schema`, one registration a line as the sample is written. */
function newRegistrationsFile(schema: string, registrations: readonly Registration[]): string {
  const lines = registrations.map((r) => `    ${inlineJson(r)}`).join(',\n');
  return `{\n  "$schema": ${JSON.stringify(schema)},\n  "registrations": [${lines ? `\n${lines}\n  ` : ''}]\n}\n`;
}

/** Where an imported row, or an entry of the file, is: for a conflict's message and its place. */
interface ImportedRow {
  readonly file: string;
  readonly label: string;
  readonly row: number;
  readonly columnOf: (field: Field) => number;
  readonly table?: Table;
}

function placeOf(place: ImportedRow, field: Field): Pick<Diagnostic, 'file' | 'line' | 'column' | 'cell'> {
  return place.table ? cellPlace(place.table, place.row, place.columnOf(field)) : { file: place.file, line: place.row, column: place.columnOf(field) };
}

interface EditionFiles {
  readonly schedule?: Checked<ScheduleFile>;
  readonly registrations?: { readonly checked: Checked<RegistrationsFile>; readonly text: string };
  readonly problems: readonly Diagnostic[];
}

/** schedule.json (the sessions) and the registrations file, checked as the build checks them. */
async function readEditionFiles(dataDir: string, target: string): Promise<EditionFiles> {
  const problems: Diagnostic[] = [];
  const scheduleFile = path.join(dataDir, 'schedule.json');
  const scheduleText = await readText(scheduleFile);
  if (scheduleText === null) {
    return { problems: [{ file: scheduleFile, line: 0, column: 0, rule: 'file', message: 'this data file is missing or unreadable, and it names the sessions the rows register for', hint: 'pass the edition folder with --data', params: { variant: 'schedule' } }] };
  }
  const schedule = checkDataFile('schedule.schema.json', scheduleFile, scheduleText);
  problems.push(...schedule.problems);
  let text: string | null;
  try {
    text = (await readSaved({ folder: path.dirname(target), name: path.basename(target) }))?.toString('utf8') ?? null;
  } catch (error) {
    if (!(error instanceof LinkOutside)) throw error;
    return { problems: [...problems, linkProblem(target, error)] };
  }
  const registrations = text === null ? undefined : checkDataFile(registrationsSchema, target, text);
  problems.push(...(registrations?.problems ?? []));
  const files = { schedule: schedule.checked as Checked<ScheduleFile> | undefined, registrations: registrations?.checked as Checked<RegistrationsFile> | undefined };
  problems.push(...crossFileChecks(files));
  return {
    ...(files.schedule ? { schedule: files.schedule } : {}),
    ...(files.registrations && text !== null ? { registrations: { checked: files.registrations, text } } : {}),
    problems,
  };
}

/** registrations.json (or its history folder) a link out of the edition: neither read nor written. */
function linkProblem(target: string, error: LinkOutside): Diagnostic {
  const file = path.join(path.dirname(target), ...error.file.split('/'));
  return { file, line: 0, column: 0, rule: 'link', message: `is a link to a ${error.isFolder ? 'folder' : 'file'} outside the edition, which is neither read nor written through`, hint: `put the ${error.isFolder ? 'folder' : 'file'} itself in its place` };
}

async function readBytes(file: ImportFile, problems: Diagnostic[]): Promise<Uint8Array | undefined> {
  try {
    return await file.read();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push({ file: file.name, line: 0, column: 0, rule: 'file', message: code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`, hint: 'check the name and the folder of the file', params: { variant: code === 'ENOENT' ? 'no-such-file' : 'unreadable' } });
    return undefined;
  }
}

async function readText(file: string): Promise<string | null> {
  return fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
}

function sessionChoices(schedule: Checked<ScheduleFile>): SessionChoice[] {
  return schedule.data.sessions.map((s) => ({ group: s.group, date: s.date }));
}

/** The --map file: an object from a heading to the field its column holds, or null to leave it out. */
function columnChoices(name: string, text: string): { choices: ColumnChoices; problems: Diagnostic[] } {
  const parsed = parseJsonSource(name, text);
  if (!parsed.ok) return { choices: new Map(), problems: [parsed.diagnostic] };
  const value = parsed.source.value;
  const hint = `map each heading to one of the fields, or to null to leave its column out: {"ご芳名": "name", "備考": null}; the fields: ${fieldList()}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { choices: new Map(), problems: [{ file: name, line: 1, column: 1, rule: 'type', message: 'must be an object { "heading": "field" }', hint }] };
  const choices = new Map<string, Field | null>();
  const problems: Diagnostic[] = [];
  for (const [heading, field] of Object.entries(value)) {
    if (field === null || (typeof field === 'string' && (fields as string[]).includes(field))) choices.set(heading, field as Field | null);
    else {
      const at = parsed.source.valueAt(`/${heading.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      problems.push({ file: name, line: at.line, column: at.column, rule: 'enum', message: `/${heading} must be a field or null, found ${JSON.stringify(field)}`, hint });
    }
  }
  return { choices, problems };
}

/** What one may give every row of `field` when a list has no column for it. */
function valueChoices(field: Field, schedule: Checked<ScheduleFile>): string[] {
  if (field === 'session') return schedule.data.sessions.map((s) => s.group);
  if (field === 'kind') return [...(schedule.data.attendeeKinds ?? defaultAttendeeKinds)];
  return [];
}

/** `--set`'s values as rows take them: a session matched to schedule.json's, a kind it lists; otherwise a problem naming the option. */
function givenValues(values: Readonly<Record<string, string>>, sessions: readonly SessionChoice[], schedule: Checked<ScheduleFile>, problems: Diagnostic[]): Partial<Record<Field, string>> {
  const given: Partial<Record<Field, string>> = {};
  for (const [name, text] of Object.entries(values)) {
    const at = { file: '--set', line: 0, column: 0 };
    const field = fields.find((f) => f === name || fieldTitles[f] === name);
    if (!field) {
      problems.push({ ...at, rule: 'column', message: `${name} is not a field of a registration`, hint: `write --set FIELD=VALUE; the fields: ${fieldList()}`, params: { variant: 'set', name, fields: Object.values(fieldTitles).join('、') } });
    } else if (field === 'session') {
      const match = matchSession(text, sessions);
      if ('group' in match) given.session = match.group;
      else problems.push({ ...at, rule: 'session', message: `${fieldTitles.session} ${match.problem}`, hint: match.hint, params: { ...match.params, heading: fieldTitles.session } });
    } else if (field === 'kind' && !valueChoices('kind', schedule).includes(text.trim())) {
      problems.push({ ...at, rule: 'enum', message: `${fieldTitles.kind} "${text}" is not one of ${valueChoices('kind', schedule).join(', ')}`, hint: 'choose one of them, or add it to attendeeKinds in schedule.json', params: { heading: fieldTitles.kind, found: text, list: 'attendeeKinds', allowed: valueChoices('kind', schedule).join('、') } });
    } else {
      given[field] = normaliseValue(field, text);
    }
  }
  return given;
}

interface CheckedTable {
  /** The row of headings: problems at or above it are not rows rejected. */
  readonly headerRow: number;
  /** Required fields this table has no column for and no value was given for. */
  readonly missing: readonly Field[];
  readonly rows: PlacedRegistration<ImportedRow>[];
  readonly problems: Diagnostic[];
}

/**
 * A table's columns mapped, its rows normalised, then checked as registrations.json is (the same
 * schema and checks across files), each problem moved to its cell and worded with the column's
 * heading. A cell gets one problem: one that cannot be read as its field is not checked further.
 */
function checkTable(table: Table, choices: ColumnChoices, sessions: readonly SessionChoice[], schedule: Checked<ScheduleFile>, values: Partial<Record<Field, string>>): CheckedTable {
  const sheetMatch = table.sheet === undefined ? undefined : matchSession(table.sheet, sessions);
  // A sheet named for a session gives it to its rows, unless --set gives another.
  const given = sheetMatch && 'group' in sheetMatch ? { session: sheetMatch.group, ...values } : values;
  const mapped = mapColumns(table, choices, new Set(Object.keys(given) as Field[]));
  if (!('headerRow' in mapped)) return { headerRow: 0, missing: [], rows: [], problems: [...mapped.problems] };
  const { headerRow, columns } = mapped;
  // Without a required column every row would fail for it: the heading row's problem says it once.
  // Otherwise the rows are checked with the columns that could be mapped, so one run shows all.
  const missing = [...requiredFields].filter((f) => !columns.some((c) => c.field === f) && given[f] === undefined);
  if (missing.length > 0) return { headerRow: headerRow.row, missing, rows: [], problems: [...mapped.problems] };
  const dataRows = table.rows.filter((r) => r.row > headerRow.row);
  const readings = dataRows.map((row) => readRow(table, row, columns, sessions, given));
  const columnOf = (field: Field): number => columns.find((c) => c.field === field)?.column ?? columns[0].column;
  const value = { registrations: readings.map((r) => r.entry) };
  const source = tableSource(table.file, value, headerRow, dataRows, columnOf);
  const report = validateAgainstSchema(registrationsSchema, source);
  const checked: Checked<RegistrationsFile> = { data: value as unknown as RegistrationsFile, source, usable: report.usable };
  const crossFile = crossFileChecks({ schedule, registrations: checked }).filter((p) => p.file === table.file);
  const unreadable = readings.flatMap((r) => r.problems);
  const taken = new Set(unreadable.map((p) => `${p.line}:${p.column}`));
  const problems = [...mapped.problems, ...unreadable, ...[...report.problems, ...crossFile].filter((p) => !taken.has(`${p.line}:${p.column}`)).map((p) => inCell(table, p, columns))];
  const rows = readings.map((r, i): PlacedRegistration<ImportedRow> => ({
    entry: r.entry as unknown as Registration,
    place: { file: table.file, label: `row ${dataRows[i].row} of ${table.file}`, row: dataRows[i].row, columnOf, table },
  }));
  return { headerRow: headerRow.row, missing: [], rows, problems };
}

/**
 * The rows as a JSON source for the validator and the checks across files: a value's position is
 * its cell (row:column), so their problems point into the table.
 */
function tableSource(file: string, value: unknown, headerRow: TableRow, rows: readonly TableRow[], columnOf: (field: Field) => number): JsonSource {
  const at = (pointer: string): SourcePosition => {
    const [, index, field] = /^\/registrations\/(\d+)(?:\/([^/]+))?/.exec(pointer) ?? [];
    const row = index === undefined ? undefined : rows[Number(index)];
    if (!row) return { line: headerRow.row, column: 1 };
    return { line: row.row, column: columnOf((field ?? fields[0]) as Field) };
  };
  return { file, value, valueAt: at, keyAt: at };
}

/** A problem the validator worded for a JSON pointer, worded for the table: the column's heading for the pointer, and the cell named for a workbook. */
function inCell(table: Table, problem: Diagnostic, columns: readonly MappedColumn[]): Diagnostic {
  const message = problem.message.replace(/^\/registrations(?:\/\d+(?:\/([^/\s]+))?)?/, (whole, field: string | undefined) => {
    if (field !== undefined) return columns.find((c) => c.field === field)?.heading ?? fieldTitles[field as Field] ?? field;
    return whole === '/registrations' ? 'the list' : 'the row';
  });
  // In Japanese the cell is named by its column's heading (a table has no form field to point at).
  const field = /^\/registrations\/\d+\/([^/]+)/.exec(problem.pointer ?? '')?.[1];
  const heading = field === undefined ? undefined : (columns.find((c) => c.field === field)?.heading ?? fieldTitles[field as Field] ?? field);
  const { pointer: _field, ...placed } = problem;
  return { ...placed, ...cellPlace(table, problem.line, problem.column), message, ...(heading !== undefined ? { params: { ...problem.params, heading } } : {}) };
}

/** The same problem found twice (schedule.json's problems by two checks) is reported once. */
function unique(problems: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}\0${p.line}\0${p.column}\0${p.rule}\0${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
