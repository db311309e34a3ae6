import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { CheckedPacket, PacketOptions } from '../build-packet';
import { InputError, UsageError } from '../diagnostics';
import { assetTable, pageDir } from './assets';
import { readAsset, readJsonBody, reply, replyBytes, replyFile, replyJson, saveReplying } from './replies';
import { closeServer, listenOnLoopback } from './loopback';
import { LiveRebuilds, type LiveState } from './live-rebuilds';
import type { Preview, PreviewIndex } from './preview';
import { describeProblems, type ProblemView } from './problem-view';
import { allowedHosts, changeRefusal, hostRefusal, securityHeaders } from './request-guard';
import { watchFiles, type FileWatch } from './watch-files';
import { EditableEdition, formSchemas } from './editable-files';
import { newEdition } from '../edition/new-edition';

export interface StudioOptions extends Omit<PacketOptions, 'signal' | 'only'> {
  /** The clock the history of saved files is filed by. */
  readonly now?: () => Date;
  /** The folder whose subfolders are editions the page can switch to, and where it makes new ones. */
  readonly editionsDir?: string;
  /** Where the パケットを作成 button writes the packet. */
  readonly outDir: string;
  /** 0 takes a free port. */
  readonly port: number;
  /** Short lines on what the studio does (each rebuild, each packet), for a terminal. */
  readonly log?: (line: string) => void;
}

export interface Studio {
  readonly url: string;
  readonly port: number;
  /** The state the page was last sent. */
  readonly state: StudioState;
  close(): Promise<void>;
}

/** The outcome of the パケットを作成 button. */
export type PacketReport =
  | { readonly ok: true; readonly outDir: string; readonly files: readonly { readonly path: string; readonly bytes: number }[] }
  | { readonly ok: false; readonly problems: readonly ProblemView[]; readonly failure: string | null };

/** Everything the page shows, sent whole on every change (Server-Sent Events) and at GET /api/state. */
export interface StudioState extends Omit<LiveState<PreviewIndex>, 'problems'> {
  readonly problems: readonly ProblemView[];
  readonly packet: { readonly running: boolean; readonly report: PacketReport | null };
  readonly paths: { readonly data: string; readonly templates: string; readonly registrations: string | null; readonly out: string };
}

interface EditionSession {
  readonly dataDir: string;
  readonly files: EditableEdition;
  readonly pipeline: () => Promise<ReturnType<typeof import('./live-pipeline').livePipeline>>;
  readonly live: LiveRebuilds<CheckedPacket, Preview>;
  readonly watch: FileWatch;
  /** Stops rebuilding and watching, and lets the pipeline's render thread go. */
  close(): Promise<void>;
}

/** A page left open across a restart of the studio asks again after this long. */
const reconnectMs = 1000;
/** How long the first rebuild waits for the page to be opened before it starts anyway. */
const firstRebuildDelayMs = 300;
/** Keeps idle event streams open through proxies and sleeping laptops. */
const heartbeatMs = 20_000;

/**
 * The studio: a local server that rebuilds the packet in memory on every save and shows it in a
 * page, and writes it to the output folder only when the page asks. An edge, like the CLI: it
 * owns the network and the file watcher; the pipeline is the command's own.
 */
