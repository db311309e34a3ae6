import http from 'node:http';
import { startStudio, type Studio, type StudioOptions, type StudioState } from '../../src/studio/server';
import { templatesDir } from '../../src/runtime/paths';
import { editionWith, tempDir, type Edit } from './edition-fixture';
import path from 'node:path';

/** A studio on a free port over a temporary copy of the seed edition (with edits). */
export async function studioOver(edits: readonly Edit[] = [], options: Partial<StudioOptions> = {}): Promise<{ studio: Studio; dataDir: string; outDir: string; log: string[] }> {
  const dataDir = editionWith(edits);
  const outDir = path.join(tempDir('presskit-studio-out-'), 'output');
  const log: string[] = [];
  const studio = await startStudio({ dataDir, templatesDir, outDir, port: 0, threads: 2, log: (line) => log.push(line), ...options });
  return { studio, dataDir, outDir, log };
}

/** Waits until the studio's state satisfies `test` (the state the page was last sent). */
export async function stateWhere(studio: Studio, test: (state: StudioState) => boolean, timeoutMs = 30_000): Promise<StudioState> {
  const deadline = Date.now() + timeoutMs;
  while (!test(studio.state)) {
    if (Date.now() > deadline) throw new Error(`timed out; last state: ${JSON.stringify({ ...studio.state, preview: studio.state.preview?.release?.version })}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return studio.state;
}

/** Settled: no rebuild running, and at least `generation` rebuilds done. */
export const settled = (generation = 1) => (state: StudioState): boolean => state.busy === null && state.generation >= generation;

/** Reads the states the server sends on its event stream, as the page does. */
export function eventStream(url: string): { next(test?: (s: StudioState) => boolean): Promise<StudioState>; close(): void } {
  const controller = new AbortController();
  const queue: StudioState[] = [];
  let wake: (() => void) | undefined;
  void (async () => {
    const response = await fetch(url, { signal: controller.signal });
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const message = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = message.split('\n').find((l) => l.startsWith('data: '));
        if (message.includes('event: state') && data) queue.push(JSON.parse(data.slice(6)) as StudioState);
        wake?.();
      }
    }
  })().catch(() => {});
  return {
    async next(test = () => true) {
      const deadline = Date.now() + 30_000;
      for (;;) {
        const index = queue.findIndex(test);
        if (index >= 0) return queue.splice(0, index + 1).pop()!;
        queue.length = 0;
        if (Date.now() > deadline) throw new Error('no matching state event within 30 s');
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 200);
        });
      }
    },
    close: () => controller.abort(),
  };
}

/** A raw request, as an attacker's script or a rebinding DNS name would send it: any Host, any path, unnormalised. */
export function rawRequest(port: number, options: { path: string; method?: string; headers?: Record<string, string>; body?: string; host?: string }): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: options.host ?? '127.0.0.1', port, path: options.path, method: options.method ?? 'GET', headers: options.headers, setHost: !options.headers || !('Host' in options.headers) }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    request.on('error', reject);
    request.end(options.body);
  });
}
