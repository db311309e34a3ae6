import fs from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { carriedOverFile, stillCarried, type CarriedOver, type CarriedValue } from '../../edition/carried-over';
import { refusals } from '../../messages/studio-refusals';
import { reply, replyJson } from '../replies';
import type { StudioContext } from '../studio-context';
import { pointerPlace } from '../version-changes';
import type { Routes } from './route';

/**
 * A new edition's values still as the edition it started from had them (dates, the release date,
 * counts, the 別紙's projects), listed as warnings until each is changed or dismissed.
 */
export const carriedOverRoutes: Routes = {
  reads: {
    '/api/carried-over': async ({ studio, response }) => {
      const carried = await readCarried(studio);
      if (!carried) return replyJson(response, 200, null);
      const schemas = await studio.schemas;
      const current = new Map<string, unknown>();
      const items = [];
      for (const value of carried.values) {
        if (carried.dismissed.includes(value.id)) continue;
        if (!current.has(value.file)) current.set(value.file, await readJson(path.join(studio.session.dataDir, value.file)));
        if (!stillCarried(value, current.get(value.file))) continue;
        items.push({ id: value.id, file: value.file, text: warning(value, pointerPlace(schemas[value.file], value.pointer)) });
      }
      replyJson(response, 200, { from: carried.from, items });
    },
  },
  writes: {
    '/api/carried-over-dismiss': async (body, { studio, response }) => {
      const carried = await readCarried(studio);
      if (!carried || typeof body.id !== 'string' || !carried.values.some((v) => v.id === body.id)) return reply(response, 404, refusals.noSuchCarriedValue);
      const next: CarriedOver = { ...carried, dismissed: [...new Set([...carried.dismissed, body.id])] };
      await writeFileAtomic(path.join(studio.session.dataDir, carriedOverFile), `${JSON.stringify(next, null, 2)}\n`, { fsync: true });
      replyJson(response, 200, { dismissed: body.id });
    },
  },
};

function warning(value: CarriedValue, place: string): string {
  switch (value.kind) {
    case 'release-date':
      return `${place}が前の回のまま（${String(value.value)}）です。今回の発表日にしてください。`;
    case 'date':
      return `${place}が前の回の日付のまま（${String(value.value)}）です。今回の日付にしてください。`;
    case 'count':
      return `${place}が前の回の数のまま（${String(value.value)}）です。最新の数にしてください。`;
    case 'projects':
      return `別紙の${place}（${(value.value as { count: number }).count}件）が前の回のままです。今回のプロジェクトにしてください。`;
  }
}

async function readCarried(studio: StudioContext): Promise<CarriedOver | null> {
  return (await readJson(path.join(studio.session.dataDir, carriedOverFile))) as CarriedOver | null;
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse((await fs.readFile(file, 'utf8')).replace(/^\uFEFF/, '')) as unknown;
  } catch {
    return null;
  }
}
