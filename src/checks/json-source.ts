import { parse, evaluate, tokenize, type DocumentNode, type AnyNode } from '@humanwhocodes/momoa';
import { visit } from 'jsonc-parser';
import type { Diagnostic, SourcePosition } from '../problems/diagnostics';

/** A parsed JSON file that can say where any value or key in it is written. */
export interface JsonSource {
  readonly file: string;
  readonly value: unknown;
  /** Position of the value at a JSON pointer, or of the nearest ancestor that exists. */
  valueAt(pointer: string): SourcePosition;
  /** Position of the key naming the property at `pointer` (falls back to the value). */
  keyAt(pointer: string): SourcePosition;
}

export type ParseResult = { readonly ok: true; readonly source: JsonSource } | { readonly ok: false; readonly diagnostic: Diagnostic };

const BOM = '\uFEFF';

export function parseJsonSource(file: string, text: string): ParseResult {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  if (body.trim() === '') {
    return { ok: false, diagnostic: { file, line: 1, column: 1, rule: 'syntax', message: 'the file is empty', hint: 'a data file holds one JSON object: start from the example in README.md', params: { variant: 'empty' } } };
  }
  // Most files are valid JSON: read by JSON.parse, their positions worked out only when a problem
  // needs one (momoa, cold at the start of a command, took 17 ms for the seed's files, JSON.parse 0.2).
  const value = plainJson(body);
  if (value !== unreadable && !hasDuplicateKey(body)) return { ok: true, source: lazySource(file, body, value) };
  let document: DocumentNode;
  try {
    document = parse(body, { mode: 'json' });
  } catch (error) {
    return { ok: false, diagnostic: syntaxDiagnostic(file, body, error) };
  }
  const duplicate = findDuplicateKey(document.body);
  if (duplicate) {
    return {
      ok: false,
      diagnostic: { file, line: duplicate.loc.start.line, column: duplicate.loc.start.column, rule: 'duplicate-key', message: `the key "${duplicate.name}" appears twice in the same object`, hint: 'keep one of them: JSON keeps only the last', params: { key: duplicate.name } },
    };
  }
  return { ok: true, source: makeSource(file, document) };
}

const unreadable = Symbol('not JSON');

function plainJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return unreadable;
  }
}

/** Whether an object of the (valid JSON) text names a key twice: JSON.parse keeps the last without a word. */
function hasDuplicateKey(text: string): boolean {
  const objects: Set<string>[] = [];
  let found = false;
  visit(text, {
    onObjectBegin: () => void objects.push(new Set()),
    onObjectEnd: () => void objects.pop(),
    onObjectProperty: (name) => {
      const keys = objects[objects.length - 1];
      found ||= keys.has(name);
      keys.add(name);
    },
  });
  return found;
}

/** A source whose positions are read (by momoa) the first time one is asked for. */
function lazySource(file: string, text: string, value: unknown): JsonSource {
  let located: JsonSource | undefined;
  const positions = (): JsonSource => (located ??= makeSource(file, parse(text, { mode: 'json' })));
  return { file, value, valueAt: (pointer) => positions().valueAt(pointer), keyAt: (pointer) => positions().keyAt(pointer) };
}

function makeSource(file: string, document: DocumentNode): JsonSource {
  const locate = (pointer: string, wantKey: boolean): SourcePosition => {
    let node: AnyNode = document.body;
    let keyNode: AnyNode | undefined;
    for (const token of splitPointer(pointer)) {
      const next = childOf(node, token);
      if (!next) break;
      node = next.value;
      keyNode = next.key;
    }
    const at = wantKey && keyNode ? keyNode : node;
    return { line: at.loc.start.line, column: at.loc.start.column };
  };
  return {
    file,
    value: evaluate(document),
    valueAt: (pointer) => locate(pointer, false),
    keyAt: (pointer) => locate(pointer, true),
  };
}

