import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { seedDataDir, tempDir } from '../support/edition-fixture';

/** Characters the Japanese fonts cover: kana, the seed's own kanji, punctuation, digits and Latin letters. */
const seedText = fs.readFileSync(path.join(seedDataDir, 'projects.json'), 'utf8');
const kanji = [...new Set(seedText.match(/\p{Script=Han}/gu))];
const kana = [...'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンーっゃゅょ'];
const hiragana = [...'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんがぎぐげござじずぜぞ'];
const punctuation = [...'、。「」（）・'];
const latin = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'];

const japaneseChar = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...kanji) }, { weight: 5, arbitrary: fc.constantFrom(...kana) }, { weight: 1, arbitrary: fc.constantFrom(...punctuation) }, { weight: 1, arbitrary: fc.constantFrom(...latin) });
const japaneseText = (min: number, max: number) => fc.array(japaneseChar, { minLength: min, maxLength: max }).map(unnested);

/** The text with each bracket that would open inside an open one of its kind set as ・: Japanese writing never nests them, and the build refuses text that does. */
function unnested(chars: readonly string[]): string {
  const open = new Map([['「', 0], ['（', 0]]);
  const closes: Record<string, string> = { '」': '「', '）': '（' };
  return chars
    .map((char) => {
      if (open.has(char)) {
        if (open.get(char)! > 0) return '・';
        open.set(char, 1);
      } else if (closes[char]) open.set(closes[char], 0);
      return char;
    })
    .join('');
}
const nameText = (min: number, max: number) => fc.array(fc.oneof(fc.constantFrom(...kanji), fc.constantFrom(...kana)), { minLength: min, maxLength: max }).map((chars) => chars.join(''));

const prefectures = ['北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県', '茨城県', '栃木県', '群馬県', '埼玉県', '千葉県', '東京都', '神奈川県', '新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県', '岐阜県', '静岡県', '愛知県', '三重県', '滋賀県', '京都府', '大阪府', '兵庫県', '奈良県', '和歌山県', '鳥取県', '島根県', '岡山県', '広島県', '山口県', '徳島県', '香川県', '愛媛県', '高知県', '福岡県', '佐賀県', '長崎県', '熊本県', '大分県', '宮崎県', '鹿児島県', '沖縄県'];

function withCheckDigit(five: string): string {
  const sum = [6, 5, 4, 3, 2].reduce((t, w, i) => t + w * Number(five[i]), 0);
  return `${five}${(11 - (sum % 11)) % 10}`;
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86_400_000);

export interface GeneratedEdition {
  readonly files: Record<string, unknown>;
  readonly municipalities: readonly { fullName: string; displayName: string }[];
  readonly projectCount: number;
  readonly registrationsPerGroup: Record<string, number>;
}

/** A random valid edition: 1–60 projects, 1–3 groups, dates from late Shōwa through Heisei and Reiwa. */
export const arbitraryEdition: fc.Arbitrary<GeneratedEdition> = fc
  .record({
    start: fc.date({ min: new Date('1988-04-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }),
    groupCount: fc.integer({ min: 1, max: 3 }),
    projects: fc.array(
      fc.record({ prefecture: fc.integer({ min: 0, max: 46 }), city: nameText(1, 6), cityKind: fc.constantFrom('市', '町', '村', ''), designated: fc.boolean(), participant: japaneseText(4, 40), plan: japaneseText(20, 300), group: fc.nat(), offset: fc.nat({ max: 5 }), length: fc.nat({ max: 3 }) }),
      { minLength: 1, maxLength: 60, size: 'max' },
    ),
    registrations: fc.array(fc.record({ name: nameText(2, 8), furigana: fc.array(fc.constantFrom(...hiragana), { minLength: 2, maxLength: 10 }).map((c) => c.join('')), organisation: japaneseText(2, 30), group: fc.nat(), kind: fc.constantFrom('報道', '自治体', '省庁', 'その他') }), { maxLength: 30 }),
    // The templates quote the title in 「」 and its lines are joined: brackets of its own would nest.
    title: fc.array(japaneseText(1, 40).map((text) => text.replace(/[「」（）]/g, '・')), { minLength: 1, maxLength: 3 }),
  })
  .map(({ start, groupCount, projects, registrations, title }) => {
    const groups = Array.from({ length: groupCount }, (_, i) => {
      const first = addDays(start, i * 10);
      return { id: String.fromCharCode(65 + i), start: iso(first), end: iso(addDays(first, 8)) };
    });
    const municipalities: { fullName: string; displayName: string }[] = [];
    const projectList = projects.map((p, i) => {
      const prefecture = prefectures[p.prefecture];
      const city = p.cityKind ? `${p.city}${i}${p.cityKind}`.replace(/[0-9]/g, (d) => '〇一二三四五六七八九'[Number(d)]) : undefined;
      const code = withCheckDigit(`${String(p.prefecture + 1).padStart(2, '0')}${city ? String(201 + i).padStart(3, '0') : '000'}`);
      const prefectureOnly = city === undefined;
      const fullName = `${prefecture}${city ?? ''}`;
      if (prefectureOnly && municipalities.some((m) => m.fullName === fullName)) return undefined;
      const omitPrefecture = Boolean(city && p.designated);
      municipalities.push({ fullName, displayName: omitPrefecture ? city! : fullName });
      const group = groups[p.group % groups.length];
      const first = addDays(new Date(`${group.start}T00:00:00Z`), p.offset);
      return {
        number: i + 1,
        municipality: { prefecture, ...(city ? { city } : {}), code, ...(omitPrefecture ? { omitPrefecture: true } : {}) },
        group: group.id,
        start: iso(first),
        end: iso(addDays(first, p.length)),
        participant: p.participant,
        plan: p.plan,
        fields: ['観光'],
      };
    }).filter((p) => p !== undefined);
    const seed = (name: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(seedDataDir, name), 'utf8')) as Record<string, unknown>;
    const registrationList = registrations.map((r) => ({ session: groups[r.group % groups.length].id, name: r.name, furigana: r.furigana, organisation: r.organisation, kind: r.kind }));
    const registrationsPerGroup = Object.fromEntries(groups.map((g) => [g.id, registrationList.filter((r) => r.session === g.id).length]));
    return {
      files: {
        'release.json': { ...seed('release.json'), date: groups[0].start, titleLines: title },
        'programme.json': seed('programme.json'),
        'organiser.json': seed('organiser.json'),
        'schedule.json': { $schema: '../schemas/schedule.schema.json', groups, sessions: groups.map((g) => ({ group: g.id, date: g.end, start: '15:00', end: '17:30', venue: { name: 'CLAIR本部 大会議室', address: '千代田区麹町１－７' } })) },
        'projects.json': { $schema: '../schemas/projects.schema.json', fields: ['観光', '経済', '教育', '文化'], projects: projectList },
        'registrations.json': { $schema: '../schemas/registrations.schema.json', registrations: registrationList },
      },
      municipalities,
      projectCount: projectList.length,
      registrationsPerGroup,
    };
  });

export function writeEdition(edition: GeneratedEdition): string {
  const dir = tempDir('presskit-random-');
  for (const [name, content] of Object.entries(edition.files)) fs.writeFileSync(path.join(dir, name), `${JSON.stringify(content, null, 2)}\n`);
  return dir;
}
