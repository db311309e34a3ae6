import { InputError, type Diagnostic } from '../problems/diagnostics';

/** The two halves of a build the studio runs on every save: find the problems, then lay out the packet. */
export interface LivePipeline<Checked, Preview> {
  check(signal: AbortSignal): Promise<Checked>;
  /** Renders onto the preview shown so far; `progress` shows each document as soon as it is made. */
  render(checked: Checked, signal: AbortSignal, shown: Preview | null, progress: (preview: Preview) => void): Promise<Preview>;
}

export interface LiveState<Preview> {
  /** How many rebuilds have started. */
  readonly generation: number;
  /** A rebuild is running: 'checking' until its problems are known, then 'rendering'. */
  readonly busy: 'checking' | 'rendering' | null;
  /** The problems of the last check that finished (empty when it found none). */
  readonly problems: readonly Diagnostic[];
  /** A document failed to render although the data is valid (a bug or a broken install). */
  readonly failure: string | null;
  /** The last packet that was made without a problem; kept while the data has problems. */
  readonly preview: Preview | null;
  /** The preview is older than the files: the last check found problems, or rendering failed. */
  readonly stale: boolean;
}

/**
 * Rebuilds the packet when asked, one result at a time. A rebuild asked for while another runs
 * supersedes it: the older one stops at its next stage and nothing it found is published. Checks
 * run at once; renders take turns, so two layouts never compete for the one process.
 */
export class LiveRebuilds<Checked, Preview> {
  #state: LiveState<Preview> = { generation: 0, busy: null, problems: [], failure: null, preview: null, stale: false };
  #running: AbortController | undefined;
  #rendering: Promise<void> = Promise.resolve();

  constructor(
    private readonly pipeline: LivePipeline<Checked, Preview>,
    private readonly publish: (state: LiveState<Preview>) => void,
  ) {}

  get state(): LiveState<Preview> {
    return this.#state;
  }

  /** Starts a rebuild; resolves when it has published its result or has been superseded. */
  rebuild(): Promise<void> {
    this.#running?.abort();
    const controller = new AbortController();
    this.#running = controller;
    this.#update({ generation: this.#state.generation + 1, busy: 'checking' });
    return this.#run(controller.signal);
  }

  /** Stops the running rebuild, if any; nothing more is published. */
  stop(): void {
    this.#running?.abort();
  }

  async #run(signal: AbortSignal): Promise<void> {
    let checked: Checked;
    try {
      checked = await this.pipeline.check(signal);
    } catch (error) {
      if (!signal.aborted) this.#fail(error);
      return;
    }
    if (signal.aborted) return;
    this.#update({ busy: 'rendering', problems: [], failure: null });
    // Let the news go out (and a newer save come in) before rendering holds the thread.
    await new Promise(setImmediate);

    const previous = this.#rendering;
    let done!: () => void;
    this.#rendering = new Promise((resolve) => (done = resolve));
    try {
      await previous;
      if (signal.aborted) return;
      const preview = await this.pipeline.render(checked, signal, this.#state.preview, (partial) => {
        if (!signal.aborted) this.#update({ preview: partial });
      });
      if (!signal.aborted) this.#update({ busy: null, preview, stale: false });
    } catch (error) {
      if (!signal.aborted) this.#fail(error);
    } finally {
      done();
    }
  }

  #fail(error: unknown): void {
    const problems = error instanceof InputError ? error.diagnostics : [];
    const failure = error instanceof InputError ? null : error instanceof Error ? error.message : String(error);
    this.#update({ busy: null, problems, failure, stale: true });
  }

  #update(change: Partial<LiveState<Preview>>): void {
    this.#state = { ...this.#state, ...change };
    this.publish(this.#state);
  }
}
