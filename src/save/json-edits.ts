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
    for (const step of editSteps(differences(parse(text) as unknown, next, []))) {
      if ('items' in step) text = applyEdits(text, [itemsInsertion(text, step.path, step.items, layout)]);
      else if ('values' in step) text = applySideBySide(text, valuesReplaced(text, step.values));
      else text = applyEdits(text, modify(text, step.path, step.value, { formattingOptions }));
    }
  } catch {
    text = '';
  }
  if (!sameJson(text, next)) text = wholeJson(next, layout);
  return (layout.bom ? BOM : '') + text;
}

type EditStep = Change | { readonly path: JSONPath; readonly items: unknown[] } | { readonly values: Change[] };

/**
 * The changes as steps, each applied to the text the one before left: items inserted side by side
 * (a thousand rows imported at the end of a list) are one step, and so is a run of strings, numbers
 * and booleans replaced in place (a thousand rows updated), so a large change is not one pass over
 * the whole text per value.
 */
function editSteps(changes: readonly Change[]): EditStep[] {
  const steps: EditStep[] = [];
  for (const change of changes) {
    const last = steps[steps.length - 1];
    const index = change.path[change.path.length - 1];
    if (change.insert && last && 'items' in last && typeof index === 'number' && index === Number(last.path[last.path.length - 1]) + last.items.length && sameParent(last.path, change.path)) last.items.push(change.value);
    else if (change.insert) steps.push({ path: change.path, items: [change.value] });
    else if (change.replace && isScalar(change.value) && last && 'values' in last) last.values.push(change);
    else steps.push(change.replace && isScalar(change.value) ? { values: [change] } : change);
  }
  return steps;
}

/** Edits that do not overlap, applied in one pass (jsonc-parser's applyEdits rebuilds the whole text for each). */
function applySideBySide(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  const parts: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    if (edit.offset < at) throw new Error('overlapping edits');
    parts.push(text.slice(at, edit.offset), edit.content);
    at = edit.offset + edit.length;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

const isScalar = (value: unknown): boolean => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** Values replaced where they stand, all found in one parse of the text: their ranges never overlap, since no changed value lies inside another. */
function valuesReplaced(text: string, changes: readonly Change[]): Edit[] {
  const tree = parseTree(text)!;
  return changes.map((change) => {
    const node = findNodeAtLocation(tree, change.path);
    if (!node) throw new Error(`no value at ${change.path.join('/')}`);
    return { offset: node.offset, length: node.length, content: JSON.stringify(change.value) };
  });
}

const sameParent = (a: JSONPath, b: JSONPath): boolean => a.length === b.length && a.slice(0, -1).every((key, i) => key === b[i]);

/**
 * Items inserted into an array, written as their neighbours are: each on a line of its own in
 * their indentation when they have lines of their own, on one line when they are one line each (a
 * list of registrations, one per line), after a space when the array is on one line. jsonc-parser's
 * own formatting reformats the whole line it inserts on, so adding at the end rewrote the last item.
 * Into an empty array, each item goes on a line of its own, on one line when it is flat.
 */
function itemsInsertion(text: string, path: JSONPath, values: readonly unknown[], layout: JsonLayout): Edit {
  const array = findNodeAtLocation(parseTree(text)!, path.slice(0, -1));
  if (array?.type !== 'array') throw new Error(`no array at ${path.slice(0, -1).join('/')}`);
  const items = array.children ?? [];
  const indentAt = (offset: number): string => /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', offset - 1) + 1))![0];
  const multiLine = (value: unknown, indent: string): string => JSON.stringify(value, null, layout.indent).replace(/\n/g, `${layout.eol}${indent}`);
  if (items.length === 0) {
    const outer = indentAt(array.offset);
    const inner = outer + layout.indent;
    const lines = values.map((v) => `${inner}${isFlat(v) ? inlineJson(v) : multiLine(v, inner)}`);
    return { offset: array.offset + 1, length: array.length - 2, content: `${layout.eol}${lines.join(`,${layout.eol}`)}${layout.eol}${outer}` };
  }
  const index = Number(path[path.length - 1]);
  const neighbour = items[Math.min(index, items.length - 1)];
  const lineStart = text.lastIndexOf('\n', neighbour.offset - 1) + 1;
  const ownLines = /^[ \t]*$/.test(text.slice(lineStart, neighbour.offset));
  const indent = ownLines ? text.slice(lineStart, neighbour.offset) : '';
  const oneLine = !text.slice(neighbour.offset, neighbour.offset + neighbour.length).includes('\n');
  const separator = ownLines ? `,${layout.eol}${indent}` : ', ';
  const written = values.map((v) => (oneLine ? inlineJson(v) : multiLine(v, indent))).join(separator);
  return index >= items.length ? { offset: neighbour.offset + neighbour.length, length: 0, content: `${separator}${written}` } : { offset: neighbour.offset, length: 0, content: `${written}${separator}` };
}

/** A scalar, or an object or array of scalars: what reads well on one line. */
const isFlat = (value: unknown): boolean => typeof value !== 'object' || value === null || Object.values(value).every((v) => typeof v !== 'object' || v === null);

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
  /** Replaces a value that is there (not a key or an item added). */
  readonly replace?: true;
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
  return [{ path, value: after, replace: true }];
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

/** The items kept, as index pairs; the items the two share at the start and at the end are kept first, so the table is only as large as what changed. */
function commonSubsequence(a: readonly unknown[], b: readonly unknown[]): [number, number][] {
  const keyA = a.map((x) => JSON.stringify(x));
  const keyB = b.map((x) => JSON.stringify(x));
  let start = 0;
  while (start < a.length && start < b.length && keyA[start] === keyB[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && keyA[a.length - 1 - end] === keyB[b.length - 1 - end]) end++;
  const pairs: [number, number][] = Array.from({ length: start }, (_, i) => [i, i]);
  const [m, n] = [a.length - end, b.length - end];
  const table = Array.from({ length: m - start + 1 }, () => new Array<number>(n - start + 1).fill(0));
  const cell = (i: number, j: number): number => table[i - start][j - start];
  for (let i = m - 1; i >= start; i--) for (let j = n - 1; j >= start; j--) table[i - start][j - start] = keyA[i] === keyB[j] ? cell(i + 1, j + 1) + 1 : Math.max(cell(i + 1, j), cell(i, j + 1));
  for (let i = start, j = start; i < m && j < n; ) {
    if (keyA[i] === keyB[j]) pairs.push([i++, j++]);
    else if (cell(i + 1, j) >= cell(i, j + 1)) i++;
    else j++;
  }
  for (let k = end; k > 0; k--) pairs.push([a.length - k, b.length - k]);
  return pairs;
}
