// The studio listens on the loopback addresses only: never on an interface another machine can reach.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { UsageError } from '../problems/diagnostics';

/**
 * Listens on 127.0.0.1 and on ::1 with the same port (where the machine has IPv6), never on
 * another interface. With port 0, a free port on both.
 */
export async function listenOnLoopback(handler: http.RequestListener, port: number): Promise<{ servers: http.Server[]; port: number }> {
  const taken = (): UsageError => new UsageError({ ja: `ポート ${port} はほかのプログラムが使っています。--port で別の番号を指定するか、--port を省いて空いているポートを使ってください`, en: `port ${port} is already in use: choose another with --port, or leave --port out to take a free one` });
  for (let attempt = 0; ; attempt++) {
    const v4 = http.createServer(handler);
    try {
      await listen(v4, port, '127.0.0.1');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw taken();
      throw error;
    }
    const actual = (v4.address() as AddressInfo).port;
    const v6 = http.createServer(handler);
    try {
      await listen(v6, actual, '::1');
      return { servers: [v4, v6], port: actual };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRNOTAVAIL' || code === 'EAFNOSUPPORT') return { servers: [v4], port: actual };
      await closeServer(v4);
      if (code !== 'EADDRINUSE') throw error;
      if (port !== 0) throw taken();
      if (attempt >= 5) throw new Error('no port is free on both 127.0.0.1 and ::1');
    }
  }
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

export function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
