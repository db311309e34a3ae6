/** The import command's own lines (the problems it finds print as every command's do), in Japanese and English. */
import type { ImportCounts, ImportReport } from '../import/import-registrations';
import type { Lang } from './catalogue';

interface ImportLines {
  read(file: string, format: string, rows: number): string;
  counts(target: string, counts: ImportCounts): string;
  outcome(outcome: ImportReport['outcome'], target: string, problems: number): string;
}

/** What a list was read as (「CSV, UTF-8」「Excel workbook, sheet 申込」), in `lang`. */
export const readFormat = (format: string, lang: Lang): string => (lang === 'ja' ? format.replace(/^Excel workbook, sheet /, 'Excel ブック、シート ') : format);

const historyOf = (target: string): string => `${target.replace(/[^\\/]*$/, '')}.history`;

export const importLines: Readonly<Record<Lang, ImportLines>> = {
  ja: {
    read: (file, format, rows) => `${file}: ${readFormat(format, 'ja')}、${rows} 行`,
    counts: (target, c) => `${target}: 追加 ${c.added} 件、更新 ${c.updated} 件、変更なし ${c.unchanged} 件、食い違い ${c.conflicts} 件、取り込めなかった行 ${c.rejected} 行`,
    outcome: (outcome, target, problems) =>
      ({
        created: '新しく作りました',
        written: `書き込みました。前の版は ${historyOf(target)} に残してあります`,
        unchanged: '変えるところはありません',
        'dry-run': '試しに読んだだけで、何も書き込んでいません（--dry-run）',
        refused: `問題が ${problems} 件あるため、何も書き込んでいません（${target} は元のままです）`,
      })[outcome],
  },
  en: {
    read: (file, format, rows) => `${file}: ${format}, ${rows} row(s)`,
    counts: (target, c) => `${target}: ${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged, ${c.conflicts} conflict(s), ${c.rejected} row(s) rejected`,
    outcome: (outcome, target, problems) =>
      ({
        created: 'created',
        written: `written; the previous version is kept in ${historyOf(target)}`,
        unchanged: 'nothing to change',
        'dry-run': 'dry run: nothing was written',
        refused: `${problems} error(s); nothing was written, ${target} is unchanged`,
      })[outcome],
  },
};
