import type { Diagnostic } from '../problems/diagnostics';
import type { TemplateText } from '../sources/template-files';
import { dataOrigins } from './data-origins';
import { valueNeighbours } from './value-neighbours';
import type { Checked, EditionFiles } from './edition-files';
import { splitPointer } from './json-source';
import type { NeighboursMemo } from './neighbours-memo';

/**
 * A data value that repeats the words its template writes right beside it: a `distribution` of
 * 参考配布：総務省記者クラブ under `参考配布：{{release.distribution}}` prints 参考配布：参考配布：….
 * Values and template text are compared by whole tokens (a run of letters and digits, or one other
 * character; spaces, colons and the table bar only separate), so under `会場 | {{…}}` a value
 * 会場：… repeats the label but 会場町… does not, and under `「{{…}}」` a value in 「」 repeats both.
 */
export function repeatedWording(files: EditionFiles, templates: readonly TemplateText[], memo: NeighboursMemo): Diagnostic[] {
  const repeats = new Map<string, Repeat>();
  const ends = valueEnds(files);
  for (const template of templates) {
    if (!writesBeside(template.text, ends)) continue;
    for (const neighbours of memo.neighbours(template.text, valueNeighbours)) {
      const before = lastToken(neighbours.before);
      const after = firstToken(neighbours.after);
      if (!before && !after) continue;
      for (const place of placesOf(files, neighbours.path)) {
        const value = place.value.trim();
        const starts = before !== '' && firstToken(value) === before;
        const ends = after !== '' && lastToken(value) === after;
        if (!starts && !ends) continue;
        const key = `${place.file.source.file}\0${place.pointer}`;
        const where = `${template.file}:${neighbours.position.line}:${neighbours.position.column}`;
        const known = repeats.get(key);
        if (known) {
          if (!known.templates.includes(where)) known.templates.push(where);
          continue;
        }
        // The template's words as they print, with their separators (参考配布：, 　担当：).
        const shownBefore = starts ? neighbours.before.slice(neighbours.before.lastIndexOf(before)) : '';
        const afterEnd = neighbours.after.indexOf(after) + after.length;
        const shownAfter = ends ? neighbours.after.slice(0, afterEnd) + (separatorsAtStart.exec(neighbours.after.slice(afterEnd))?.[0] ?? '') : '';
        repeats.set(key, { ...place, value, starts: starts ? before : '', ends: ends ? after : '', templates: [where], printed: `${shownBefore}${value}${shownAfter}` });
      }
    }
  }
  return [...repeats.values()].map(describe);
}

/** The first and the last token of every string in the data: the only words a value can repeat. */
function valueEnds(files: EditionFiles): Set<string> {
  const ends = new Set<string>();
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      const value = node.trim();
      ends.add(firstToken(value)).add(lastToken(value));
    } else if (typeof node === 'object' && node !== null) Object.values(node).forEach(visit);
  };
  Object.values(files).forEach((file: Checked<unknown> | undefined) => visit(file?.data));
  ends.delete('');
  return ends;
}

/**
 * Whether the raw text of a template has one of `ends` right before a `{{` or right after a `}}`
 * on the same line (across the spaces and line breaks a `~` strips). Parsing, most of `validate`'s
 * time, can only find neighbours among these, so a template without any is left unparsed.
 */
function writesBeside(text: string, ends: ReadonlySet<string>): boolean {
  for (const open of text.matchAll(/\{{2,}(~?)/g)) {
    const before = open[1] ? text.slice(0, open.index).trimEnd() : text.slice(0, open.index);
    if (ends.has(lastToken(before.slice(before.lastIndexOf('\n') + 1)))) return true;
  }
  for (const close of text.matchAll(/(~?)\}{2,}/g)) {
    const rest = text.slice(close.index + close[0].length);
    const after = close[1] ? rest.trimStart() : rest;
    if (ends.has(firstToken(after.split('\n', 1)[0]))) return true;
  }
  return false;
}

interface Place {
  readonly file: Checked<unknown>;
  readonly pointer: string;
  readonly value: string;
}

