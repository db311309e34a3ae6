import { describe, expect, it } from 'vitest';
import type { Content } from 'pdfmake/interfaces';
import type { LineNode } from '../../../src/writers/press-release-pdf/line-breaking';
import { role, tagContent, type StructureElement, type TextPiece } from '../../../src/writers/press-release-pdf/structure';

const line = (text: string, spaceAfter = false): LineNode => ({ text: [{ text }], noWrap: true, fontSize: 10, ...(spaceAfter ? { spaceAfter: true } : {}) });
const block = (...lines: LineNode[]): Content => ({ stack: lines });

/** Each line's pieces as [element path, actual text]. */
function piecesOf(lines: readonly LineNode[]): [string, string][][] {
  const path = (element: StructureElement): string => (element.parent ? `${path(element.parent)}/` : '') + element.type + (element.lang ? `(${element.lang})` : '');
  return lines.map((l) => {
    const tag = l.text[0].tag;
    if (!tag || !('pieces' in tag)) throw new Error(`untagged: ${l.text[0].text}`);
    return tag.pieces.map((piece: TextPiece) => [path(piece.element), piece.actualText]);
  });
}

describe('the structure the layout declares', () => {
  it('makes a paragraph of each block without a role, and puts the lines of a heading in the heading', () => {
    const lines = [line('見出しの'), line('二行'), line('本文の段落'), line('二つ目の段落')];
    tagContent([role({ stack: [block(lines[0]), block(lines[1])] }, 'H1'), block(lines[2]), block(lines[3])]);
    expect(piecesOf(lines)).toEqual([[['Document/H1', '見出しの']], [['Document/H1', '二行']], [['Document/P', '本文の段落']], [['Document/P', '二つ目の段落']]]);
    const [first, second] = [lines[2], lines[3]].map((l) => (l.text[0].tag as { pieces: TextPiece[] }).pieces[0].element);
    expect(first).not.toBe(second);
  });

  it('gives a table rows, a header cell per row and paragraphs in its data cells; a framed box is only drawn', () => {
    const lines = [line('A日程'), line('10月26日'), line('対象自治体'), line('枠の中')];
    const table = role({ table: { body: [[role(block(lines[0]), 'TH', { scope: 'Row' }), role({ stack: [block(lines[1]), block(lines[2])] }, 'TD')]] } }, 'Table');
    tagContent([table, { table: { body: [[block(lines[3])]] } }]);
    expect(piecesOf(lines).map((pieces) => pieces[0][0])).toEqual(['Document/Table/TR/TH', 'Document/Table/TR/TD/P', 'Document/Table/TR/TD/P', 'Document/P']);
    const th = (lines[0].text[0].tag as { pieces: TextPiece[] }).pieces[0].element;
    expect(th.scope).toBe('Row');
  });

  it('makes a phrase of English words a Span in English, across a line break, and gives the break its space back', () => {
    const lines = [line('「外国青年招致事業」（The Japan Exchange and Teaching', true), line('Programme）の略称で、CLAIR JETとALTが')];
    tagContent([block(...lines)]);
    expect(piecesOf(lines)).toEqual([
      [
        ['Document/P', '「外国青年招致事業」（'],
        ['Document/P/Span(en)', 'The Japan Exchange and Teaching '],
      ],
      [
        ['Document/P/Span(en)', 'Programme'],
        ['Document/P', '）の略称で、CLAIR JETとALTが'],
      ],
    ]);
    const spans = lines.map((l) => (l.text[0].tag as { pieces: TextPiece[] }).pieces.find((p) => p.element.type === 'Span')!);
    expect(spans[0].element).toBe(spans[1].element);
    expect(spans.map((s) => s.last)).toEqual([false, true]);
  });

  it('makes a web address a Link inside its paragraph', () => {
    const lines = [line('詳しくは http://www.jetprogramme.org/ja をご覧ください')];
    tagContent([block(...lines)]);
    expect(piecesOf(lines)).toEqual([
      [
        ['Document/P', '詳しくは '],
        ['Document/P/Link', 'http://www.jetprogramme.org/ja'],
        ['Document/P', ' をご覧ください'],
      ],
    ]);
    const link = (lines[0].text[0].tag as { pieces: TextPiece[] }).pieces[1];
    expect(link).toMatchObject({ last: true, element: { url: 'http://www.jetprogramme.org/ja' } });
  });

  it('tags an image as a Figure with its alternative text, and refuses one without', () => {
    const image = role({ image: 'data:image/png;base64,', fit: [10, 10] }, 'Figure', { alt: '刀を打つ元JET' });
    tagContent([image]);
    expect((image as { tag?: unknown }).tag).toMatchObject({ figure: { type: 'Figure', alt: '刀を打つ元JET' } });
    expect(() => tagContent([{ image: 'data:image/png;base64,' }])).toThrow('an image must be a Figure with alternative text');
  });
});
