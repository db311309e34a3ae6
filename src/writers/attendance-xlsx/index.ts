import { defineWriter } from '../writer';
import { toDate } from '../../calendar/japanese-date';
import { rezip } from '../../files/deterministic-zip';
import { checkWorkbookWords } from './check';
import { workbookWords } from './words';

export const attendanceFileName = '報告会出席簿.xlsx';

/** The attendance workbook for the reporting sessions (at CLAIR, online or both). */
export const attendanceXlsx = defineWriter({
  id: 'xlsx',
  description: { ja: `報告会出席簿（${attendanceFileName}）`, en: `the attendance workbook (${attendanceFileName})` },
  preview: { key: 'workbook' },
  words: workbookWords,
  check: (words, _options, sources) => checkWorkbookWords(words, sources),
  async render(edition, words, options) {
    // exceljs is loaded only where the workbook is made.
    const workbook = (await import('./layout')).attendanceWorkbook(edition, words, options.wordFonts);
    // Stored, not compressed: rezip compresses every part once, with the document's date.
    const packed = new Uint8Array(await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
    return [{ path: attendanceFileName, bytes: rezip(packed, toDate(edition.release.date)) }];
  },
});
