import { cellText, cellValue, type RecordTable } from './record-tables';
import { resolved, type SchemaNode } from './schema-nodes';

/** One change between two versions of a file, in the form's words: 「プロジェクト 3 の企画概要」 before → after. */
export interface Change {
  readonly kind: 'changed' | 'added' | 'removed';
  /** Where, as the form labels it: 「プロジェクト 3 の企画概要」, 「表題 2」, 「12 行目」. */
  readonly place: string;
  readonly before?: string;
  readonly after?: string;
}

/** A value shown longer than this is cut, with … at the end. */
const shownLength = 120;
/** More changes than this in one save are summed up in the last line. */
const listedChanges = 40;

/**
 * What changed from one value of a data file to the next, labelled with the schema's titles and
 * 1-based item numbers. Items of a list are matched by their content, so deleting プロジェクト 3 is
 * one removal, not a change to every project after it. `tables` names items (プロジェクト 3（大分県）).
 */
export function valueChanges(schema: unknown, before: unknown, after: unknown, tables: readonly RecordTable[] = []): Change[] {
  const root = schema as SchemaNode;
  const changes: Change[] = [];
  walk(root, root, before, after, [], changes, tables);
  return capped(changes);
}

function walk(root: SchemaNode, node: SchemaNode | undefined, before: unknown, after: unknown, place: readonly string[], out: Change[], tables: readonly RecordTable[]): void {
  if (same(before, after)) return;
  const schema = node && resolved(root, node);
  const here = placeName(place);
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => key !== '$schema');
    for (const key of keys) {
      const child = schema?.properties?.[key];
      walk(root, child, before[key], after[key], [...place, child ? titleOf(root, child, key) : key], out, tables);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && [...before, ...after].some(isObject)) {
    const label = schema?.title ?? here;
    const table = tables.find((t) => t.itemLabel === label);
    const itemSchema = schema?.items;
    const nameOf = (item: unknown, index: number) => `${label} ${index + 1}${table ? named(table, item) : ''}`;
    for (const step of matchItems(before, after)) {
      if (step.before !== undefined && step.after !== undefined) walk(root, itemSchema, before[step.before], after[step.after], [...place.slice(0, -1), `${label} ${step.after + 1}`], out, tables);
      else if (step.before !== undefined) out.push({ kind: 'removed', place: nameOf(before[step.before], step.before) });
      else out.push({ kind: 'added', place: nameOf(after[step.after!], step.after!) });
    }
    return;
  }
  out.push({ kind: before === undefined ? 'added' : after === undefined ? 'removed' : 'changed', place: here, ...(before === undefined ? {} : { before: shown(before) }), ...(after === undefined ? {} : { after: shown(after) }) });
}

/** 「プロジェクト 3 の対象自治体・市区町村」: an item's field after の, an object's field after ・. */
function placeName(place: readonly string[]): string {
  return place.reduce((text, part, i) => (i === 0 ? part : /\s\d+$/.test(place[i - 1]) ? `${text} の${part}` : `${text}・${part}`), '');
}

function named(table: RecordTable, item: unknown): string {
  const name = table.nameKeys.map((key) => cellText(cellValue(item, key))).find((text) => text !== '');
  return name ? `（${name}）` : '';
}

/**
 * Pairs the items of two lists: those equal in both kept in order (longest common subsequence);
 * between two kept ones, as many as both sides have are taken as changed, the rest as added or removed.
 */
function matchItems(before: readonly unknown[], after: readonly unknown[]): { before?: number; after?: number }[] {
  const keys = (list: readonly unknown[]) => list.map((item) => JSON.stringify(item));
  const [a, b] = [keys(before), keys(after)];
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
  const steps: { before?: number; after?: number }[] = [];
  let [i, j] = [0, 0];
  const gap = { before: [] as number[], after: [] as number[] };
  const flush = () => {
    const paired = Math.min(gap.before.length, gap.after.length);
    for (let k = 0; k < paired; k++) steps.push({ before: gap.before[k], after: gap.after[k] });
    for (const index of gap.before.slice(paired)) steps.push({ before: index });
    for (const index of gap.after.slice(paired)) steps.push({ after: index });
    gap.before = [];
    gap.after = [];
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && lengths[i + 1][j] >= lengths[i][j + 1])) gap.before.push(i++);
    else gap.after.push(j++);
  }
  flush();
  return steps;
}

/** What changed from one text of a template to the next, line by line (「12 行目」). */
export function textChanges(before: string, after: string): Change[] {
  const steps = matchItems(before.split(/\r\n|\n/), after.split(/\r\n|\n/));
  const [a, b] = [before.split(/\r\n|\n/), after.split(/\r\n|\n/)];
  return capped(
    steps.map((step) =>
      step.before !== undefined && step.after !== undefined
        ? { kind: 'changed' as const, place: `${step.after + 1} 行目`, before: shown(a[step.before]), after: shown(b[step.after]) }
        : step.before !== undefined
          ? { kind: 'removed' as const, place: `${step.before + 1} 行目（前の版）`, before: shown(a[step.before]) }
          : { kind: 'added' as const, place: `${step.after! + 1} 行目`, after: shown(b[step.after!]) },
    ),
  );
}

function capped(changes: Change[]): Change[] {
  if (changes.length <= listedChanges) return changes;
  return [...changes.slice(0, listedChanges - 1), { kind: 'changed', place: `ほか ${changes.length - listedChanges + 1} か所` }];
}

function shown(value: unknown): string {
  const text = Array.isArray(value) ? value.map((v) => (isObject(v) ? JSON.stringify(v) : String(v))).join('、') : typeof value === 'boolean' ? (value ? 'オン' : 'オフ') : isObject(value) ? JSON.stringify(value) : String(value);
  return text.length > shownLength ? `${text.slice(0, shownLength - 1)}…` : text;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function titleOf(root: SchemaNode, node: SchemaNode, key: string): string {
  return node.title ?? resolved(root, node).title ?? key;
}

/** A JSON pointer in the form's words: `/sessions/0/date` → 「日程 1 の開催日」. */
export function pointerPlace(schema: unknown, pointer: string): string {
  const root = schema as SchemaNode;
  const place: string[] = [];
  let node: SchemaNode | undefined = root;
  for (const key of pointer.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))) {
    const here: SchemaNode | undefined = node && resolved(root, node);
    if (/^\d+$/.test(key) && here?.items) {
      place.splice(place.length - 1, 1, `${place[place.length - 1] ?? here.title ?? ''} ${Number(key) + 1}`);
      node = here.items;
    } else {
      const child: SchemaNode | undefined = here?.properties?.[key];
      place.push(child ? titleOf(root, child, key) : key);
      node = child;
    }
  }
  return placeName(place);
}
