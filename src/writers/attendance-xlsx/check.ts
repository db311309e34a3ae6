import type { Diagnostic } from '../../problems/diagnostics';
import type { SourceText } from '../../model/edition';
import { columnKeys, summaryKeys, type WorkbookWords } from './words';

/** Excel refuses these in sheet names, and an apostrophe at either end breaks print titles. */
const badSheetName = /[[\]:*?/\\]|^'|'$/;

/** What Excel itself would reject, reported against the template that produced it. */
export function checkWorkbookWords(words: WorkbookWords, sources: readonly SourceText[]): Diagnostic[] {
  const fileOf = (name: string): string => sources.find((s) => s.file.replace(/\\/g, '/').endsWith(`workbook/${name}.hbs`))?.file ?? `templates/workbook/${name}.hbs`;
  const problem = (template: string, message: string, hint: string, params: Diagnostic['params']): Diagnostic => ({ file: fileOf(template), line: 0, column: 0, rule: 'workbook', message, hint, params });
  const problems: Diagnostic[] = [];
  const names = [...words.sheets.map((s) => s.name), words.summary.sheetName];
  const seen = new Set<string>();
  names.forEach((name, i) => {
    const template = i < words.sheets.length ? 'sheet-name' : 'summary-sheet-name';
    if (name.length === 0 || name.length > 31 || badSheetName.test(name)) {
      problems.push(problem(template, `gives the sheet name "${name}", which Excel does not accept`, 'a sheet name has 1 to 31 characters, none of [ ] : * ? / \\, and no apostrophe at either end', { variant: 'sheet-name', name }));
    }
    if (seen.has(name.toLowerCase())) problems.push(problem(template, `gives two sheets the name "${name}"`, 'include the group id ({{session.group.id}}) in the name', { variant: 'sheet-twice', name }));
    seen.add(name.toLowerCase());
  });
  const usedColumns = columnKeys.filter((key) => words.sheets.some((sheet) => sheet.columns.includes(key)));
  for (const key of usedColumns) if (!words.columns[key]) problems.push(problem('columns', `has no line for the column "${key}"`, `add a line "${key} | 見出し"`, { variant: 'no-column', name: key }));
  for (const key of summaryKeys) if (!words.summary.columns[key]) problems.push(problem('summary-columns', `has no line for the column "${key}"`, `add a line "${key} | 見出し"`, { variant: 'no-column', name: key }));
  // Each table is an Excel table, whose header row names every column once.
  for (const [template, headings] of [
    ['columns', usedColumns.map((key) => words.columns[key])],
    ['summary-columns', summaryKeys.map((key) => words.summary.columns[key])],
  ] as const) {
    for (const heading of new Set(headings.filter((h, i) => h && headings.indexOf(h) !== i))) problems.push(problem(template, `gives two columns the heading "${heading}"`, 'give each column a heading of its own', { variant: 'heading-twice', name: heading ?? '' }));
  }
  const choiceLists = [
    { template: 'attendance-choices', choices: words.attendanceChoices, needs: 'the word for present, then the word for absent', example: 'e.g. 出席 and 欠席' },
    ...(usedColumns.includes('participation')
      ? [{ template: 'participation-choices', choices: words.participationChoices, needs: 'the word for taking part at the venue, then the word for online', example: 'e.g. 会場 and オンライン' }]
      : []),
  ];
  for (const { template, choices, needs, example } of choiceLists) {
    if (choices.length < 2) problems.push(problem(template, `needs two lines: ${needs}`, example, { variant: 'two-lines' }));
    if (choices.some((c) => /[,"]/.test(c)) || choices.join(',').length > 250) problems.push(problem(template, 'cannot be an Excel drop-down list', 'no commas or quotes, 250 characters at most', { variant: 'drop-down' }));
  }
  return problems;
}
