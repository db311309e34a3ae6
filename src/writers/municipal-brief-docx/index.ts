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

/** Spreads the briefs over `threads` worker threads, in a few batches each to even out the load. */
async function packInWorkers(words: readonly BriefWords[], date: BriefTask['date'], options: { threads: number; wordFonts: BriefTask['fonts'] }): Promise<Uint8Array[]> {
  const pool = new Piscina<BriefTask, Uint8Array[]>({
    filename: path.join(__dirname, 'worker-entry.js'),
    minThreads: options.threads,
    maxThreads: options.threads,
    execArgv: [],
    // A smaller young generation than V8's default keeps each worker's memory down (the build's
    // peak at 1,741 briefs fell from about 480 to 410 MB) for a few per cent more time.
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
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
