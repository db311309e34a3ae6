import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pressReleaseFileName } from '../../../src/writers/press-release-pdf';
import { buildInto } from '../../support/build';
import { editionWith } from '../../support/edition-fixture';
import { normaliseText } from '../../support/pdf-text';
import { elements, readTaggedPdf, structureText, tagProblems, textOf, type TaggedPdf } from '../../support/pdf-structure';
import { pdfmakeOwnTaggedPdf } from '../../support/pdfmake-own-tagging';
import { solidPng } from '../../support/png';
import { builtRelease, releaseEditions, type BuiltRelease } from '../../support/release-editions';

describe.each(Object.entries(releaseEditions))('the structure tree of the release of %s, read with pdf.js', (_, makeEdition) => {
  let release: BuiltRelease;
  let pdf: TaggedPdf;
  beforeAll(async () => {
    release = await builtRelease(makeEdition);
    pdf = await readTaggedPdf(release.bytes);
  });

  it('passes every check: marked, a tree on every page, all drawing marked, MCIDs matched, standard types, headings in order, tables, links', () => {
    expect(tagProblems(pdf)).toEqual([]);
  });

  it('gives, in tree order, the words the templates produced, in reading order; the page numbers are artifacts only', () => {
    expect(normaliseText(structureText(pdf))).toBe(normaliseText(release.lines.map((line) => line.text).join('')));
    expect(pdf.pages.map((page) => page.artifacts.filter((text) => text !== ''))).toEqual(pdf.pages.map((_, i) => [`- ${i + 1} -`]));
  });
});

describe('the structure of the seed release', () => {
  let pdf: TaggedPdf;
  beforeAll(async () => {
    pdf = await readTaggedPdf((await buildInto({ only: ['pdf'] })).read(pressReleaseFileName));
  });
  /** Every element with its text as pdf.js reads it, compared as a reader compares (pdf.js gives　as a space, and a space for a wide gap). */
  const all = () => pdf.pages.flatMap((page) => elements(page).map(({ node, parent }) => ({ node, parent, text: normaliseText(textOf(node, page)) })));

  it('has the title as H1 with the project name, each section heading (COLUMN boxes, 別紙 groups too) an H2, each project an H3', () => {
    const headings = all().filter(({ node }) => /^H\d$/.test(node.role));
    expect(headings.slice(0, 9).map(({ node, text }) => `${node.role} ${text}`)).toEqual(
      [
      'H1 JETふるさとビジョンプロジェクト外国人と自治体が協働してJETふるさとビジョンプロジェクトを実施',
      'H2 実施日程及びプロジェクト報告会について',
      'H2 【本件に関する問い合わせ先】',
      'H2 COLUMN',
      'H2 ◎JETプログラムとは',
      'H2 ◎CLAIRとは',
      'H2 別紙観光推進や教育、文化交流などでVisionを描く元JET',
      'H2 A日程〔東京での報告会：10月30日（月）〕',
      'H3 １）島根県浜田市　平成29年10月27日（金）－29日（日）',
      ].map((heading) => heading.replace(/ (.*)/, (_, text: string) => ` ${normaliseText(text)}`)),
    );
    expect(headings.filter(({ node }) => node.role === 'H3')).toHaveLength(8);
  });

  it('makes each 別紙 project a section of its heading and plan', () => {
    const sections = all().filter(({ node }) => node.role === 'Sect' && node.children.some((c) => 'role' in c && c.role === 'H3'));
    expect(sections).toHaveLength(8);
    for (const { node } of sections) expect(node.children.map((c) => ('role' in c ? c.role : c.type))).toEqual(['H3', 'P']);
  });

  it('gives the schedule and the sessions as tables: a row per group or item, its header cell first', () => {
    const tables = all().filter(({ node }) => node.role === 'Table');
    expect(tables.map(({ node }) => node.children.length)).toEqual([2, 2]);
    const rows = all().filter(({ node }) => node.role === 'TR');
    expect(rows.map(({ node }) => node.children.map((c) => ('role' in c ? c.role : c.type)).join(' '))).toEqual(Array(4).fill('TH TD'));
    expect(all().filter(({ node }) => node.role === 'TH').map(({ text }) => text)).toEqual(['A日程', 'B日程', '日程', '会場']);
  });

  it('keeps 主催 and the contact box as elements of their own, the web address a link', () => {
    expect(all().some(({ node, text }) => node.role === 'P' && text === normaliseText('主催　一般財団法人自治体国際化協会（CLAIR）'))).toBe(true);
    const box = all().find(({ node }) => node.role === 'Div')!;
    expect(box.node.children.map((c) => ('role' in c ? c.role : c.type))).toEqual(['H2', 'P', 'P', 'P']);
    expect(box.text).toBe(normaliseText('【本件に関する問い合わせ先】CLAIR ＪＥＴプログラム事業部調整課　担当：若林・谷本・エリックTEL 03-5213-1727　FAX 03-5213-1743http://www.jetprogramme.org/ja'));
    const link = all().find(({ node }) => node.role === 'Link')!;
    expect(link).toMatchObject({ text: 'http://www.jetprogramme.org/ja', parent: { role: 'P' } });
    expect(pdf.pages[0].annotations).toEqual([expect.objectContaining({ subtype: 'Link', contents: 'http://www.jetprogramme.org/ja' })]);
  });

  it('marks the English name of the programme as English', () => {
    const english = all().filter(({ node }) => node.lang === 'en');
    expect(english.map(({ node, text }) => [node.role, text])).toEqual([['Span', normaliseText('The Japan Exchange and Teaching Programme')]]);
  });
});

describe('a release with a photo', () => {
  it('gives the image as a Figure with its alternative text, then its caption', async () => {
    const caption = '"caption": "日本の伝統文化（刀鍛冶）を世界に発信する元JET（H27年度：岡山県）"';
    const dir = editionWith([{ file: 'release.json', find: caption, replace: `${caption}, "image": "photo.png", "alt": "工房で刀を打つ元JETと刀匠"` }]);
    fs.writeFileSync(path.join(dir, 'photo.png'), solidPng(120, 80, [120, 90, 60]));
    const pdf = await readTaggedPdf((await buildInto({ dataDir: dir, only: ['pdf'] })).read(pressReleaseFileName));
    expect(tagProblems(pdf)).toEqual([]);
    const [box] = elements(pdf.pages[1]).filter(({ node }) => node.role === 'Div');
    // pdf.js reads the quarter em between Japanese and Latin (四分アキ) as a space: spaces aside.
    expect(box.node.children.map((c) => ('role' in c ? [c.role, c.alt ?? textOf(c, pdf.pages[1]).replace(/\s+/g, '')] : c.type))).toEqual([
      ['Figure', '工房で刀を打つ元JETと刀匠'],
      ['Caption', '日本の伝統文化（刀鍛冶）を世界に発信する元JET（H27年度：岡山県）'],
    ]);
  });
});

describe('the checks', () => {
  it("fail on pdfmake's own tagging (tagged: true alone): an empty tree, nothing marked", async () => {
    const pdf = await readTaggedPdf(pdfmakeOwnTaggedPdf());
    expect(pdf.marked).toBe(true);
    const problems = tagProblems(pdf);
    expect(problems).toContain('page 1: no structure elements');
    expect(problems).toContain('page 1: text outside marked content: "見出し"');
    expect(problems).toContain('page 1: constructPath (stroke) outside marked content');
    expect(structureText(pdf)).toBe('');
  });
});
