import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultJapaneseParser } from 'budoux';
import { InputError } from '../../src/problems/diagnostics';
import { pressReleaseFileName } from '../../src/writers/press-release-pdf';
import { dateRange, wareki } from '../../src/calendar/japanese-date';
import { loadEdition } from '../../src/pipeline/load-edition';
import { buildInto } from '../support/build';
import { atAnotherTimeAndZone } from '../support/clock';
import { editionWith, normalisePaths, seedDataDir } from '../support/edition-fixture';
import { normaliseText, readPdf, type PdfReading } from '../support/pdf-text';
import { kinsokuViolations, splits } from '../support/kinsoku';
import { elements, readTaggedPdf, tagProblems, textOf, type TaggedPdf } from '../support/pdf-structure';
import { onlineSessions, onlineUrls } from '../support/release-editions';
import { templatesDir } from '../../src/runtime/paths';
import { loadTemplates } from '../support/templates';
import { releaseWords } from '../../src/writers/press-release-pdf/words';

describe('the press release of the seed edition', () => {
  let bytes: Buffer;
  let pdf: PdfReading;
  beforeAll(async () => {
    bytes = (await buildInto({ only: ['pdf'] })).read(pressReleaseFileName);
    pdf = await readPdf(bytes);
  });

  it('contains every sentence of the 2017 release', () => {
    const text = normaliseText(pdf.pageTexts.join(''));
    const sentences = fs
      .readFileSync(path.join(__dirname, '..', 'fixtures', 'seed-release-2017.txt'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'));
    expect(sentences.length).toBeGreaterThanOrEqual(60);
    const missing = sentences.filter((s) => !text.includes(normaliseText(s)));
    expect(missing).toEqual([]);
  });

  it('prints no caption without its photo (the seed has none): no caption in an empty frame', () => {
    expect(normaliseText(pdf.pageTexts.join(''))).not.toContain(normaliseText('日本の伝統文化（刀鍛冶）を世界に発信する元JET'));
  });

  it('is three A4 pages: the release, the column, the 別紙', () => {
    expect(pdf.pages).toBe(3);
    expect(pdf.pageTexts[1]).toContain('COLUMN');
    expect(pdf.pageTexts[2]).toMatch(/^別紙/);
    expect(pdf.pageTexts.map((t) => t.match(/- (\d) -$/)?.[1])).toEqual(['1', '2', '3']);
    expect(bytes.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
  });

  it('stays small enough to mail: at most 160 KB, its structure tree included', () => {
    expect(bytes.length).toBeLessThanOrEqual(160 * 1024);
  });

  it('breaks no line against kinsoku and splits no name, date, time or phone number', async () => {
    const edition = await loadEdition({ dataDir: seedDataDir });
    const protectedTexts = [
      ...edition.municipalities.flatMap((m) => [m.displayName, m.fullName]),
      ...edition.projects.map((p) => dateRange(p.start, p.end, { separator: '－', compact: true })),
      ...edition.sessions.flatMap((s) => [wareki(s.date), `${s.start}～${s.end}`]),
      edition.organiser.contact.tel,
      edition.organiser.contact.fax,
    ];
    expect(pdf.lines.length).toBeGreaterThan(80);
    expect(kinsokuViolations(pdf.lines)).toEqual([]);
    expect(splits(pdf.lines, protectedTexts)).toEqual([]);
  });

  it('embeds every font as a subset, with Unicode mapping for copy and paste', () => {
    const raw = bytes.toString('latin1');
    const baseFonts = [...raw.matchAll(/\/BaseFont \/([^\s/]+)/g)].map((m) => m[1]);
    expect(new Set(baseFonts)).toEqual(new Set(['BZZZZZ+NotoSerifJP-Regular', 'CZZZZZ+NotoSansJP-Bold']));
    expect(raw.match(/\/FontFile2 /g)?.length).toBe(2);
    expect(raw.match(/\/ToUnicode /g)?.length).toBe(2);
  });

  it('carries its metadata, language, window title and bookmarks', () => {
    expect(pdf.info).toMatchObject({
      Title: '外国人と自治体が協働してJETふるさとビジョンプロジェクトを実施',
      Author: '一般財団法人自治体国際化協会',
      Subject: 'JETふるさとビジョンプロジェクト 報道発表資料',
      Creator: 'jet-presskit',
      Language: 'ja-JP',
    });
    expect(pdf.info.Keywords).toContain('北九州市');
    expect(bytes.toString('latin1')).toMatch(/\/DisplayDocTitle true/);
    expect(pdf.outline).toEqual([
      '外国人と自治体が協働してJETふるさとビジョンプロジェクトを実施',
      '実施日程及びプロジェクト報告会について',
      'COLUMN',
      '別紙　観光推進や教育、文化交流などでVisionを描く元JET',
      'A日程〔東京での報告会：10月30日（月）〕',
      'B日程〔東京での報告会：11月10日（金）〕',
    ]);
  });

  it('is the same bytes on every build, whatever the clock and time zone; its date is the release date', async () => {
    const again = (await atAnotherTimeAndZone(() => buildInto({ only: ['pdf'] }))).read(pressReleaseFileName);
    expect(again.equals(bytes)).toBe(true);
    expect(pdf.info.CreationDate).toBe("D:20171012150000Z");
  });
});

describe('line breaking under pressure', () => {
  it('keeps kinsoku and names whole in a paragraph with punctuation at every column', async () => {
    const marks = [...'、。）」』・ーっゃ'];
    let plan = '';
    for (let k = 0; plan.length < 1700; k++) {
      plan += `${'あ'.repeat((k % 9) + 1)}${marks[k % marks.length]}${k % 5 === 0 ? '「北九州市」' : ''}${k % 7 === 0 ? '「平成29年11月6日（月）」' : ''}${k % 11 === 0 ? 'TEL 03-5213-1727' : ''}`;
    }
    const seedPlan = (await loadEdition({ dataDir: seedDataDir })).projects[0].plan;
    const dir = editionWith([{ file: 'projects.json', find: seedPlan, replace: plan }]);
    const pdf = await readPdf((await buildInto({ dataDir: dir, only: ['pdf'] })).read(pressReleaseFileName));
    const planLines = pdf.lines.filter((l) => /^[あ、。）」』・ーっゃ「北九州市（平成0-9年月日火水木金土）TEL -]+$/.test(l.text));
    expect(planLines.length).toBeGreaterThan(30);
    expect(kinsokuViolations(pdf.lines)).toEqual([]);
    expect(splits(pdf.lines, ['北九州市', '平成29年11月6日（月）', '03-5213-1727'])).toEqual([]);
  });

  it('keeps a plan of the longest allowed length whole, though it is too tall to keep on one page', async () => {
    const plan = Array.from({ length: 2000 }, (_, i) => '観光推進教育文化交流地域活性化事業計画'[i % 19]).join('');
    const seedPlan = (await loadEdition({ dataDir: seedDataDir })).projects[0].plan;
    const dir = editionWith([{ file: 'projects.json', find: seedPlan, replace: plan }]);
    const pdf = await readPdf((await buildInto({ dataDir: dir, only: ['pdf'] })).read(pressReleaseFileName));
    expect(normaliseText(pdf.textLines.filter((line) => !/^- \d+ -$/.test(line)).join(''))).toContain(plan);
  });

  it('breaks a long title only between phrases', async () => {
    const title = '外国人と自治体が協働して地域の魅力を世界に発信するふるさとビジョンプロジェクト';
    const dir = editionWith([{ file: 'release.json', find: '"外国人と自治体が協働して"', replace: `"${title}"` }]);
    const pdf = await readPdf((await buildInto({ dataDir: dir, only: ['pdf'] })).read(pressReleaseFileName));
    const titleLines = pdf.lines.filter((l) => l.page === 1 && title.includes(l.text.trim()) && l.text.trim().length > 3);
    expect(titleLines.length).toBeGreaterThanOrEqual(2);
    const phrases = loadDefaultJapaneseParser().parse(title);
    const boundaries = new Set(phrases.map((_, i) => phrases.slice(0, i + 1).join('').length));
    const firstLine = titleLines[0].text.trim();
    expect(title.startsWith(firstLine)).toBe(true);
    expect(boundaries.has(firstLine.length)).toBe(true);
  });
});

describe('characters the fonts lack', () => {
  const withFlag = () => editionWith([{ file: 'projects.json', find: '京都名物の', replace: '京都名物🎌の' }]);

  it('are an error naming the data file, line, column and code point, not a box', async () => {
    const dir = withFlag();
    const error = await buildInto({ dataDir: dir, only: ['pdf'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    const [problem] = (error as InputError).diagnostics;
    expect(normalisePaths(problem.file, dir)).toBe('data/projects.json');
    const lines = fs.readFileSync(path.join(dir, 'projects.json'), 'utf8').split('\n');
    expect(lines[problem.line - 1].indexOf('🎌') + 1).toBe(problem.column);
    expect(problem.message).toContain('"🎌" (U+1F38C)');
  });

  it('render with a configured fallback font', async () => {
    const fallbackFont = require.resolve('@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf');
    const bytes = (await buildInto({ dataDir: withFlag(), only: ['pdf'], fallbackFont })).read(pressReleaseFileName);
    expect(bytes.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoEmoji/);
    expect(normaliseText((await readPdf(bytes)).pageTexts.join(''))).toContain('京都名物🎌の');
  });
});

describe('a release whose session A is held at its venue and online, and B online only', () => {
  let pdf: PdfReading;
  let tagged: TaggedPdf;
  beforeAll(async () => {
    const bytes = (await buildInto({ dataDir: onlineSessions(), only: ['pdf'] })).read(pressReleaseFileName);
    pdf = await readPdf(bytes);
    tagged = await readTaggedPdf(bytes);
  });
  const lines = (): string[] => pdf.lines.map((line) => normaliseText(line.text));

  it('gives each session its place in the sessions table: A its venue, オンライン併催; B オンライン開催 and no address', () => {
    expect(lines()).toEqual(expect.arrayContaining(['会場', 'A日程　千代田区麹町１－７相互半蔵門ビル１階 CLAIR本部 大会議室（オンライン併催）', 'B日程　オンライン開催'].map(normaliseText)));
    // The sessions go over to page 2 with 主催 and the contact box, which do not fit after them on page 1.
    const beforeColumn = pdf.pageTexts.slice(0, 2).join('');
    expect(beforeColumn.match(/千代田区麹町/g)).toHaveLength(1);
    expect(normaliseText(beforeColumn)).toContain(normaliseText('地域活性化について話し合うため、報告会を行います。'));
    expect(beforeColumn).not.toContain('CLAIR本部で報告会');
  });

  it('says after the table how to attend online, each web address on a line of its own', () => {
    const invitation = lines().indexOf(normaliseText('出席を希望する方は担当までご連絡ください。'));
    expect(lines().slice(invitation + 1, invitation + 5)).toEqual(
      ['A日程のオンライン（Zoomウェビナー）での参加方法は、次のURLをご覧ください。', onlineUrls.A, 'B日程のオンラインでの参加方法は、次のURLをご覧ください。', onlineUrls.B].map(normaliseText),
    );
  });

  it('makes each web address a Link element with its annotation, leading to the address, in a tree that passes every check', () => {
    expect(tagProblems(tagged)).toEqual([]);
    const page = tagged.pages.find((p) => p.annotations.some((a) => a.url === onlineUrls.A))!;
    const links = elements(page).filter(({ node }) => node.role === 'Link');
    for (const url of [onlineUrls.A, onlineUrls.B]) {
      expect(links.find(({ node }) => textOf(node, page) === url)?.parent?.role).toBe('P');
      expect(page.annotations.filter((a) => a.url === url)).toEqual([expect.objectContaining({ subtype: 'Link', contents: url })]);
    }
  });

  it('heads each group of the 別紙 with where its session is held', () => {
    expect(pdf.outline.slice(-2)).toEqual(['A日程〔東京での報告会：10月30日（月）〕', 'B日程〔オンラインでの報告会：11月10日（金）〕']);
  });
});

describe('the sessions section of a release whose sessions are held alike', () => {
  /** The release's words for the seed with every session changed by `change`. */
  async function sessionWords(change: (session: Record<string, unknown>) => void) {
    const schedule = JSON.parse(fs.readFileSync(path.join(seedDataDir, 'schedule.json'), 'utf8')) as { sessions: Record<string, unknown>[] };
    schedule.sessions.forEach(change);
    const dataDir = editionWith([{ file: 'schedule.json', content: JSON.stringify(schedule) }]);
    const words = releaseWords(await loadEdition({ dataDir }), await loadTemplates(templatesDir));
    return { intro: words.sessionsIntro, venues: words.venues, online: words.sessionsOnline };
  }
  const url = 'https://www.jetprogramme.org/ja/houkokukai/';

  it('at the venue and online, the same meeting for both: the venue once, the web address once, neither labelled', async () => {
    expect(await sessionWords((s) => (s.online = { url }))).toEqual({
      intro: ['プロジェクトの成果を報告し、JETプログラムを活用した地域活性化について話し合うため、CLAIR本部で報告会を行います。'],
      venues: ['千代田区麹町１－７相互半蔵門ビル１階 CLAIR本部 大会議室（オンライン併催）'],
      online: ['オンラインでの参加方法は、次のURLをご覧ください。', url],
    });
  });

  it('online only: held online, no address anywhere', async () => {
    expect(
      await sessionWords((s) => {
        delete s.venue;
        s.online = { url, platform: 'Microsoft Teams' };
      }),
    ).toEqual({
      intro: ['プロジェクトの成果を報告し、JETプログラムを活用した地域活性化について話し合うため、オンラインで報告会を行います。'],
      venues: ['オンライン開催'],
      online: ['オンライン（Microsoft Teams）での参加方法は、次のURLをご覧ください。', url],
    });
  });
});
