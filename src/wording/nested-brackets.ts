import type { SourceText } from '../model/edition';
import type { Diagnostic } from '../problems/diagnostics';

/**
 * Japanese official writing never puts a pair of brackets inside another of the same kind: it
 * restructures the sentence (A日程　平成29年10月26日（木）～10月31日（火）), and inside 「」 it
 * quotes with 『』. Round brackets, full- and half-width, count as one kind.
 */
const kinds: readonly { readonly opening: ReadonlySet<string>; readonly closing: ReadonlySet<string> }[] = [
  { opening: new Set(['（', '(']), closing: new Set(['）', ')']) },
  { opening: new Set(['「']), closing: new Set(['」']) },
];

/** Where each stretch （…（…）…） or 「…「…」…」 of a text starts, and the stretch: from the outer opening bracket to its close (or the text's end). */
export function nestedBracketsAt(text: string): { readonly at: number; readonly stretch: string }[] {
  const chars = Array.from(text);
  return kinds.flatMap(({ opening, closing }) => {
    const found: { at: number; stretch: string }[] = [];
    let depth = 0;
    let outer = 0;
    let nested = false;
    chars.forEach((char, i) => {
      if (opening.has(char)) {
        if (depth === 0) [outer, nested] = [i, false];
        else nested = true;
        depth++;
      } else if (closing.has(char) && depth > 0) {
        depth--;
        if (depth === 0 && nested) found.push({ at: outer, stretch: chars.slice(outer, i + 1).join('') });
      }
      if (i === chars.length - 1 && depth > 0 && nested) found.push({ at: outer, stretch: chars.slice(outer).join('') });
    });
    return found.map(({ at, stretch }) => ({ at: chars.slice(0, at).join('').length, stretch }));
  });
}

/** Each stretch of brackets inside brackets in a text. */
export function nestedBrackets(text: string): string[] {
  return nestedBracketsAt(text).map(({ stretch }) => stretch);
}

/**
 * A problem for each stretch of brackets inside brackets the words hold, once per stretch, placed
 * where it is written: the data file that holds it whole, else the template line whose bracket
 * opens it (the one whose words around that bracket match the text best), else the words as a whole.
 */
export function nestedBracketProblems(texts: Iterable<string>, sources: readonly SourceText[]): Diagnostic[] {
  const seen = new Set<string>();
  const problems: Diagnostic[] = [];
  for (const text of texts) {
    for (const { at, stretch } of nestedBracketsAt(text)) {
      if (seen.has(stretch)) continue;
      seen.add(stretch);
      problems.push({
        ...placeOf(text, at, stretch, sources),
        rule: 'nested-brackets',
        message: `brackets inside brackets: ${stretch} (Japanese official writing never puts one pair inside another)`,
        hint: 'restructure the sentence so that the inner part stands outside the brackets (A日程　平成29年10月26日（木）～10月31日（火）), or quote with 『』 inside 「」',
        params: { found: stretch },
      });
    }
  }
  return problems;
}

type Place = Pick<Diagnostic, 'file' | 'line' | 'column'>;

function placeOf(text: string, at: number, stretch: string, sources: readonly SourceText[]): Place {
  const data = sources.filter((source) => !isTemplate(source));
  for (const source of data) {
    const place = positionOf(source, stretch);
    if (place) return place;
  }
  return bestTemplateLine(text, at, stretch, sources.filter(isTemplate)) ?? { file: '(generated text)', line: 0, column: 0 };
}

const isTemplate = (source: SourceText): boolean => source.file.endsWith('.hbs');

function positionOf(source: SourceText, stretch: string): Place | undefined {
  const lines = source.text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    const column = line.indexOf(stretch);
    if (column >= 0) return { file: source.file, line: i + 1, column: column + 1 };
  }
  return undefined;
}

/**
 * The template line with the opening bracket the stretch starts with, whose literal words either
 * side of it (up to the nearest {{…}} that writes something) agree longest with the text there.
 */
function bestTemplateLine(text: string, at: number, stretch: string, templates: readonly SourceText[]): Place | undefined {
  const bracket = stretch[0];
  const before = text.slice(0, at);
  let best: (Place & { score: number }) | undefined;
  for (const source of templates) {
    source.text.split(/\r?\n/).forEach((line, i) => {
      for (let column = line.indexOf(bracket); column >= 0; column = line.indexOf(bracket, column + 1)) {
        const written = line.slice(0, column);
        if (written.lastIndexOf('{{') > written.lastIndexOf('}}')) continue; // inside {{…}}: a comment or an argument
        const left = silent(written).split('}}').pop()!;
        const right = silent(line.slice(column)).split('{{')[0];
        const score = 1 + sharedEnd(before, left) + sharedStart(stretch, right);
        if (!best || score > best.score) best = { file: source.file, line: i + 1, column: column + 1, score };
      }
    });
  }
  return best && { file: best.file, line: best.line, column: best.column };
}

/** A template's text without the tags that write nothing themselves ({{#if}}, {{/if}}, {{else}}, comments). */
const silent = (text: string): string => text.replace(/\{\{~?(?:[#/^!][^}]*|else[^}]*)~?\}\}/g, '');

function sharedEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
