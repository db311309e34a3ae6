import type { Diagnostic } from '../../problems/diagnostics';
import type { SourceText } from '../../model/edition';
import { fileNameProblem } from '../../files/safe-file-name';
import type { BriefWords } from './words';

/**
 * Each brief's file name is one every system accepts, and no two briefs share one as Windows and
 * macOS compare names (letter case and Unicode composition aside). Reported where the data first
 * gives the municipality's code.
 */
export function checkBriefFileNames(words: readonly BriefWords[], sources: readonly SourceText[]): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const owners = new Map<string, string>();
  for (const { code, fileStem } of words) {
    const at = codeIn(sources, code);
    const problem = fileNameProblem(fileStem);
    if (problem) problems.push({ ...at, rule: 'file-name', message: `the municipality ${code} would give its brief the file name "${fileStem}", which ${problem}`, hint: 'correct the municipality name' });
    const key = fileStem.normalize('NFC').toLowerCase();
    const owner = owners.get(key);
    if (owner !== undefined) {
      problems.push({ ...at, rule: 'file-name-clash', message: `the municipality ${code} would give its brief the same file name as ${owner} ("${fileStem}")`, hint: 'two municipalities need different names' });
    } else owners.set(key, code);
  }
  return problems;
}

/** The first `"code": "<code>"` of the data, as file:line:column (UTF-16 columns, as JSON positions are counted). */
function codeIn(sources: readonly SourceText[], code: string): Pick<Diagnostic, 'file' | 'line' | 'column'> {
  const pattern = new RegExp(`"code"\\s*:\\s*"${code}"`);
  for (const { file, text } of sources) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    for (const [i, line] of lines.entries()) {
      const found = pattern.exec(line);
      if (found) return { file, line: i + 1, column: found.index + found[0].length - code.length - 1 };
    }
  }
  return { file: '(data)', line: 0, column: 0 };
}
