import { InputError, RenderError, UsageError } from './diagnostics';
import { loadEdition } from './load/load-edition';
import { loadTemplates } from './wording/templates';
import { writers } from './writers/registry';
import type { OutputFile, RenderOptions, Writer } from './writers/writer';
import type { WordFontSet } from './writers/municipal-brief-docx/word-fonts';
import { buildManifest, manifestFile, type Manifest } from './emit/manifest';
import { emitPacket } from './emit/emit-packet';
import type { Edition } from './model/edition';

export interface BuildOptions {
  readonly dataDir: string;
  readonly outDir: string;
  readonly templatesDir: string;
  readonly registrationsFile?: string;
  /** Writer ids to run; all when absent. */
  readonly only?: readonly string[];
  readonly threads?: number;
  readonly fallbackFont?: string;
  readonly wordFonts?: WordFontSet;
  /** Milliseconds from some origin; the CLI passes the real clock, tests and pure callers need none. */
  readonly clock?: () => number;
}

export type Stage = 'load' | 'wording' | 'emit' | string;

export interface BuildResult {
  readonly edition: Edition;
  readonly manifest: Manifest;
  /** Wall time per stage (load, wording, each writer id, emit), when a clock was given. */
  readonly timings: ReadonlyMap<Stage, number>;
}

export function selectWriters(only: readonly string[] | undefined): readonly Writer[] {
  if (!only) return writers;
  const unknown = only.filter((id) => !writers.some((w) => w.id === id));
  if (unknown.length > 0) {
    throw new UsageError(`unknown document ${unknown.map((u) => `"${u}"`).join(', ')} for --only (choose from: ${writers.map((w) => w.id).join(', ') || 'none registered'})`);
  }
  return writers.filter((w) => only.includes(w.id));
}

/** Load → wording → every selected writer → one packet swapped into the output folder. */
export async function buildPacket(options: BuildOptions): Promise<BuildResult> {
  const selected = selectWriters(options.only);
  const clock = options.clock ?? (() => 0);
  const timings = new Map<Stage, number>();
  const timed = async <T>(stage: Stage, work: () => Promise<T> | T): Promise<T> => {
    const start = clock();
    const result = await work();
    timings.set(stage, (timings.get(stage) ?? 0) + clock() - start);
    return result;
  };

  const edition = await timed('load', () => loadEdition(options));
  const templates = await timed('wording', () => loadTemplates(options.templatesDir));
  const words: unknown[] = await timed('wording', () => selected.map((writer) => writer.words(edition, templates)));
  if (templates.problems.length > 0) throw new InputError(templates.problems);
  const renderOptions: RenderOptions = { threads: options.threads ?? 1, wordFonts: options.wordFonts ?? 'yu', ...(options.fallbackFont ? { fallbackFont: options.fallbackFont } : {}) };
  const sources = [...edition.sources, ...templates.sources];
  const documentProblems = await timed('wording', () => selected.flatMap((writer, i) => writer.check?.(words[i], renderOptions, sources) ?? []));
  if (documentProblems.length > 0) throw new InputError(documentProblems);

  const files: OutputFile[] = [];
  for (const [i, writer] of selected.entries()) {
    const produced = await timed(writer.id, async () => {
      try {
        return await writer.render(edition, words[i], renderOptions);
      } catch (error) {
        throw error instanceof InputError ? error : new RenderError(writer.description, error);
      }
    });
    words[i] = undefined; // a national edition's words are large: let them go once laid out
    files.push(...produced);
  }
  const manifest = buildManifest(edition.inputHash, files);
  await timed('emit', () => emitPacket(options.outDir, [...files, manifestFile(manifest)]));
  return { edition, manifest, timings };
}
