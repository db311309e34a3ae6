/**
 * Reads a tagged PDF the way assistive technology meets it, with pdf.js: whether it is marked, each
 * page's structure tree, what each marked-content sequence draws, and the annotations; and lists
 * what a PDF/UA checker would object to among the things pdf.js can see (dictionary-level checks,
 * such as TH scope and /Tabs, are in test/documents with qpdf).
 */
export interface ContentRef {
  readonly type: 'content' | 'annotation' | 'object';
  readonly id: string;
}

export interface StructureNode {
  readonly role: string;
  readonly alt?: string;
  readonly lang?: string;
  readonly children: readonly (StructureNode | ContentRef)[];
}

export interface TaggedPage {
  /** pdf.js's tree of the elements with content on this page, in the tree's order. */
  readonly tree: StructureNode | undefined;
  /** The text each marked-content sequence with an MCID draws, by pdf.js's id for it, in content order. */
  readonly marked: ReadonlyMap<string, string>;
  /** The text drawn in each artifact. */
  readonly artifacts: readonly string[];
  /** Drawing outside marked content, or marked content nested the wrong way. */
  readonly markingProblems: readonly string[];
  /** `url`: where a Link annotation leads. */
  readonly annotations: readonly { readonly id: string; readonly subtype: string; readonly contents: string; readonly url?: string }[];
}

export interface TaggedPdf {
  readonly marked: boolean;
  readonly pages: readonly TaggedPage[];
}

/** PDF 1.7's standard structure types (ISO 32000-1, 14.8.4): pdfkit writes no RoleMap, so only these may appear. */
const standardTypes = new Set(
  'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'.split(' '),
);

interface Marking {
  readonly tag: string;
  readonly id: string | null;
}

export async function readTaggedPdf(bytes: Uint8Array): Promise<TaggedPdf> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const { OPS } = pdfjs;
  const opNames = new Map(Object.entries(OPS).map(([name, code]) => [code, name]));
  const paintOps = new Set([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText, OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintSolidColorImageMask, OPS.paintXObject, OPS.shadingFill, OPS.rawFillPath]);
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: TaggedPage[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const markingProblems: string[] = [];
    const enclosing = (stack: readonly Marking[]): 'content' | 'artifact' | undefined =>
      stack.some((m) => m.id !== null) ? 'content' : stack.some((m) => m.tag === 'Artifact') ? 'artifact' : undefined;

    // Painting operators (paths, text, images) outside marked content, and marked content nested wrongly.
    const { fnArray, argsArray } = await page.getOperatorList();
    const stack: Marking[] = [];
    fnArray.forEach((fn, i) => {
      const args = argsArray[i] as unknown[];
      if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps) {
        // pdf.js gives BMC's tag as a Name object, BDC's as a string and its MCID as a number.
        const tag = typeof args[0] === 'string' ? args[0] : (args[0] as { name: string }).name;
        const marking = { tag, id: fn === OPS.beginMarkedContentProps && Number.isInteger(args[1]) ? String(args[1]) : null };
        const outer = enclosing(stack);
        if (outer && (marking.id !== null || marking.tag === 'Artifact')) markingProblems.push(`${marking.id !== null ? `MCID ${marking.id}` : 'an artifact'} inside ${outer === 'content' ? 'tagged content' : 'an artifact'}`);
        stack.push(marking);
      } else if (fn === OPS.endMarkedContent) stack.pop();
      else if ((paintOps.has(fn) || (fn === OPS.constructPath && args[0] !== OPS.endPath)) && !enclosing(stack)) {
        markingProblems.push(`${opNames.get(fn)}${fn === OPS.constructPath ? ` (${opNames.get(args[0] as number)})` : ''} outside marked content`);
      }
    });

    // The text of each marked sequence.
    const content = await page.getTextContent({ includeMarkedContent: true });
    const marked = new Map<string, string>();
    const artifacts: string[] = [];
    const open: (Marking & { artifact?: number })[] = [];
    for (const item of content.items) {
      if ('type' in item && (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps')) {
        // pdf.js gives the tag, though its types do not say so.
        const tag = (item as { tag?: string }).tag ?? '';
        const id = item.type === 'beginMarkedContentProps' ? (item.id ?? null) : null;
        if (id !== null && !marked.has(id)) marked.set(id, '');
        open.push({ tag, id, ...(tag === 'Artifact' ? { artifact: artifacts.push('') - 1 } : {}) });
      } else if ('type' in item && item.type === 'endMarkedContent') open.pop();
      else if ('str' in item && item.str !== '') {
        const owner = [...open].reverse().find((m) => m.id !== null || m.artifact !== undefined);
        if (owner?.id) marked.set(owner.id, marked.get(owner.id) + item.str);
        else if (owner?.artifact !== undefined) artifacts[owner.artifact] += item.str;
        else markingProblems.push(`text outside marked content: "${item.str}"`);
      }
    }

    const tree = ((await page.getStructTree()) ?? undefined) as StructureNode | undefined;
    const annotations = (await page.getAnnotations()).map((a: { id: string; subtype: string; contentsObj?: { str: string }; url?: string }) => ({
      id: a.id,
      subtype: a.subtype,
      contents: a.contentsObj?.str ?? '',
      ...(a.url ? { url: a.url } : {}),
    }));
    pages.push({ tree, marked, artifacts, markingProblems, annotations });
  }
  const markInfo = await document.getMarkInfo();
  await document.destroy();
  return { marked: markInfo?.Marked === true, pages };
}

