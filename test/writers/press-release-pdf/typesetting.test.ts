import { beforeAll, describe, expect, it } from 'vitest';
import type { Font } from 'fontkit';
import { loadEdition } from '../../../src/pipeline/load-edition';
import { fontFiles, openFont } from '../../../src/writers/press-release-pdf/fonts';
import { kinsokuViolations, splits } from '../../support/kinsoku';
import { lineProblems } from '../../support/line-match';
import { bodies, spacingProblems } from '../../support/jlreq-spacing';
import { drawnLines, type DrawnLine } from '../../support/pdf-glyphs';
import { readPdf } from '../../support/pdf-text';
import { builtRelease, lonelyPages, releaseEditions, waveDashPhrase, type BuiltRelease } from '../../support/release-editions';

const faces: Record<string, Font> = {
  'NotoSerifJP-Regular': openFont(fontFiles.Mincho.normal),
  'NotoSansJP-Bold': openFont(fontFiles.Gothic.bold),
};
/** Styles whose lines are headings: each keeps at least two lines of what follows on its page. */
const headingStyles = new Set(['heading', 'groupHeading', 'projectHeading', 'boxHeading', 'appendixHeading', 'column']);
const pageNumber = /^- \d+ -$/;

/** Where a drawn line's set text ends: its last glyph's body (a closing mark's is half an em) read back from the PDF. */
function rightEdge(line: DrawnLine): number {
  const set = bodies(line, faces[line.font]);
  return set[set.length - 1].right * line.fontSize;
}

/** Neighbouring glyphs whose ink overlaps by more than 5 % of an em (pairs of Latin letters are the font's own kerning). */
function overlaps(line: DrawnLine): string[] {
  const font = faces[line.font];
  const ink = line.glyphs.map((glyph) => {
    const found = font.glyphForCodePoint(glyph.text.codePointAt(0)!);
    const scale = line.fontSize / font.unitsPerEm;
    return { text: glyph.text, left: glyph.x + found.bbox.minX * scale, right: glyph.x + found.bbox.maxX * scale, wide: found.advanceWidth >= font.unitsPerEm };
  });
  return ink.slice(1).flatMap((glyph, i) => {
    const before = ink[i];
    const overlap = (before.right - glyph.left) / line.fontSize;
    return (before.wide || glyph.wide) && glyph.text.trim() && before.text.trim() && overlap > 0.05 ? [`${before.text}${glyph.text} by ${overlap.toFixed(3)} em in ${line.text}`] : [];
  });
}

describe.each(Object.entries(releaseEditions))('the release of %s', (_, makeEdition) => {
  let release: BuiltRelease;
  let drawn: DrawnLine[];
  beforeAll(async () => {
    release = await builtRelease(makeEdition);
    drawn = (await drawnLines(release.bytes)).filter((line) => !pageNumber.test(line.text));
  });

  it('draws each laid-out line as one text object, in order, positioned by TJ alone (no Tc, Tw or second Tm)', () => {
    expect(drawn.map((line) => line.text)).toEqual(release.lines.map((line) => line.text));
    expect(drawn.filter((line) => line.spacingOperators.length > 0).map((line) => `${line.spacingOperators.join(' ')}: ${line.text}`)).toEqual([]);
  });

  it('gives every line whole and in order when read with pdf.js', async () => {
    expect(lineProblems((await readPdf(release.bytes)).textLines, release.lines)).toEqual([]);
  });

  it('ends every line of a paragraph but its last exactly at the measure (within 0.5 pt)', () => {
    const justified = release.lines.flatMap((line, i) => (line.measure ? [{ line, drawn: drawn[i] }] : []));
    expect(justified.length).toBeGreaterThan(20);
    const off = justified.filter(({ line, drawn }) => Math.abs(rightEdge(drawn) - (drawn.x + line.measure!)) > 0.5);
    expect(off.map(({ drawn }) => `${(rightEdge(drawn) - drawn.x).toFixed(2)}: ${drawn.text}`)).toEqual([]);
    // …and a block's justified lines share one right edge.
    const edges = new Map<number, number[]>();
    for (const { line, drawn } of justified) edges.set(line.block, [...(edges.get(line.block) ?? []), rightEdge(drawn)]);
    expect([...edges.values()].filter((e) => Math.max(...e) - Math.min(...e) > 0.5)).toEqual([]);
  });

  it('spaces every line as JLReq does, read back from the PDF: kanji and kana, 和欧間, brackets, consecutive marks', () => {
    expect(spacingProblems(drawn, faces)).toEqual([]);
  });

  it('leaves no page holding three or fewer lines alone, and warns of none', () => {
    expect(lonelyPages(drawn)).toEqual([]);
    expect(release.warnings).toEqual([]);
  });

  it('keeps 主催 and the contact box on the page of the lines before them', () => {
    const organiser = release.lines.findIndex((line) => line.style === 'organiser');
    expect(organiser).toBeGreaterThan(0);
    expect(drawn[organiser].page).toBe(drawn[organiser - 1].page);
  });

  it('lets no two neighbouring glyphs overlap by more than 5 % of an em', () => {
    expect(drawn.flatMap(overlaps)).toEqual([]);
  });

  it('breaks no line against kinsoku and splits no name, date or time', async () => {
    const edition = await loadEdition({ dataDir: release.dataDir });
    const names = edition.municipalities.flatMap((m) => [m.displayName, m.fullName]);
    const sessions = edition.sessions.map((s) => `${s.start}～${s.end}`);
    expect(kinsokuViolations(drawn)).toEqual([]);
    expect(splits(drawn, [...names, ...sessions])).toEqual([]);
  });

  it('splits no box, table row, 別紙 entry or heading and the two lines after it across pages', () => {
    const pagesOf = new Map<number, Set<number>>();
    release.lines.forEach((line, i) => {
      for (const unit of line.units) pagesOf.set(unit, (pagesOf.get(unit) ?? new Set()).add(drawn[i].page));
    });
    expect(pagesOf.size).toBeGreaterThan(5);
    expect([...pagesOf].filter(([, pages]) => pages.size > 1)).toEqual([]);
    const orphans = release.lines.flatMap((line, i) => {
      const next = release.lines[i + 1];
      const headingEnds = line.style !== undefined && headingStyles.has(line.style) && next && next.block !== line.block;
      return headingEnds && [1, 2].some((k) => drawn[i + k] && drawn[i + k].page !== drawn[i].page) ? [line.text] : [];
    });
    expect(orphans).toEqual([]);
  });
});

describe('a release whose data writes both 〜 and ～', () => {
  it('copies each out as written', async () => {
    const release = await builtRelease(releaseEditions['three groups and three sessions']);
    // pdf.js reads the quarter em between Japanese and digits (四分アキ) as a space: spaces aside.
    const text = (await readPdf(release.bytes)).textLines.join('').replace(/\s+/g, '');
    expect(text).toContain(waveDashPhrase);
    expect(text).toContain('16:30～17:50');
  });
});
