import type { ErrorObject } from 'ajv';

/** One branch of an `anyOf` that only names keys the object must have (`{ "required": ["venue"] }`). */
export interface KeyAlternative {
  readonly keys: readonly string[];
  /** The branch's title: what having those keys means (会場で開催). */
  readonly title: string | undefined;
}

interface Branch {
  readonly title?: unknown;
  readonly required?: unknown;
  readonly properties?: Record<string, unknown>;
  readonly [keyword: string]: unknown;
}

/** Keywords that leave a branch a rule about which keys are there (ajv's strict mode wants each required key declared, as `true`). */
const keyRuleKeywords: ReadonlySet<string> = new Set(['title', 'description', 'required', 'properties']);

/**
 * An `anyOf` error of an object that must have some of its keys (a session with a venue, an online
 * meeting or both) as the alternatives it offers; undefined for any other error. ajv reports such a
 * failure as one `required` error per branch, which would read as if every key were required.
 */
export function keyAlternatives(error: ErrorObject): KeyAlternative[] | undefined {
  if (error.keyword !== 'anyOf' || !Array.isArray(error.schema)) return undefined;
  const branches = error.schema as Branch[];
  const isKeyRule = (branch: Branch): boolean =>
    Array.isArray(branch.required) &&
    Object.keys(branch).every((keyword) => keyRuleKeywords.has(keyword)) &&
    Object.values(branch.properties ?? {}).every((schema) => schema === true);
  if (branches.length === 0 || !branches.every(isKeyRule)) return undefined;
  return branches.map((branch) => ({ keys: (branch.required as unknown[]).map(String), title: typeof branch.title === 'string' ? branch.title : undefined }));
}

/** The errors ajv reports inside an `anyOf`'s branches: the anyOf's own error says it all. */
export function isInside(error: ErrorObject, alternative: ErrorObject): boolean {
  return error !== alternative && error.schemaPath.startsWith(`${alternative.schemaPath}/`) && error.instancePath.startsWith(alternative.instancePath);
}
