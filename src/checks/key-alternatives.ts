import type { ErrorObject } from 'ajv';

/**
 * An `anyOf` whose branches only name keys an object must have (a session needs a `venue`, an
 * `online` meeting, or both): a rule about which keys are there, not a choice between shapes. ajv
 * reports an object that breaks it as one `required` error per branch plus the anyOf, which would
 * read as if every key were required; the loader and the studio's forms report it as one problem,
 * worded here for both. (The page's bundle imports this module: it stays free of Node.)
 */
export interface KeyAlternative {
  readonly keys: readonly string[];
  /** The branch's title: what having those keys means (会場で開催). */
  readonly title: string | undefined;
}

interface Branch {
  readonly [keyword: string]: unknown;
}

/** Keywords that leave a branch a rule about which keys are there (ajv's strict mode wants each required key declared, as `true`). */
const keyRuleKeywords: ReadonlySet<string> = new Set(['title', 'description', 'required', 'properties']);

/** `{ "required": ["venue"], "properties": { "venue": true } }`, perhaps with a title. */
export function isKeyRule(branch: unknown): boolean {
  if (typeof branch !== 'object' || branch === null) return false;
  const { required, properties } = branch as Branch;
  return (
    Array.isArray(required) &&
    Object.keys(branch).every((keyword) => keyRuleKeywords.has(keyword)) &&
    Object.values((properties ?? {}) as Record<string, unknown>).every((schema) => schema === true)
  );
}

/** The branches of an anyOf that is such a rule; undefined for any other schema. */
export function keyRules(anyOf: unknown): KeyAlternative[] | undefined {
  if (!Array.isArray(anyOf) || anyOf.length === 0 || !anyOf.every(isKeyRule)) return undefined;
  return (anyOf as Branch[]).map((branch) => ({ keys: (branch.required as unknown[]).map(String), title: typeof branch.title === 'string' ? branch.title : undefined }));
}

/** The alternatives an ajv `anyOf` error offers, when they are such a rule (ajv's `verbose` gives the schema). */
export function keyAlternatives(error: ErrorObject): KeyAlternative[] | undefined {
  return error.keyword === 'anyOf' ? keyRules(error.schema) : undefined;
}

/** What is wrong with an object that has none of the alternatives: has neither "venue" nor "online" (it needs at least one). */
export function missingAlternatives(alternatives: readonly KeyAlternative[]): string {
  const names = alternatives.map((a) => a.keys.map((key) => `"${key}"`).join(' and '));
  return `${names.length === 2 ? `has neither ${names[0]} nor ${names[1]}` : `has none of ${names.join(', ')}`} (it needs at least one)`;
}

/**
 * An error ajv reports inside the branches of a failed `anyOf`, which the anyOf's own error says
 * better. (Items of a list share a schemaPath, but ajv keeps branch errors only of anyOfs that
 * failed, and those are all set aside.)
 */
export function isInside(error: { readonly schemaPath: string }, alternative: { readonly schemaPath: string }): boolean {
  return error !== alternative && error.schemaPath.startsWith(`${alternative.schemaPath}/`);
}
