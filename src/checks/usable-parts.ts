import type { ErrorObject } from 'ajv';
import { splitPointer } from './json-source';
import { keyAlternatives } from './key-alternatives';

/**
 * Whether the value at a JSON pointer is there and passed its schema, everything under it included.
 * The cross-file checks read only such parts, so one failed entry neither hides the problems of
 * the others nor causes a second report about itself.
 */
export type Usable = (pointer: string) => boolean;

/**
 * Keywords about which members an object or list has (a key missing or unknown, too few or too
 * many items, one repeated; none of the keys an `anyOf` offers): the members that are there are
 * still good.
 */
const membershipKeywords: ReadonlySet<string> = new Set(['required', 'additionalProperties', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'dependentRequired']);

export function usableParts(value: unknown, errors: readonly ErrorObject[]): Usable {
  const failures = errors.map((e) => ({ pointer: e.instancePath, membership: membershipKeywords.has(e.keyword) || keyAlternatives(e) !== undefined }));
  return (pointer) =>
    exists(value, pointer) &&
    !failures.some((f) => isWithin(f.pointer, pointer) || (!f.membership && isWithin(pointer, f.pointer) && pointer !== f.pointer));
}

/** `pointer` is `ancestor` or lies under it. */
function isWithin(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

function exists(value: unknown, pointer: string): boolean {
  let node = value;
  for (const key of splitPointer(pointer)) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9][0-9]*)$/.test(key) || Number(key) >= node.length) return false;
      node = node[Number(key)];
    } else if (typeof node === 'object' && node !== null && Object.hasOwn(node, key)) {
      node = (node as Record<string, unknown>)[key];
    } else {
      return false;
    }
  }
  return true;
}
