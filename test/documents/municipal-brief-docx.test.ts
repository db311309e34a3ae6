import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadEdition } from '../../src/pipeline/load-edition';
import { seedDataDir } from '../support/edition-fixture';
import { builtPacket, convertWithLibreOffice, run } from './packet';
import { templatesDir } from '../../src/runtime/paths';
import { loadTemplates } from '../support/templates';
import { briefWords } from '../../src/writers/municipal-brief-docx/words';
import { phrases } from '../../src/writers/phrases';
import { NameFinder } from '../../src/writers/press-release-pdf/name-finder';

const unspaced = (text: string): string => text.replace(/\s+/g, '');

/**
 * How `text` is broken in pdftotext's lines: the lines that, read in order, spell it (spaces
 * aside), as the lengths of each line but the last; undefined if no run of lines spells it.
 */
function breaksIn(text: string, lines: readonly string[]): number[] | undefined {
  const target = unspaced(text);
  for (let i = 0; i < lines.length; i++) {
    let read = '';
    const breaks: number[] = [];
    for (let j = i; j < lines.length && target.startsWith(read + unspaced(lines[j])) && unspaced(lines[j]) !== ''; j++) {
      read += unspaced(lines[j]);
      if (read === target) return breaks;
      breaks.push(read.length);
    }
  }
  return undefined;
}

it('LibreOffice converts every brief to PDF, and each reads with its municipality name', async () => {
  const edition = await loadEdition({ dataDir: seedDataDir });
  const { out } = await builtPacket();
  const briefs = edition.municipalities.map((m) => path.join(out, 'briefs', `${m.briefFileStem}.docx`));
  const pdfs = convertWithLibreOffice(briefs);
  edition.municipalities.forEach((municipality, i) => {
    expect(fs.existsSync(pdfs[i])).toBe(true);
    const text = run('pdftotext', [pdfs[i], '-']).replace(/\s+/g, '');
    expect(text).toContain(`${municipality.fullName}御中`);
    expect(run('pdfinfo', [pdfs[i]])).toMatch(/595\.\d+ x 841\.\d+ pts \(A4\)/);
  });
});

it('LibreOffice breaks every title and heading of every brief only between phrases', async () => {
  const edition = await loadEdition({ dataDir: seedDataDir });
  const words = briefWords(edition, await loadTemplates(templatesDir));
  const { out } = await builtPacket();
  const pdfs = convertWithLibreOffice(words.map((brief) => path.join(out, 'briefs', `${brief.fileStem}.docx`)));
  const names = new NameFinder(edition.municipalities.flatMap((m) => [m.fullName, m.displayName, m.prefecture, m.city ?? '']));
  let broken = 0;
  words.forEach((brief, i) => {
    const lines = run('pdftotext', ['-layout', pdfs[i], '-']).split('\n');
    // A table's own heading is shown when its section has more than one.
    const tableHeadings = (tables: readonly { heading: string }[]): string[] => (tables.length > 1 ? tables.map((t) => t.heading) : []);
    const headings = [brief.title, brief.projectsHeading, ...tableHeadings(brief.projects), brief.sessionHeading, ...tableHeadings(brief.sessions), brief.backgroundHeading, brief.othersHeading, brief.contactHeading];
    for (const heading of headings) {
      const breaks = breaksIn(heading, lines);
      expect(breaks, `${brief.fileStem}: ${heading}`).toBeDefined();
      let at = 0;
      const between = new Set(phrases(heading, names.find(heading)).map((phrase) => (at += unspaced(phrase).length)));
      expect(breaks!.filter((b) => !between.has(b)).map((b) => `${unspaced(heading).slice(0, b)}／${unspaced(heading).slice(b)}`), brief.fileStem).toEqual([]);
      broken += breaks!.length;
    }
  });
  // The seed's titles of long municipality names need two lines.
  expect(broken).toBeGreaterThan(3);
});

it("LibreOffice's tagged PDF of a brief has its title, its headings in order and its tables with header rows", async () => {
  const { out } = await builtPacket();
  const [pdf] = convertWithLibreOffice([path.join(out, 'briefs', '京都府.docx')], { tagged: true });
  const info = run('pdfinfo', [pdf]);
  expect(info).toMatch(/^Title:\s+「JETふるさとビジョンプロジェクト」京都府での実施について$/m);
  expect(info).toMatch(/^Tagged:\s+yes$/m);
  const structure = run('pdfinfo', ['-struct', pdf]);
  expect([...structure.matchAll(/^\s*(H\d) \(block\)/gm)].map((m) => m[1])).toEqual(['H1', 'H1', 'H1', 'H2', 'H1']);
  expect(structure.match(/^\s*Table \(block\)/gm)).toHaveLength(2);
  // Each table's first row is its header: two TH, then TD.
  for (const table of structure.split(/^\s*Table \(block\).*$/m).slice(1)) expect(table.match(/^\s*(TH|TD):?$/gm)!.slice(0, 3).map((c) => c.trim().replace(':', ''))).toEqual(['TH', 'TH', 'TD']);
  // …and shows its title, not its file name, in the window.
  expect(run('qpdf', ['--json=2', pdf])).toMatch(/"\/DisplayDocTitle": true/);
});
