import type { Content, ContentTable, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Edition } from '../../model/edition';
import { startOfDayInTokyo } from '../../calendar/calendar-date';
import { toDate } from '../../calendar/japanese-date';
import type { LineBreaking } from './line-breaking';
import type { ReleaseWords } from './words';
import { pageNumberSlot } from '../../wording/page-number';

/** A4 portrait; margins of about 20 mm, as Japanese ministry releases use. */
type Margin = [number, number, number, number];
const pageMargins: Margin = [54, 40, 54, 44];
const bodySize = 10;
const contentWidth = 595.28 - pageMargins[0] - pageMargins[2];
const boxPadding = 8;
/** Text width inside a framed box: the padding and the 1pt rules on both sides, less 1pt to be safe. */
const boxWidth = contentWidth - 2 * boxPadding - 2 - 1;
const rule = '#444444';
const shade = '#eeeeee';

/** Builds the pdfmake document from the filled-in words: layout only, no wording, no facts. */
export function releaseDocument(edition: Edition, words: ReleaseWords, breaking: LineBreaking): TDocumentDefinitions {
  const body = (text: string, extra: object = {}): Content => ({ text: breaking.body(text), ...extra });
  const paragraph = (text: string, width: number, margin: Margin = [0, 0, 0, 2], indent = bodySize): Content => breaking.paragraph(text, { fontSize: bodySize, width, indent, margin });
  const heading = (text: string, outline = true): Content => ({
    text: breaking.phrases(text),
    style: 'heading',
    ...(outline ? { outline: true, outlineText: text } : {}),
  });
  const labelled = (label: string, cells: readonly string[]): Content[] => [
    { text: breaking.phrases(label), style: 'label' },
    { stack: cells.map((cell) => body(cell)) },
  ];
  const date = startOfDayInTokyo(toDate(edition.release.date));

  const firstPage: Content[] = [
    {
      columns: [
        { width: '*', stack: [body(words.distribution, { fontSize: 9 }), { text: breaking.phrases(words.category), style: 'category' }] },
        { width: 'auto', stack: [body(words.date), body(words.issuer)], alignment: 'right' },
      ],
      margin: [0, 0, 0, 10],
    },
    { text: breaking.phrases(words.projectName), style: 'projectName' },
    ...words.titleLines.map((titleLine, i): Content => ({
      text: breaking.phrases(titleLine),
      style: 'title',
      ...(i === 0 ? { outline: true, outlineText: words.titleLines.join('') } : {}),
    })),
    framed(words.lead.map((p) => paragraph(p, boxWidth, [0, 0, 0, 2], 0)), { fill: shade, margin: [0, 6, 0, 6] }),
    ...words.body.map((p) => paragraph(p, contentWidth)),
    heading(words.scheduleHeading),
    table([...words.scheduleRows.map((row) => labelled(row.label, row.cells))]),
    { stack: words.scheduleNotes.map((n) => body(n)), style: 'note' },
    ...words.sessionsIntro.map((p) => paragraph(p, contentWidth)),
    table([labelled(words.sessionDateLabel, words.sessionDates), labelled(words.venueLabel, words.venues)]),
    ...words.sessionsOutro.map((p) => paragraph(p, contentWidth)),
    { text: breaking.body(words.organiser), style: 'organiser' },
    framed([{ text: breaking.phrases(words.contact.heading), style: 'boxHeading' }, ...words.contact.lines.map((l) => body(l))], { margin: [0, 4, 0, 0] }),
  ];

  const columnPage: Content[] = [
    { text: words.columnHeading, style: 'column', outline: true, outlineText: words.columnHeading, pageBreak: 'before' },
    framed(
      words.column.flatMap((section, i): Content[] => [
        { text: breaking.phrases(section.heading), style: 'boxHeading', margin: [0, i === 0 ? 0 : 8, 0, 2] },
        ...section.paragraphs.map((p) => paragraph(p, boxWidth, [0, 0, 0, 0], 0)),
      ]),
      { margin: [0, 4, 0, 12] },
    ),
    ...photo(edition, words, breaking),
  ];

  const appendix: Content[] = [
    {
      columns: [{ width: '*', text: '' }, { width: 'auto', table: { body: [[{ text: words.appendix.label, style: 'label' }]] } }],
      pageBreak: 'before',
    },
    { text: breaking.phrases(words.appendix.heading), style: 'appendixHeading', outline: true, outlineText: `${words.appendix.label}　${words.appendix.heading}` },
    ...words.appendix.intro.map((p) => paragraph(p, contentWidth, [0, 0, 0, 8], 0)),
    ...words.appendix.groups.flatMap((group): Content[] => [
      { text: breaking.phrases(group.heading), style: 'groupHeading', outline: true, outlineText: group.heading },
      ...group.projects.map(
        (project): Content => ({
          stack: [
            { text: breaking.body(project.heading), style: 'projectHeading' },
            ...project.paragraphs.map((p) => paragraph(p, contentWidth - bodySize, [bodySize, 0, 0, 0])),
          ],
          unbreakable: true,
          margin: [0, 0, 0, 8],
        }),
      ),
    ]),
  ];

  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins,
    language: 'ja-JP',
    displayTitle: true,
    info: {
      title: words.metadata.title,
      author: words.metadata.author,
      subject: words.metadata.subject,
      keywords: words.metadata.keywords,
      creator: 'jet-presskit',
      producer: 'jet-presskit (pdfmake)',
      creationDate: date,
      modDate: date,
    },
    defaultStyle: { font: 'Mincho', fontSize: bodySize, lineHeight: 1.2, fontFeatures: ['palt'] },
    styles: {
      category: { font: 'Gothic', bold: true, fontSize: 11 },
      projectName: { font: 'Gothic', bold: true, fontSize: 12, alignment: 'center', margin: [0, 0, 0, 4] },
      title: { font: 'Gothic', bold: true, fontSize: 18, alignment: 'center', lineHeight: 1.15 },
      heading: { font: 'Gothic', bold: true, fontSize: 11.5, margin: [0, 6, 0, 4] },
      label: { font: 'Gothic', bold: true, fillColor: shade, alignment: 'center' },
      note: { fontSize: 9, margin: [0, 2, 0, 6] },
      organiser: { font: 'Gothic', bold: true, margin: [0, 4, 0, 0] },
      boxHeading: { font: 'Gothic', bold: true },
      column: { font: 'Gothic', bold: true, fontSize: 14, color: '#ffffff', background: rule },
      appendixHeading: { font: 'Gothic', bold: true, fontSize: 15, alignment: 'center', margin: [0, 10, 0, 10] },
      groupHeading: { font: 'Gothic', bold: true, fontSize: 11.5, margin: [0, 6, 0, 6] },
      projectHeading: { font: 'Gothic', bold: true, margin: [0, 0, 0, 2] },
      caption: { fontSize: 9.5, alignment: 'center' },
    },
    footer: (currentPage: number) => ({ text: words.pageNumber.replace(pageNumberSlot, String(currentPage)), alignment: 'center', fontSize: 9, margin: [0, 16, 0, 0] }),
    content: [...firstPage, ...columnPage, ...appendix],
  };
}

