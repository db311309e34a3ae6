import { InputError, RenderError, UsageError, type Diagnostic } from '../problems/diagnostics';
import { loadEdition, type LoadOptions } from './load-edition';
import { readSources } from '../sources/read-sources';
import { compileTemplates } from '../wording/templates';
import { keptFillings, type TemplateFillings } from '../wording/fillings';
import { writers } from '../writers/registry';
import type { RenderOptions, Writer } from '../writers/writer';
import type { OutputFile } from '../files/output-file';
import type { WordFontSet } from '../writers/word-fonts';
import { buildManifest, manifestFile, type Manifest } from '../emit/manifest';
import { emitPacket } from '../emit/emit-packet';
import type { Edition } from '../model/edition';
import { RenderThread } from '../writers/render-thread';

/** What the packet is made from, and how: everything but where it goes. */
export interface PacketOptions extends LoadOptions {
  readonly templatesDir: string;
  /** Writer ids to run, in this order; all, in the registry's order, when absent. */
  readonly only?: readonly string[];
  readonly threads?: number;
  readonly fallbackFont?: string;
  readonly wordFonts?: WordFontSet;
  /** Milliseconds from some origin; the edges pass the real clock, tests and pure callers need none. */
  readonly clock?: () => number;
  /** Stops the work at the next stage when aborted (the studio drops a rebuild a newer one supersedes). */
  readonly signal?: AbortSignal;
  /**
   * Renders the writers it was started for beside the others (the studio keeps one for its
   * session); without it, a build with more than one thread starts its own.
   */
  readonly renderThread?: RenderThread;
  /** Told as each stage starts and ends and as the briefs are made: the command's progress line. */
  readonly progress?: BuildProgress;
  /** Where the templates' compiled code is kept for the next process (the command's compilation); none, none kept. */
  readonly templatesCodeFile?: string;
  readonly shapedRunsFile?: RenderOptions['shapedRunsFile'];
  /** Keeps this many of each template's first fillings in the checked packet (the studio shows them beside the template); none by default. */
  readonly keepFillings?: number;
}

export interface BuildProgress {
  /** A stage (load, wording, a writer's id, emit) started or ended; writers' stages may overlap. */
  stage(stage: Stage, running: boolean): void;
  /** How many of a writer's documents are made. */
  count(stage: Stage, done: number, total: number): void;
}

export interface BuildOptions extends PacketOptions {
  readonly outDir: string;
}

export type Stage = 'load' | 'wording' | 'emit' | string;

/** An edition whose data, templates and words have no problems: ready to be laid out. */
export interface CheckedPacket {
  readonly edition: Edition;
  readonly writers: readonly Writer[];
  /** One per writer; rendering consumes them (a national edition's words are large), so a checked packet renders once. */
  readonly words: unknown[];
  readonly renderOptions: RenderOptions;
  readonly timings: Map<Stage, number>;
  /** Each template's first fillings and their count, by name, when `keepFillings` asked for them; empty otherwise. */
  readonly fillings: ReadonlyMap<string, TemplateFillings>;
}

/** The packet made in memory: every document file and the manifest, not yet written anywhere. */
export interface RenderedPacket {
  readonly edition: Edition;
  readonly manifest: Manifest;
  /** The documents, then manifest.json. */
  readonly files: readonly OutputFile[];
  /** What the writers could not lay out as their rules ask (see OutputFile): the packet is made all the same. */
  readonly warnings: readonly Diagnostic[];
  /** Wall time per stage (load, wording, each writer id, emit), when a clock was given. */
  readonly timings: ReadonlyMap<Stage, number>;
}

export type BuildResult = RenderedPacket;

export function selectWriters(only: readonly string[] | undefined): readonly Writer[] {
  if (!only) return writers;
  const unknown = only.filter((id) => !writers.some((w) => w.id === id));
  if (unknown.length > 0) {
    throw new UsageError({
      ja: `--only に指定した${unknown.map((u) => `「${u}」`).join('')}という資料はありません（${writers.map((w) => w.id).join('、')} から選んでください）`,
      en: `unknown document ${unknown.map((u) => `"${u}"`).join(', ')} for --only (choose from: ${writers.map((w) => w.id).join(', ') || 'none registered'})`,
    });
  }
  return [...new Set(only)].map((id) => writers.find((w) => w.id === id)!);
}

function stageTimer(timings: Map<Stage, number>, options: Pick<PacketOptions, 'clock' | 'signal' | 'progress'>) {
  const clock = options.clock ?? (() => 0);
  return async <T>(stage: Stage, work: () => Promise<T> | T): Promise<T> => {
    options.signal?.throwIfAborted();
    const start = clock();
    options.progress?.stage(stage, true);
    try {
      return await work();
    } finally {
      options.progress?.stage(stage, false);
      timings.set(stage, (timings.get(stage) ?? 0) + clock() - start);
    }
  };
}

function renderOptionsOf(options: PacketOptions): RenderOptions {
  return {
    threads: options.threads ?? 1,
    wordFonts: options.wordFonts ?? 'yu',
    ...(options.fallbackFont ? { fallbackFont: options.fallbackFont } : {}),
    ...(options.shapedRunsFile ? { shapedRunsFile: options.shapedRunsFile } : {}),
  };
}

