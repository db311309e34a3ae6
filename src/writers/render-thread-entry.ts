import { parentPort } from 'node:worker_threads';
import { InputError } from '../problems/diagnostics';
import { writers } from './registry';
import type { RenderReply, RenderRequest } from './render-thread';

/** The render thread's side (see RenderThread): each request answered in the order it came. */
let queue: Promise<void> = Promise.resolve();

parentPort!.on('message', (request: RenderRequest) => {
  if (request.kind === 'close') parentPort!.close(); // asked only when idle: the thread then ends
  else queue = queue.then(() => answer(request));
});

async function answer(request: Exclude<RenderRequest, { kind: 'close' }>): Promise<void> {
  const writer = writers.find((w) => w.id === request.writer)!;
  let reply: RenderReply;
  try {
    if (request.kind === 'warm') {
      await writer.warm?.(request.options);
      reply = { id: request.id, files: [] };
    } else {
      reply = { id: request.id, files: await writer.render(request.edition, request.words, request.options) };
    }
  } catch (error) {
    reply = error instanceof InputError ? { id: request.id, problems: error.diagnostics } : { id: request.id, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  // The documents' bytes move to the other thread rather than being copied, when they fill their buffer.
  const transfer = 'files' in reply ? reply.files.filter(({ bytes }) => bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength).map(({ bytes }) => bytes.buffer as ArrayBuffer) : [];
  parentPort!.postMessage(reply, transfer);
}
