import type { Content, ContentStack, ContentTable, Style as PdfStyle, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Edition } from '../../model/edition';
import { startOfDayInTokyo } from '../../calendar/calendar-date';
import { toDate } from '../../calendar/japanese-date';
import { LineBreaking, type BlockOptions, type Fragment, type LineNode, type TextStyle } from './line-breaking';
import { GlyphCoverage } from './fonts';
import { keptTogether, rowsKeptWhole } from './keep-together';
import { pageNumberTag, role, tagContent } from './structure';
import type { ReleaseWords } from './words';
import { pageNumberSlot } from '../../wording/page-number';

/** A4 portrait; margins of about 20 mm, as Japanese ministry releases use. */
type Margin = [number, number, number, number];
const pageSize = { width: 595.28, height: 841.89 };
const pageMargins: Margin = [54, 40, 54, 44];
const bodySize = 10;
const contentWidth = pageSize.width - pageMargins[0] - pageMargins[2];
/** What a page holds: a block taller than this is let break rather than lost (see keep-together). */
const pageRoom = pageSize.height - pageMargins[1] - pageMargins[3];
const rule = '#444444';
const shade = '#eeeeee';

/** A framed box: 1pt rules and this padding inside them, on both sides. */
const boxPadding = 8;
const boxWidth = contentWidth - 2 * (boxPadding + 1);
/** Tables of a label and its cells: 1pt rules, 6pt padding either side of each column. */
const labelColumn = 64;
const cellPadding = 6;
const labelWidth = labelColumn - 2 * cellPadding;
const cellWidth = contentWidth - labelColumn - 3 - 4 * cellPadding;
/** The photo box stands in from both margins by this much. */
const photoInset = 60;

interface Style extends TextStyle {
  readonly alignment?: 'center' | 'right';
  readonly margin?: Margin;
  readonly lineHeight?: number;
  readonly color?: string;
  readonly background?: string;
  readonly fillColor?: string;
}

/** The styles of the release: the face and size text is broken in, and what pdfmake draws it with. */
const styles = {
  body: { face: 'Mincho', fontSize: bodySize },
  small: { face: 'Mincho', fontSize: 9 },
  category: { face: 'Gothic', fontSize: 11 },
  projectName: { face: 'Gothic', fontSize: 12, alignment: 'center', margin: [0, 0, 0, 4] },
  title: { face: 'Gothic', fontSize: 18, alignment: 'center', lineHeight: 1.15 },
  heading: { face: 'Gothic', fontSize: 11.5, margin: [0, 6, 0, 4] },
  label: { face: 'Gothic', fontSize: bodySize, fillColor: shade, alignment: 'center' },
  note: { face: 'Mincho', fontSize: 9, margin: [0, 2, 0, 6] },
  organiser: { face: 'Gothic', fontSize: bodySize, margin: [0, 4, 0, 0] },
  boxHeading: { face: 'Gothic', fontSize: bodySize },
  column: { face: 'Gothic', fontSize: 14, color: '#ffffff', background: rule },
  appendixHeading: { face: 'Gothic', fontSize: 15, alignment: 'center', margin: [0, 10, 0, 10] },
  groupHeading: { face: 'Gothic', fontSize: 11.5, margin: [0, 6, 0, 6] },
  projectHeading: { face: 'Gothic', fontSize: bodySize, margin: [0, 0, 0, 2] },
  caption: { face: 'Mincho', fontSize: 9.5, alignment: 'center' },
} satisfies Record<string, Style>;
type StyleName = keyof typeof styles;

/**
 * Builds the pdfmake document from the filled-in words: layout only, no wording, no facts. Its roles
 * make the structure tree (structure.ts): the title an H1; the schedule, the contact box, the COLUMN
 * and the 別紙 H2s, with H3 and H4 inside them; tables of a header cell per row; paragraphs by default.
 */
/** The pdfmake document of the release, every line broken and justified: what render draws and the tests read. */
export function releaseLayout(edition: Edition, words: ReleaseWords, fallbackFont: string | undefined): TDocumentDefinitions {
  const names = edition.municipalities.flatMap((m) => [m.fullName, m.displayName, m.city ?? '', m.prefecture]);
  return releaseDocument(edition, words, new LineBreaking(names, new GlyphCoverage(fallbackFont)));
}

