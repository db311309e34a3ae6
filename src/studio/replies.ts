// How the studio answers a request: plain text, JSON, bytes with their type, a saved file; and how it reads a JSON body.
import fs from 'node:fs';
import type http from 'node:http';
import type { Asset } from './assets';
import type { ServedFile } from './preview';
import { LinkOutside, SaveConflict, UnsavableText } from './editable-files';
import type { Said } from '../problems/diagnostics';
import { saidText } from '../messages/studio-refusals';

/** A data file of a national edition (1,741 projects) is about 2 MB. */
const maxBodyBytes = 8 * 1024 * 1024;

const assetCache = new Map<string, Promise<Buffer>>();
export function readAsset(asset: Asset): Promise<Buffer> {
  let bytes = assetCache.get(asset.file);
  if (!bytes) {
    bytes = fs.promises.readFile(asset.file);
    assetCache.set(asset.file, bytes);
    bytes.catch(() => assetCache.delete(asset.file));
  }
  return bytes;
}

/** A refusal or failure as text: the Japanese the page shows, then the English. */
export function reply(response: http.ServerResponse, status: number, said: Said, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  response.end(`${saidText(said)}\n`);
}

export function replyJson(response: http.ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(value));
}

export function replyBytes(response: http.ServerResponse, bytes: Uint8Array, type: string, method: string | undefined, cache = 'no-store', headers: Record<string, string> = {}): void {
  response.writeHead(200, { 'Content-Type': type, 'Content-Length': String(bytes.byteLength), 'Cache-Control': cache, ...headers });
  response.end(method === 'HEAD' ? undefined : bytes);
}

export function replyFile(response: http.ServerResponse, file: ServedFile, method: string | undefined): void {
  const ascii = file.downloadName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  replyBytes(response, file.bytes, file.type, method, 'no-store', { 'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.downloadName)}` });
}

/** The body when it is one JSON object of reasonable size. */
export async function readJsonBody(request: http.IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > maxBodyBytes) return undefined;
    chunks.push(chunk);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A save answered: its new hash; 409 with what is on disk now so the page can offer to reload or
 * overwrite; 422 with why, in Japanese then English, for text the file cannot hold or a link out of
 * the edition (nothing was written).
 */
export async function saveReplying(response: http.ServerResponse, save: () => Promise<{ hash: string }>): Promise<void> {
  try {
    replyJson(response, 200, await save());
  } catch (error) {
    if (error instanceof SaveConflict) return replyJson(response, 409, { conflict: error.message, current: error.current });
    if (!refusalReplying(response, error)) throw error;
  }
}

/** Answers 422 with why, in Japanese then English, when `error` is a refusal of the save layer; false otherwise. */
export function refusalReplying(response: http.ServerResponse, error: unknown): boolean {
  if (error instanceof UnsavableText) reply(response, 422, { ja: `${error.file} を保存しませんでした：${error.japanese}。ファイルは元のままです。`, en: error.message });
  else if (error instanceof LinkOutside) reply(response, 422, { ja: error.japanese, en: error.message });
  else return false;
  return true;
}
