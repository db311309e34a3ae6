import fs from 'node:fs/promises';
import path from 'node:path';
import { parseIsoDate } from '../../calendar/calendar-date';
import { packetZip } from '../packet-zip';
import { refusals } from '../../messages/studio-refusals';
import { reply, replyBytes, replyJson } from '../replies';
import type { StudioContext } from '../studio-context';
import type { Routes } from './route';

/** The packet last made, taken out of the studio: its folder opened on the desktop, or the packet as one zip. */
export const packetOutsideRoutes: Routes = {
  reads: {
    '/api/packet.zip': async ({ studio, request, response }) => {
      const outDir = madePacket(studio);
      if (!outDir) return reply(response, 404, refusals.noPacket);
      const made = await packetZip(outDir, await releaseDate(studio));
      if ('changed' in made) return reply(response, 409, refusals.packetChanged(made.changed));
      const name = `報道発表パケット_${path.basename(path.resolve(studio.session.dataDir))}.zip`;
      replyBytes(response, made.zip, 'application/zip', request.method, 'no-store', { 'Content-Disposition': `attachment; filename="packet.zip"; filename*=UTF-8''${encodeURIComponent(name)}` });
    },
  },
  writes: {
    '/api/open-folder': async (_body, { studio, response }) => {
      const outDir = madePacket(studio);
      if (!outDir) return reply(response, 404, refusals.noPacket);
      if (!studio.options.openFolder) return replyJson(response, 200, { opened: false, folder: path.resolve(outDir) });
      await studio.options.openFolder(path.resolve(outDir));
      replyJson(response, 200, { opened: true, folder: path.resolve(outDir) });
    },
  },
};

/** The output folder of the packet the page reports as made, if one was. */
function madePacket(studio: StudioContext): string | null {
  const report = studio.state.packet.report;
  return report?.ok ? report.outDir : null;
}

/** The zip's entries are dated the release's date, as the packet's documents are. */
async function releaseDate(studio: StudioContext) {
  const text = await fs.readFile(path.join(studio.session.dataDir, 'release.json'), 'utf8').catch(() => '{}');
  let date: unknown;
  try {
    date = (JSON.parse(text.replace(/^\uFEFF/, '')) as { date?: unknown }).date;
  } catch {
    date = undefined;
  }
  return (typeof date === 'string' && parseIsoDate(date)) || { year: 1980, month: 1, day: 1 };
}
