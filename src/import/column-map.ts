import type { Diagnostic } from '../problems/diagnostics';
import type { RegistrationsFile } from '../sources/data-files.generated';
import registrationsSchema from '../../schemas/registrations.schema.json';
import { cellPlace, columnLetters, type Table, type TableRow } from './read-table';

export type Registration = RegistrationsFile['registrations'][number];
export type Field = keyof Registration;

const itemSchema = registrationsSchema.properties.registrations.items;
/** The fields of a registration in the schema's order, which is also the order of a new entry's keys. */
export const fields = Object.keys(itemSchema.properties) as Field[];
export const requiredFields: ReadonlySet<Field> = new Set(itemSchema.required as Field[]);
/** 報告会, 氏名…: the schema's titles, what staff call the fields. */
export const fieldTitles = Object.fromEntries(fields.map((f) => [f, itemSchema.properties[f].title])) as Record<Field, string>;

/** The headings people give each field, in Japanese and English (compared as `headingKey` makes them). */
export const fieldHeadings: Readonly<Record<Field, readonly string[]>> = {
  session: ['出席する報告会', '出席される報告会', 'ご出席の報告会', '参加する報告会', '参加される報告会', '参加希望の報告会', '希望する報告会', '報告会', '日程', '出席日程', '参加日程', '希望日程', '出席する日程', '参加日', '参加希望日', '出席日', 'Session'],
  name: ['氏名', 'お名前', '名前', 'ご氏名', 'ご芳名', '芳名', 'Name', 'Full name'],
  furigana: ['ふりがな', 'フリガナ', 'よみがな', 'ヨミガナ', 'よみ', 'お名前のふりがな', 'お名前のフリガナ', 'Furigana', 'Reading'],
  organisation: ['所属', 'ご所属', '所属先', 'ご所属先', '所属機関', '会社名', '貴社名', '団体名', '所属団体', '勤務先', 'ご勤務先', '社名', '媒体名', '報道機関名', '機関名', 'Organization', 'Organisation', 'Company', 'Affiliation', 'Media'],
  kind: ['区分', '種別', '参加区分', 'ご所属の区分', 'Category'],
  title: ['役職', 'ご役職', '役職名', '肩書', '肩書き', 'Title', 'Position', 'Job title'],
  tel: ['電話', '電話番号', 'お電話番号', 'ご連絡先電話番号', 'TEL', '連絡先電話番号', 'Phone', 'Telephone', 'Phone number'],
  email: ['メール', 'メールアドレス', 'Eメール', 'Eメールアドレス', 'ご連絡先メールアドレス', 'E-mail', 'Email', 'E-mail address', 'Email address', 'Mail'],
};

/**
 * Columns the forms add on their own (when and in what order an answer came), a list's own row
 * numbers, and the free-text remarks forms end with (a registration has no field for them): never a field.
 */
export const ignoredHeadings: readonly string[] = ['タイムスタンプ', 'Timestamp', 'ID', '開始時刻', '完了時刻', '最終変更時刻', 'Start time', 'Completion time', 'Last modified time', 'No.', '番号', '備考', 'その他', 'ご質問', 'ご意見', 'Remarks', 'Notes', 'Comments'];
/** Microsoft Forms puts the respondent's account (メール, 名前) right after ID, 開始時刻, 完了時刻: not the answers. */
const formsStart = [['id'], ['開始時刻', 'starttime'], ['完了時刻', 'completiontime']];
const formsRespondent = new Set(['メール', 'email', '名前', 'name', '最終変更時刻', 'lastmodifiedtime']);

/** A heading as compared: NFKC (full-width letters and brackets made plain), lower case, without spaces, marks of a required question or separators. */
export function headingKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s*※:・_\-.]/g, '');
}

const fieldByKey = new Map<string, Field>(fields.flatMap((field) => fieldHeadings[field].map((h) => [headingKey(h), field] as const)));
const ignoredKeys = new Set(ignoredHeadings.map(headingKey));

/** Required fields a whole list may share (one session, one organisation, one kind), so `--set` is offered for them. */
const sharedFields: ReadonlySet<Field> = new Set(['session', 'organisation', 'kind']);

/** `--map`: a heading of the file → the field it holds, or null to leave the column out. */
export type ColumnChoices = ReadonlyMap<string, Field | null>;

export interface MappedColumn {
  readonly column: number;
  readonly field: Field;
  /** The heading as written in the file, for messages. */
  readonly heading: string;
}

export interface ColumnMap {
  readonly headerRow: TableRow;
  readonly columns: readonly MappedColumn[];
  readonly problems: readonly Diagnostic[];
}

type Reading = { readonly field: Field } | { readonly ignored: true } | undefined;

/**
 * What one heading means: the --map first, then the heading whole, then what it says in brackets
 * (お名前（ふりがな）), then what it says without them (所属（会社名・団体名）), then its parts when
 * each names the same field (会社名・団体名).
 */
