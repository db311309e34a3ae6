import {
  AlignmentType, BorderStyle, ExternalHyperlink, FileChild, Footer, Header, PageNumber, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type IPropertiesOptions, type ParagraphChild,
} from 'docx';
import type { Row } from '../../wording/text-blocks';
import type { BriefTable, BriefWords } from './words';
import { runFont, wordFontSets, type WordFontSet } from '../word-fonts';

/** A4 portrait in twips, with the margins Japanese Word uses by default (35/30/30/30 mm). */
const page = { width: 11906, height: 16838 } as const;
const margin = { top: 1985, bottom: 1701, left: 1701, right: 1701, header: 851, footer: 992 } as const;
const textWidth = page.width - margin.left - margin.right;
const labelWidth = 1800;
const language = { value: 'en-US', eastAsia: 'ja-JP' } as const;
/** The sizes of the title and the headings, in points. */
const sizes = { title: 14, heading1: 11.5, heading2: 10.5 } as const;
/** How many ems of each fit the text width (twips are twentieths of a point). */
export const headingMeasures = {
  title: textWidth / 20 / sizes.title,
  heading1: textWidth / 20 / sizes.heading1,
  heading2: textWidth / 20 / sizes.heading2,
} as const;

const tableStyleId = 'BriefTable';
const labelStyleId = 'TableLabel';
const contactStyleId = 'ContactBox';
/** The contact box's rule, as the tables': a paragraph border, not a one-cell table (a table is data to a screen reader). */
const rule = { style: BorderStyle.SINGLE, size: 4, color: '444444', space: 5 } as const;

/** A real table style, so an officer can restyle every table at once. */
const externalStyles = `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="table" w:styleId="${tableStyleId}">
<w:name w:val="Brief Table"/><w:uiPriority w:val="59"/><w:qFormat/>
<w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>
<w:tblPr><w:tblBorders>
<w:top w:val="single" w:sz="4" w:space="0" w:color="444444"/><w:left w:val="single" w:sz="4" w:space="0" w:color="444444"/>
<w:bottom w:val="single" w:sz="4" w:space="0" w:color="444444"/><w:right w:val="single" w:sz="4" w:space="0" w:color="444444"/>
<w:insideH w:val="single" w:sz="4" w:space="0" w:color="444444"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="444444"/>
</w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>
</w:style></w:styles>`;

/** A web address in a table (a session's 参加用URL): the same pattern the release links. */
const webAddress = /https?:\/\/[!-~]+/g;

/**
 * A table value, each web address in it a link an officer can click (Word's own Hyperlink style).
 * A value with an address is set flush left: justified, the line before an address too long to
 * share it would be spread out character by character (Ｚｏｏｍ　ウ　ェ　ビ　ナ　ー).
 */
function valueParagraph(text: string): Paragraph {
  const runs: ParagraphChild[] = [];
  let at = 0;
  for (const match of text.matchAll(webAddress)) {
    if (match.index > at) runs.push(new TextRun(text.slice(at, match.index)));
    runs.push(new ExternalHyperlink({ link: match[0], children: [new TextRun({ text: match[0], style: 'Hyperlink' })] }));
    at = match.index + match[0].length;
  }
  if (at < text.length || runs.length === 0) runs.push(new TextRun(text.slice(at)));
  return new Paragraph({ children: runs, ...(at > 0 ? { alignment: AlignmentType.LEFT } : {}) });
}

/** A title's or heading's runs: a line break (w:br) where its text has a line feed (see heading-lines.ts). */
function brokenRuns(text: string): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

/** A shared block as it is written once its XML is known: its number (see `SharedBlocks.expand`). */
interface WrittenBlock {
  readonly number: number;
  xml?: string;
}

const blockElement = 'presskit-shared';
const blockElements = new RegExp(`<${blockElement} n="(\\d+)"(?:/>|>([\\s\\S]*?)</${blockElement}>)`, 'g');

type Prepared = ReturnType<FileChild['prepForXml']>;

/**
 * A block docx prepares once and then hands out again: for text that every brief repeats. When the
 * block's XML is kept (`written`), docx writes it wrapped in an element carrying its number until
 * that XML is known, and then that element alone.
 */
