import { defineWriter } from '../writer';
import { briefWords } from './words';

export const briefsFolder = 'briefs';

/** One Word brief per host municipality: its projects, its session, the background, the contacts. */
export const municipalBriefDocx = defineWriter({
  id: 'docx',
  description: 'the Word briefs (briefs/*.docx)',
  words: briefWords,
  // The docx library is loaded only where the briefs are packed.
  async render(edition, words, options, progress) {
    const packed = await (await import('./render')).packAllBriefs(edition, words, options, progress);
    return words.map((brief, i) => ({ path: `${briefsFolder}/${brief.fileStem}.docx`, bytes: packed[i] }));
  },
});
