import type { Diagnostic } from '../../problems/diagnostics';

/**
 * A page holding this many lines or fewer holds only the end of a section carried over alone (a
 * column's last lines, the 別紙's last project): the layout keeps blocks together to avoid one, and
 * where it cannot (a block taller than a page, or two that together are), staff are told.
 */
const lonelyAtMost = 3;

/** A warning for each page but the first that holds three lines or fewer, from the lines drawn on each page (page 1 first). */
export function lonelyLineWarnings(linesPerPage: readonly number[], file: string): Diagnostic[] {
  return linesPerPage.flatMap((lines, i): Diagnostic[] => {
    const page = i + 1;
    if (page === 1 || lines === 0 || lines > lonelyAtMost) return [];
    return [
      {
        file,
        line: 0,
        column: 0,
        rule: 'lonely-lines',
        severity: 'warning',
        message: `page ${page} holds only ${lines} line${lines === 1 ? '' : 's'}, the end of what the page before it holds: the layout could not bring ${lines === 1 ? 'it' : 'them'} back`,
        hint: 'shorten the text that ends there by a line or two, or lengthen what comes before it so that more goes over with it',
        params: { page, lines },
      },
    ];
  });
}