export function isElement(node: StructureNode | ContentRef): node is StructureNode {
  return 'role' in node;
}

/** Every element of a page's tree, depth first, with its parent. */
export function elements(page: TaggedPage): { node: StructureNode; parent: StructureNode | undefined }[] {
  const found: { node: StructureNode; parent: StructureNode | undefined }[] = [];
  const walk = (node: StructureNode, parent: StructureNode | undefined): void => {
    if (parent) found.push({ node, parent });
    for (const child of node.children) if (isElement(child)) walk(child, node);
  };
  if (page.tree) walk(page.tree, undefined);
  return found;
}

/** The text of an element as the structure gives it: its marked content in tree order. */
export function textOf(node: StructureNode, page: TaggedPage): string {
  return node.children.map((child) => (isElement(child) ? textOf(child, page) : child.type === 'content' ? (page.marked.get(child.id) ?? '') : '')).join('');
}

/** The document's text in the structure tree's order, page by page (an element across a page break is read in two parts, in order). */
export function structureText(pdf: TaggedPdf): string {
  return pdf.pages.map((page) => (page.tree ? textOf(page.tree, page) : '')).join('');
}

/** What a PDF/UA checker would object to, among what pdf.js can see. Empty means every check holds. */
export function tagProblems(pdf: TaggedPdf): string[] {
  const problems: string[] = [];
  if (!pdf.marked) problems.push('the catalog does not say the document is tagged (MarkInfo /Marked true)');
  const headings: string[] = [];
  pdf.pages.forEach((page, p) => {
    const on = (problem: string): string => `page ${p + 1}: ${problem}`;
    const all = elements(page);
    if (all.length === 0) problems.push(on('no structure elements'));
    problems.push(...page.markingProblems.map(on));

    const inTree = new Set(all.flatMap(({ node }) => node.children.filter((c): c is ContentRef => !isElement(c) && c.type === 'content').map((c) => c.id)));
    const inContent = new Set(page.marked.keys());
    for (const id of inContent) if (!inTree.has(id)) problems.push(on(`marked content ${id} belongs to no element`));
    for (const id of inTree) if (!inContent.has(id)) problems.push(on(`the tree names marked content ${id}, which the page does not have`));

    // An OBJR: pdf.js calls it an annotation only when it is its element's one child, an object otherwise.
    const objects = (node: StructureNode): string[] => node.children.filter((c): c is ContentRef => !isElement(c) && c.type !== 'content').map((c) => c.id.replace(/^pdfjs_internal_id_/, ''));
    const treeAnnotations = new Set(all.flatMap(({ node }) => objects(node)));
    for (const annotation of page.annotations) {
      if (!treeAnnotations.has(annotation.id)) problems.push(on(`the ${annotation.subtype} annotation ${annotation.id} is not in the structure tree`));
      if (annotation.contents.trim() === '') problems.push(on(`the ${annotation.subtype} annotation ${annotation.id} has no Contents`));
    }

    for (const { node, parent } of all) {
      const role = node.role;
      if (!standardTypes.has(role)) problems.push(on(`${role} is not a standard structure type`));
      if (/^H[1-6]$/.test(role)) headings.push(role);
      if (role === 'Figure' && !node.alt?.trim()) problems.push(on('a Figure without alternative text'));
      if (role === 'Link' && !objects(node).some((id) => page.annotations.some((a) => a.id === id && a.subtype === 'Link'))) problems.push(on(`the Link "${textOf(node, page)}" has no annotation`));
      if (role === 'Table' && !node.children.every((c) => isElement(c) && ['TR', 'THead', 'TBody', 'TFoot'].includes(c.role))) problems.push(on('a Table with children other than rows'));
      if (role === 'TR' && !['Table', 'THead', 'TBody', 'TFoot'].includes(parent!.role)) problems.push(on(`a TR in a ${parent!.role}`));
      if (role === 'TR' && !node.children.every((c) => isElement(c) && (c.role === 'TH' || c.role === 'TD'))) problems.push(on('a TR with children other than TH and TD'));
      if ((role === 'TH' || role === 'TD') && parent!.role !== 'TR') problems.push(on(`a ${role} in a ${parent!.role}`));
    }
  });
  if (headings.length > 0 && headings[0] !== 'H1') problems.push(`the first heading is ${headings[0]}, not H1`);
  headings.forEach((heading, i) => {
    if (i > 0 && Number(heading[1]) > Number(headings[i - 1][1]) + 1) problems.push(`${heading} follows ${headings[i - 1]}: a heading level is skipped`);
  });
  return problems;
}