function releaseDocument(edition: Edition, words: ReleaseWords, breaking: LineBreaking): TDocumentDefinitions {
  /** A block of text in a style, broken into lines at `width`. */
  const text = (content: string, style: StyleName, options: BlockOptions, extra: object = {}): ContentStack => ({
    stack: breaking.lines(content, styles[style], options),
    style,
    ...extra,
  });
  /** Body text: justified, its first line indented a character unless said otherwise. */
  const paragraph = (content: string, width: number, margin: Margin = [0, 0, 0, 2], indent = bodySize): ContentStack =>
    text(content, 'body', { width, indent, justify: true }, { margin });
  const heading = (content: string, style: StyleName, width = contentWidth, outline?: string): ContentStack => {
    const lines = breaking.lines(content, styles[style], { width, phrases: true });
    return { stack: outline === undefined ? lines : bookmarked(lines, outline), style };
  };
  const labelled = (label: string, cells: readonly string[]): Content[] => [
    role(heading(label, 'label', labelWidth), 'TH', { scope: 'Row' }),
    role({ stack: cells.map((cell) => text(cell, 'body', { width: cellWidth, justify: true })) }, 'TD'),
  ];
  const date = startOfDayInTokyo(toDate(edition.release.date));
  // The date and issuer column is as wide as its longer line (and the point the line breaker keeps spare).
  const dateWidth = Math.max(...[words.date, words.issuer].map((line) => breaking.widthOf(line, styles.body))) + 1;

  const firstPage: Content[] = [
    {
      columns: [
        { width: contentWidth - dateWidth, stack: [text(words.distribution, 'small', { width: contentWidth - dateWidth }), heading(words.category, 'category', contentWidth - dateWidth)] },
        { width: dateWidth, stack: [text(words.date, 'body', { width: dateWidth }), text(words.issuer, 'body', { width: dateWidth })], alignment: 'right' },
      ],
      margin: [0, 0, 0, 10],
    },
    role({ stack: [heading(words.projectName, 'projectName'), ...words.titleLines.map((titleLine, i) => heading(titleLine, 'title', contentWidth, i === 0 ? words.titleLines.join('') : undefined))] }, 'H1'),
    keptTogether([framed(words.lead.map((p) => paragraph(p, boxWidth, [0, 0, 0, 2], 0)), { fill: shade, margin: [0, 6, 0, 6] })], pageRoom),
    ...words.body.map((p) => paragraph(p, contentWidth)),
    // A section moves to the next page whole: its heading, the schedule and its notes; then the sessions.
    keptTogether(
      [
        role(heading(words.scheduleHeading, 'heading', contentWidth, words.scheduleHeading), 'H2'),
        role(table(words.scheduleRows.map((row) => labelled(row.label, row.cells))), 'Table'),
        { stack: words.scheduleNotes.map((n) => text(n, 'small', { width: contentWidth, justify: true })), style: 'note' },
      ],
      pageRoom,
    ),
    // The sessions, then 主催 and whom to ask, stay together: the page before the COLUMN never holds
    // the organiser and the contact box alone.
    keptTogether(
      [
        ...words.sessionsIntro.map((p) => paragraph(p, contentWidth)),
        role(table([labelled(words.sessionDateLabel, words.sessionDates), labelled(words.venueLabel, words.venues)]), 'Table'),
        ...[...words.sessionsOutro, ...words.sessionsOnline].map((p) => paragraph(p, contentWidth)),
        text(words.organiser, 'organiser', { width: contentWidth }),
        role(framed([role(heading(words.contact.heading, 'boxHeading', boxWidth), 'H2'), ...words.contact.lines.map((l) => text(l, 'body', { width: boxWidth, justify: true }))], { margin: [0, 4, 0, 0] }), 'Div'),
      ],
      pageRoom,
    ),
  ];

  const columnPage: Content[] = [
    role({ stack: bookmarked(breaking.lines(words.columnHeading, styles.column, { width: contentWidth }), words.columnHeading), style: 'column', pageBreak: 'before', margin: [0, 0, 0, 4] }, 'H2'),
    ...words.column.map((section) =>
      keptTogether(
        [role(framed([role(heading(section.heading, 'boxHeading', boxWidth), 'H2'), ...section.paragraphs.map((p) => paragraph(p, boxWidth, [0, 2, 0, 0], 0))], { margin: [0, 0, 0, 8] }), 'Sect')],
        pageRoom,
      ),
    ),
    ...photo(edition, words, breaking),
  ];

  const appendix: Content[] = [
    // The label in its box and the heading are one heading: 別紙 and what it is.
    role(
      {
        stack: [
          {
            columns: [{ width: '*', text: '' }, { width: 'auto', table: { body: [[heading(words.appendix.label, 'label', contentWidth)]] } }],
            pageBreak: 'before',
          },
          heading(words.appendix.heading, 'appendixHeading', contentWidth, `${words.appendix.label}　${words.appendix.heading}`),
        ],
      },
      'H2',
    ),
    ...words.appendix.intro.map((p) => paragraph(p, contentWidth, [0, 0, 0, 8], 0)),
    ...lastTwoTogether(words.appendix.groups.flatMap((group): Content[] => {
      const entries = group.projects.map((project) =>
        role(
          keptTogether(
            [
              role(text(project.heading, 'projectHeading', { width: contentWidth }), 'H3'),
              ...project.paragraphs.map((p) => paragraph(p, contentWidth - bodySize, [bodySize, 0, 0, 0])),
            ],
            pageRoom,
            [0, 0, 0, 8],
          ),
          'Sect',
        ),
      );
      // A group's heading goes with its first project, never alone at the foot of a page.
      const [first, ...rest] = entries;
      return [keptTogether([role(heading(group.heading, 'groupHeading', contentWidth, group.heading), 'H2'), ...(first ? [first] : [])], pageRoom), ...rest];
    })),
  ];

  const content = [...firstPage, ...columnPage, ...appendix];
  tagContent(content);
  /** The page number is an artifact: a reader of the structure does not hear it on every page. */
  const pageNumber = (page: number): Fragment => ({ text: words.pageNumber.replace(pageNumberSlot, String(page)), tag: pageNumberTag });
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins,
    version: '1.7',
    tagged: true,
    // Claimed because the checks in test/ (pdf.js) and test/documents (qpdf, poppler) hold; veraPDF is not available here.
    subset: 'PDF/UA',
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
    styles: Object.fromEntries(Object.entries(styles).map(([name, { face, ...style }]): [string, PdfStyle] => [name, { font: face, bold: face === 'Gothic', ...style }])),
    footer: (currentPage: number) => ({ text: [pageNumber(currentPage)], noWrap: true, alignment: 'center', fontSize: 9, margin: [0, 16, 0, 0] }),
    content,
  };
}