function table(rows: Content[][]): ContentTable {
  return {
    table: { widths: [64, '*'], body: rows },
    layout: { hLineColor: rule, vLineColor: rule, paddingTop: () => 2, paddingBottom: () => 2, paddingLeft: () => 6, paddingRight: () => 6 },
    margin: [0, 0, 0, 4],
  };
}

function framed(stack: Content[], options: { fill?: string; margin: [number, number, number, number] }): ContentTable {
  return {
    table: { widths: ['*'], body: [[{ stack, ...(options.fill ? { fillColor: options.fill } : {}) }]] },
    layout: { hLineColor: rule, vLineColor: rule, paddingTop: () => 4, paddingBottom: () => 4, paddingLeft: () => boxPadding, paddingRight: () => boxPadding },
    margin: options.margin,
  };
}

/** The photo box: the image when the data has one, and its caption. */
function photo(edition: Edition, words: ReleaseWords, breaking: LineBreaking): Content[] {
  const photoData = edition.release.photo;
  if (!photoData || words.photoCaption === null) return [];
  const caption: Content = { text: breaking.body(words.photoCaption), style: 'caption' };
  const image = photoData.image;
  const stack: Content[] = image
    ? [{ image: `data:image/${image.type};base64,${Buffer.from(image.bytes).toString('base64')}`, fit: [360, 240], alignment: 'center', margin: [0, 0, 0, 4] }, caption]
    : [caption];
  return [framed(stack, { margin: [60, 0, 60, 0] })];
}
