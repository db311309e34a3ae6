/** A problem found in the input, with where it is and how to fix it (vfile-style). */
export interface Diagnostic {
  /** Path as the user passed it, e.g. `data/projects.json`. */
  readonly file: string;
  /** 1-based; 0 when the problem concerns the file as a whole. */
  readonly line: number;
  readonly column: number;
  /** A spreadsheet's cell (`申込!C14`), named instead of line:column; line and column then hold its row and column. */
  readonly cell?: string;
  /** Short machine-readable id, e.g. `enum`, `syntax`, `dangling-reference`. */
  readonly rule: string;
  readonly message: string;
  /** How to fix it: every problem says so (README promises it). */
  readonly hint: string;
  /** A warning does not stop the build; absent means an error. */
  readonly severity?: 'warning';
  /** The field of a data file the problem is about (a JSON pointer): the studio's form shows it there, the messages name it as the form does. */
  readonly pointer?: string;
  /** The values the message names, for its wording in each language (src/messages/catalogue.ts). */
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** Where a problem is, as editors jump to it: `file:line:column`, the file and cell, or the file alone. */
export function placeOf(d: Diagnostic): string {
  return d.cell ? `${d.file}: ${d.cell}` : d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
}

/** The problem in English, as the checks word it (in Japanese: formatProblem in src/messages/catalogue.ts). */
export function formatDiagnostic(d: Diagnostic): string {
  return `${placeOf(d)}: ${d.severity ?? 'error'}: ${d.message} [${d.rule}] (${d.hint})`;
}

/** Files first, then by position, so a report reads top to bottom. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}

/** 4: distribute could not send every message (refused, connection lost, login failed) or one is uncertain; 130: a build stopped by Ctrl-C. */
export const ExitCode = { ok: 0, dataError: 1, usageError: 2, renderError: 3, notAllSent: 4, interrupted: 130 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** What a person reads, in both of the languages the toolkit speaks. */
export interface Said {
  readonly ja: string;
  readonly en: string;
}

/** Base of every error the toolkit raises on purpose; each kind carries its exit code and says itself in Japanese too (`message` is the English). */
export abstract class PresskitError extends Error {
  abstract readonly exitCode: ExitCode;
  abstract readonly japanese: string;
}

/** The input (data or templates) has problems; all of them are listed. */
export class InputError extends PresskitError {
  readonly exitCode = ExitCode.dataError;
  readonly diagnostics: readonly Diagnostic[];
  readonly japanese: string;
  constructor(diagnostics: readonly Diagnostic[]) {
    super(`${diagnostics.length} problem(s) in the input`);
    this.japanese = `入力に問題が ${diagnostics.length} 件あります`;
    this.name = 'InputError';
    this.diagnostics = sortDiagnostics(diagnostics);
  }
}

export class UsageError extends PresskitError {
  readonly exitCode = ExitCode.usageError;
  readonly japanese: string;
  constructor(said: Said) {
    super(said.en);
    this.japanese = said.ja;
    this.name = 'UsageError';
  }
}

/** A document writer failed on valid input: a bug or an environment problem, not the user's data. */
export class RenderError extends PresskitError {
  readonly exitCode = ExitCode.renderError;
  readonly japanese: string;
  constructor(document: Said, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`${document.en}: ${reason}`, { cause });
    this.japanese = `${document.ja}を作れませんでした（データではなくツールか環境の不具合です。次の内容を添えて担当者に知らせてください）：${reason}`;
    this.name = 'RenderError';
  }
}

/** The person stopped the command (Ctrl-C) before it wrote anything. */
export class Interrupted extends PresskitError {
  readonly exitCode = ExitCode.interrupted;
  readonly japanese = '中断しました（Ctrl-C）。何も書き込んでいません（前の出力はそのままです）。';
  constructor() {
    super('interrupted (Ctrl-C); nothing was written, the previous output is unchanged');
    this.name = 'Interrupted';
  }
}