/**
 * The 別紙's last two blocks (projects, or a group's heading with its first project) kept on one
 * page: the last page then never holds only the last project's few lines. A project is at least
 * its heading and a line of its plan, so the two are four lines or more.
 */
function lastTwoTogether(blocks: Content[]): Content[] {
  if (blocks.length < 2) return blocks;
  return [...blocks.slice(0, -2), keptTogether(blocks.slice(-2), pageRoom)];
}

/** Makes the first line of a heading a bookmark in the PDF's outline. */
function bookmarked(lines: LineNode[], outlineText: string): Content[] {
  const [first, ...rest] = lines;
  return first ? [{ ...first, outline: true, outlineText }, ...rest] : [];
}

function table(rows: Content[][]): ContentTable {
  return {
    table: { widths: [labelColumn, '*'], body: rows, dontBreakRows: rowsKeptWhole(rows, pageRoom) },
    layout: {
      hLineColor: rule,
      vLineColor: rule,
      paddingTop: () => 2,
      paddingBottom: () => 2,
      paddingLeft: () => cellPadding,
      paddingRight: () => cellPadding,
    },
    margin: [0, 0, 0, 4],
  };
}

function framed(stack: Content[], options: { fill?: string; margin: Margin }): ContentTable {
  return {
    table: { widths: ['*'], body: [[{ stack, ...(options.fill ? { fillColor: options.fill } : {}) }]] },
    layout: { hLineColor: rule, vLineColor: rule, paddingTop: () => 4, paddingBottom: () => 4, paddingLeft: () => boxPadding, paddingRight: () => boxPadding },
    margin: options.margin,
  };
}

/** The photo box: the image and its caption; with no image, nothing (a caption in an empty frame would print). */
function photo(edition: Edition, words: ReleaseWords, breaking: LineBreaking): Content[] {
  const photoData = edition.release.photo;
  const image = photoData?.image;
  if (!photoData || !image || words.photoCaption === null) return [];
  const caption: Content = { stack: breaking.lines(words.photoCaption, styles.caption, { width: boxWidth - 2 * photoInset }), style: 'caption' };
  // The box is a picture (its words for those who cannot see it) and its caption.
  const box = role(
    framed(
      [
        role({ image: `data:image/${image.type};base64,${Buffer.from(image.bytes).toString('base64')}`, fit: [360, 240], alignment: 'center', margin: [0, 0, 0, 4] }, 'Figure', { alt: photoData.alt ?? undefined }),
        role(caption, 'Caption'),
      ],
      { margin: [photoInset, 0, photoInset, 0] },
    ),
    'Div',
  );
  return [keptTogether([box], pageRoom)];
}