class PreparedOnce extends FileChild {
  private prepared: Prepared;

  constructor(
    private readonly block: FileChild,
    private readonly written?: WrittenBlock,
  ) {
    super('w:p');
  }

  override prepForXml(context: Parameters<FileChild['prepForXml']>[0]): Prepared {
    this.prepared ??= this.block.prepForXml(context);
    if (!this.written) return this.prepared;
    const number = { _attr: { n: this.written.number } };
    return { [blockElement]: this.written.xml === undefined ? [number, this.prepared] : number } as unknown as Prepared;
  }
}

/**
 * A header's or footer's paragraph prepared once: docx prepares each twice (for its relationships,
 * then for its text). docx's types ask for paragraphs; it only ever prepares them.
 */
const preparedOnce = (paragraph: Paragraph): Paragraph => new PreparedOnce(paragraph) as unknown as Paragraph;

/**
 * The parts of a brief that read the same for every municipality of an edition (the intro, the
 * background, the other municipalities, the contacts, the footer): laid out once and shared, because
 * docx's preparation of XML is most of the cost of a brief. Keyed by what they are and their text,
 * so they can never mix. A packer's blocks keep their XML too (`keepsXml`): docx writes it for the
 * first brief, and then only a numbered element that `expand` replaces with it.
 */
export class SharedBlocks {
  private readonly blocks = new Map<string, readonly FileChild[]>();
  private readonly written: WrittenBlock[] = [];

  constructor(private readonly keepsXml = false) {}

  get(part: string, texts: readonly string[], build: () => readonly FileChild[]): readonly FileChild[] {
    const key = [part, ...texts].join('\u0000');
    let blocks = this.blocks.get(key);
    if (!blocks) {
      blocks = build().map((block) => new PreparedOnce(block, this.keepsXml ? this.newWrittenBlock() : undefined));
      this.blocks.set(key, blocks);
    }
    return blocks;
  }

  /** A part's XML as docx wrote it, with each block's XML in place of its element, the XML kept the first time. */
  expand(xml: string): string {
    return xml.replace(blockElements, (_, number: string, inner: string | undefined) => {
      const block = this.written[Number(number)];
      if (inner !== undefined) return (block.xml ??= inner);
      if (block.xml === undefined) throw new Error(`shared block ${number} was written by its number before its XML was known`);
      return block.xml;
    });
  }

  private newWrittenBlock(): WrittenBlock {
    const block = { number: this.written.length };
    this.written.push(block);
    return block;
  }
}

