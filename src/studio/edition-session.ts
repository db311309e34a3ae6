import path from 'node:path';
import type { CheckedPacket } from '../pipeline/build-packet';
import type { TemplateFillings } from '../wording/fillings';
import { EditableEdition } from './editable-files';
import { LiveRebuilds, type LiveState } from './live-rebuilds';
import type { Preview } from './preview';
import type { StudioOptions } from './studio-state';
import { watchFiles, type FileWatch } from './watch-files';

type LivePipelineOf = ReturnType<typeof import('./live-pipeline').livePipeline>;

/** One edition being watched and rebuilt; switching editions closes it and opens another. */
export interface EditionSession {
  readonly dataDir: string;
  /** Where this edition's packet is written. */
  readonly outDir: string;
  readonly files: EditableEdition;
  readonly pipeline: () => Promise<LivePipelineOf>;
  readonly live: LiveRebuilds<CheckedPacket, Preview>;
  /** Each template's first fillings in the latest check that found no problem, by name; null until one has. */
  readonly fillings: () => ReadonlyMap<string, TemplateFillings> | null;
  /** Stops rebuilding and watching, and lets the pipeline's render thread go. */
  close(): Promise<void>;
}

// The document libraries take a second to load: they are loaded by the first rebuild, once the
// page can be opened.
let pipelineModule: Promise<typeof import('./live-pipeline')> | undefined;
const loadPipelineModule = () => (pipelineModule ??= import('./live-pipeline'));

/** Opens an edition: its files for editing, its live rebuilds (each state handed to `publish`), a watch on its folders. */
export async function openEditionSession(options: StudioOptions, dataDir: string, now: () => Date, publish: (state: LiveState<Preview>) => void): Promise<EditionSession> {
  // Beside the first edition's output folder, named for this edition: output/2017, output/2018.
  const outDir = options.outDirPerEdition ? path.join(path.dirname(options.outDir), path.basename(path.resolve(dataDir))) : options.outDir;
  const editionOptions = { ...options, dataDir, outDir, threads: options.threads ?? 1 };
  let pipeline: Promise<LivePipelineOf> | undefined;
  const load = () => (pipeline ??= loadPipelineModule().then(({ livePipeline }) => livePipeline(editionOptions)));
  let fillings: ReadonlyMap<string, TemplateFillings> | null = null;
  const live = new LiveRebuilds<CheckedPacket, Preview>(
    {
      check: async (signal) => {
        const checked = await (await load()).check(signal);
        if (!signal.aborted) fillings = checked.fillings;
        return checked;
      },
      render: async (...args) => (await load()).render(...args),
    },
    publish,
  );
  const files = new EditableEdition(editionOptions, now, options.user ?? undefined);
  // What a studio or an import killed while saving left (a temporary beside a file, one in the history).
  await files.clearDebris();
  const watch: FileWatch = watchFiles([dataDir, options.templatesDir, ...(options.registrationsFile ? [options.registrationsFile] : [])], () => void live.rebuild());
  await watch.ready;
  return {
    dataDir,
    outDir,
    files,
    pipeline: load,
    live,
    fillings: () => fillings,
    async close() {
      live.stop();
      await watch.close();
      await (await pipeline)?.close();
    },
  };
}
