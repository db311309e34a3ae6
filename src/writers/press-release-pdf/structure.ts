import type { Content } from 'pdfmake/interfaces';

/**
 * The release's logical structure. The layout says what its blocks are (`role`); `tagContent` makes
 * the structure elements and tags every run of text and every image with the element it belongs to;
 * marking.ts writes them into the PDF's structure tree as pdfmake draws them. Standard structure
 * types only: pdfkit writes no RoleMap.
 */
export type StructureType = 'Document' | 'Sect' | 'Div' | 'P' | 'H1' | 'H2' | 'H3' | 'H4' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure' | 'Caption' | 'Span' | 'Link';

export interface Role {
  readonly type: StructureType;
  /** Figure: what the picture shows, for those who cannot see it. */
  readonly alt?: string;
  /** TH: the cells it heads. */
  readonly scope?: 'Row' | 'Column';
}

export interface StructureElement extends Role {
  readonly parent: StructureElement | undefined;
  /** Span: a language other than the document's. */
  readonly lang?: string;
  /** Link: where it leads. */
  readonly url?: string;
}

/** A stretch of a run that belongs to one element, and the text a reader copies from it. */
export interface TextPiece {
  /** In UTF-16 units of the run. */
  readonly length: number;
  readonly element: StructureElement;
  readonly actualText: string;
  /** The element's last piece: a link is closed there, with its annotation on that page. */
  readonly last: boolean;
}

/**
 * A line of text as the line breaker lays it out (line-breaking.ts's LineNode, which imports `Tag`
 * from here): what tagging reads of it and writes on it.
 */
interface LineNode {
  readonly text: { readonly text: string; tag?: Tag }[];
  readonly noWrap: true;
  readonly spaceAfter?: true;
}

/** What a drawn thing is in the structure: pieces of elements, a picture, or no part of the content. */
/** A line as the line breaker makes it (line-breaking.ts's LineNode), as far as tagging reads and marks it. */
interface LineNode {
  readonly text: { readonly text: string; tag?: Tag }[];
  readonly noWrap: true;
  readonly spaceAfter?: true;
}

export type Tag = { readonly pieces: readonly TextPiece[] } | { readonly figure: StructureElement } | { readonly artifact: 'Pagination' };

/** The page number: repeated on every page, no part of the text. */
export const pageNumberTag: Tag = { artifact: 'Pagination' };

const roles = new WeakMap<object, Role>();

/** Declares what a node of the layout is (a heading, a table, a section…); text blocks without a role are paragraphs. */
export function role<T extends Content>(node: T, type: StructureType, attributes: Omit<Role, 'type'> = {}): T {
  roles.set(node as object, { type, ...attributes });
  return node;
}

/** Elements whose lines are their own content; under any other, each block of lines is a paragraph. */
const textTypes = new Set<StructureType>(['P', 'H1', 'H2', 'H3', 'H4', 'TH', 'Caption']);

/** Builds the structure the roles describe and tags each run of text and each image of `content` with its element. */
export function tagContent(content: Content): void {
  visit(content, { type: 'Document', parent: undefined }, undefined);
}

