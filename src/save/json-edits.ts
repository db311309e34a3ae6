import { applyEdits, findNodeAtLocation, modify, parse, parseTree, type Edit, type FormattingOptions, type JSONPath } from 'jsonc-parser';
import { isDeepStrictEqual } from 'node:util';

/** How a JSON file is written, so a rewrite keeps its looks: indentation, line ends, BOM, final newline. */
export interface JsonLayout {
  readonly indent: string;
  readonly eol: '\n' | '\r\n';
  readonly bom: boolean;
  readonly finalNewline: boolean;
}

const BOM = '\uFEFF';

export function layoutOf(text: string): JsonLayout {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const indent = /^[ \t]+(?=\S)/m.exec(body)?.[0] ?? '  ';
  return { indent: indent.startsWith('\t') ? '\t' : indent, eol: body.includes('\r\n') ? '\r\n' : '\n', bom: text.startsWith(BOM), finalNewline: /\n$/.test(body) };
}

/**
 * The file's text with `next` as its value, changing as little of it as it can: each difference is
 * one jsonc-parser edit applied to the text as it stands (edits computed on one text cannot be
 * combined, microsoft/node-jsonc-parser#48), so a change of one field changes one line. The result
 * is parsed back and compared: if the edits went wrong (jsonc-parser 3.3.1 turns `[1, 2, 3]` into
 * `[1, 23]` when the last item of a one-line array is removed, #120), the whole file is written
 * anew in its own layout instead.
 */
export function editedJson(original: string, next: unknown): string {
  const layout = layoutOf(original);
  const formattingOptions: FormattingOptions = { insertSpaces: layout.indent !== '\t', tabSize: layout.indent === '\t' ? 1 : layout.indent.length, eol: layout.eol };
  let text = layout.bom ? original.slice(1) : original;
  try {
    for (const change of differences(parse(text) as unknown, next, [])) {
      const inserted = change.insert ? itemInsertion(text, change.path, change.value, layout) : undefined;
      text = applyEdits(text, inserted ? [inserted] : modify(text, change.path, change.value, { formattingOptions, ...(change.insert ? { isArrayInsertion: true } : {}) }));
    }
  } catch {
    text = '';
  }
  if (!sameJson(text, next)) text = wholeJson(next, layout);
  return (layout.bom ? BOM : '') + text;
}

/**
 * An item inserted into an array written as its neighbours are: on a line of its own in their
 * indentation when they have lines of their own, on one line when they are one line each (a list of
 * registrations, one per line), after a space when the array is on one line. jsonc-parser's own
 * formatting reformats the whole line it inserts on, so adding at the end rewrote the last item.
 * Undefined for an empty array, which jsonc-parser formats well.
 */
function itemInsertion(text: string, path: JSONPath, value: unknown, layout: JsonLayout): Edit | undefined {
  const array = findNodeAtLocation(parseTree(text)!, path.slice(0, -1));
  const items = array?.type === 'array' ? (array.children ?? []) : [];
  if (items.length === 0) return undefined;
  const index = Number(path[path.length - 1]);
  const neighbour = items[Math.min(index, items.length - 1)];
  const lineStart = text.lastIndexOf('\n', neighbour.offset) + 1;
  const ownLines = /^[ \t]*$/.test(text.slice(lineStart, neighbour.offset));
  const indent = ownLines ? text.slice(lineStart, neighbour.offset) : '';
  const oneLine = !text.slice(neighbour.offset, neighbour.offset + neighbour.length).includes('\n');
  const item = oneLine ? inlineJson(value) : JSON.stringify(value, null, layout.indent).replace(/\n/g, `${layout.eol}${indent}`);
  const separator = ownLines ? `,${layout.eol}${indent}` : ', ';
  return index >= items.length ? { offset: neighbour.offset + neighbour.length, length: 0, content: `${separator}${item}` } : { offset: neighbour.offset, length: 0, content: `${item}${separator}` };
}

/** A value on one line, spaced as people write it: { "a": 1, "b": [1, 2] }. */
export function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (isObject(value)) return `{ ${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`).join(', ')} }`;
  return JSON.stringify(value);
}

/** `value` written whole in `layout`. */
export function wholeJson(value: unknown, layout: JsonLayout): string {
  return JSON.stringify(value, null, layout.indent).replace(/\n/g, layout.eol) + (layout.finalNewline ? layout.eol : '');
}

function sameJson(text: string, value: unknown): boolean {
  const errors: unknown[] = [];
  const parsed = parse(text, errors as never, { allowTrailingComma: false, disallowComments: true }) as unknown;
  return errors.length === 0 && isDeepStrictEqual(parsed, value);
}

interface Change {
  readonly path: JSONPath;
  /** The new value; undefined removes it. */
  readonly value: unknown;
  /** Insert into the array at the path's last index rather than replace the item there. */
  readonly insert?: true;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The edits that turn `before` into `after`, in an order where each applies to the text the previous left. */
function differences(before: unknown, after: unknown, path: JSONPath): Change[] {
  if (isDeepStrictEqual(before, after)) return [];
  if (isObject(before) && isObject(after)) {
    const removed = Object.keys(before).filter((key) => !(key in after)).map((key): Change => ({ path: [...path, key], value: undefined }));
    const changed = Object.keys(after).flatMap((key) => (key in before ? differences(before[key], after[key], [...path, key]) : [{ path: [...path, key], value: after[key] }]));
    return [...removed, ...changed];
  }
  if (Array.isArray(before) && Array.isArray(after)) return arrayDifferences(before, after, path);
  return [{ path, value: after }];
}

/**
 * An array of the same length changes item by item. Otherwise the items kept are matched in order
 * (longest common subsequence), the others removed from the end backwards and the new ones
 * inserted from the front, so adding or deleting one project touches that project's lines only.
 */
function arrayDifferences(before: readonly unknown[], after: readonly unknown[], path: JSONPath): Change[] {
  if (before.length === after.length) return before.flatMap((item, i) => differences(item, after[i], [...path, i]));
  const kept = commonSubsequence(before, after);
  const keptBefore = new Set(kept.map(([i]) => i));
  const keptAfter = new Set(kept.map(([, j]) => j));
  const removals = before.map((_, i) => i).filter((i) => !keptBefore.has(i)).reverse().map((i): Change => ({ path: [...path, i], value: undefined }));
  const insertions = after.map((_, j) => j).filter((j) => !keptAfter.has(j)).map((j): Change => ({ path: [...path, j], value: after[j], insert: true }));
  return [...removals, ...insertions];
}

function commonSubsequence(a: readonly unknown[], b: readonly unknown[]): [number, number][] {
  const keyA = a.map((x) => JSON.stringify(x));
  const keyB = b.map((x) => JSON.stringify(x));
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) table[i][j] = keyA[i] === keyB[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (keyA[i] === keyB[j]) pairs.push([i++, j++]);
    else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}