function childOf(node: AnyNode, token: string): { value: AnyNode; key?: AnyNode } | undefined {
  if (node.type === 'Object') {
    const member = node.members.find((m) => m.name.type === 'String' && m.name.value === token);
    return member && { value: member.value, key: member.name };
  }
  if (node.type === 'Array' && /^(0|[1-9][0-9]*)$/.test(token)) {
    const element = node.elements[Number(token)];
    return element && { value: element.value };
  }
  return undefined;
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function findDuplicateKey(node: AnyNode): { name: string; loc: AnyNode['loc'] } | undefined {
  if (node.type === 'Object') {
    const seen = new Set<string>();
    for (const member of node.members) {
      const name = member.name.type === 'String' ? member.name.value : '';
      if (seen.has(name)) return { name, loc: member.name.loc };
      seen.add(name);
      const inner = findDuplicateKey(member.value);
      if (inner) return inner;
    }
  } else if (node.type === 'Array') {
    for (const element of node.elements) {
      const inner = findDuplicateKey(element.value);
      if (inner) return inner;
    }
  }
  return undefined;
}

interface MomoaSyntaxError {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

function isMomoaSyntaxError(error: unknown): error is MomoaSyntaxError {
  return error instanceof Error && typeof (error as Partial<MomoaSyntaxError>).line === 'number';
}

/** Momoa says "Unexpected token RBrace found."; staff need to know which character and what to do. */
function syntaxDiagnostic(file: string, text: string, error: unknown): Diagnostic {
  if (!isMomoaSyntaxError(error)) throw error;
  const { line, column, offset } = error;
  const found = text[offset];
  const before = text.slice(0, offset).trimEnd();
  const base = { file, line, column, rule: 'syntax' } as const;
  const unclosed = unclosedStringLine(text, line);
  if (unclosed) {
    return { ...base, line: unclosed.line, column: unclosed.column, message: 'a string is not closed on this line', hint: 'add the missing closing double quote (")', params: { variant: 'open-string' } };
  }
  if (found === undefined || isLastToken(text, offset)) {
    const end = endPosition(text);
    return { ...base, ...end, message: 'the file ends too early', hint: 'a closing "}" or "]" or a closing quote is missing', params: { variant: 'ends-early' } };
  }
  if ((found === '}' || found === ']') && before.endsWith(',')) {
    return { ...base, message: `unexpected "${found}" after a comma`, hint: 'remove the trailing comma before it', params: { variant: 'trailing-comma', found } };
  }
  if (found === '/' && (text[offset + 1] === '/' || text[offset + 1] === '*')) {
    return { ...base, message: 'a comment, which JSON does not allow', hint: 'remove the comment; the schemas show the help for every key instead', params: { variant: 'comment' } };
  }
  if (/[A-Za-z]/.test(found) && /[:\[,]$/.test(before)) {
    return { ...base, message: 'a value that is not quoted', hint: 'write text in double quotes; the other values are numbers, true, false and null', params: { variant: 'unquoted' } };
  }
  if (found === "'") {
    return { ...base, message: 'unexpected single quote', hint: 'JSON strings use double quotes (")', params: { variant: 'single-quote' } };
  }
  if (found === '"' && /["}\]0-9el]$/.test(before)) {
    return { ...base, message: 'expected "," between two entries', hint: 'add a comma at the end of the previous line', params: { variant: 'missing-comma' } };
  }
  return { ...base, message: `unexpected "${found}"`, hint: 'check the punctuation here: keys and strings in double quotes, entries separated by commas', params: { variant: 'unexpected', found } };
}

/** JSON strings cannot span lines: a line up to the error with an odd number of quotes left one open. */
function unclosedStringLine(text: string, errorLine: number): { line: number; column: number } | undefined {
  const lines = text.split(/\r?\n/);
  for (let i = Math.max(0, errorLine - 2); i < errorLine && i < lines.length; i++) {
    const quotes = lines[i].replace(/\\./g, '').split('"').length - 1;
    if (quotes % 2 === 1) return { line: i + 1, column: lines[i].length + 1 };
  }
  return undefined;
}

/** Momoa blames the last token when input stops early ("{" alone fails at the brace). */
function isLastToken(text: string, offset: number): boolean {
  try {
    const tokens = [...tokenize(text)];
    return tokens.length > 0 && offset >= tokens[tokens.length - 1].loc.start.offset;
  } catch {
    return false;
  }
}

function endPosition(text: string): { line: number; column: number } {
  const lines = text.trimEnd().split(/\r?\n/);
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}