interface Repeat extends Place {
  /** The token repeated at the value's start and at its end ('' when none). */
  readonly starts: string;
  readonly ends: string;
  /** Every template place that writes the words, `file:line:column`. */
  readonly templates: string[];
  /** What the first of them prints. */
  readonly printed: string;
}

function describe(repeat: Repeat): Diagnostic {
  const { file, pointer, value, starts, ends, templates, printed } = repeat;
  const what = [starts && `starts with "${starts}"`, ends && `ends with "${ends}"`].filter(Boolean).join(' and ');
  const side = starts && ends ? 'around' : starts ? 'before' : 'after';
  const others = templates.length > 1 ? ` (and ${templates.length - 1} more template place(s))` : '';
  let fixed = value;
  if (starts) fixed = fixed.replace(separatorsAtStart, '').slice(starts.length).replace(separatorsAtStart, '');
  if (ends) fixed = fixed.replace(separatorsAtEnd, '').slice(0, -ends.length).replace(separatorsAtEnd, '');
  const position = file.source.valueAt(pointer);
  return {
    file: file.source.file,
    line: position.line,
    column: position.column,
    rule: 'repeated-wording',
    message: `${pointer} ${what}, which ${templates[0]}${others} already writes ${side} it, so the documents read "${printed}"`,
    hint: fixed ? `drop the repeated words: write "${fixed}"` : `write only what should follow "${starts}" in the documents`,
    pointer,
    params: { template: templates[0], printed, fixed, words: [starts, ends].filter(Boolean).join('」と「') },
  };
}

const separatorsAtStart = /^[\s:：|]+/u;
const separatorsAtEnd = /[\s:：|]+$/u;

const letterOrDigit = /^[\p{L}\p{N}\p{M}]$/u;

/** The last character of `text` before `end`, a surrogate pair taken whole. */
function characterBefore(text: string, end: number): string {
  const pair = end > 1 && /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text.slice(end - 2, end));
  return text.slice(pair ? end - 2 : end - 1, end);
}

function firstToken(text: string): string {
  const rest = text.replace(separatorsAtStart, '');
  return /^[\p{L}\p{N}\p{M}]+/u.exec(rest)?.[0] ?? (rest === '' ? '' : String.fromCodePoint(rest.codePointAt(0)!));
}

/** Walked back one character at a time: a pattern anchored at the end is tried from every start, slow on a long text. */
function lastToken(text: string): string {
  let end = text.length;
  while (end > 0 && separatorsAtEnd.test(text[end - 1])) end--; // each separator is one UTF-16 unit
  const rest = text.slice(0, end);
  let start = rest.length;
  while (start > 0) {
    const character = characterBefore(rest, start);
    if (!letterOrDigit.test(character)) break;
    start -= character.length;
  }
  return start < rest.length ? rest.slice(start) : characterBefore(rest, rest.length);
}

/** The string values in the data that a model path prints, each with its pointer; only parts that passed their schema. */
function placesOf(files: EditionFiles, path: readonly string[]): Place[] {
  const origin = Object.hasOwn(dataOrigins, path[0]) ? dataOrigins[path[0]] : undefined;
  const file: Checked<unknown> | undefined = origin && files[origin.file];
  if (!origin || !file) return [];
  return expand(file.data, '', [...splitPointer(origin.pointer), ...path.slice(1)]).flatMap(({ pointer, value }) =>
    typeof value === 'string' && file.usable(pointer) ? [{ file, pointer, value }] : [],
  );
}

function expand(node: unknown, at: string, tokens: readonly string[]): { pointer: string; value: unknown }[] {
  if (tokens.length === 0) return [{ pointer: at, value: node }];
  const [head, ...rest] = tokens;
  if (head === '*') return Array.isArray(node) ? node.flatMap((item: unknown, i) => expand(item, `${at}/${i}`, rest)) : [];
  if (typeof node !== 'object' || node === null || Array.isArray(node) || !Object.hasOwn(node, head)) return [];
  return expand((node as Record<string, unknown>)[head], `${at}/${head}`, rest);
}
