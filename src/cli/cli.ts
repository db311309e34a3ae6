import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ExitCode, InputError, Interrupted, PresskitError, type Diagnostic } from '../problems/diagnostics';
import { parseCliArgs, usage, type CliOptions, type Lang } from './cli-options';
import { languageOf } from './command-language';
import { formatProblem } from '../messages/catalogue';
import { importLines } from '../messages/import-lines';
import { loadEdition } from '../pipeline/load-edition';
import { compilationDir, packageRoot, templatesDir } from '../runtime/paths';
import { manifestPath } from '../emit/manifest';
import { keepHeapTight } from '../runtime/heap-growth';
import { schemaReferenceWarnings } from '../checks/schema-references';
import { progressLine } from './cli-progress';
import { recipientCoverage } from '../distribute/coverage';

/** Where the studio keeps the port each edition was served on. */
const studioPortsFile = path.join(packageRoot, 'node_modules', '.cache', 'jet-presskit', 'studio-ports.json');

/** A build shorter than this shows no progress line. */
const progressAfterMs = 2000;

/** The only module that touches process, console and the clock. */
export async function main(argv: readonly string[]): Promise<ExitCode> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    // The options did not parse: --lang is taken as written, if it is there.
    const asked = argv[argv.indexOf('--lang') + 1];
    return report(error, languageOf(asked === 'ja' || asked === 'en' ? asked : undefined));
  }
  const lang = languageOf(options.lang);
  const format = (d: Diagnostic): string => formatProblem(d, lang);
  if (options.help) {
    console.log(usage('jet-presskit'));
    return ExitCode.ok;
  }
  try {
    if (options.command === 'new-edition') {
      const { newEdition } = await import('../edition/new-edition');
      const written = await newEdition(options.from!, options.to!);
      console.log(lang === 'ja' ? `${options.to}: ${options.from} から新しいエディションを作りました（${written.join('、')}）。申込と履歴は写していません` : `${options.to}: a new edition from ${options.from} (${written.join(', ')}); registrations and history were left behind`);
      console.log(lang === 'ja' ? `次に: npm run studio -- --data ${options.to}` : `next: npm run studio -- --data ${options.to}`);
      return ExitCode.ok;
    }
    if (options.command === 'validate') {
      const edition = await loadEdition(packetOptions(options));
      for (const warning of await schemaReferenceWarnings(options.dataDir, options.registrationsFile)) console.error(format(warning));
      if (edition.recipients) for (const warning of recipientCoverage(edition, edition.recipients, false)) console.error(format(warning));
      const counts = [edition.projects.length, edition.municipalities.length, edition.groups.length, edition.sessions.length, edition.registrations.length];
      console.log(lang === 'ja' ? `${options.dataDir}: 問題はありません（プロジェクト ${counts[0]}、自治体 ${counts[1]}、日程グループ ${counts[2]}、報告会 ${counts[3]}、申込 ${counts[4]}）` : `${options.dataDir}: ok (${counts[0]} projects, ${counts[1]} municipalities, ${counts[2]} groups, ${counts[3]} sessions, ${counts[4]} registrations)`);
      return ExitCode.ok;
    }
    if (options.command === 'studio') return await runStudio(options, lang);
    if (options.command === 'import-registrations') return await runImport(options, lang);
    if (options.command === 'distribute') return await (await import('./cli-distribute')).runDistribute(packetOptions(options));
    const started = performance.now();
    const stop = interruptible(lang);
    try {
      // Loaded only to build: `validate` then starts without the document libraries.
      const { buildPacket } = await import('../pipeline/build-packet');
      // PRESSKIT_PROGRESS_AFTER_MS lets a test see the line without a build long enough to need it.
      const delayMs = Number(process.env.PRESSKIT_PROGRESS_AFTER_MS ?? progressAfterMs);
      const line = options.quiet || !process.stderr.isTTY ? undefined : progressLine(process.stderr, { delayMs, now: () => performance.now() });
      const result = await buildPacket({ ...packetOptions(options), progress: line?.progress, signal: stop.signal }).finally(() => line?.end());
      for (const warning of result.warnings) console.error(format({ ...warning, file: path.join(options.outDir, warning.file) }));
      for (const file of result.manifest.files) console.log(`${path.join(options.outDir, file.path)}  ${formatBytes(file.bytes)}`);
      console.log(`${path.join(options.outDir, manifestPath)}`);
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      console.log(lang === 'ja' ? `${result.manifest.files.length} 個の資料を ${seconds} 秒で作りました` : `built ${result.manifest.files.length} document file(s) in ${seconds} s`);
    } finally {
      stop.end();
    }
    return ExitCode.ok;
  } catch (error) {
    return report(error, lang);
  }
}

/** The command's options as the pipeline takes them, with this machine's defaults filled in. */
function packetOptions(options: CliOptions) {
  return {
    ...options,
    templatesDir: options.templatesDir ?? (path.relative(process.cwd(), templatesDir) || templatesDir),
    threads: options.threads ?? Math.min(4, os.availableParallelism()),
    clock: () => performance.now(),
    // What the last command found, kept with the compilation for the next one: each depends on
    // the toolkit's code and its libraries, which name the compilation.
    neighboursFile: compilationDir && path.join(compilationDir, 'template-neighbours.json'),
    templatesCodeFile: compilationDir && path.join(compilationDir, 'templates-code.json'),
    shapedRunsFile: compilationDir && path.join(compilationDir, 'shaped-runs.json'),
  };
}