export async function startStudio(options: StudioOptions): Promise<Studio> {
  const log = options.log ?? (() => {});
  const token = randomBytes(24).toString('base64url');
  const assets = assetTable();
  const page = fs.readFileSync(path.join(pageDir, 'index.html'), 'utf8').replace('__STUDIO_TOKEN__', token);

  let packet: StudioState['packet'] = { running: false, report: null };
  const streams = new Set<http.ServerResponse>();
  let state: StudioState;
  let session: EditionSession | undefined;

  const toState = (live: LiveState<Preview>): StudioState => ({
    ...live,
    problems: describeProblems(live.problems),
    preview: live.preview?.index ?? null,
    packet,
    paths: { data: session?.dataDir ?? options.dataDir, templates: options.templatesDir, registrations: options.registrationsFile ?? null, out: options.outDir },
  });
  const send = (next: StudioState): void => {
    state = next;
    const message = `event: state\ndata: ${JSON.stringify(state)}\n\n`;
    for (const stream of streams) stream.write(message);
  };

  state = toState({ generation: 0, busy: 'checking', problems: [], failure: null, preview: null, stale: false });

  const setPacket = (next: StudioState['packet']): void => {
    packet = next;
    send({ ...state, packet });
  };

  async function makePacket(): Promise<PacketReport> {
    setPacket({ running: true, report: packet.report });
    let report: PacketReport;
    try {
      const built = await (await session!.pipeline()).makePacket();
      report = { ok: true, outDir: options.outDir, files: built.manifest.files.map((f) => ({ path: f.path, bytes: f.bytes })) };
      log(`packet written to ${options.outDir}`);
    } catch (error) {
      report = error instanceof InputError ? { ok: false, problems: describeProblems(error.diagnostics), failure: null } : { ok: false, problems: [], failure: error instanceof Error ? error.message : String(error) };
      log(`packet not written: ${report.failure ?? `${report.problems.length} problem(s)`}`);
    }
    setPacket({ running: false, report });
    return report;
  }

  const now = options.now ?? (() => new Date());
  const schemas = formSchemas();
  // The editors' code is bundled on first demand, in esbuild's own process.
  let editors: Promise<Buffer> | undefined;
  const editorsCode = () => (editors ??= Promise.all([import('./editors-bundle'), schemas]).then(([{ editorsBundle }, all]) => editorsBundle(all as Record<string, object>)));

  type Change = (body: Record<string, unknown>, response: http.ServerResponse) => Promise<void>;
  /** Everything that changes state: reached only through `changeRefusal`. */
  const changes = new Map<string, Change>([
    [
      '/api/packet',
      async (_body, response) => {
        if (packet.running) return reply(response, 409, 'a packet is being made already');
        replyJson(response, 200, await makePacket());
      },
    ],
    [
      '/api/save',
      async (body, response) => {
        const file = await session!.files.locate(body.kind, body.name);
        if (!file) return reply(response, 404, 'no such file');
        const baseHash = typeof body.baseHash === 'string' ? body.baseHash : null;
        const content = body.kind === 'data' ? (body.value === undefined ? undefined : { value: body.value }) : typeof body.text === 'string' ? { text: body.text } : undefined;
        if (!content) return reply(response, 400, body.kind === 'data' ? 'a data file is saved as its value' : 'a template is saved as its text');
        await saveReplying(response, () => session!.files.save(file, { ...content, baseHash, force: body.force === true }));
      },
    ],
    [
      '/api/restore',
      async (body, response) => {
        const file = await session!.files.locate(body.kind, body.name);
        if (!file) return reply(response, 404, 'no such file');
        const text = await session!.files.version(file, body.id);
        if (text === null) return reply(response, 404, 'no such version');
        await saveReplying(response, () => session!.files.save(file, { text, baseHash: typeof body.baseHash === 'string' ? body.baseHash : null, force: body.force === true }));
      },
    ],
    [
      '/api/import-registrations',
      async (body, response) => {
        const { importFromPage } = await import('./import-route');
        const answer = await importFromPage(body, { dataDir: session!.dataDir, ...(options.registrationsFile ? { registrationsFile: options.registrationsFile } : {}) }, now());
        if (answer.status === 400) return reply(response, 400, answer.message);
        replyJson(response, 200, answer.report);
      },
    ],
    [
      '/api/edition',
      async (body, response) => {
        const choices = await editionChoices();
        if (typeof body.dataDir !== 'string' || !choices.includes(body.dataDir)) return reply(response, 404, 'no such edition');
        await switchTo(body.dataDir);
        replyJson(response, 200, { dataDir: body.dataDir });
      },
    ],
    [
      '/api/new-edition',
      async (body, response) => {
        if (!options.editionsDir) return reply(response, 404, 'the studio was started without an editions folder');
        if (typeof body.name !== 'string' || !/^[0-9A-Za-z][0-9A-Za-z_-]{0,39}$/.test(body.name)) return reply(response, 400, 'name the edition with letters, digits, - or _ (e.g. 2018)');
        const target = path.join(options.editionsDir, body.name);
        try {
          await newEdition(session!.dataDir, target);
        } catch (error) {
          if (error instanceof UsageError) return reply(response, 409, error.message);
          throw error;
        }
        await switchTo(target);
        replyJson(response, 200, { dataDir: target });
      },
    ],
  ]);

  /** The editions the page may open: the one the studio started with, and each folder under the editions folder. */
  async function editionChoices(): Promise<string[]> {
    const folders = options.editionsDir ? await fs.promises.readdir(options.editionsDir, { withFileTypes: true }).catch(() => []) : [];
    const editions = folders.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => path.join(options.editionsDir!, e.name));
    return [...new Set([options.dataDir, ...editions.sort()])];
  }

  let hosts: ReadonlySet<string> = new Set();
  const handle = async (request: http.IncomingMessage, response: http.ServerResponse): Promise<void> => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    const refusedHost = hostRefusal(request, hosts);
    if (refusedHost) return reply(response, 403, refusedHost);
    // The path is looked up as written, never decoded and joined onto a folder.
    const pathname = (request.url ?? '/').split('?')[0];

    const change = changes.get(pathname);
    if (change) {
      const refused = changeRefusal(request, token);
      if (refused) return reply(response, 403, refused);
      const body = await readJsonBody(request);
      if (!body) return reply(response, 400, 'the body must be a JSON object');
      return change(body, response);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return reply(response, 405, 'only GET here', { Allow: 'GET, HEAD' });
    if (pathname === '/') {
      response.once('finish', startFirstRebuild);
      return replyBytes(response, Buffer.from(page), 'text/html; charset=utf-8', request.method);
    }
    if (pathname === '/api/state') return replyJson(response, 200, state);
    if (pathname === '/api/editions') return replyJson(response, 200, { current: session!.dataDir, choices: await editionChoices(), canCreate: options.editionsDir !== undefined });
    if (pathname === '/api/files') return replyJson(response, 200, await session!.files.list());
    if (pathname === '/api/schemas') return replyJson(response, 200, await schemas);
    if (pathname === '/app/editors.js') return replyBytes(response, await editorsCode(), 'text/javascript; charset=utf-8', request.method);
    if (pathname === '/api/history' || pathname === '/api/version') {
      const query = new URL(request.url ?? '/', 'http://studio').searchParams;
      const file = await session!.files.locate(query.get('kind'), query.get('name'));
      if (!file) return reply(response, 404, 'no such file');
      if (pathname === '/api/history') return replyJson(response, 200, await session!.files.versions(file));
      const text = await session!.files.version(file, query.get('id'));
      return text === null ? reply(response, 404, 'no such version') : replyJson(response, 200, { text });
    }
    if (pathname === '/events') return openStream(response);
    const preview = session?.live.state.preview;
    if (preview && pathname === preview.index.workbook?.sheetsUrl) return replyJson(response, 200, await preview.sheets());
    const built = preview?.files.get(pathname);
    if (built) return replyFile(response, built, request.method);
    const asset = assets.get(pathname);
    if (asset) return replyBytes(response, await readAsset(asset), asset.type, request.method, 'public, max-age=3600');
    return reply(response, 404, 'not found');
  };

  const openStream = (response: http.ServerResponse): void => {
    response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store' });
    response.write(`retry: ${reconnectMs}\nevent: state\ndata: ${JSON.stringify(state)}\n\n`);
    streams.add(response);
    const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), heartbeatMs);
    response.on('close', () => {
      clearInterval(heartbeat);
      streams.delete(response);
    });
  };

  const listened = await listenOnLoopback((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`request ${request.method} ${request.url} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!response.headersSent) reply(response, 500, 'the studio failed to answer; see its terminal');
      else response.destroy();
    });
  }, options.port);
  hosts = allowedHosts(listened.port);

  // The document libraries take a second to load: they are loaded by the first rebuild, once the
  // page can be opened.
  let pipelineModule: Promise<typeof import('./live-pipeline')> | undefined;
  const loadPipelineModule = () => (pipelineModule ??= import('./live-pipeline'));

  /** One edition being watched and rebuilt; switching editions closes it and opens another. */
  async function openSession(dataDir: string): Promise<EditionSession> {
    const editionOptions = { ...options, dataDir, threads: options.threads ?? 1 };
    let pipeline: ReturnType<EditionSession['pipeline']> | undefined;
    const load = () => (pipeline ??= loadPipelineModule().then(({ livePipeline }) => livePipeline(editionOptions)));
    const opened: EditionSession = {
      dataDir,
      files: new EditableEdition(editionOptions, now),
      pipeline: load,
      live: new LiveRebuilds<CheckedPacket, Preview>(
        {
          check: async (signal) => (await load()).check(signal),
          render: async (...args) => (await load()).render(...args),
        },
        (next) => {
          if (session !== opened) return;
          send(toState(next));
          if (next.busy === null) log(next.failure ? `failed: ${next.failure}` : next.problems.length > 0 ? `${next.problems.length} problem(s)` : 'preview ready');
        },
      ),
      watch: watchFiles([dataDir, options.templatesDir, ...(options.registrationsFile ? [options.registrationsFile] : [])], () => void opened.live.rebuild()),
      async close() {
        opened.live.stop();
        await opened.watch.close();
        await (await pipeline)?.close();
      },
    };
    await opened.watch.ready;
    return opened;
  }

  async function switchTo(dataDir: string): Promise<void> {
    await session?.close();
    session = await openSession(dataDir);
    send(toState(session.live.state));
    log(`edition ${dataDir}`);
    setImmediate(() => void session!.live.rebuild());
  }

  try {
    session = await openSession(options.dataDir);
  } catch (error) {
    await Promise.all(listened.servers.map(closeServer));
    throw error;
  }
  // Loading the document libraries holds the thread for a second: the first rebuild waits until
  // the page has been sent (whoever opens it sees it at once) or, if nobody opens it, a moment.
  let firstRebuild: NodeJS.Timeout | undefined = setTimeout(() => startFirstRebuild(), firstRebuildDelayMs);
  function startFirstRebuild(): void {
    if (!firstRebuild) return;
    clearTimeout(firstRebuild);
    firstRebuild = undefined;
    setImmediate(() => void session!.live.rebuild());
  }

  return {
    url: `http://127.0.0.1:${listened.port}/`,
    port: listened.port,
    get state() {
      return state;
    },
    async close() {
      clearTimeout(firstRebuild);
      await session?.close();
      for (const stream of streams) stream.end();
      await Promise.all(listened.servers.map(closeServer));
    },
  };
}
