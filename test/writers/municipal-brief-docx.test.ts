import { beforeAll, describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/pipeline/load-edition';
import type { Edition } from '../../src/model/edition';
import { timeRange, wareki } from '../../src/calendar/japanese-date';
import { buildInto } from '../support/build';
import { editionWith, seedDataDir, snapshotFolder } from '../support/edition-fixture';
import type { Element as XmlElement } from '@xmldom/xmldom';
import { comparablePart, openPackage, paragraphTexts } from '../support/office-xml';
import { atAnotherTimeAndZone } from '../support/clock';
import { onlineSessions, onlineUrls } from '../support/release-editions';

type Built = Awaited<ReturnType<typeof buildInto>>;

const styleOf = (p: XmlElement): string | null => p.getElementsByTagName('w:pStyle')[0]?.getAttribute('w:val') ?? null;
const styleNamed = (styles: ReturnType<ReturnType<typeof openPackage>['part']>, id: string): XmlElement => Array.from(styles.getElementsByTagName('w:style')).find((s) => s.getAttribute('w:styleId') === id)!;

function briefText(built: Built, stem: string): string {
  return paragraphTexts(openPackage(built.read(`briefs/${stem}.docx`)).part('word/document.xml')).join('\n');
}

describe('the Word briefs of the seed edition', () => {
  let edition: Edition;
  let built: Built;
  beforeAll(async () => {
    edition = await loadEdition({ dataDir: seedDataDir });
    built = await buildInto({ only: ['docx'] });
  });

  it('are one per host municipality, named after it', () => {
    const names = [...snapshotFolder(built.out).keys()].filter((f) => f.endsWith('.docx')).sort();
    expect(names).toEqual(edition.municipalities.map((m) => `briefs/${m.fullName}.docx`).sort());
    expect(names).toHaveLength(8);
  });

  it('each holds its municipality, its project, its session date and time, and no other municipality’s project', () => {
    for (const municipality of edition.municipalities) {
      const text = briefText(built, municipality.briefFileStem);
      expect(text).toContain(`${municipality.fullName} 御中`);
      for (const project of municipality.projects) {
        expect(text).toContain(project.plan);
        expect(text).toContain(project.participant);
        const session = project.group.session!;
        expect(text).toContain(`${wareki(session.date)} ${timeRange(session.start, session.end)}`);
        expect(text).toContain(session.venue!.address);
      }
      for (const other of edition.projects.filter((p) => p.municipality !== municipality)) expect(text).not.toContain(other.plan);
    }
  });

  it('is dated with the release date, from the issuer, with the contacts', () => {
    const text = briefText(built, '福岡県北九州市');
    expect(text).toContain('平成29年10月13日');
    expect(text).toContain('一般財団法人自治体国際化協会');
    expect(text).toContain('TEL 03-5213-1727　FAX 03-5213-1743');
    // No brackets inside brackets: the dates (with their weekdays in brackets) set off by spaces.
    expect(text).toContain('A日程　平成29年10月26日（木）～10月31日（火）　島根県浜田市、愛媛県松山市、大分県');
  });

  it('marks text as Japanese the way Japanese Word does, with Japanese fonts, on A4', () => {
    const pkg = openPackage(built.read('briefs/京都府.docx'));
    const styles = pkg.part('word/styles.xml');
    const defaults = styles.getElementsByTagName('w:rPrDefault')[0];
    const fonts = defaults.getElementsByTagName('w:rFonts')[0];
    expect([fonts.getAttribute('w:eastAsia'), fonts.getAttribute('w:ascii')]).toEqual(['游明朝', '游明朝']);
    const lang = defaults.getElementsByTagName('w:lang')[0];
    expect([lang.getAttribute('w:val'), lang.getAttribute('w:eastAsia')]).toEqual(['en-US', 'ja-JP']);
    const heading = styleNamed(styles, 'Heading1');
    expect(heading.getElementsByTagName('w:rFonts')[0].getAttribute('w:eastAsia')).toBe('游ゴシック');
    const pageSize = pkg.part('word/document.xml').getElementsByTagName('w:pgSz')[0];
    expect([pageSize.getAttribute('w:w'), pageSize.getAttribute('w:h')]).toEqual(['11906', '16838']);
  });

  it('is built from Word styles and real tables: data tables only, the contact box a bordered paragraph style', () => {
    const pkg = openPackage(built.read('briefs/京都府.docx'));
    const document = pkg.part('word/document.xml');
    const paragraphs = Array.from(document.getElementsByTagName('w:p'));
    expect(paragraphs.filter((p) => styleOf(p) === 'Title')).toHaveLength(1);
    expect(paragraphs.filter((p) => styleOf(p) === 'Heading1').length).toBe(4);
    const tables = Array.from(document.getElementsByTagName('w:tbl'));
    expect(tables.length).toBe(2);
    for (const table of tables) expect(table.getElementsByTagName('w:tblStyle')[0].getAttribute('w:val')).toBe('BriefTable');
    expect(paragraphs.filter((p) => styleOf(p) === 'ContactBox').map((p) => p.textContent)).toEqual(['CLAIR ＪＥＴプログラム事業部調整課　担当：若林・谷本・エリック', 'TEL 03-5213-1727　FAX 03-5213-1743', 'http://www.jetprogramme.org/ja']);
    const contactBox = styleNamed(pkg.part('word/styles.xml'), 'ContactBox');
    expect(['w:top', 'w:left', 'w:bottom', 'w:right'].map((side) => contactBox.getElementsByTagName(side)[0]?.getAttribute('w:val'))).toEqual(['single', 'single', 'single', 'single']);
  });

  it('can be followed with a screen reader: headings with outline levels in order, a title, no empty paragraph for spacing', () => {
    for (const municipality of edition.municipalities) {
      const pkg = openPackage(built.read(`briefs/${municipality.briefFileStem}.docx`));
      const paragraphs = Array.from(pkg.part('word/document.xml').getElementsByTagName('w:p'));
      expect(paragraphs.filter((p) => (p.textContent ?? '').trim() === '')).toHaveLength(0);
      const levels = paragraphs.map(styleOf).flatMap((style) => (style?.startsWith('Heading') ? [Number(style.slice(7))] : []));
      expect(levels[0]).toBe(1);
      expect(levels.filter((level, i) => i > 0 && level > levels[i - 1] + 1)).toEqual([]);
      const title = paragraphs.find((p) => styleOf(p) === 'Title')!.textContent;
      expect(pkg.part('docProps/core.xml').getElementsByTagName('dc:title')[0].textContent).toBe(title);
    }
    const styles = openPackage(built.read('briefs/京都府.docx')).part('word/styles.xml');
    expect(['Heading1', 'Heading2'].map((id) => styleNamed(styles, id).getElementsByTagName('w:outlineLvl')[0]?.getAttribute('w:val'))).toEqual(['0', '1']);
  });

  it('justifies its text as Japanese Word’s 標準 style does, and repeats each table’s first row on a new page', () => {
    const pkg = openPackage(built.read('briefs/京都府.docx'));
    const normal = Array.from(pkg.part('word/styles.xml').getElementsByTagName('w:style')).filter((s) => s.getAttribute('w:styleId') === 'Normal');
    expect(normal).toHaveLength(1);
    expect(normal[0].getAttribute('w:default')).toBe('1');
    expect(normal[0].getElementsByTagName('w:jc')[0]?.getAttribute('w:val')).toBe('both');
    const document = pkg.part('word/document.xml');
    const alignments = Array.from(document.getElementsByTagName('w:jc')).map((jc) => jc.getAttribute('w:val'));
    expect(new Set(alignments)).toEqual(new Set(['right', 'center'])); // the date, the sender and 以上 stand right, 記 is centred
    const plan = Array.from(document.getElementsByTagName('w:p')).find((p) => p.textContent?.startsWith('JETプログラムで京都に配置された'))!;
    expect(plan.getElementsByTagName('w:jc')).toHaveLength(0);
    for (const table of Array.from(document.getElementsByTagName('w:tbl')).slice(0, 2)) {
      const rows = Array.from(table.getElementsByTagName('w:tr'));
      expect(rows.map((row) => row.getElementsByTagName('w:tblHeader').length)).toEqual(rows.map((_, i) => (i === 0 ? 1 : 0)));
    }
  });

  it('sets its items as a 公用文 letter does (記書き): 「下記のとおり…」, a centred 記, the items, 以上 at the right end', () => {
    for (const municipality of edition.municipalities) {
      const paragraphs = Array.from(openPackage(built.read(`briefs/${municipality.briefFileStem}.docx`)).part('word/document.xml').getElementsByTagName('w:p'));
      const alignment = (p: XmlElement): string | undefined => p.getElementsByTagName('w:jc')[0]?.getAttribute('w:val') ?? undefined;
      const ki = paragraphs.findIndex((p) => p.textContent === '記');
      expect(paragraphs[ki - 1].textContent).toMatch(/下記のとおりお知らせします。$/);
      expect(alignment(paragraphs[ki])).toBe('center');
      expect(paragraphs[ki + 1].textContent).toBe('1　実施するプロジェクト');
      const last = paragraphs[paragraphs.length - 1];
      expect([last.textContent, alignment(last)]).toEqual(['以上', 'right']);
      expect(paragraphs.filter((p) => p.textContent === '記' || p.textContent === '以上')).toHaveLength(2);
    }
  });

  it('breaks a title that needs two lines between phrases: after the project, before the municipality', () => {
    const titleLines = (stem: string): string[] => {
      const document = openPackage(built.read(`briefs/${stem}.docx`)).part('word/document.xml');
      const title = Array.from(document.getElementsByTagName('w:p')).find((p) => styleOf(p) === 'Title')!;
      return Array.from(title.getElementsByTagName('w:r')).map((run) => run.textContent ?? '');
    };
    expect(titleLines('島根県浜田市')).toEqual(['「JETふるさとビジョンプロジェクト」', '島根県浜田市での実施について']);
    expect(titleLines('福岡県北九州市')).toEqual(['「JETふるさとビジョンプロジェクト」', '福岡県北九州市での実施について']);
    // A title that fits is one line.
    expect(titleLines('京都府')).toEqual(['「JETふるさとビジョンプロジェクト」京都府での実施について']);
  });

  it('carries document properties dated by the release', () => {
    const core = openPackage(built.read('briefs/京都府.docx')).part('docProps/core.xml');
    const value = (tag: string): string | undefined => core.getElementsByTagName(tag)[0]?.textContent ?? undefined;
    expect(value('dc:title')).toBe('「JETふるさとビジョンプロジェクト」京都府での実施について');
    expect(value('dc:creator')).toBe('一般財団法人自治体国際化協会');
    expect(value('dc:subject')).toBe('JETふるさとビジョンプロジェクト（京都府）');
    expect(value('dc:language')).toBe('ja-JP');
    expect(value('dcterms:created')).toBe('2017-10-12T15:00:00Z');
    expect(value('dcterms:modified')).toBe('2017-10-12T15:00:00Z');
  });

  it('are the same bytes on every build, whatever the clock and the time zone', async () => {
    const again = await atAnotherTimeAndZone(() => buildInto({ only: ['docx'] }));
    expect(snapshotFolder(again.out)).toEqual(snapshotFolder(built.out));
  });
});

describe('the briefs of an edition whose session A is held at its venue and online, and B online only', () => {
  let built: Built;
  beforeAll(async () => {
    built = await buildInto({ dataDir: onlineSessions(), only: ['docx'] });
  });
  const document = (stem: string) => openPackage(built.read(`briefs/${stem}.docx`)).part('word/document.xml');
  /** The rows of a brief's session table (its second), as label | value. */
  const sessionRows = (stem: string): string[] =>
    Array.from(document(stem).getElementsByTagName('w:tbl')[1].getElementsByTagName('w:tr')).map((row) => paragraphTexts(row as never).join(' | '));

  it('give a municipality reporting online no address: that the session is online, its web address, how to take part', () => {
    expect(sessionRows('京都府')).toEqual([
      '日程 | B日程',
      '日時 | 平成29年11月10日（金） 15:45～17:50',
      '会場 | オンライン開催',
      `オンライン参加 | ${onlineUrls.B}`,
      '参加方法 | 出席を希望する方は、下記の問い合わせ先までご連絡ください。オンラインでの参加方法は、上記のURLでご確認ください。',
    ]);
  });

  it('give a municipality reporting at the hybrid session the venue and its address, the service and web address, and ask which way they attend', () => {
    expect(sessionRows('島根県浜田市')).toEqual([
      '日程 | A日程',
      '日時 | 平成29年10月30日（月） 16:30～17:50',
      '会場 | CLAIR本部 大会議室（オンライン併催）',
      '所在地 | 千代田区麹町１－７相互半蔵門ビル１階',
      `オンライン参加 | Zoomウェビナー　${onlineUrls.A}`,
      '参加方法 | 出席を希望する方は、下記の問い合わせ先までご連絡ください。会場とオンラインのどちらで出席するかもお知らせください。オンラインでの参加方法は、上記のURLでご確認ください。',
    ]);
  });

  it('make the web address a link Word follows: a hyperlink in Word’s Hyperlink style, its relationship leading to the address, set flush left', () => {
    const pkg = openPackage(built.read('briefs/島根県浜田市.docx'));
    const [link] = Array.from(pkg.part('word/document.xml').getElementsByTagName('w:hyperlink'));
    expect(link.textContent).toBe(onlineUrls.A);
    expect(link.getElementsByTagName('w:rStyle')[0].getAttribute('w:val')).toBe('Hyperlink');
    // Justified, the words before an address that wraps would be spread across the line.
    expect((link.parentNode as XmlElement).getElementsByTagName('w:jc')[0]?.getAttribute('w:val')).toBe('left');
    const relationship = Array.from(pkg.part('word/_rels/document.xml.rels').getElementsByTagName('Relationship')).find((r) => r.getAttribute('Id') === link.getAttribute('r:id'))!;
    expect([relationship.getAttribute('Target'), relationship.getAttribute('TargetMode'), relationship.getAttribute('Type')?.endsWith('/hyperlink')]).toEqual([onlineUrls.A, 'External', true]);
  });

  it('no longer say the sessions are in Tokyo when one is online only', () => {
    const text = briefText(built, '島根県浜田市');
    expect(text).toContain('\n2　報告会\n');
    expect(text).toContain('貴自治体で実施するプロジェクトの概要、報告会及び事業の背景を下記のとおりお知らせします。');
    expect(text).not.toContain('東京での');
  });

  it('are the same bytes on every build, the links’ relationship ids too, whatever the clock and the time zone', async () => {
    const again = await atAnotherTimeAndZone(() => buildInto({ dataDir: onlineSessions(), only: ['docx'] }));
    expect(snapshotFolder(again.out)).toEqual(snapshotFolder(built.out));
  });
});

describe('briefs beyond the seed', () => {
  it('give a municipality hosting two projects one brief covering both', async () => {
    const dir = editionWith([
      { file: 'projects.json', find: '{ "prefecture": "熊本県", "city": "天草市", "code": "432156" }', replace: '{ "prefecture": "福岡県", "city": "北九州市", "code": "401005", "omitPrefecture": true }' },
    ]);
    const edition = await loadEdition({ dataDir: dir });
    const built = await buildInto({ dataDir: dir, only: ['docx'] });
    const briefs = [...snapshotFolder(built.out).keys()].filter((f) => f.endsWith('.docx'));
    expect(briefs).toHaveLength(7);
    const text = briefText(built, '福岡県北九州市');
    for (const project of edition.projects.filter((p) => p.municipality.code === '401005')) expect(text).toContain(project.plan);
    expect(text.match(/企画概要/g)).toHaveLength(2);
    // Two tables in one section: each under a heading of its own (which also keeps Word from joining them), not after an empty line.
    const paragraphs = Array.from(openPackage(built.read('briefs/福岡県北九州市.docx')).part('word/document.xml').getElementsByTagName('w:p'));
    expect(paragraphs.filter((p) => styleOf(p) === 'Heading2').map((p) => p.textContent)).toEqual([
      '番号６　プロの写真家となったオーストラリア人元JET',
      '番号７　コミュニティーアート活動に取り組んでいる元JET',
      '今回の実施自治体',
    ]);
    expect(paragraphs.filter((p) => (p.textContent ?? '').trim() === '')).toHaveLength(0);
  });

  it('name the older MS fonts when asked', async () => {
    const built = await buildInto({ only: ['docx'], wordFonts: 'ms' });
    const fonts = openPackage(built.read('briefs/京都府.docx')).part('word/styles.xml').getElementsByTagName('w:rPrDefault')[0].getElementsByTagName('w:rFonts')[0];
    expect([fonts.getAttribute('w:eastAsia'), fonts.getAttribute('w:ascii')]).toEqual(['ＭＳ 明朝', 'Century']);
  });
});

describe('the brief package', () => {
  // The seed's briefs, and briefs with web links (relationships of their own, after the header's, the footer's and the theme's).
  it.each([
    ['the seed', () => seedDataDir, false],
    ['online sessions', onlineSessions, true],
  ])('holds exactly the parts docx’s own Packer writes, only dated by the release (%s)', async (_, dataDir, withLinks) => {
    const { Document, Packer } = await import('docx');
    const { unzipSync, strFromU8 } = await import('fflate');
    const { briefOptions } = await import('../../src/writers/municipal-brief-docx/document');
    const { BriefPacker } = await import('../../src/writers/municipal-brief-docx/package');
    const { briefWords } = await import('../../src/writers/municipal-brief-docx/words');
    const { loadTemplates } = await import('../support/templates');
    const { templatesDir } = await import('../../src/runtime/paths');
    const edition = await loadEdition({ dataDir: dataDir() });
    const words = briefWords(edition, await loadTemplates(templatesDir));
    const packer = new BriefPacker({ year: 2017, month: 10, day: 13 });
    const linked: string[] = [];
    // Twice over: the later briefs are made on the first's Document, and must leave it as it was.
    for (const brief of [...words, ...words]) {
      const ours = unzipSync(packer.pack(briefOptions(brief, 'yu', packer.shared)));
      const theirs = unzipSync(await Packer.toBuffer(new Document(briefOptions(brief, 'yu'))));
      expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
      for (const name of Object.keys(theirs)) {
        // Ours also records the language: the one other difference.
        const text = (bytes: Uint8Array): string => comparablePart(bytes).replace('<dc:language>ja-JP</dc:language>', '');
        expect(text(ours[name]), `${brief.fileStem}: ${name}`).toBe(text(theirs[name]));
      }
      if (strFromU8(ours['word/_rels/document.xml.rels']).includes('/hyperlink')) linked.push(brief.fileStem);
    }
    // Links in more than one brief: in one made on the first's Document too.
    expect(new Set(linked).size > 1).toBe(withLinks);
  });
});

/** A synthetic edition of 70 municipalities: enough briefs to be made in worker threads. */
async function editionForThreads(): Promise<string> {
  const { writeSyntheticEdition } = await import('../../src/bench/synthetic-edition');
  const { tempDir } = await import('../support/edition-fixture');
  const dir = tempDir('presskit-70-');
  writeSyntheticEdition(dir, 70, 0, seedDataDir);
  return dir;
}

it('worker threads write the same briefs as one thread', async () => {
  const dir = await editionForThreads();
  const one = await buildInto({ dataDir: dir, only: ['docx'], threads: 1 });
  const two = await buildInto({ dataDir: dir, only: ['docx'], threads: 2 });
  const briefs = snapshotFolder(two.out);
  expect([...briefs.keys()].filter((f) => f.endsWith('.docx'))).toHaveLength(70);
  expect(briefs).toEqual(snapshotFolder(one.out));
}, 120_000);

it('a brief that fails in a worker or in this thread fails the whole render', async () => {
  const { loadTemplates } = await import('../support/templates');
  const { templatesDir } = await import('../../src/runtime/paths');
  const { municipalBriefDocx } = await import('../../src/writers/municipal-brief-docx');
  const { briefWords } = await import('../../src/writers/municipal-brief-docx/words');
  const edition = await loadEdition({ dataDir: await editionForThreads() });
  const words = briefWords(edition, await loadTemplates(templatesDir));
  // Workers take the first batches of 32; this thread takes pairs after them (see packSpread).
  for (const broken of [5, 66]) {
    const withBrokenRow = words.map((brief, i) => (i === broken ? { ...brief, sessions: [{ heading: '', rows: [null as never] }] } : brief));
    await expect(municipalBriefDocx.render(edition, withBrokenRow, { threads: 2, wordFonts: 'yu' })).rejects.toThrow(/label/);
  }
}, 120_000);
