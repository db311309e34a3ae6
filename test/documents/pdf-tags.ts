import { run } from './packet';

/**
 * The checks of a tagged PDF that need its dictionaries (qpdf --json=2, streams decoded) and a
 * second reader of its structure (poppler's pdfinfo -struct-text): what pdf.js does not show.
 */

type Value = unknown;
type Dict = Readonly<Record<string, Value>>;

const standardTypes = new Set(
  'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'.split(' '),
);

/** A PDF's objects as qpdf gives them: references are strings "12 0 R", names "/Name", text strings "u:…". */
class PdfObjects {
  private readonly objects: Readonly<Record<string, { value?: Value; stream?: { dict: Dict; data?: string } }>>;
  readonly root: Dict;

  constructor(pdf: string) {
    const json = JSON.parse(run('qpdf', ['--json=2', '--json-stream-data=inline', '--decode-level=generalized', pdf])) as { qpdf: [unknown, Record<string, { value?: Value; stream?: { dict: Dict; data?: string } }>] };
    this.objects = json.qpdf[1];
    this.root = this.dict((this.objects.trailer.value as Dict)['/Root']);
  }

  static isRef(value: Value): value is string {
    return typeof value === 'string' && /^\d+ \d+ R$/.test(value);
  }

  resolve(value: Value): Value {
    if (!PdfObjects.isRef(value)) return value;
    const object = this.objects[`obj:${value}`];
    return object?.value ?? object?.stream?.dict;
  }

  dict(value: Value): Dict {
    const resolved = this.resolve(value);
    return typeof resolved === 'object' && resolved !== null && !Array.isArray(resolved) ? (resolved as Dict) : {};
  }

  array(value: Value): Value[] {
    const resolved = this.resolve(value);
    return resolved === undefined || resolved === null ? [] : Array.isArray(resolved) ? resolved : [resolved];
  }

  streamText(ref: Value): string {
    const data = PdfObjects.isRef(ref) ? this.objects[`obj:${ref}`]?.stream?.data : undefined;
    return data ? Buffer.from(data, 'base64').toString('latin1') : '';
  }

  /** A number tree's entries (/Nums, and /Kids below it). */
  numberTree(value: Value): Map<number, Value> {
    const entries = new Map<number, Value>();
    const node = this.dict(value);
    const nums = this.array(node['/Nums']);
    for (let i = 0; i + 1 < nums.length; i += 2) entries.set(nums[i] as number, nums[i + 1]);
    for (const kid of this.array(node['/Kids'])) for (const [k, v] of this.numberTree(kid)) entries.set(k, v);
    return entries;
  }

  pages(): string[] {
    const walk = (ref: Value): string[] => {
      const node = this.dict(ref);
      return node['/Type'] === '/Pages' ? this.array(node['/Kids']).flatMap(walk) : [ref as string];
    };
    return walk(this.root['/Pages']);
  }
}

