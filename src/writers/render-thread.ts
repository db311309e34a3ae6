import { Worker } from 'node:worker_threads';
import { InputError, type Diagnostic } from '../problems/diagnostics';
import type { Edition } from '../model/edition';
import { workerFile } from '../runtime/worker-file';
import type { OutputFile } from '../files/output-file';
import type { RenderOptions, Writer } from './writer';

/** What the thread is asked: load a writer's libraries, or render its words. */
export type RenderRequest =
  | { readonly kind: 'warm'; readonly id: number; readonly writer: string; readonly options: RenderOptions }
  | { readonly kind: 'render'; readonly id: number; readonly writer: string; readonly edition: Edition; readonly words: unknown; readonly options: RenderOptions }
  | { readonly kind: 'close' };

/** What it answers, once per request. */
export type RenderReply =
  | { readonly id: number; readonly files: readonly OutputFile[] }
  | { readonly id: number; readonly problems: readonly Diagnostic[] }
  | { readonly id: number; readonly failure: string };

/**
 * A worker thread that renders the writers it is given (in a build, those marked `ownThread`) while
 * this thread makes the others: on two cores, the release is drawn beside the briefs and the
 * workbook. Started before the data is read, so it loads pdfmake and the fonts meanwhile; the studio
 * keeps one warm for its session. Requests are answered in turn.
 */
export class RenderThread {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve(files: readonly OutputFile[]): void; reject(error: unknown): void }>();
  #nextId = 0;
  #exited: Error | undefined;
  /** From close() on, the thread holds the process open until it has ended, whatever replies still come. */
  #closing = false;

  readonly #writers: ReadonlySet<string>;

  constructor(writers: readonly Writer[], options: RenderOptions) {
    this.#writers = new Set(writers.map((writer) => writer.id));
    const { filename, workerData } = workerFile('writers/render-thread-entry');
    this.#worker = new Worker(filename, { workerData });
    this.#worker.on('message', (reply: RenderReply) => this.#answer(reply));
    this.#worker.on('error', (error) => this.#stop(error));
    this.#worker.on('exit', (code) => this.#stop(new Error(`the render thread stopped (exit code ${code})`)));
    for (const writer of writers) if (writer.warm) void this.#ask({ kind: 'warm', id: this.#nextId++, writer: writer.id, options }).catch(() => undefined);
    // Idle, it must not keep the process alive: the command exits when its work is done.
    this.#worker.unref();
  }

  /** Whether the thread was started to make this writer's documents. */
  renders(writer: Writer): boolean {
    return this.#writers.has(writer.id);
  }

  render(writer: Writer, edition: Edition, words: unknown, options: RenderOptions): Promise<readonly OutputFile[]> {
    return this.#ask({ kind: 'render', id: this.#nextId++, writer: writer.id, edition, words, options });
  }

  /**
   * Idle, the thread is asked to end and ends as a thread does, running its exit handlers (the
   * compiled command keeps V8's code for the thread then: run-compiled.js); busy, or not ending
   * soon, it is stopped.
   */
  async close(): Promise<void> {
    if (this.#exited) return;
    this.#closing = true;
    this.#worker.ref();
    if (this.#pending.size > 0) return void (await this.#worker.terminate());
    const ended = new Promise((resolve) => this.#worker.once('exit', resolve));
    this.#worker.postMessage({ kind: 'close' } satisfies RenderRequest);
    const stop = setTimeout(() => void this.#worker.terminate(), 2000);
    await ended;
    clearTimeout(stop);
  }

  #ask(request: Exclude<RenderRequest, { kind: 'close' }>): Promise<readonly OutputFile[]> {
    if (this.#exited) return Promise.reject(this.#exited);
    return new Promise((resolve, reject) => {
      this.#pending.set(request.id, { resolve, reject });
      this.#worker.ref();
      this.#worker.postMessage(request);
    });
  }

  #answer(reply: RenderReply): void {
    const waiting = this.#pending.get(reply.id);
    this.#pending.delete(reply.id);
    // A reply that comes while the thread is closing must not let the process end before the
    // build has said how it ended (it did: a refused build exited 0 in silence).
    if (this.#pending.size === 0 && !this.#closing) this.#worker.unref();
    if (!waiting) return;
    if ('files' in reply) waiting.resolve(reply.files);
    else if ('problems' in reply) waiting.reject(new InputError(reply.problems));
    else waiting.reject(new Error(reply.failure));
  }

  #stop(error: Error): void {
    this.#exited ??= error;
    for (const waiting of this.#pending.values()) waiting.reject(this.#exited);
    this.#pending.clear();
  }
}
