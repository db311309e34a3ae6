import { toHiraganaCase } from 'encoding-japanese';
import type { Diagnostic } from '../problems/diagnostics';
import { fields, requiredFields, type Field, type MappedColumn } from './column-map';
import { matchSession, type SessionChoice } from './match-session';
import { cellPlace, type Table, type TableRow } from './read-table';

/** Spaces around a value gone (full-width ones too), and each run of spaces or line breaks inside it one space. */
const tidy = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** What people type for a hyphen in a phone number: dashes, minus signs, the long vowel mark ー. */
const dashes = /[\u2010-\u2015\u2212\u30fc\uff70]/g;

/**
 * A value as the data file wants it, from what people type: furigana in hiragana (katakana and
 * half-width katakana turned, as the workbook sorts by it); phone numbers and e-mail addresses
 * with full-width digits, letters and hyphens made ASCII (03(1234)5678 → 03-1234-5678); every
 * value trimmed. Nothing else is changed: a value still wrong is the schema's to report.
 */
export function normaliseValue(field: Field, text: string): string {
  switch (field) {
    case 'furigana':
      return toHiraganaCase(tidy(text.normalize('NFKC')));
    case 'tel':
      return tidy(text.normalize('NFKC').replace(dashes, '-'))
        .replace(/^\((0\d{1,4})\)\s*/, '$1-')
        .replace(/^(0\d{1,4})\s*\((\d{1,4})\)\s*/, '$1-$2-')
        .replace(/\s*-\s*|\s+/g, '-');
    case 'email':
      return text.normalize('NFKC').replace(/\s+/g, '').replace(/^mailto:/i, '');
    default:
      return tidy(text);
  }
}

export interface RowReading {
  /** The registration the row gives, keys in the schema's order; an empty optional cell gives no key. */
  readonly entry: Readonly<Record<string, string>>;
  /** Cells that cannot be read as their field (a session that matches none): the only problems found here. */
  readonly problems: readonly Diagnostic[];
}

/**
 * One data row as a registration: each mapped cell normalised, the session matched to schedule.json's;
 * a field without a column takes the value `given` for every row, if any.
 */
export function readRow(table: Table, row: TableRow, columns: readonly MappedColumn[], sessions: readonly SessionChoice[], given: Readonly<Partial<Record<Field, string>>>): RowReading {
  const entry: Record<string, string> = {};
  const problems: Diagnostic[] = [];
  for (const field of fields) {
    const column = columns.find((c) => c.field === field);
    if (!column) {
      if (given[field] !== undefined) entry[field] = given[field];
      continue;
    }
    const text = row.cells[column.column - 1] ?? '';
    if (field === 'session') {
      const match = matchSession(text, sessions);
      if ('group' in match) {
        entry.session = match.group;
      } else {
        // Kept as written, so the row is still checked whole; this cell's problem is the one above.
        entry.session = tidy(text);
        problems.push({ ...cellPlace(table, row.row, column.column), rule: 'session', message: `${column.heading} ${match.problem}`, hint: match.hint, params: { ...match.params, heading: column.heading } });
      }
      continue;
    }
    const value = normaliseValue(field, text);
    if (value !== '' || requiredFields.has(field)) entry[field] = value;
  }
  return { entry, problems };
}
