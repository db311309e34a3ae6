import type { Edition, Session } from '../../model/edition';
import { folderRenderer, type TemplateSet } from '../../wording/templates';
import { line, lines, rows } from '../../wording/text-blocks';
import { pageNumberSlot } from '../../wording/page-number';

export const columnKeys = ['no', 'name', 'furigana', 'organisation', 'kind', 'title', 'tel', 'email', 'participation', 'attendance', 'remarks'] as const;
export const summaryKeys = ['session', 'registered', 'present', 'absent', 'unmarked'] as const;
export type ColumnKey = (typeof columnKeys)[number];
export type SummaryKey = (typeof summaryKeys)[number];

/** Stands in for the page count in the footer until the writer turns both slots into Excel codes. */
export const pageCountSlot = '\u{F0001}';

export interface WorkbookWords {
  /** One per session, in schedule order, with the columns of its table. */
  readonly sheets: readonly { readonly name: string; readonly titleBlock: readonly string[]; readonly columns: readonly ColumnKey[] }[];
  /** Header label of each column, by key; a key the template leaves out is absent. */
  readonly columns: Partial<Record<ColumnKey, string>>;
  readonly attendanceChoices: readonly string[];
  /** 会場 and オンライン: how a registrant of a hybrid session takes part. */
  readonly participationChoices: readonly string[];
  readonly summary: { readonly sheetName: string; readonly title: string; readonly columns: Partial<Record<SummaryKey, string>>; readonly total: string };
  readonly footer: string;
  readonly title: string;
}

export function workbookWords(edition: Edition, templates: TemplateSet): WorkbookWords {
  const render = folderRenderer(templates, 'workbook', edition);
  const keyed = <K extends string>(text: string): Partial<Record<K, string>> => Object.fromEntries(rows(text).map((r) => [r.label, r.value])) as Partial<Record<K, string>>;
  return {
    sheets: edition.sessions.map((session) => ({ name: line(render('sheet-name', { session })), titleBlock: lines(render('title-block', { session })), columns: sheetColumns(session) })),
    columns: keyed<ColumnKey>(render('columns')),
    attendanceChoices: lines(render('attendance-choices')),
    participationChoices: edition.sessions.some((session) => session.mode === 'hybrid') ? lines(render('participation-choices')) : [],
    summary: {
      sheetName: line(render('summary-sheet-name')),
      title: line(render('summary-title')),
      columns: keyed<SummaryKey>(render('summary-columns')),
      total: line(render('summary-total')),
    },
    footer: line(render('footer', { page: pageNumberSlot, pages: pageCountSlot })),
    title: line(render('properties-title')),
  };
}

/** A hybrid session's desk notes who takes part at the venue and who online (参加方法); other sessions have no such column. */
function sheetColumns(session: Session): ColumnKey[] {
  return columnKeys.filter((key) => key !== 'participation' || session.mode === 'hybrid');
}
