import { defineWriter } from '../writer';
import { toDate } from '../../calendar/japanese-date';
import { briefDocument } from './document';
import { packDocument } from './package';
import { briefWords } from './words';

export const briefsFolder = 'briefs';

/** One Word brief per host municipality: its projects, its session, the background, the contacts. */
export const municipalBriefDocx = defineWriter({
  id: 'docx',
  description: 'the Word briefs (briefs/*.docx)',
  words: briefWords,
  async render(edition, words, options) {
    const date = toDate(edition.release.date);
    const files = [];
    for (const brief of words) {
      files.push({ path: `${briefsFolder}/${brief.fileStem}.docx`, bytes: await packDocument(briefDocument(brief, options.wordFonts), date) });
    }
    return files;
  },
});
