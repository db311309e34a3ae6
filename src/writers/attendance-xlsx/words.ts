import type { Edition } from '../../model/edition';
import { folderRenderer, type TemplateSet } from '../../wording/templates';
import { line, lines, rows } from '../../wording/text-blocks';
import { pageNumberSlot } from '../../wording/page-number';

export const columnKeys = ['no', 'name', 'furigana', 'organisation', 'kind', 'title', 'tel', 'email', 'attendance', 'remarks'] as const;
export const summaryKeys = ['session', 'registered', 'present', 'absent', 'unmarked'] as const;
export type ColumnKey = (typeof columnKeys)[number];
export type SummaryKey = (typeof summaryKeys)[number];

/** Stands in for the page count in the footer until the writer turns both slots into Excel codes. */
export const pageCountSlot = '\u{F0001}';

export interface WorkbookWords {
  /** One per session, in schedule order. */
  readonly sheets: readonly { readonly name: string; readonly titleBlock: readonly string[] }[];
  /** Header label of each column, by key; a key the template leaves out is absent. */
  readonly columns: Partial<Record<ColumnKey, string>>;
  readonly attendanceChoices: readonly string[];
  readonly summary: { readonly sheetName: string; readonly title: string; readonly columns: Partial<Record<SummaryKey, string>>; readonly total: string };
  readonly footer: string;
  readonly title: string;
}

export function workbookWords(edition: Edition, templates: TemplateSet): WorkbookWords {
  const render = folderRenderer(templates, 'workbook', edition);
  const keyed = <K extends string>(text: string): Partial<Record<K, string>> => Object.fromEntries(rows(text).map((r) => [r.label, r.value])) as Partial<Record<K, string>>;
  return {
    sheets: edition.sessions.map((session) => ({ name: line(render('sheet-name', { session })), titleBlock: lines(render('title-block', { session })) })),
    columns: keyed<ColumnKey>(render('columns')),
    attendanceChoices: lines(render('attendance-choices')),
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
