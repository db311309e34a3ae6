import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pressReleaseFileName } from '../../src/writers/press-release-pdf';
import { builtPacket, run } from './packet';
import { lineProblems } from '../support/line-match';
import { builtRelease, releaseEditions, type BuiltRelease } from '../support/release-editions';
import { normaliseText } from '../support/pdf-text';
import { pdfmakeOwnTaggedPdf } from '../support/pdfmake-own-tagging';
import { tempDir } from '../support/edition-fixture';
import { dictionaryProblems, popplerStructureText } from './pdf-tags';
import { untaggedRelease } from '../support/untagged-release';
import { seedDataDir } from '../support/edition-fixture';

/** The PDF/UA-1 checks a program can make (pdfua_check.py, over pikepdf: Debian's python3 has it). */
function pdfuaProblems(file: string): string[] {
  return run('/usr/bin/python3', [path.join(__dirname, 'pdfua_check.py'), file]).split('\n').filter((line) => line !== '');
}

let pdf: string;
beforeAll(async () => {
  pdf = path.join((await builtPacket()).out, pressReleaseFileName);
});

it('passes qpdf --check', () => {
  expect(run('qpdf', ['--check', pdf])).toContain('No syntax or stream encoding errors found');
});

it('has every font embedded and subset (pdffonts)', () => {
  const rows = run('pdffonts', [pdf]).trim().split('\n').slice(2);
  expect(rows.length).toBeGreaterThanOrEqual(2);
  for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
});

it('reads as Japanese text in poppler too (pdftotext), A4, three pages', () => {
  expect(run('pdftotext', ['-layout', pdf, '-'])).toMatch(/対象自治体：京都府、徳島県阿南市、北九州市、熊本県天草市、宮崎県都城市/);
  const info = run('pdfinfo', [pdf]);
  expect(info).toMatch(/Pages:\s+3/);
  expect(info).toMatch(/595\.28 x 841\.89 pts \(A4\)/);
});

describe.each(Object.entries(releaseEditions))('the release of %s, read by poppler and mupdf', (_, makeEdition) => {
  let release: BuiltRelease;
  beforeAll(async () => {
    release = await builtRelease(makeEdition);
  });

  it('gives every line whole and in order in pdftotext (Evince, Okular) and mutool', () => {
    expect(lineProblems(run('pdftotext', [release.pdf, '-']).split('\n'), release.lines)).toEqual([]);
    expect(lineProblems(run('mutool', ['draw', '-q', '-F', 'txt', release.pdf]).split('\n'), release.lines)).toEqual([]);
  });

  it('copies out 〜 and ～ as written', () => {
    const waves = release.lines.flatMap((line) => line.text.match(/[〜～]/g) ?? []).join('');
    for (const text of [run('pdftotext', [release.pdf, '-']), run('mutool', ['draw', '-q', '-F', 'txt', release.pdf])]) {
      expect(text.match(/[〜～]/g)?.join('')).toBe(waves);
    }
  });
});

describe.each(Object.entries(releaseEditions))('the tags of the release of %s, read by qpdf and poppler', (_, makeEdition) => {
  let release: BuiltRelease;
  beforeAll(async () => {
    release = await builtRelease(makeEdition);
  });

  it('pass every check of the dictionaries: MarkInfo, /Lang, the tree and its ParentTree, /StructParents and /Tabs /S on every page, TH scope, links, fonts', () => {
    expect(dictionaryProblems(release.pdf)).toEqual([]);
  });

  it('pass the PDF/UA-1 checks a program can make (pikepdf): XMP claim and title, /Lang, the tree, headings, TH scope, Figure /Alt, fonts, every mark tagged or an artifact', () => {
    expect(pdfuaProblems(release.pdf)).toEqual([]);
  });

  it('give, in tree order, the words the templates produced (pdfinfo -struct-text), without the page numbers', () => {
    const text = popplerStructureText(release.pdf);
    expect(normaliseText(text)).toBe(normaliseText(release.lines.map((line) => line.text).join('')));
    expect(text).not.toMatch(/- \d+ -/);
  });
});

it("the checks fail on pdfmake's own tagging (tagged: true alone)", () => {
  const file = path.join(tempDir(), 'pdfmake.pdf');
  fs.writeFileSync(file, pdfmakeOwnTaggedPdf());
  expect(dictionaryProblems(file)).toEqual(expect.arrayContaining(['the StructTreeRoot has no /K', 'page 1: no /StructParents']));
  expect(popplerStructureText(file)).toBe('');
});

it('the PDF/UA checks fail on the release drawn without tags, and on pdfmake\'s own tagging', async () => {
  const untagged = path.join(tempDir(), 'untagged.pdf');
  fs.writeFileSync(untagged, await untaggedRelease(seedDataDir));
  expect(pdfuaProblems(untagged)).toEqual([
    'the catalog has no MarkInfo /Marked true',
    'no structure tree (StructTreeRoot)',
    ...[1, 2, 3].map((page) => expect.stringMatching(new RegExp(`^page ${page}: \\d+ drawing or text operators are neither tagged content nor an artifact$`))),
  ]);
  const pdfmakeTagged = path.join(tempDir(), 'pdfmake.pdf');
  fs.writeFileSync(pdfmakeTagged, pdfmakeOwnTaggedPdf());
  expect(pdfuaProblems(pdfmakeTagged)).toEqual(
    expect.arrayContaining(['no XMP metadata in the catalog', 'the structure tree is empty', expect.stringMatching(/^page 1: \d+ drawing or text operators/)]),
  );
});
