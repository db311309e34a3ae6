import { expect, it } from 'vitest';
import { parseJsonSource } from '../../src/checks/json-source';

const text = '{\n  "a": 1,\n  "list": [\n    { "name": "x" },\n    { "name": "y", "n": -0.5e3 }\n  ]\n}\n';

it('reads a valid file as JSON.parse does and finds where each value is written', () => {
  const parsed = parseJsonSource('f.json', text);
  if (!parsed.ok) throw new Error(parsed.diagnostic.message);
  expect(parsed.source.value).toEqual(JSON.parse(text));
  expect(parsed.source.valueAt('/list/1/name')).toEqual({ line: 5, column: 15 });
  expect(parsed.source.keyAt('/list/1/n')).toEqual({ line: 5, column: 20 });
  expect(parsed.source.valueAt('/list/7')).toEqual({ line: 3, column: 11 });
});

it('reports a key written twice in one object, at the second, wherever the object is', () => {
  const twice = text.replace('{ "name": "y"', '{ "name": "y", "name": "z"');
  const parsed = parseJsonSource('f.json', twice);
  expect(parsed.ok).toBe(false);
  if (parsed.ok) return;
  expect(parsed.diagnostic).toMatchObject({ rule: 'duplicate-key', line: 5, column: 20 });
  // The same key in two objects is no duplicate.
  expect(parseJsonSource('f.json', '{"a": {"k": 1}, "b": {"k": 2}}').ok).toBe(true);
});

it('keeps a "__proto__" key as a key, so the schema reports it as unknown', () => {
  const parsed = parseJsonSource('f.json', '{"__proto__": {"polluted": true}}');
  if (!parsed.ok) throw new Error(parsed.diagnostic.message);
  expect(Object.keys(parsed.source.value as object)).toEqual(['__proto__']);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

it('reports text that is not JSON with its place, as before: a trailing comma', () => {
  const parsed = parseJsonSource('f.json', '{"a": 1,}');
  expect(parsed.ok).toBe(false);
  if (!parsed.ok) expect(parsed.diagnostic).toMatchObject({ rule: 'syntax', line: 1 });
});
