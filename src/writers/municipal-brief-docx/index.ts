import { defineWriter } from '../writer';
import { briefWords } from './words';
import { checkBriefFileNames } from './file-names';
import { stringsIn } from '../../wording/text-blocks';
import { nestedBracketProblems } from '../../wording/nested-brackets';

export const briefsFolder = 'briefs';

/** Below this many briefs, starting worker threads costs more than it saves. */
const briefsWorthThreads = 64;
const usesThreads = (words: readonly unknown[], threads: number): boolean => threads > 1 && words.length >= briefsWorthThreads;

/** One Word brief per host municipality: its projects, its session, the background, the contacts. */
export const municipalBriefDocx = defineWriter({
  id: 'docx',
  description: { ja: '自治体向け資料（briefs/*.docx）', en: 'the Word briefs (briefs/*.docx)' },
  preview: { key: 'briefs', perMunicipality: true },
  words: briefWords,
  check: (words, _options, sources) => [...checkBriefFileNames(words, sources), ...nestedBracketProblems(stringsIn(words), sources)],
  // The docx library is loaded only where the briefs are packed.
  usesThreads: (words, options) => usesThreads(words, options.threads),
  async render(edition, words, options, progress) {
    const threads = usesThreads(words, options.threads) ? options.threads : 1;
    const packed = await (await import('./render')).packAllBriefs(edition, words, { ...options, threads }, progress);
    return words.map((brief, i) => ({ path: `${briefsFolder}/${brief.fileStem}.docx`, bytes: packed[i] }));
  },
});
