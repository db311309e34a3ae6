import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Studio } from '../../src/studio/server';
import { startStudio } from '../../src/studio/server';
import { UsageError } from '../../src/problems/diagnostics';
import { templatesDir } from '../../src/runtime/paths';
import { rawRequest, settled, stateWhere, studioOver } from '../support/studio';
import { refusals } from '../../src/messages/studio-refusals';
import { tokenHeader } from '../../src/studio/request-guard';

let studio: Studio;
let outDir: string;
let dataDir: string;
let token: string;
let origin: string;
beforeAll(async () => {
  ({ studio, outDir, dataDir } = await studioOver());
  await stateWhere(studio, settled());
  origin = `http://127.0.0.1:${studio.port}`;
  token = /<meta name="studio-token" content="([^"]+)">/.exec(await (await fetch(studio.url)).text())![1];
});
afterAll(() => studio.close());

const request = (path: string, options: Parameters<typeof rawRequest>[1] extends infer O ? Omit<O & object, 'path'> : never = {}) => rawRequest(studio.port, { path, ...options });
const allowedPost = () => ({ method: 'POST', headers: { Host: `127.0.0.1:${studio.port}`, Origin: origin, 'Content-Type': 'application/json', [tokenHeader]: token }, body: '{}' });

describe('a page on another site, or a rebinding DNS name', () => {
  it('is refused when its Host is not this server on loopback', async () => {
    const port = studio.port;
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1`, `localhost`, `127.0.0.1:${port + 1}`, `localhost.evil.example:${port}`, `127.0.0.1.nip.io:${port}`, `0.0.0.0:${port}`, `[::ffff:127.0.0.1]:${port}`, '']) {
      const response = await request('/api/state', { headers: { Host: host } });
      expect(response.status, host).toBe(403);
      expect(response.body, host).not.toContain('generation');
    }
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `LOCALHOST:${port}`]) {
      expect((await request('/api/state', { headers: { Host: host } })).status, host).toBe(200);
    }
  });

  it('gets no CORS header from any route, preflight included; every answer carries the protective headers', async () => {
    const evil = { Origin: 'https://evil.example', Host: `127.0.0.1:${studio.port}` };
    const responses = await Promise.all([
      request('/', { headers: evil }),
      request('/api/state', { headers: evil }),
      request(studio.state.preview!.release!.url!, { headers: evil }),
      request('/vendor/pdfjs/pdf.mjs', { headers: evil }),
      request('/api/packet', { method: 'OPTIONS', headers: { ...evil, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': tokenHeader } }),
      request('/missing', { headers: evil }),
      request('/', { headers: { Host: 'evil.example' } }),
    ]);
    for (const response of responses) {
      expect(Object.keys(response.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
      expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toMatch(/default-src 'none'.*script-src 'self'.*worker-src 'self'/);
    }
  });

  it('cannot make the packet, save or restore a file: POST only, same Origin, the token, a JSON body', async () => {
    const good = allowedPost();
    const attempts: [string, Parameters<typeof request>[1]][] = [
      ['GET', { headers: good.headers }],
      ['no token', { ...good, headers: { ...good.headers, [tokenHeader]: '' } }],
      ['wrong token', { ...good, headers: { ...good.headers, [tokenHeader]: `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}` } }],
      ['non-ASCII token', { ...good, headers: { ...good.headers, [tokenHeader]: 'é'.repeat(16) } }],
      ['another origin', { ...good, headers: { ...good.headers, Origin: 'https://evil.example' } }],
      ['origin null', { ...good, headers: { ...good.headers, Origin: 'null' } }],
      ['no origin', { ...good, headers: Object.fromEntries(Object.entries(good.headers).filter(([k]) => k !== 'Origin')) }],
      ['origin of another loopback name', { ...good, headers: { ...good.headers, Origin: `http://localhost:${studio.port}` } }],
      ['a form post', { ...good, headers: { ...good.headers, 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=1' }],
      ['text/plain', { ...good, headers: { ...good.headers, 'Content-Type': 'text/plain' } }],
    ];
    for (const route of ['/api/packet', '/api/save', '/api/restore', '/api/edition', '/api/new-edition', '/api/import-registrations']) {
      for (const [what, options] of attempts) {
        const response = await request(route, options);
        expect(response.status, `${route}: ${what}`).toBe(403);
        // Said first in the Japanese the studio speaks, then in English.
        expect(response.body.split('\n')[0], `${route}: ${what}`).toMatch(/^[^\x00-\x7f].*。$/);
      }
    }
    expect((await request('/api/save', { ...good, headers: { ...good.headers, [tokenHeader]: '' } })).body).toBe(`${refusals.token.ja}\n${refusals.token.en}\n`);
    expect((await request('/api/packet', { ...good, body: '[1]' })).status).toBe(400);
    expect(fs.existsSync(outDir)).toBe(false);
    expect(studio.state.packet.report).toBeNull();
  });

  it('reads no file but the fixed table, whatever the path says', async () => {
    const secret = 'package.json';
    const paths = [
      `/${secret}`,
      `/..%2f${secret}`,
      `/%2e%2e/${secret}`,
      `/%2e%2e%2f${secret}`,
      `/app/../../${secret}`,
      `/app/..%2f..%2f${secret}`,
      `/app/%2e%2e/%2e%2e/${secret}`,
      `/app/..%5c..%5c${secret}`,
      `/vendor/pdfjs/cmaps/../../../${secret}`,
      `/vendor/pdfjs/cmaps/..%2F..%2F..%2F${secret}`,
      '/vendor/pdfjs/cmaps/',
      '/vendor/pdfjs/cmaps',
      `/preview/1/../../../${secret}`,
      '//etc/passwd',
      '/app//etc/passwd',
      '/%2Fetc%2Fpasswd',
      '/app/%2Fetc%2Fpasswd',
      `/${encodeURIComponent(`${dataDir}/release.json`)}`,
      `/app/${encodeURIComponent(`${dataDir}/release.json`)}`,
      '/C:/Windows/win.ini',
      '/app/studio.js%00.png',
      '/app/studio.js/',
      '/app/%73tudio.js',
      '/APP/studio.js',
      '/app/index.html',
      `/preview/1/${encodeURIComponent('報道発表資料.pdf')}`,
      `/preview/0/release.pdf`,
    ];
    for (const path of paths) {
      const response = await request(path, { headers: { Host: `127.0.0.1:${studio.port}` } });
      expect(response.status, path).toBe(404);
    }
    expect((await request('/app/studio.js', { headers: { Host: `127.0.0.1:${studio.port}` } })).status).toBe(200);
  });
});

describe('listening', () => {
  it('only on loopback: an address of another interface is not answered', async () => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((a) => a && !a.internal && a.family === 'IPv4');
    if (external) {
      await expect(rawRequest(studio.port, { host: external.address, path: '/' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    }
    const ipv6 = await new Promise<boolean>((resolve) => {
      const probe = net.connect({ host: '::1', port: studio.port }, () => (probe.end(), resolve(true)));
      probe.on('error', () => resolve(false));
    });
    const ipv6Available = Object.values(os.networkInterfaces()).flat().some((a) => a?.address === '::1');
    expect(ipv6).toBe(ipv6Available);
  });

  it('on a port already taken is a usage error (exit code 2) naming the port', async () => {
    const error = await startStudio({ dataDir, templatesDir, outDir, port: studio.port }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(2);
    expect((error as UsageError).message).toContain(`port ${studio.port} is already in use`);
  });
});
