/**
 * Templates are plain text. Blank lines separate paragraphs; a line break inside a paragraph is
 * only for the template's reader and disappears (Japanese has no spaces between words), except
 * between two Latin letters or digits, where it stands for a space.
 */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n[ \t\u3000]*\r?\n/)
    .map((block) => block.trim().replace(/([A-Za-z0-9,.])[ \t]*\r?\n[ \t]*(?=[A-Za-z0-9])/g, '$1 ').replace(/[ \t]*\r?\n[ \t]*/g, ''))
    .filter((block) => block.length > 0);
}

/** One entry per non-empty line, for templates whose lines are separate cells or lines. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** A single line: the template's whole output on one line. */
export function line(text: string): string {
  return lines(text).join('');
}

export interface Row {
  readonly label: string;
  readonly value: string;
}

/** Table templates: one row per line, the label before the first " | ", the value after it. */
export function rows(text: string): Row[] {
  return lines(text).map((row) => {
    const at = row.indexOf(' | ');
    return at < 0 ? { label: '', value: row } : { label: row.slice(0, at).trim(), value: row.slice(at + 3).trim() };
  });
}

/** Every string in the words, however deeply nested. */
export function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsIn(item);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) yield* stringsIn(item);
}
