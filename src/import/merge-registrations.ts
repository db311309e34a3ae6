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

const emailKey = (r: Registration): string => `${r.session}\0${r.email!.toLowerCase()}`;
const nameKey = (r: Registration): string => `${r.session}\0${compact(r.name)}\0${compact(r.furigana)}`;

/**
 * The entries of a list by what identifies a person for a session: the e-mail address when both a
 * row and an entry give one, else name and furigana (spaces aside, so 山田太郎 is 山田 太郎). Kept as
 * maps, so matching thousands of rows is not a search of the list for each.
 */
class PersonIndex<Place> {
  private readonly byEmail = new Map<string, number[]>();
  private readonly byName = new Map<string, number[]>();
  constructor(private readonly list: PlacedRegistration<Place>[]) {
    list.forEach((_, i) => this.add(i));
  }

  /** The first entry that is this row's person, or -1. */
  find(row: Registration): number {
    const named = this.byName.get(nameKey(row)) ?? [];
    const candidates = row.email === undefined ? named : [...(this.byEmail.get(emailKey(row)) ?? []), ...named.filter((i) => this.list[i].entry.email === undefined)];
    return candidates.length === 0 ? -1 : Math.min(...candidates);
  }

  add(i: number): void {
    const entry = this.list[i].entry;
    if (entry.email !== undefined) push(this.byEmail, emailKey(entry), i);
    push(this.byName, nameKey(entry), i);
  }

  remove(i: number): void {
    const entry = this.list[i].entry;
    if (entry.email !== undefined) this.byEmail.set(emailKey(entry), this.byEmail.get(emailKey(entry))!.filter((j) => j !== i));
    this.byName.set(nameKey(entry), this.byName.get(nameKey(entry))!.filter((j) => j !== i));
  }
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

/** What the row says that the entry does not: each field the row gives with another value (an e-mail address in other capitals is the same). */
function differences(entry: Registration, row: Registration): Difference[] {
  const same = (f: Field): boolean => row[f] === entry[f] || (f === 'email' && row[f]!.toLowerCase() === entry[f]?.toLowerCase());
  return fields.filter((f) => row[f] !== undefined && !same(f)).map((f) => ({ field: f, before: entry[f], after: row[f]! }));
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
  const index = new PersonIndex(list);
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  const conflicts: Conflict<Place>[] = [];
  for (const row of rows) {
    const at = index.find(row.entry);
    if (at < 0) {
      list.push({ entry: inFieldOrder(row.entry), place: row.place });
      index.add(list.length - 1);
      added++;
      continue;
    }
    const found = differences(list[at].entry, row.entry);
    if (found.length === 0) {
      unchanged++;
    } else if (update) {
      index.remove(at);
      list[at] = { entry: inFieldOrder({ ...list[at].entry, ...row.entry }), place: row.place };
      index.add(at);
      updated++;
    } else {
      conflicts.push({ row, entry: list[at], differences: found });
    }
  }
  return { registrations: list.map((r) => r.entry), added, updated, unchanged, conflicts };
}
