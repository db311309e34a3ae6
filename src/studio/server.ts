import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { assetTable } from './assets';
import { closeServer, listenOnLoopback } from './loopback';
import { readJsonBody, reply } from './replies';
import { allowedHosts, changeRefusal, hostRefusal, securityHeaders } from './request-guard';
import type { RouteContext } from './routes/route';
import { routeTable } from './routes/route-table';
import { serveFile } from './routes/served-files';
import { StudioContext } from './studio-context';
import type { StudioOptions, StudioState } from './studio-state';
import { refusals } from '../messages/studio-refusals';

export type { PacketReport, StudioOptions, StudioState } from './studio-state';

export interface Studio {
  readonly url: string;
  readonly port: number;
  /** The state the page was last sent. */
  readonly state: StudioState;
  close(): Promise<void>;
}

/**
 * The studio: a local server that rebuilds the packet in memory on every save and shows it in a
 * page, and writes it to the output folder only when the page asks. An edge, like the CLI: it
 * owns the network and the file watcher; the pipeline is the command's own. The routes are in
 * routes/; this file only guards and dispatches.
 */
export async function startStudio(options: StudioOptions): Promise<Studio> {
  const token = randomBytes(24).toString('base64url');
  const routes = routeTable(token);
  const assets = assetTable();
  const studio = new StudioContext(options);

  let hosts: ReadonlySet<string> = new Set();
  const handle = async (request: http.IncomingMessage, response: http.ServerResponse): Promise<void> => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    const refusedHost = hostRefusal(request, hosts);
    if (refusedHost) return reply(response, 403, refusedHost);
    // The path is looked up as written, never decoded and joined onto a folder.
    const url = request.url ?? '/';
    const queryAt = url.indexOf('?');
    const pathname = queryAt < 0 ? url : url.slice(0, queryAt);
    const context: RouteContext = { studio, request, response, query: new URLSearchParams(queryAt < 0 ? '' : url.slice(queryAt + 1)) };

    const write = routes.writes.get(pathname);
    if (write) {
      const refused = changeRefusal(request, token);
      if (refused) return reply(response, 403, refused);
      const body = await readJsonBody(request);
      if (!body) return reply(response, 400, refusals.notJsonObject);
      return write(body, context);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return reply(response, 405, refusals.onlyGet, { Allow: 'GET, HEAD' });
    const read = routes.reads.get(pathname);
    if (read) return read(context);
    if (!(await serveFile(context, pathname, assets))) reply(response, 404, refusals.notFound);
  };

  const listened = await listenOnLoopback((request, response) => {
    handle(request, response).catch((error: unknown) => {
      studio.log(`request ${request.method} ${request.url} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!response.headersSent) reply(response, 500, refusals.failed);
      else response.destroy();
    });
  }, options.port);
  hosts = allowedHosts(listened.port);

  try {
    await studio.open();
  } catch (error) {
    await Promise.all(listened.servers.map(closeServer));
    throw error;
  }

  return {
    url: `http://127.0.0.1:${listened.port}/`,
    port: listened.port,
    get state() {
      return studio.state;
    },
    async close() {
      await studio.close();
      await Promise.all(listened.servers.map(closeServer));
    },
  };
}
