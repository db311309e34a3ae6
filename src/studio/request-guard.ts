import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Said } from '../problems/diagnostics';
import { refusals } from '../messages/studio-refusals';

/**
 * Every web page the user visits can send requests to a server on their machine. These rules keep
 * those pages from reading the studio (DNS rebinding: the Host check; no CORS headers at all) and
 * from changing anything (POST with the page's token, from the studio's own origin, as JSON).
 */
export function allowedHosts(port: number): ReadonlySet<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

/** Sent with every response, refusals included. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': [
    "default-src 'none'",
    "script-src 'self'",
    "worker-src 'self'",
    "connect-src 'self'",
    // docx-preview puts each document's styles in <style> elements; pdf.js and docx-preview show fonts and images from memory.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' blob: data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
};

export const tokenHeader = 'x-studio-token';

/** Why a request may not even be read (a Host this server does not answer to), or null. */
export function hostRefusal(request: IncomingMessage, hosts: ReadonlySet<string>): Said | null {
  const host = request.headers.host;
  return host !== undefined && hosts.has(host.toLowerCase()) ? null : refusals.host([...hosts]);
}

/** Why a request may not change anything, or null when it may. */
export function changeRefusal(request: IncomingMessage, token: string): Said | null {
  if (request.method !== 'POST') return refusals.notPost;
  const origin = request.headers.origin;
  if (origin === undefined || origin !== `http://${request.headers.host ?? ''}`) return refusals.notFromPage;
  if (!sameToken(request.headers[tokenHeader], token)) return refusals.token;
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) return refusals.notJson;
  return null;
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
