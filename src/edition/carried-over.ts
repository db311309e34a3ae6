import { createHash } from 'node:crypto';
import path from 'node:path';
import { historyFolderName } from '../save/safe-save';
import { dataFiles } from '../sources/data-files';

/**
 * What a new edition took over from the edition it started from, kept with the edition's history
 * (inside the folder no reader of the data looks into, so the loader never takes it for a data file).
 */
export const carriedOverFile = path.join(historyFolderName, 'carried-over.json');

/** A value a new edition still holds from the one it started from, to be changed or dismissed. */
export interface CarriedValue {
  /** `release.json#/date`: the file and the JSON pointer. */
  readonly id: string;
  readonly file: string;
  readonly pointer: string;
  readonly kind: 'release-date' | 'date' | 'count' | 'projects';
  /** The value as it was taken over (for the projects, the hash of the whole list and its length). */
  readonly value: unknown;
}

export interface CarriedOver {
  /** The edition started from (its folder's name). */
  readonly from: string;
  readonly values: readonly CarriedValue[];
  /** Ids staff said to keep as they are. */
  readonly dismissed: readonly string[];
}

/** Counts that grow every year and are written by hand. */
const counts: Readonly<Record<string, readonly string[]>> = { 'programme.json': ['/countries', '/participants'] };
const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * What in an edition's data files belongs to its year: every date (the release date first), the
 * hand-written counts, and the 別紙's list of projects. `files` maps a data file's name to its parsed value.
 */
export function yearBoundValues(files: ReadonlyMap<string, unknown>): CarriedValue[] {
  const values: CarriedValue[] = [];
  const add = (file: string, pointer: string, kind: CarriedValue['kind'], value: unknown) => values.push({ id: `${file}#${pointer}`, file, pointer, kind, value });
  for (const { name } of dataFiles) {
    const value = files.get(name);
    if (value === undefined || name === 'registrations.json') continue;
    walk(value, '', (pointer, leaf) => {
      if (isDate(leaf)) add(name, pointer, name === 'release.json' && pointer === '/date' ? 'release-date' : 'date', leaf);
      else if (counts[name]?.includes(pointer) && typeof leaf === 'number') add(name, pointer, 'count', leaf);
    });
    if (name === 'projects.json') {
      const projects = (value as { projects?: unknown }).projects;
      if (Array.isArray(projects)) add(name, '/projects', 'projects', listStamp(projects));
    }
  }
  return values.sort((a, b) => Number(b.kind === 'release-date') - Number(a.kind === 'release-date'));
}

/** The list of projects as it stands: its length and a hash of it, so any change to it is seen. */
export function listStamp(list: readonly unknown[]): { readonly count: number; readonly sha256: string } {
  return { count: list.length, sha256: createHash('sha256').update(JSON.stringify(list)).digest('hex') };
}

function walk(value: unknown, pointer: string, visit: (pointer: string, leaf: unknown) => void): void {
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${pointer}/${i}`, visit));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) walk(item, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, visit);
  else visit(pointer, value);
}

/** The value at a JSON pointer, or undefined. */
export function valueAt(value: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), value);
}

/** Whether a value taken over is still as it was. */
export function stillCarried(carried: CarriedValue, current: unknown): boolean {
  const now = valueAt(current, carried.pointer);
  if (carried.kind === 'projects') return Array.isArray(now) && JSON.stringify(listStamp(now)) === JSON.stringify(carried.value);
  return JSON.stringify(now) === JSON.stringify(carried.value);
}
