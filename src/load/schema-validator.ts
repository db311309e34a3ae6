import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Diagnostic } from '../diagnostics';
import type { JsonSource } from './json-source';
import { closestName } from './closest-name';
import { isInside, keyAlternatives, missingAlternatives, type KeyAlternative } from './key-alternatives';
import { usableParts, type Usable } from './usable-parts';

export type SchemaSet = ReadonlyMap<string, object>;

export interface SchemaReport {
  readonly problems: Diagnostic[];
  /** Which parts of the file passed, for the checks that read on past a failed part. */
  readonly usable: Usable;
}

/** Compiles every schema once; `validate` turns ajv's errors into positioned diagnostics. */
export class SchemaValidator {
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(schemas: SchemaSet) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true, useDefaults: false });
    addFormats(ajv, ['date', 'email', 'uri']);
    for (const [name, schema] of schemas) ajv.addSchema(schema, name);
    for (const name of schemas.keys()) {
      const validate = ajv.getSchema(name);
      if (validate) this.validators.set(name, validate);
    }
  }

  validate(schemaName: string, source: JsonSource): SchemaReport {
    const validate = this.validators.get(schemaName);
    if (!validate) throw new Error(`schema ${schemaName} is not loaded`);
    const errors = withoutBranchErrors(validate(source.value) ? [] : [...(validate.errors ?? [])]);
    return { problems: describeErrors(onePerValue(errors), source), usable: usableParts(source.value, errors) };
  }
}

/** An object with none of the keys an `anyOf` asks for is one mistake, the anyOf's, not one `required` per branch. */
function withoutBranchErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const alternatives = errors.filter((e) => keyAlternatives(e));
  return errors.filter((e) => !alternatives.some((alternative) => isInside(e, alternative)));
}

/** A value that breaks both `pattern` and `format` is one mistake: report it once. */
function onePerValue(errors: readonly ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (e.keyword === 'required' || e.keyword === 'additionalProperties' || keyAlternatives(e)) return true;
    if (e.keyword === 'if' || e.keyword === 'anyOf' || e.keyword === 'oneOf') return false;
    if (seen.has(e.instancePath)) return false;
    seen.add(e.instancePath);
    return true;
  });
}

function describeErrors(errors: readonly ErrorObject[], source: JsonSource): Diagnostic[] {
  return errors.map((error) => {
    const described = describe(error);
    const target = described.keyPointer ?? described.pointer;
    const position = described.keyPointer !== undefined ? source.keyAt(target) : source.valueAt(target);
    return {
      file: source.file,
      line: position.line,
      column: position.column,
      rule: error.keyword,
      message: `${described.pointer || '(the file)'} ${described.message}`,
      hint: described.hint,
    };
  });
}

interface Described {
  /** The value the message is about. */
  readonly pointer: string;
  /** Where to point instead: at this property's key (an unknown key, or the object missing one). */
  readonly keyPointer?: string;
  readonly message: string;
  /** How to fix it: every message ends with one. */
  readonly hint: string;
}

