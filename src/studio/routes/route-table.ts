import { carriedOverRoutes } from './carried-over-routes';
import { changeRoutes } from './change-routes';
import { distributionRoutes } from './distribution-routes';
import { editionRoutes } from './edition-routes';
import { fileRoutes } from './file-routes';
import { guideRoutes } from './guide-routes';
import { importRoutes } from './import-routes';
import { packetOutsideRoutes } from './packet-outside-routes';
import { packetRoutes } from './packet-routes';
import { pageRoutes } from './page-routes';
import { photoRoutes } from './photo-routes';
import type { ReadRoute, Routes, WriteRoute } from './route';
import { tableRoutes } from './table-routes';
import { templateRoutes } from './template-routes';

export interface RouteTable {
  readonly reads: ReadonlyMap<string, ReadRoute>;
  readonly writes: ReadonlyMap<string, WriteRoute>;
}

/** Every route of the studio, by its exact path. A path named twice is a mistake caught at start. */
export function routeTable(token: string): RouteTable {
  const groups: readonly Routes[] = [pageRoutes(token), fileRoutes, editionRoutes, packetRoutes, importRoutes, distributionRoutes, guideRoutes(), tableRoutes, changeRoutes, photoRoutes, packetOutsideRoutes, carriedOverRoutes, templateRoutes];
  const reads = new Map<string, ReadRoute>();
  const writes = new Map<string, WriteRoute>();
  for (const group of groups) {
    add(reads, group.reads);
    add(writes, group.writes);
  }
  return { reads, writes };
}

function add<Route>(table: Map<string, Route>, routes: Readonly<Record<string, Route>> | undefined): void {
  for (const [pathname, route] of Object.entries(routes ?? {})) {
    if (table.has(pathname)) throw new Error(`two studio routes for ${pathname}`);
    table.set(pathname, route);
  }
}
