import type { Edition, SourceText } from '../model/edition';
import type { Diagnostic, Said } from '../problems/diagnostics';
import type { TemplateSet } from '../wording/templates';
import type { OutputFile } from '../files/output-file';
import type { WordFontSet } from './word-fonts';

export interface RenderOptions {
  /** Worker threads a writer may use for many documents; 1 means in-process. */
  readonly threads: number;
  /** A font file for characters the main fonts lack (e.g. an emoji font); see `--fallback-font`. */
  readonly fallbackFont?: string;
  /** The fonts the Word briefs name: Yu (Word 2016 and later) or MS (older Word). */
  readonly wordFonts: WordFontSet;
  /** Where the release's shaped text is kept for the next process (the command's compilation); none, none kept. */
  readonly shapedRunsFile?: string;
}

/** How many of a writer's documents are made so far (the briefs), for a long build's progress line. */
export type CountReport = (done: number, total: number) => void;

/**
 * Every document is made the same way: `words` fills the writer's templates from the model (its
 * problems are data problems), then `render` lays the words out into files.
 */
export interface Writer<Words = unknown> {
  /** What `--only` calls it. */
  readonly id: string;
  /** What a person reads when the document could not be made. */
  readonly description: Said;
  /**
   * How the studio lists the document: under `key` (also its URLs' name), as one file or as one
   * file per municipality, the file named by the municipality's brief file stem.
   */
  readonly preview: { readonly key: string; readonly perMunicipality?: boolean };
  words(edition: Edition, templates: TemplateSet): Words;
  /** Problems only this document has with valid words (e.g. a character its fonts lack), located in `sources`. */
  check?(words: Words, options: RenderOptions, sources: readonly SourceText[]): readonly Diagnostic[];
  render(edition: Edition, words: Words, options: RenderOptions, progress?: CountReport): Promise<readonly OutputFile[]>;
  /**
   * Rendered on a thread of its own, beside the others, when the build has one (see RenderThread):
   * for a long document made by one thread.
   */
  readonly ownThread?: boolean;
  /** Whether render would spread these words over worker threads of its own (then it gets the cores to itself). */
  usesThreads?(words: Words, options: RenderOptions): boolean;
  /** Loads what render needs (libraries, fonts) before the words exist, on the thread it will render on. */
  warm?(options: RenderOptions): Promise<void>;
}

/** Lets the registry hold writers whose words differ, without losing each writer's own typing. */
export function defineWriter<Words>(writer: Writer<Words>): Writer {
  return writer as Writer;
}
