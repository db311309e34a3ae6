import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../problems/diagnostics';
import { openEditionSession, type EditionSession } from './edition-session';
import { formSchemas } from './editable-files';
import { EventStream } from './event-stream';
import type { LiveState } from './live-rebuilds';
import type { Preview } from './preview';
import { machineUser } from './machine-user';
import { describeProblems } from './problem-view';
import type { PacketReport, StudioOptions, StudioState } from './studio-state';

/** How long the first rebuild waits for the page to be opened before it starts anyway. */
const firstRebuildDelayMs = 300;

/**
 * What every route works on: the options the studio was started with, the edition open now, the
 * state the pages were last sent, the packet button's run and the 送付 tab's send.
 */
export class StudioContext {
  readonly events = new EventStream<StudioState>();
  readonly now: () => Date;
  readonly log: (line: string) => void;
  /** The data files' schemas, as the forms draw them. */
  readonly schemas = formSchemas();
  #state: StudioState;
  #packet: StudioState['packet'] = { running: false, report: null };
  #sending = false;
  #session: EditionSession | undefined;
  #editors: Promise<Buffer> | undefined;
  #firstRebuild: NodeJS.Timeout | undefined;

  readonly options: StudioOptions;

  constructor(options: StudioOptions) {
    // Who saves: the machine's user name, unless the caller names someone (or, with null, no one).
    this.options = { ...options, user: options.user === undefined ? machineUser() : options.user };
    this.now = options.now ?? (() => new Date());
    this.log = options.log ?? (() => {});
    this.#state = this.#toState({ generation: 0, busy: 'checking', problems: [], failure: null, preview: null, stale: false });
  }

  get state(): StudioState {
    return this.#state;
  }

  get session(): EditionSession {
    if (!this.#session) throw new Error('no edition is open');
    return this.#session;
  }

  /** The edition open now, if the first has been opened. */
  get openSession(): EditionSession | undefined {
    return this.#session;
  }

  get packetRunning(): boolean {
    return this.#packet.running;
  }

  /** Runs `send` unless a send of this studio is under way (then false): a second would read the ledger before the first wrote to it. */
  async sendingAlone(send: () => Promise<void>): Promise<boolean> {
    if (this.#sending) return false;
    this.#sending = true;
    try {
      await send();
    } finally {
      this.#sending = false;
    }
    return true;
  }

  /** The editors' code, bundled on first demand in esbuild's own process. */
  editorsCode(): Promise<Buffer> {
    return (this.#editors ??= Promise.all([import('./editors-bundle'), this.schemas]).then(([{ editorsBundle }, all]) => editorsBundle(all as Record<string, object>)));
  }

  /** Opens the first edition; its first rebuild waits for the page (see `pageSent`) or a moment. */
  async open(): Promise<void> {
    this.#session = await this.#openSession(this.options.dataDir);
    this.#firstRebuild = setTimeout(() => this.pageSent(), firstRebuildDelayMs);
  }

  /**
   * Loading the document libraries holds the thread for a second: the first rebuild starts once
   * the page has been sent, so whoever opens it sees it at once.
   */
  pageSent(): void {
    if (!this.#firstRebuild) return;
    clearTimeout(this.#firstRebuild);
    this.#firstRebuild = undefined;
    setImmediate(() => void this.#session?.live.rebuild());
  }

  /** The editions the page may open: the one the studio started with, and each folder under the editions folder. */
  async editionChoices(): Promise<string[]> {
    const { editionsDir, dataDir } = this.options;
    const folders = editionsDir ? await fs.promises.readdir(editionsDir, { withFileTypes: true }).catch(() => []) : [];
    const editions = folders.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => path.join(editionsDir!, e.name));
    return [...new Set([dataDir, ...editions.sort()])];
  }

  async switchTo(dataDir: string): Promise<void> {
    await this.#session?.close();
    this.#session = await this.#openSession(dataDir);
    // One edition's packet report is never shown under another.
    this.#packet = { running: false, report: null };
    this.#send(this.#toState(this.#session.live.state));
    this.log(`edition ${dataDir}`);
    setImmediate(() => void this.#session!.live.rebuild());
  }

  async makePacket(): Promise<PacketReport> {
    const session = this.session;
    this.#setPacket({ running: true, report: this.#packet.report });
    let report: PacketReport;
    try {
      const built = await (await session.pipeline()).makePacket();
      report = { ok: true, outDir: session.outDir, files: built.manifest.files.map((f) => ({ path: f.path, bytes: f.bytes })) };
      this.log(`packet written to ${session.outDir}`);
    } catch (error) {
      report = error instanceof InputError ? { ok: false, problems: describeProblems(error.diagnostics), failure: null } : { ok: false, problems: [], failure: error instanceof Error ? error.message : String(error) };
      this.log(`packet not written: ${report.failure ?? `${report.problems.length} problem(s)`}`);
    }
    // Made for an edition switched away from meanwhile: not reported under the one open now.
    this.#setPacket({ running: false, report: session === this.#session ? report : null });
    return report;
  }

  async close(): Promise<void> {
    clearTimeout(this.#firstRebuild);
    await this.#session?.close();
    this.events.close();
  }

  async #openSession(dataDir: string): Promise<EditionSession> {
    let opened: EditionSession | undefined;
    opened = await openEditionSession(this.options, dataDir, this.now, (next) => {
      if (this.#session !== opened) return;
      this.#send(this.#toState(next));
      if (next.busy === null) this.log(next.failure ? `failed: ${next.failure}` : next.problems.length > 0 ? `${next.problems.length} problem(s)` : 'preview ready');
    });
    return opened;
  }

  #toState(live: LiveState<Preview>): StudioState {
    const { options } = this;
    return {
      ...live,
      problems: describeProblems(live.problems),
      warnings: describeProblems(Object.values(live.preview?.warnings ?? {}).flat()),
      preview: live.preview?.index ?? null,
      packet: this.#packet,
      paths: { data: this.#session?.dataDir ?? options.dataDir, templates: options.templatesDir, registrations: options.registrationsFile ?? null, out: this.#session?.outDir ?? options.outDir },
    };
  }

  #send(next: StudioState): void {
    this.#state = next;
    this.events.send(next);
  }

  #setPacket(next: StudioState['packet']): void {
    this.#packet = next;
    this.#send({ ...this.#state, packet: next });
  }
}