/** What docx makes a brief's Document of. */
export function briefOptions(words: BriefWords, fontSet: WordFontSet, shared: SharedBlocks = new SharedBlocks()): IPropertiesOptions {
  const fonts = wordFontSets[fontSet];
  const body = runFont(fonts.body);
  const heading = runFont(fonts.heading);
  const paragraph = (text: string, options: { indent?: boolean; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): Paragraph =>
    new Paragraph({ children: [new TextRun(text)], ...(options.indent ? { indent: { firstLine: 210 } } : {}), ...(options.alignment ? { alignment: options.alignment } : {}) });
  const headingParagraph = (text: string, style = 'Heading1'): Paragraph => new Paragraph({ children: brokenRuns(text), style });
  const table = (rows: readonly Row[]): Table =>
    new Table({
      style: tableStyleId,
      layout: TableLayoutType.FIXED,
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: [labelWidth, textWidth - labelWidth],
      rows: rows.map(
        (row, i) =>
          new TableRow({
            cantSplit: true,
            // The first row says whose table it is (番号, 日程): Word repeats it on the next page.
            ...(i === 0 ? { tableHeader: true } : {}),
            children: [
              new TableCell({ width: { size: labelWidth, type: WidthType.DXA }, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEEEEE' }, children: [new Paragraph({ text: row.label, style: labelStyleId })] }),
              new TableCell({ width: { size: textWidth - labelWidth, type: WidthType.DXA }, children: [valueParagraph(row.value)] }),
            ],
          }),
      ),
    });
  // One table needs no heading of its own; several get one each (Heading 2), which also keeps Word from joining them.
  const tables = (section: readonly BriefTable[]): FileChild[] =>
    section.length === 1 ? [table(section[0].rows)] : section.flatMap((t) => [headingParagraph(t.heading, 'Heading2'), table(t.rows)]);

  return {
    externalStyles,
    creator: words.properties.author,
    lastModifiedBy: words.properties.author,
    title: words.properties.title,
    subject: words.properties.subject,
    keywords: words.properties.keywords,
    styles: {
      default: {
        document: { run: { font: body, size: 21, language }, paragraph: { spacing: { line: 300, before: 0, after: 0 } } },
        title: { run: { font: heading, size: sizes.title * 2, bold: true, language }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 360, after: 360 } } },
        // Outline levels make them headings to LibreOffice and to a PDF exported from Word, not only by name.
        heading1: { run: { font: heading, size: sizes.heading1 * 2, bold: true, language }, paragraph: { spacing: { before: 300, after: 120 }, keepNext: true, outlineLevel: 0 } },
        heading2: { run: { font: heading, size: sizes.heading2 * 2, bold: true, language }, paragraph: { spacing: { before: 180, after: 60 }, keepNext: true, outlineLevel: 1 } },
      },
      paragraphStyles: [
        // Body text justified (両端揃え), as Japanese Word's 標準 style is; headings and labels inherit it.
        { id: 'Normal', name: 'Normal', quickFormat: true, paragraph: { alignment: AlignmentType.BOTH } },
        { id: labelStyleId, name: 'Table Label', basedOn: 'Normal', quickFormat: true, run: { font: heading, bold: true, language } },
        {
          id: contactStyleId,
          name: 'Contact Box',
          basedOn: 'Normal',
          quickFormat: true,
          paragraph: { border: { top: rule, bottom: rule, left: rule, right: rule }, indent: { left: 100, right: 100 } },
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { ...page, orientation: PageOrientation.PORTRAIT }, margin } },
        headers: { default: new Header({ children: [preparedOnce(new Paragraph({ children: [new TextRun({ text: words.header, size: 18 })], alignment: AlignmentType.RIGHT }))] }) },
        footers: { default: new Footer({ children: shared.get('footer', words.pageNumber, () => [new Paragraph({ children: [new TextRun({ children: [words.pageNumber[0], PageNumber.CURRENT, words.pageNumber[1]], size: 18 })], alignment: AlignmentType.CENTER })]) as readonly Paragraph[] }) },
        children: [
          ...shared.get('date', [words.date], () => [paragraph(words.date, { alignment: AlignmentType.RIGHT })]),
          paragraph(words.addressee),
          ...shared.get('sender', words.sender, () => words.sender.map((s) => paragraph(s, { alignment: AlignmentType.RIGHT }))),
          headingParagraph(words.title, 'Title'),
          // 記書き, as a 公用文 letter sets its items: 「下記のとおり…」, a centred 記, the items, 以上 at the right.
          ...shared.get('intro', [...words.intro, words.itemsOpen, words.projectsHeading], () => [
            ...words.intro.map((p) => paragraph(p, { indent: true })),
            new Paragraph({ text: words.itemsOpen, alignment: AlignmentType.CENTER, spacing: { before: 240 } }),
            headingParagraph(words.projectsHeading),
          ]),
          ...tables(words.projects),
          headingParagraph(words.sessionHeading),
          ...tables(words.sessions),
          ...shared.get('background', [words.backgroundHeading, ...words.background, words.othersHeading, ...words.others, words.contactHeading, ...words.contact, words.itemsClose], () => [
            headingParagraph(words.backgroundHeading),
            ...words.background.map((p) => paragraph(p, { indent: true })),
            headingParagraph(words.othersHeading, 'Heading2'),
            ...words.others.map((o) => paragraph(o)),
            headingParagraph(words.contactHeading),
            ...words.contact.map((c) => new Paragraph({ text: c, style: contactStyleId })),
            new Paragraph({ text: words.itemsClose, alignment: AlignmentType.RIGHT, spacing: { before: 240 } }),
          ]),
        ],
      },
    ],
  };
}