/** `lines` collects the lines of the text element being visited, if any. */
function visit(node: unknown, parent: StructureElement, lines: LineNode[] | undefined): void {
  if (Array.isArray(node)) {
    for (const item of node) visit(item, parent, lines);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const declared = roles.get(node);
  if (declared) visitElement(node, { ...declared, parent }, lines);
  else if (isLine(node)) {
    if (lines) lines.push(node);
    else tagLines([node], { type: 'P', parent });
  } else if (!lines && isBlock(node)) visitElement(node, { type: 'P', parent }, undefined);
  else visitChildren(node, parent, lines);
}

function visitElement(node: object, element: StructureElement, lines: LineNode[] | undefined): void {
  if (lines) throw new Error(`the layout puts a ${element.type} inside the text of another element`);
  if ('image' in node) {
    if (element.type !== 'Figure' || !element.alt) throw new Error('an image must be a Figure with alternative text');
    (node as { tag?: Tag }).tag = { figure: element };
    return;
  }
  if (!textTypes.has(element.type)) {
    visitChildren(node, element, undefined);
    return;
  }
  const own: LineNode[] = [];
  visitChildren(node, element, own);
  tagLines(own, element);
}

function visitChildren(node: object, parent: StructureElement, lines: LineNode[] | undefined): void {
  if ('stack' in node) visit(node.stack, parent, lines);
  else if ('columns' in node) visit(node.columns, parent, lines);
  else if ('table' in node) {
    // A table that is a Table has rows; any other (a framed box) is only drawn around its content.
    for (const row of (node.table as { body: unknown[][] }).body) visit(row, parent.type === 'Table' ? { type: 'TR', parent } : parent, lines);
  } else if ('image' in node) throw new Error('an image must be a Figure with alternative text');
}

function isLine(node: object): node is LineNode {
  return (node as Partial<LineNode>).noWrap === true && Array.isArray((node as Partial<LineNode>).text);
}

/** A block of text as the line breaker made it: a stack of lines. */
function isBlock(node: object): boolean {
  const stack = (node as { stack?: unknown }).stack;
  return Array.isArray(stack) && stack.length > 0 && stack.every((item) => typeof item === 'object' && item !== null && isLine(item));
}

/** A run of text inside an element that is an element of its own. */
interface InlineSpan {
  readonly start: number;
  readonly end: number;
  readonly element: StructureElement;
}

/**
 * Tags the runs of an element's lines: a web address is a Link, a phrase of Latin words with small
 * letters (The Japan Exchange and Teaching Programme, not CLAIR JET) is a Span in English. A line
 * broken at a space gives that space back in the text read from it.
 */
function tagLines(lines: readonly LineNode[], element: StructureElement): void {
  let text = '';
  const starts = lines.map((line) => {
    const at = text.length;
    text += line.text.map((fragment) => fragment.text).join('') + (line.spaceAfter ? ' ' : '');
    return at;
  });
  const spans = inlineSpans(text, element);
  lines.forEach((line, i) => {
    let at = starts[i];
    line.text.forEach((fragment, f) => {
      const end = at + fragment.text.length;
      const spaceAfter = f === line.text.length - 1 && line.spaceAfter === true;
      fragment.tag = { pieces: pieces(text, at, end, spaceAfter, spans, element) };
      at = end;
    });
  });
}

const webAddress = /https?:\/\/[!-~]+/g;
const latinPhrase = /[A-Za-z][A-Za-z'’.-]*(?: +[A-Za-z][A-Za-z'’.-]*)+/g;

function inlineSpans(text: string, parent: StructureElement): InlineSpan[] {
  const spans: InlineSpan[] = [...text.matchAll(webAddress)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    element: { type: 'Link', parent, url: match[0] },
  }));
  for (const match of text.matchAll(latinPhrase)) {
    const start = match.index;
    const end = start + match[0].length;
    if (/[a-z]/.test(match[0]) && !spans.some((s) => start < s.end && end > s.start)) spans.push({ start, end, element: { type: 'Span', parent, lang: 'en' } });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The pieces of the run [start, end) of `text`: split where an inline span begins or ends. */
function pieces(text: string, start: number, end: number, spaceAfter: boolean, spans: readonly InlineSpan[], element: StructureElement): TextPiece[] {
  const cuts = [...new Set([start, ...spans.flatMap((s) => [s.start, s.end]).filter((at) => at > start && at < end), end])].sort((a, b) => a - b);
  return cuts.slice(0, -1).map((from, i) => {
    const to = cuts[i + 1];
    const span = spans.find((s) => from >= s.start && to <= s.end);
    return {
      length: to - from,
      element: span?.element ?? element,
      actualText: text.slice(from, to) + (to === end && spaceAfter ? ' ' : ''),
      last: span !== undefined && to >= span.end,
    };
  });
}
