/**
 * What a form's edits mean for its file. A form shows more than the file holds: react-jsonschema-form
 * fills in the schema's defaults (出席者の区分, 当日受付用の空欄行数) so staff see the values the
 * documents will use. Those are not edits: opening a file is no change, and a save writes only what
 * staff changed. (The page's bundle imports this module: it stays free of Node and the DOM.)
 */

import { createSchemaUtils, type Experimental_DefaultFormStateBehavior, type RJSFSchema, type ValidatorType } from '@rjsf/utils';

type Json = unknown;

/** How the forms fill in what a file leaves out: an optional object (the photo) stays out until added. */
export const defaultFormStateBehavior: Experimental_DefaultFormStateBehavior = { emptyObjectFields: 'skipEmptyDefaults' };

/** The form's value as it opens on `file`: the file with the schema's defaults filled in, as react-jsonschema-form fills them. */
export function openedValue(validator: ValidatorType, schema: RJSFSchema, file: Json): Json {
  const utils = createSchemaUtils(validator, schema, defaultFormStateBehavior);
  return utils.getDefaultFormState(utils.getRootSchema(), file as never);
}

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Equal as JSON: a key whose value is undefined is no key, and the order of keys does not matter. */
export function sameValue(a: Json, b: Json): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = (o: Record<string, Json>) => Object.keys(o).filter((k) => o[k] !== undefined);
    const keysA = keys(a);
    return keysA.length === keys(b).length && keysA.every((k) => k in b && sameValue(a[k], b[k]));
  }
  return a === b;
}

/**
 * The file's value with the edits that turned `opened` (the form as it opened on `file`, defaults
 * filled in) into `edited` (the form now): a part staff did not touch stays as the file has it, so a
 * default the form only showed is not written, and one that was edited is written whole. Array items
 * added, removed or moved are matched by value, so an untouched item keeps its file form wherever it
 * moved.
 */
export function fileValue(file: Json, opened: Json, edited: Json): Json {
  if (sameValue(opened, edited)) return file;
  if (isObject(file) && isObject(opened) && isObject(edited)) {
    const result: Record<string, Json> = { ...file };
    for (const key of new Set([...Object.keys(opened), ...Object.keys(edited)])) {
      // Undefined: cleared in the form, or a default the file leaves out and staff left alone.
      const value = edited[key] === undefined ? undefined : fileValue(file[key], opened[key], edited[key]);
      if (value === undefined) delete result[key];
      else result[key] = value;
    }
    return result;
  }
  if (Array.isArray(file) && Array.isArray(opened) && Array.isArray(edited) && file.length === opened.length) {
    // Where each item now came from: the same place if it is unchanged there, else an unchanged item moved.
    const from = edited.map((item, i): number | undefined => (sameValue(opened[i], item) ? i : undefined));
    const unmatched = new Set([...opened.keys()].filter((i) => !from.includes(i)));
    edited.forEach((item, i) => {
      if (from[i] !== undefined) return;
      from[i] = [...unmatched].find((j) => sameValue(opened[j], item));
      unmatched.delete(from[i]!);
    });
    return edited.map((item, i) => {
      const source = from[i];
      if (source !== undefined) return file[source];
      // Edited in place (the array kept its length), or new.
      return edited.length === opened.length ? fileValue(file[i], opened[i], item) : item;
    });
  }
  return edited;
}
