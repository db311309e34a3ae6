import type { LaidOutLine } from './release-layout';

/** Text as a reader's copy is compared with the laid-out text: whitespace does not count, and page numbers are left out. */
function comparable(lines: readonly string[]): string[] {
  return lines.map((line) => line.replace(/\s+/g, '')).filter((line) => line !== '' && !/^-\d+-$/.test(line));
}

/**
 * How a reader's lines differ from the lines the toolkit laid out; nothing when every laid-out line
 * comes out whole and the lines of each block (a paragraph, a cell) in order. A reader may give two
 * laid-out lines as one where they share a baseline (a table's label and its cell), and may read a
 * table's columns in its own order; it may not split a line, drop one or add text.
 */
export function lineProblems(extracted: readonly string[], laidOut: readonly LaidOutLine[]): string[] {
  const got = comparable(extracted);
  const expected = laidOut.map((line) => ({ ...line, text: line.text.replace(/\s+/g, '') })).filter((line) => line.text !== '');
  const foundAt: number[] = expected.map(() => -1);
  const problems: string[] = [];

  /** Matches `rest` as whole laid-out lines not used yet, earliest first, backtracking on a dead end. */
  const match = (rest: string, at: number): boolean => {
    if (rest === '') return true;
    for (let i = 0; i < expected.length; i++) {
      if (foundAt[i] >= 0 || !rest.startsWith(expected[i].text)) continue;
      foundAt[i] = at;
      if (match(rest.slice(expected[i].text.length), at)) return true;
      foundAt[i] = -1;
    }
    return false;
  };
  got.forEach((line, at) => {
    if (!match(line, at)) problems.push(`not whole laid-out lines: ${line}`);
  });
  expected.forEach((line, i) => {
    if (foundAt[i] < 0) problems.push(`missing or split: ${line.text}`);
  });
  expected.forEach((line, i) => {
    const next = expected[i + 1];
    if (next && next.block === line.block && foundAt[i] >= 0 && foundAt[i + 1] >= 0 && foundAt[i + 1] < foundAt[i]) problems.push(`out of order: ${next.text} before ${line.text}`);
  });
  return problems;
}
