import { fields, type Field, type Registration } from './column-map';

/** A registration with where it comes from, as a conflict names it (`data/registrations.json:5:5`, `row 3 of signups.csv`). */
export interface PlacedRegistration<Place> {
  readonly entry: Registration;
  readonly place: Place;
}

export interface Difference {
  readonly field: Field;
  /** The value kept so far; undefined when it had none. */
  readonly before: string | undefined;
  readonly after: string;
}

/** A row that matches an entry whose values differ. */
export interface Conflict<Place> {
  readonly row: PlacedRegistration<Place>;
  readonly entry: PlacedRegistration<Place>;
  readonly differences: readonly Difference[];
}

export interface MergeOutcome<Place> {
  readonly registrations: readonly Registration[];
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  /** The conflicts left as they were (all of them without `update`; none with it). */
  readonly conflicts: readonly Conflict<Place>[];
}

const compact = (text: string): string => text.replace(/\s+/g, '');

/**
 * The same person for the same session: by e-mail when both give one, else by name and furigana
 * (spaces aside, so 山田太郎 is 山田 太郎).
 */
function samePerson(a: Registration, b: Registration): boolean {
  if (a.session !== b.session) return false;
  if (a.email !== undefined && b.email !== undefined) return a.email.toLowerCase() === b.email.toLowerCase();
  return compact(a.name) === compact(b.name) && compact(a.furigana) === compact(b.furigana);
}

/** What the row says that the entry does not: each field the row gives with another value. */
function differences(entry: Registration, row: Registration): Difference[] {
  return fields.filter((f) => row[f] !== undefined && row[f] !== entry[f]).map((f) => ({ field: f, before: entry[f], after: row[f]! }));
}

/** Keys in the schema's order, as a new entry has them. */
const inFieldOrder = (entry: Registration): Registration => Object.fromEntries(fields.filter((f) => entry[f] !== undefined).map((f) => [f, entry[f]])) as unknown as Registration;

/**
 * Rows merged into a list, in order: a row that matches no entry is added at the end; one that
 * matches with the same values changes nothing; one whose values differ is a conflict, left as it
 * is unless `update`, which takes the row's values (a field the row leaves empty keeps its value).
 * A row also matches the rows before it, so a list that names someone twice adds them once.
 */
export function mergeRegistrations<Place>(existing: readonly PlacedRegistration<Place>[], rows: readonly PlacedRegistration<Place>[], update: boolean): MergeOutcome<Place> {
  const list = [...existing];
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  const conflicts: Conflict<Place>[] = [];
  for (const row of rows) {
    const index = list.findIndex((known) => samePerson(known.entry, row.entry));
    if (index < 0) {
      list.push({ entry: inFieldOrder(row.entry), place: row.place });
      added++;
      continue;
    }
    const found = differences(list[index].entry, row.entry);
    if (found.length === 0) {
      unchanged++;
    } else if (update) {
      list[index] = { entry: inFieldOrder({ ...list[index].entry, ...row.entry }), place: row.place };
      updated++;
    } else {
      conflicts.push({ row, entry: list[index], differences: found });
    }
  }
  return { registrations: list.map((r) => r.entry), added, updated, unchanged, conflicts };
}