/** What a PDF/UA checker would object to in the dictionaries; empty means every check holds. */
export function dictionaryProblems(file: string): string[] {
  const pdf = new PdfObjects(file);
  const problems: string[] = [];
  const { root } = pdf;
  if (pdf.dict(root['/MarkInfo'])['/Marked'] !== true) problems.push('the catalog has no MarkInfo /Marked true');
  if (root['/Lang'] !== 'u:ja-JP') problems.push(`the catalog's /Lang is ${String(root['/Lang'])}, not ja-JP`);
  if (pdf.dict(root['/ViewerPreferences'])['/DisplayDocTitle'] !== true) problems.push('the window does not show the title (DisplayDocTitle)');
  if (pdf.array(pdf.dict(root['/Outlines'])['/First']).length === 0) problems.push('no bookmarks');
  const treeRoot = pdf.dict(root['/StructTreeRoot']);
  if (treeRoot['/Type'] !== '/StructTreeRoot') return [...problems, 'no StructTreeRoot'];
  if (treeRoot['/RoleMap'] !== undefined) problems.push('a RoleMap: only standard types are expected');
  if (pdf.array(treeRoot['/K']).length === 0) problems.push('the StructTreeRoot has no /K');
  const parentTree = pdf.numberTree(treeRoot['/ParentTree']);
  if (parentTree.size === 0) problems.push('the StructTreeRoot has no ParentTree');

  // The tree, depth first: where each marked-content sequence belongs, the headings in order.
  const owners = new Map<string, string>();
  const headings: string[] = [];
  const walk = (ref: Value, parentType: string): void => {
    const element = pdf.dict(ref);
    const type = String(element['/S']).slice(1);
    if (!standardTypes.has(type)) problems.push(`${type} is not a standard structure type`);
    if (/^H[1-6]$/.test(type)) headings.push(type);
    const attributes = pdf.array(element['/A']).map((a) => pdf.dict(a));
    if (type === 'TH' && !attributes.some((a) => a['/O'] === '/Table' && ['/Row', '/Column', '/Both'].includes(a['/Scope'] as string))) problems.push(`a TH without Scope (${String(ref)})`);
    if ((type === 'TH' || type === 'TD') && parentType !== 'TR') problems.push(`a ${type} in a ${parentType}`);
    if (type === 'TR' && !['Table', 'THead', 'TBody', 'TFoot'].includes(parentType)) problems.push(`a TR in a ${parentType}`);
    if (type === 'Figure' && !String(element['/Alt'] ?? '').replace(/^u:/, '').trim()) problems.push('a Figure without /Alt');
    let annotations = 0;
    for (const kid of pdf.array(element['/K'])) {
      const kidDict = typeof kid === 'number' ? undefined : pdf.dict(kid);
      if (typeof kid === 'number' || kidDict?.['/Type'] === '/MCR') {
        const page = String(typeof kid === 'number' ? element['/Pg'] : (kidDict!['/Pg'] ?? element['/Pg']));
        const mcid = typeof kid === 'number' ? kid : (kidDict!['/MCID'] as number);
        const key = `${page}:${mcid}`;
        if (owners.has(key)) problems.push(`MCID ${mcid} of page ${page} belongs to two elements`);
        owners.set(key, String(ref));
      } else if (kidDict?.['/Type'] === '/OBJR') {
        const annotation = pdf.dict(kidDict['/Obj']);
        annotations++;
        if (!String(annotation['/Contents'] ?? '').replace(/^u:/, '').trim()) problems.push(`the annotation ${String(kidDict['/Obj'])} has no /Contents`);
        if (parentTree.get(annotation['/StructParent'] as number) !== ref) problems.push(`the annotation ${String(kidDict['/Obj'])}'s StructParent does not lead back to its element`);
        if (kidDict['/Pg'] !== undefined && !pdf.array(pdf.dict(kidDict['/Pg'])['/Annots']).includes(kidDict['/Obj'])) problems.push(`the OBJR of ${String(kidDict['/Obj'])} names a page the annotation is not on`);
      } else walk(kid, type);
    }
    if (type === 'Link' && annotations === 0) problems.push('a Link without its annotation (OBJR)');
  };
  for (const kid of pdf.array(treeRoot['/K'])) walk(kid, 'StructTreeRoot');
  if (headings[0] !== undefined && headings[0] !== 'H1') problems.push(`the first heading is ${headings[0]}`);
  headings.forEach((h, i) => {
    if (i > 0 && Number(h[1]) > Number(headings[i - 1][1]) + 1) problems.push(`${h} follows ${headings[i - 1]}`);
  });

  // Every page: in the ParentTree, tab order by structure, its MCIDs the tree's, and every annotation tagged.
  pdf.pages().forEach((pageRef, n) => {
    const page = pdf.dict(pageRef);
    const on = (problem: string): string => `page ${n + 1}: ${problem}`;
    if (page['/Tabs'] !== '/S') problems.push(on('no /Tabs /S'));
    const key = page['/StructParents'];
    if (typeof key !== 'number') {
      problems.push(on('no /StructParents'));
      return;
    }
    const parents = pdf.array(parentTree.get(key));
    const content = [page['/Contents']].flat().map((c) => pdf.streamText(c)).join('\n');
    const inContent = [...content.matchAll(/\/MCID (\d+)/g)].map((m) => Number(m[1]));
    const inTree = [...owners.keys()].filter((k) => k.startsWith(`${pageRef}:`)).map((k) => Number(k.split(':')[1]));
    if (new Set(inContent).size !== inContent.length) problems.push(on('an MCID used twice'));
    if ([...inContent].sort((a, b) => a - b).join() !== [...inTree].sort((a, b) => a - b).join()) problems.push(on(`MCIDs in the content (${inContent.length}) are not those in the tree (${inTree.length})`));
    if (parents.length !== inContent.length) problems.push(on(`the ParentTree lists ${parents.length} MCIDs, the content has ${inContent.length}`));
    parents.forEach((parent, mcid) => {
      if (owners.get(`${pageRef}:${mcid}`) !== parent) problems.push(on(`the ParentTree gives MCID ${mcid} to ${String(parent)}, the tree to ${owners.get(`${pageRef}:${mcid}`)}`));
    });
    for (const annotation of pdf.array(page['/Annots'])) {
      if (typeof pdf.dict(annotation)['/StructParent'] !== 'number') problems.push(on(`the annotation ${String(annotation)} is not in the structure tree`));
    }
    // Every font embedded, with a Unicode map.
    for (const [name, fontRef] of Object.entries(pdf.dict(pdf.dict(page['/Resources'])['/Font']))) {
      const font = pdf.dict(fontRef);
      const descendant = font['/Subtype'] === '/Type0' ? pdf.dict(pdf.array(font['/DescendantFonts'])[0]) : font;
      const descriptor = pdf.dict(descendant['/FontDescriptor']);
      if (!['/FontFile', '/FontFile2', '/FontFile3'].some((k) => descriptor[k] !== undefined)) problems.push(on(`the font ${name} is not embedded`));
      if (font['/ToUnicode'] === undefined) problems.push(on(`the font ${name} has no ToUnicode map`));
    }
  });
  return problems;
}

/** The text poppler reads from the structure tree, in the tree's order (pdfinfo -struct-text). */
export function popplerStructureText(file: string): string {
  return [...run('pdfinfo', ['-struct-text', file]).matchAll(/^\s*"(.*)"$/gm)].map((m) => m[1]).join('');
}