function readHeading(text: string, choices: ColumnChoices): Reading {
  const key = headingKey(text);
  const chosen = [...choices].find(([heading]) => headingKey(heading) === key);
  if (chosen) return chosen[1] === null ? { ignored: true } : { field: chosen[1] };
  const plain = text.normalize('NFKC').toLowerCase();
  const inside = /\((.+?)\)|\[(.+?)\]|【(.+?)】/.exec(plain)?.slice(1).find(Boolean);
  const outside = plain.replace(/\(.*?\)|\[.*?\]|【.*?】/g, '');
  for (const candidate of [plain, inside, outside]) {
    if (candidate === undefined) continue;
    const parts = candidate.split(/[・/、,]/).map(headingKey).filter(Boolean);
    const readings = new Set(parts.map((part) => fieldByKey.get(part) ?? (ignoredKeys.has(part) ? 'ignored' : undefined)));
    const [only] = readings;
    if (parts.length === 0 || readings.size !== 1 || only === undefined) continue;
    return only === 'ignored' ? { ignored: true } : { field: only };
  }
  return undefined;
}

/** The first of the first rows that reads as a heading row (two known headings), so a title above the table is passed over; else the first row. */
function headerRowOf(table: Table, choices: ColumnChoices): TableRow | undefined {
  return table.rows.slice(0, 10).find((r) => r.cells.filter((c) => readHeading(c, choices) !== undefined).length >= 2) ?? table.rows[0];
}

/** Every field with its title, for the hints that list them. */
export const fieldList = (): string => fields.map((f) => `${fieldTitles[f]} (${f})`).join(', ');

/**
 * Which column holds which field. Problems: a heading no field goes by, two columns for one field,
 * a column with values but no heading, a required field without a column (unless `sessionFromSheet`
 * or a value given for every row covers it: a session from the sheet's name, a value from `--set`).
 */
export function mapColumns(table: Table, choices: ColumnChoices, given: ReadonlySet<Field>): ColumnMap | { readonly problems: readonly Diagnostic[] } {
  const headerRow = headerRowOf(table, choices);
  if (!headerRow) return { problems: [{ file: table.file, line: 0, column: 0, rule: 'column', message: 'is empty', hint: 'export the list again with its heading row and its rows', params: { variant: 'empty' } }] };
  const problems: Diagnostic[] = [];
  const columnProblem = (column: number, message: string, hint: string, params: Readonly<Record<string, string>>): Diagnostic => ({ ...cellPlace(table, headerRow.row, column), rule: 'column', message, hint, params });
  const data = table.rows.filter((r) => r.row > headerRow.row);
  const width = Math.max(headerRow.cells.length, ...data.map((r) => r.cells.length));
  const keys = headerRow.cells.map(headingKey);
  let formsColumns = 0;
  if (formsStart.every((names, i) => names.includes(keys[i] ?? ''))) while (formsRespondent.has(keys[3 + formsColumns] ?? '')) formsColumns++;
  const columns: MappedColumn[] = [];
  const fieldChoices = `name its field in a --map file ({"…": "tel"}), or null to leave the column out; the fields: ${fieldList()}`;
  for (let column = 1; column <= width; column++) {
    const heading = (headerRow.cells[column - 1] ?? '').trim();
    if (heading === '') {
      const filled = data.find((r) => (r.cells[column - 1] ?? '').trim() !== '');
      if (filled) problems.push(columnProblem(column, `the column ${columnLetters(column)} has no heading but holds values (first in row ${filled.row})`, `give it a heading; ${fieldChoices}`, { variant: 'no-heading', letters: columnLetters(column), row: String(filled.row) }));
      continue;
    }
    const chosen = [...choices.keys()].some((h) => headingKey(h) === headingKey(heading));
    if (!chosen && column > 3 && column <= 3 + formsColumns) continue;
    const reading = readHeading(heading, choices);
    if (!reading) {
      problems.push(columnProblem(column, `the column "${heading}" is not a field of a registration`, fieldChoices, { variant: 'unknown', name: heading }));
    } else if ('field' in reading) {
      const first = columns.find((c) => c.field === reading.field);
      if (first) problems.push(columnProblem(column, `"${heading}" is a second column for ${fieldTitles[reading.field]} (${reading.field}), after "${first.heading}" in column ${columnLetters(first.column)}`, `leave one out with a --map file: {"${heading}": null}`, { variant: 'second', name: heading, field: fieldTitles[reading.field], first: first.heading, letters: columnLetters(first.column) }));
      else columns.push({ column, field: reading.field, heading });
    }
  }
  for (const field of fields) {
    if (!requiredFields.has(field) || columns.some((c) => c.field === field) || given.has(field)) continue;
    problems.push(
      columnProblem(1, `the heading row has no column for ${fieldTitles[field]} (${field})${field === 'session' && table.sheet !== undefined ? `, and the sheet's name "${table.sheet}" names no session` : ''}`, `${sharedFields.has(field) ? `give every row one value with --set ${field}=…, ` : ''}add a column headed ${fieldHeadings[field].slice(0, 3).join(', ')} or name its column in a --map file; the fields: ${fieldList()}`, {
        variant: 'missing',
        field: fieldTitles[field],
        headings: fieldHeadings[field].slice(0, 3).join('」「'),
        ...(field === 'session' && table.sheet !== undefined ? { sheet: table.sheet } : {}),
      }),
    );
  }
  return { headerRow, columns, problems };
}
