import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ExitCode, InputError, PresskitError, formatDiagnostic } from '../problems/diagnostics';
import { parseCliArgs, usage, type CliOptions } from './cli-options';
import { loadEdition } from '../pipeline/load-edition';
import { compilationDir, templatesDir } from '../runtime/paths';
import { manifestPath } from '../emit/manifest';
import { keepHeapTight } from '../runtime/heap-growth';
import { schemaReferenceWarnings } from '../checks/schema-references';
import { progressLine } from './cli-progress';
import { recipientCoverage } from '../distribute/coverage';

/** A build shorter than this shows no progress line. */
const progressAfterMs = 2000;

/** The only module that touches process, console and the clock. */
export async function main(argv: readonly string[]): Promise<ExitCode> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    return report(error);
  }
  if (options.help) {
    console.log(usage('jet-presskit'));
    return ExitCode.ok;
  }
  try {
    if (options.command === 'new-edition') {
      const { newEdition } = await import('../edition/new-edition');
      const written = await newEdition(options.from!, options.to!);
      console.log(`${options.to}: a new edition from ${options.from} (${written.join(', ')}); registrations and history were left behind`);
      console.log(`next: npm run studio -- --data ${options.to}`);
      return ExitCode.ok;
    }
    if (options.command === 'validate') {
      const edition = await loadEdition(packetOptions(options));
      for (const warning of await schemaReferenceWarnings(options.dataDir, options.registrationsFile)) console.error(formatDiagnostic(warning));
      if (edition.recipients) for (const warning of recipientCoverage(edition, edition.recipients, false)) console.error(formatDiagnostic(warning));
      console.log(`${options.dataDir}: ok (${edition.projects.length} projects, ${edition.municipalities.length} municipalities, ${edition.groups.length} groups, ${edition.sessions.length} sessions, ${edition.registrations.length} registrations)`);
      return ExitCode.ok;
    }
    if (options.command === 'studio') return await runStudio(options);
    if (options.command === 'import-registrations') return await runImport(options);
    if (options.command === 'distribute') return await (await import('./cli-distribute')).runDistribute(packetOptions(options));
    const started = performance.now();
    // Loaded only to build: `validate` then starts without the document libraries.
    const { buildPacket } = await import('../pipeline/build-packet');
    // PRESSKIT_PROGRESS_AFTER_MS lets a test see the line without a build long enough to need it.
    const delayMs = Number(process.env.PRESSKIT_PROGRESS_AFTER_MS ?? progressAfterMs);
    const line = options.quiet || !process.stderr.isTTY ? undefined : progressLine(process.stderr, { delayMs, now: () => performance.now() });
    const result = await buildPacket({ ...packetOptions(options), progress: line?.progress }).finally(() => line?.end());
    for (const file of result.manifest.files) console.log(`${path.join(options.outDir, file.path)}  ${formatBytes(file.bytes)}`);
    console.log(`${path.join(options.outDir, manifestPath)}`);
    console.log(`built ${result.manifest.files.length} document file(s) in ${((performance.now() - started) / 1000).toFixed(2)} s`);
    return ExitCode.ok;
  } catch (error) {
    return report(error);
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

/** Serves the studio until Ctrl-C (or SIGTERM), then closes it and exits 0. */
async function runStudio(options: CliOptions): Promise<ExitCode> {
  const { startStudio } = await import('../studio/server');
  const time = (): string => new Date().toTimeString().slice(0, 8);
  const { studioSmtp } = await import('./cli-distribute');
  const smtp = await studioSmtp(options);
  const studio = await startStudio({ ...packetOptions(options), ...(smtp ? { smtp } : {}), editionsDir: 'editions', log: (line) => console.error(`${time()} ${line}`) });
  console.log(`studio: ${studio.url}`);
  // `on`, not `once`: proper-lockfile's signal-exit re-raises a signal no other listener is left to handle.
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await stopped;
  await studio.close();
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  console.error('studio stopped');
  return ExitCode.ok;
}

/** Imports sign-up lists: what each file was read as, every problem and conflict, then the counts and what became of the file. */
async function runImport(options: CliOptions): Promise<ExitCode> {
  const { importRegistrations } = await import('../import/import-registrations');
  const fromDisk = (name: string) => ({ name, read: () => fs.readFile(name) });
  const result = await importRegistrations({
    dataDir: options.dataDir,
    ...(options.registrationsFile ? { registrationsFile: options.registrationsFile } : {}),
    files: (options.files ?? []).map(fromDisk),
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.mapFile ? { map: fromDisk(options.mapFile) } : {}),
    update: options.update === true,
    dryRun: options.dryRun === true,
    now: new Date(),
  });
  for (const table of result.read) console.log(`${table.file}: ${table.format}, ${table.rows} row(s)`);
  for (const d of [...result.problems, ...result.conflicts]) console.error(formatDiagnostic(d));
  const { added, updated, unchanged, conflicts, rejected } = result.counts;
  console.log(`${result.target}: ${added} added, ${updated} updated, ${unchanged} unchanged, ${conflicts} conflict(s), ${rejected} row(s) rejected`);
  const outcomes = {
    created: 'created',
    written: `written; the previous version is kept in ${path.join(path.dirname(result.target), '.history')}`,
    unchanged: 'nothing to change',
    'dry-run': 'dry run: nothing was written',
    refused: `${result.problems.length} error(s); nothing was written, ${result.target} is unchanged`,
  };
  (result.outcome === 'refused' ? console.error : console.log)(outcomes[result.outcome]);
  return result.outcome === 'refused' ? ExitCode.dataError : ExitCode.ok;
}

function report(error: unknown): ExitCode {
  if (error instanceof InputError) {
    for (const d of error.diagnostics) console.error(formatDiagnostic(d));
    console.error(`${error.diagnostics.length} error(s); nothing was written, the previous output is unchanged`);
  } else if (error instanceof PresskitError) {
    console.error(`error: ${error.message}`);
    if (error.exitCode === ExitCode.usageError) console.error(`run with --help for the options`);
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
  void main(argv).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) runCli(process.argv.slice(2));
