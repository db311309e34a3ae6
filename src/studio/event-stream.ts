import type http from 'node:http';

/** A page left open across a restart of the studio asks again after this long. */
const reconnectMs = 1000;
/** Keeps idle event streams open through proxies and sleeping laptops. */
const heartbeatMs = 20_000;

/** The pages listening at /events (Server-Sent Events): each is sent every new state whole. */
export class EventStream<State> {
  readonly #streams = new Set<http.ServerResponse>();

  open(response: http.ServerResponse, current: State): void {
    response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store' });
    response.write(`retry: ${reconnectMs}\n${message(current)}`);
    this.#streams.add(response);
    const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), heartbeatMs);
    response.on('close', () => {
      clearInterval(heartbeat);
      this.#streams.delete(response);
    });
  }

  send(state: State): void {
    const text = message(state);
    for (const stream of this.#streams) stream.write(text);
  }

  close(): void {
    for (const stream of this.#streams) stream.end();
  }
}

function message(state: unknown): string {
  return `event: state\ndata: ${JSON.stringify(state)}\n\n`;
}
