import type http from 'node:http';
import type { StudioContext } from '../studio-context';

/** What a route is handed: the studio, the request, its reply, and the query string's values. */
export interface RouteContext {
  readonly studio: StudioContext;
  readonly request: http.IncomingMessage;
  readonly response: http.ServerResponse;
  readonly query: URLSearchParams;
}

/** A GET (or HEAD) of one exact path. */
export type ReadRoute = (context: RouteContext) => Promise<void> | void;

/** A POST of one exact path, reached only with the page's token and Origin, with its JSON object body. */
export type WriteRoute = (body: Record<string, unknown>, context: RouteContext) => Promise<void>;

/** One file's routes: a new route is one entry here, a new group of routes one file and one line in the table. */
export interface Routes {
  readonly reads?: Readonly<Record<string, ReadRoute>>;
  readonly writes?: Readonly<Record<string, WriteRoute>>;
}
