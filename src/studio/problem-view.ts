import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../problems/diagnostics';
import { formatProblem, localise } from '../messages/catalogue';
import { fileTitle } from '../messages/field-names';

/** A problem as the page shows it, in Japanese (the studio always speaks it): the command's own line, the source line it points into, a link to the editor. */
export interface ProblemView extends Diagnostic {
  /** Exactly what the command prints for it with --lang ja. */
  readonly text: string;
  /** The source line at `line`, when the problem has a line and the file can be read. */
  readonly sourceLine: string | null;
  /** Opens the place in VS Code. */
  readonly editorLink: string;
  /** The file as the 編集 tab names it: 「プロジェクト（projects.json）」; a template or another file by its path. */
  readonly fileLabel: string;
}

/**
 * Reads each file once, synchronously: problems are few and the files small, and describing them
 * in one step keeps a rebuild's report in the order the rebuilds finished.
 */
export function describeProblems(diagnostics: readonly Diagnostic[]): ProblemView[] {
  const lines = new Map<string, readonly string[] | null>();
  const linesOf = (file: string): readonly string[] | null => {
    if (!lines.has(file)) {
      let text: string | null = null;
      try {
        text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      } catch {
        // a missing or unreadable file is itself the problem; there is no line to show
      }
      lines.set(file, text === null ? null : text.split(/\r\n|\r|\n/));
    }
    return lines.get(file)!;
  };
  return diagnostics.map((d) => {
    const absolute = path.resolve(d.file);
    const sourceLine = d.line > 0 ? (linesOf(d.file)?.[d.line - 1] ?? null) : null;
    return {
      ...localise(d, 'ja'),
      text: formatProblem(d, 'ja'),
      sourceLine,
      fileLabel: fileTitle(d.file) ? `${fileTitle(d.file)}（${path.basename(d.file)}）` : d.file,
      editorLink: `vscode://file${encodeURI(absolute.startsWith('/') ? absolute : `/${absolute.replace(/\\/g, '/')}`)}${d.line > 0 ? `:${d.line}:${d.column}` : ''}`,
    };
  });
}