const quote = (v: unknown): string => JSON.stringify(v);
const typeNames: Record<string, string> = {
  string: 'a string (in double quotes)',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object { … }',
  array: 'a list [ … ]',
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${quote(value)}`;
}

interface SchemaNode {
  readonly description?: string;
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, SchemaNode | boolean>>;
  readonly minimum?: number;
  readonly maximum?: number;
}

/** How an object of this schema is written, its required keys named: { "name": …, "address": … }. */
function objectSkeleton(schema: SchemaNode | undefined): string {
  return `{ ${(schema?.required ?? []).map((key) => `"${key}": …`).join(', ')} }`;
}

/** The schema's own help for the value (editors show the same text), else where to find it. */
function helpText(error: ErrorObject): string {
  return (error.parentSchema as SchemaNode | undefined)?.description ?? 'see the help for this key (VS Code shows it when you point at the key)';
}

/** The value rewritten in the type the schema wants, when what was written makes that clear. */
function typeHint(expected: string, found: unknown, schema: SchemaNode | undefined): string {
  const numeric = typeof found === 'string' && found.trim() !== '' && Number.isFinite(Number(found));
  switch (expected) {
    case 'integer':
    case 'number':
      if (numeric) return `write ${Number(found)}, without the double quotes`;
      if (typeof found === 'number') return `write a whole number, such as ${Math.round(found)}`;
      return 'write a number, without quotes';
    case 'string':
      return typeof found === 'number' || typeof found === 'boolean' ? `write ${quote(String(found))}, in double quotes` : 'write the text in double quotes';
    case 'boolean':
      return found === 'true' || found === 'false' ? `write ${found}, without the double quotes` : 'write true or false, without quotes';
    case 'array':
      return found !== null && typeof found !== 'object' ? `write it as a list in square brackets: [${quote(found)}]` : 'write a list in square brackets: [ … ]';
    case 'object':
      return `write an object in braces: ${objectSkeleton(schema)}`;
    default:
      return `write ${typeNames[expected] ?? expected}`;
  }
}

/** The range a number must lie in, as the schema states it. */
function rangeHint(schema: SchemaNode | undefined): string {
  const { minimum, maximum } = schema ?? {};
  if (minimum !== undefined && maximum !== undefined) return `write a number from ${minimum} to ${maximum}`;
  return minimum !== undefined ? `write a number of at least ${minimum}` : `write a number of at most ${String(maximum)}`;
}

/**
 * An object with none of the keys an `anyOf` offers: which keys, and each written out with what it
 * means (the branch's title), e.g. "venue": { "name": …, "address": … } (会場で開催).
 */
function describeAlternatives(at: string, alternatives: readonly KeyAlternative[], schema: SchemaNode | undefined): Described {
  const written = alternatives.map((a) => {
    const keys = a.keys.map((key) => {
      const property = schema?.properties?.[key];
      return `"${key}": ${typeof property === 'object' && property.required ? objectSkeleton(property) : '…'}`;
    });
    return `${keys.join(', ')}${a.title ? ` (${a.title})` : ''}`;
  });
  return { pointer: at, keyPointer: at, message: missingAlternatives(alternatives), hint: `add ${written.slice(0, -1).join(', ')} or ${written[written.length - 1]}, or ${alternatives.length === 2 ? 'both' : 'more than one'}` };
}

const formatHints: Record<string, string> = {
  email: 'write the whole address, such as name@example.jp',
  uri: 'write the whole address, starting with http:// or https://',
};

function describe(error: ErrorObject): Described {
  const p = error.params as Record<string, unknown>;
  const at = error.instancePath;
  const schema = error.parentSchema as SchemaNode | undefined;
  const count = Array.isArray(error.data) ? error.data.length : 0;
  const alternatives = keyAlternatives(error);
  if (alternatives) return describeAlternatives(at, alternatives, schema);
  switch (error.keyword) {
    case 'required': {
      const key = String(p.missingProperty);
      return { pointer: at, keyPointer: at, message: `is missing the required key "${key}"`, hint: `add "${key}": … to this object` };
    }
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {}).filter((k) => k !== '$schema');
      const near = closestName(key, allowed);
      return {
        pointer: at,
        keyPointer: `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        message: `has an unknown key "${key}"`,
        hint: near ? `did you mean "${near}"?` : `allowed keys: ${allowed.join(', ')}`,
      };
    }
    case 'type':
      return { pointer: at, message: `must be ${typeNames[String(p.type)] ?? p.type}, found ${typeOf(error.data)}`, hint: typeHint(String(p.type), error.data, schema) };
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const near = typeof error.data === 'string' ? closestName(error.data, allowed) : undefined;
      const found = `found ${quote(error.data)}`;
      if (allowed.length > 8) return { pointer: at, message: `is not one of the ${allowed.length} allowed values`, hint: `${found}; ${near ? `did you mean ${quote(near)}?` : helpText(error)}` };
      return { pointer: at, message: `must be one of ${allowed.map(quote).join(', ')}`, hint: `${found}; ${near ? `did you mean ${quote(near)}?` : 'write one of them exactly'}` };
    }
    case 'format':
      if (p.format === 'date') {
        return { pointer: at, message: `must be a real calendar date written YYYY-MM-DD, found ${quote(error.data)}`, hint: 'check the month has that many days (2月は28日か29日まで)' };
      }
      return { pointer: at, message: `must be a valid ${String(p.format)}, found ${quote(error.data)}`, hint: formatHints[String(p.format)] ?? helpText(error) };
    case 'pattern':
      return { pointer: at, message: `is not in the expected form: ${quote(error.data)}`, hint: helpText(error) };
    case 'minLength':
      return p.limit === 1
        ? { pointer: at, message: 'must not be empty', hint: helpText(error) }
        : { pointer: at, message: `must be at least ${String(p.limit)} characters`, hint: `lengthen it by ${Number(p.limit) - [...String(error.data)].length} character(s)` };
    case 'maxLength': {
      const length = [...String(error.data)].length;
      return { pointer: at, message: `must be at most ${String(p.limit)} characters, found ${length}`, hint: `shorten it by ${length - Number(p.limit)} character(s)` };
    }
    case 'minItems':
      return { pointer: at, message: `must list at least ${String(p.limit)} item(s), found ${count}`, hint: `add ${Number(p.limit) - count} item(s)` };
    case 'maxItems':
      return { pointer: at, message: `must list at most ${String(p.limit)} item(s), found ${count}`, hint: `remove ${count - Number(p.limit)} item(s)` };
    case 'uniqueItems': {
      // ajv names the two positions in either order, depending on the items' type.
      const [first, repeat] = [Number(p.i), Number(p.j)].sort((a, b) => a - b);
      return { pointer: `${at}/${repeat}`, message: `repeats an item already listed at position ${first + 1}`, hint: 'remove the duplicate' };
    }
    case 'minimum':
    case 'maximum':
      return { pointer: at, message: `must be ${error.keyword === 'minimum' ? '≥' : '≤'} ${String(p.limit)}, found ${quote(error.data)}`, hint: rangeHint(schema) };
    default:
      return { pointer: at, message: error.message ?? error.keyword, hint: helpText(error) };
  }
}