/**
 * Ctrl-C (or SIGTERM) during a build stops it at its next stage, before the output folder is
 * touched (a swap under way is finished, so the folder stays whole), and the command says so. A
 * second Ctrl-C ends the process at once; the next build clears what it left. The listener stays
 * until the build ends: without one, proper-lockfile's signal-exit re-raises the signal.
 */
function interruptible(lang: Lang): { readonly signal: AbortSignal; end(): void } {
  const controller = new AbortController();
  const stop = (): void => {
    if (!controller.signal.aborted) return controller.abort(new Interrupted());
    console.error(lang === 'ja' ? 'すぐに止めました。途中まで書いたものは、次の作成で片付けます' : 'stopped at once; the next build clears what this one left');
    process.exit(ExitCode.interrupted);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return {
    signal: controller.signal,
    end() {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    },
  };
}

/** Serves the studio until Ctrl-C (or SIGTERM), then closes it and exits 0. */
async function runStudio(options: CliOptions, lang: Lang): Promise<ExitCode> {
  const { startStudio } = await import('../studio/server');
  const time = (): string => new Date().toTimeString().slice(0, 8);
  const { studioSmtp } = await import('./cli-distribute');
  const smtp = await studioSmtp(options);
  const { mayOpenBrowser, openOutside } = await import('../studio/open-outside');
  const { rememberedPort, rememberPort } = await import('../studio/remembered-port');
  const log = (line: string) => console.error(`${time()} ${line}`);
  const start = (port: number) => startStudio({ ...packetOptions(options), ...(smtp ? { smtp } : {}), port, editionsDir: 'editions', openFolder: openOutside, log });
  // Without --port, the port of last time for this edition, so a bookmark keeps working; another if it is taken now.
  const lastPort = options.port === 0 ? await rememberedPort(studioPortsFile, options.dataDir) : undefined;
  const studio = await start(lastPort ?? options.port).catch((error: unknown) => {
    if (lastPort === undefined || !(error instanceof PresskitError)) throw error;
    log(`port ${lastPort} of last time is taken; serving on another`);
    return start(0);
  });
  await rememberPort(studioPortsFile, options.dataDir, studio.port).catch(() => {});
  console.log(lang === 'ja' ? `スタジオ: ${studio.url}` : `studio: ${studio.url}`);
  if (mayOpenBrowser(process.env, process.platform, options.noOpen === true)) {
    openOutside(studio.url).catch((error: Error) => log(`could not open a browser (${error.message}); open ${studio.url} yourself`));
  }
  // `on`, not `once`: proper-lockfile's signal-exit re-raises a signal no other listener is left to handle.
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await stopped;
  await studio.close();
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  console.error(lang === 'ja' ? 'スタジオを終了しました' : 'studio stopped');
  return ExitCode.ok;
}

/** Imports sign-up lists: what each file was read as, every problem and conflict, then the counts and what became of the file. */
async function runImport(options: CliOptions, lang: Lang): Promise<ExitCode> {
  const { importRegistrations } = await import('../import/import-registrations');
  const fromDisk = (name: string) => ({ name, read: () => fs.readFile(name) });
  const result = await importRegistrations({
    dataDir: options.dataDir,
    ...(options.registrationsFile ? { registrationsFile: options.registrationsFile } : {}),
    files: (options.files ?? []).map(fromDisk),
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.mapFile ? { map: fromDisk(options.mapFile) } : {}),
    ...(options.values ? { values: options.values } : {}),
    update: options.update === true,
    dryRun: options.dryRun === true,
    now: new Date(),
  });
  const said = importLines[lang];
  for (const table of result.read) console.log(said.read(table.file, table.format, table.rows));
  for (const d of [...result.problems, ...result.conflicts]) console.error(formatProblem(d, lang));
  console.log(said.counts(result.target, result.counts));
  (result.outcome === 'refused' ? console.error : console.log)(said.outcome(result.outcome, result.target, result.problems.length));
  return result.outcome === 'refused' ? ExitCode.dataError : ExitCode.ok;
}

function report(error: unknown, lang: Lang): ExitCode {
  if (error instanceof InputError) {
    for (const d of error.diagnostics) console.error(formatProblem(d, lang));
    console.error(lang === 'ja' ? `問題が ${error.diagnostics.length} 件あります。何も書き込んでいません（前の出力はそのままです）。` : `${error.diagnostics.length} error(s); nothing was written, the previous output is unchanged`);
  } else if (error instanceof PresskitError) {
    console.error(lang === 'ja' ? `エラー: ${error.japanese}` : `error: ${error.message}`);
    if (error.exitCode === ExitCode.usageError) console.error(lang === 'ja' ? 'オプションは --help で確かめられます' : 'run with --help for the options');
  } else {
    console.error(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return ExitCode.renderError;
  }
  return error.exitCode;
}

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** Runs one command in this process and sets its exit code: the entry of run-compiled.js and of `node -r ts-node/register src/cli/cli.ts`. */
export function runCli(argv: readonly string[]): void {
  keepHeapTight();
  // The command holds the process open until it has said how it ended: a thread or pool letting go
  // of the event loop early must never end it with 0 and nothing printed.
  const open = setInterval(() => undefined, 2 ** 30);
  void main(argv)
    .then((code) => {
      process.exitCode = code;
    })
    .finally(() => clearInterval(open));
}

if (require.main === module) runCli(process.argv.slice(2));