/**
 * A thread for the writers that render on their own, when the build may use more than one and has
 * such a writer. With `every`, the thread makes every selected document, one after the other in
 * their order: the studio's main thread then stays free to answer the page (which asked for the
 * new release while the briefs held that thread).
 */
export function startRenderThread(options: PacketOptions, every = false): RenderThread | undefined {
  const selected = selectWriters(options.only);
  const aside = every ? selected : selected.filter((writer) => writer.ownThread);
  return (options.threads ?? 1) > 1 && aside.some((writer) => writer.ownThread) ? new RenderThread(aside, renderOptionsOf(options)) : undefined;
}

/** Load → wording → each writer's own checks: every problem the input has, or a packet ready to render. */
export async function checkPacket(options: PacketOptions): Promise<CheckedPacket> {
  const selected = selectWriters(options.only);
  const timings = new Map<Stage, number>();
  const timed = stageTimer(timings, options);
  // Read once: the checks look at the templates' text beside the data, and the wording compiles the same text.
  const read = await timed('load', () => readSources(options));
  const edition = await timed('load', () => loadEdition(options, read));
  if (read.templateProblems.length > 0) throw new InputError(read.templateProblems);
  const recorder = options.keepFillings ? keptFillings(options.keepFillings) : undefined;
  const templates = await timed('wording', () => compileTemplates(read.templatesDir, read.templates, options.templatesCodeFile, recorder?.record));
  const words: unknown[] = await timed('wording', () => selected.map((writer) => writer.words(edition, templates)));
  if (templates.problems.length > 0) throw new InputError(templates.problems);
  const renderOptions = renderOptionsOf(options);
  const sources = [...edition.sources, ...templates.sources];
  const documentProblems = await timed('wording', () => selected.flatMap((writer, i) => writer.check?.(words[i], renderOptions, sources) ?? []));
  if (documentProblems.length > 0) throw new InputError(documentProblems);
  return { edition, writers: selected, words, renderOptions, timings, fillings: recorder?.fillings ?? new Map() };
}

export interface RenderProgress {
  /** Called as each writer finishes, with its files (the studio shows each document as soon as it is made); awaited. */
  readonly onRendered?: (writer: Writer, files: readonly OutputFile[]) => void | Promise<void>;
}

/**
 * Every selected writer lays out its words: the whole packet, in memory. Those the render thread
 * was started for (when there is one) start first there; the others follow one by one on this thread.
 */
export async function renderPacket(checked: CheckedPacket, options: Pick<PacketOptions, 'clock' | 'signal' | 'renderThread' | 'progress'> & RenderProgress = {}): Promise<RenderedPacket> {
  const { edition, timings, words } = checked;
  const timed = stageTimer(timings, options);
  const thread = options.renderThread;
  const aside = (writer: Writer): boolean => Boolean(thread?.renders(writer));
  // A writer here that spreads its work over worker threads (a national edition's briefs) has the
  // cores to itself, and the render thread draws after it: drawn beside it, the two heaps at once
  // were a tenth over the memory goal. Otherwise the render thread is one of the build's threads,
  // so the writers here have one fewer.
  const crowded = checked.writers.some((writer, i) => !aside(writer) && writer.usesThreads?.(words[i], checked.renderOptions));
  const renderOptions = checked.writers.some(aside) && !crowded ? { ...checked.renderOptions, threads: Math.max(1, checked.renderOptions.threads - 1) } : checked.renderOptions;
  const render = async (writer: Writer, i: number): Promise<readonly OutputFile[]> => {
    const produced = await timed(writer.id, async () => {
      try {
        if (aside(writer)) return await thread!.render(writer, edition, words[i], checked.renderOptions);
        return await writer.render(edition, words[i], renderOptions, (done, total) => options.progress?.count(writer.id, done, total));
      } catch (error) {
        throw error instanceof InputError ? error : new RenderError(writer.description, error);
      }
    });
    words[i] = undefined;
    await options.onRendered?.(writer, produced);
    return produced;
  };
  const produced: (readonly OutputFile[])[] = [];
  const here = async (): Promise<void> => {
    for (const [i, writer] of checked.writers.entries()) if (!aside(writer)) produced[i] = await render(writer, i);
  };
  if (crowded) await here();
  const onThread = checked.writers.map((writer, i) => (aside(writer) ? render(writer, i) : undefined));
  // Failures are awaited below, in order; until then, one is not an unhandled rejection.
  for (const rendering of onThread) rendering?.catch(() => undefined);
  if (!crowded) await here();
  for (const [i, rendering] of onThread.entries()) if (rendering) produced[i] = await rendering;
  const files = produced.flat();
  const manifest = buildManifest(edition.inputHash, files);
  return { edition, manifest, files: [...files, manifestFile(manifest)], warnings: files.flatMap((file) => file.warnings ?? []), timings };
}

/** Check → render → one packet swapped into the output folder: the command's build and the studio's button. */
export async function buildPacket(options: BuildOptions): Promise<BuildResult> {
  // Started first, so the render thread loads its libraries and fonts while the data is read.
  const ownThread = options.renderThread ? undefined : startRenderThread(options);
  try {
    const checked = await checkPacket(options);
    const rendered = await renderPacket(checked, { ...options, renderThread: options.renderThread ?? ownThread });
    await stageTimer(checked.timings, options)('emit', () => emitPacket(options.outDir, rendered.files));
    return rendered;
  } finally {
    await ownThread?.close();
  }
}
