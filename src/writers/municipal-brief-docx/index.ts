import path from 'node:path';
import Piscina from 'piscina';
import { defineWriter } from '../writer';
import { toDate } from '../../calendar/japanese-date';
import packBriefs, { type BriefTask } from './brief-worker';
import { briefWords, type BriefWords } from './words';

export const briefsFolder = 'briefs';

/** Below this many briefs, starting worker threads costs more than it saves. */
const briefsWorthThreads = 64;

/** One Word brief per host municipality: its projects, its session, the background, the contacts. */
export const municipalBriefDocx = defineWriter({
  id: 'docx',
  description: 'the Word briefs (briefs/*.docx)',
  words: briefWords,
  async render(edition, words, options) {
    const date = toDate(edition.release.date);
    const packed = options.threads > 1 && words.length >= briefsWorthThreads ? await packInWorkers(words, date, options) : packBriefs({ briefs: words, date, fonts: options.wordFonts });
    return words.map((brief, i) => ({ path: `${briefsFolder}/${brief.fileStem}.docx`, bytes: packed[i] }));
  },
});

async function packInWorkers(words: readonly BriefWords[], date: BriefTask['date'], options: { threads: number; wordFonts: BriefTask['fonts'] }): Promise<Uint8Array[]> {
  const pool = new Piscina<BriefTask, Uint8Array[]>({
    // The source file itself: the workers load it through ts-node, as this process does.
    filename: path.join(__dirname, 'brief-worker.ts'),
    minThreads: options.threads,
    maxThreads: options.threads,
    execArgv: ['-r', 'ts-node/register'],
  });
  try {
    const batch = Math.ceil(words.length / (options.threads * 4));
    const batches = Array.from({ length: Math.ceil(words.length / batch) }, (_, i) => words.slice(i * batch, (i + 1) * batch));
    const results = await Promise.all(batches.map((briefs) => pool.run({ briefs, date, fonts: options.wordFonts })));
    return results.flat();
  } finally {
    await pool.destroy();
  }
}
