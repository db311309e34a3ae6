
/** fontkit 2.0.4's CommonJS build: the file every fontkit patch replaces code of. */
export const fontkitSource = { file: 'dist/main.cjs', sha256: '1cac5f3c12695209' } as const;

/** The prototype in `object`'s chain that defines `method` itself. */
export function definer<T extends object>(object: object, method: keyof T): T | null {
  let prototype = Object.getPrototypeOf(object) as T | null;
  while (prototype && !Object.hasOwn(prototype, method)) prototype = Object.getPrototypeOf(prototype) as T | null;
  return prototype;
}
