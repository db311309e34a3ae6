import fs from 'node:fs';
import path from 'node:path';
import { defaultDataDir } from '../runtime/paths';
import { prefectureNumber } from '../checks/municipality-names';
import commonSchema from '../../schemas/common.schema.json';

const prefectures: readonly string[] = commonSchema.$defs.prefecture.enum;
/** Kanji and kana of the seed's own sentences: what real plans are written with. */
const cityKanji = [...'浜田松山阿南北九州天草都城京大分宮崎熊本徳島愛媛島根福岡石見竹細工神楽和牛漬物'];

/** Deterministic stand-in text of a given length, cut from the seed's plans. */
function textOfLength(source: string, length: number, offset: number): string {
  let text = '';
  while (text.length < length) text += source;
  const start = offset % source.length;
  return (text + text).slice(start, start + length).replace(/^[、。]+/, '');
}

function withCheckDigit(five: string): string {
  const sum = [6, 5, 4, 3, 2].reduce((t, w, i) => t + w * Number(five[i]), 0);
  return `${five}${(11 - (sum % 11)) % 10}`;
}

/**
 * Writes an edition of `municipalities` host municipalities (one project each, seed-length texts,
 * two groups and sessions) and `registrations` registrations into `dir`, based on the seed data.
 */
export function writeSyntheticEdition(dir: string, municipalities: number, registrations: number, seedDir = defaultDataDir): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const name of ['release.json', 'programme.json', 'organiser.json', 'schedule.json']) fs.copyFileSync(path.join(seedDir, name), path.join(dir, name));
  const seed = JSON.parse(fs.readFileSync(path.join(seedDir, 'projects.json'), 'utf8')) as { fields: string[]; projects: { plan: string; participant: string }[] };
  const plans = seed.projects.map((p) => p.plan).join('');
  const projects = Array.from({ length: municipalities }, (_, i) => {
    const prefecture = prefectures[i % 47];
    const serial = 201 + Math.floor(i / 47);
    const city = `${cityKanji[i % cityKanji.length]}${cityKanji[(i * 7 + 3) % cityKanji.length]}${'〇一二三四五六七八九'[Math.floor(i / 47) % 10]}${'〇一二三四五六七八九'[Math.floor(i / 470) % 10]}市`;
    const group = i % 2 === 0 ? 'A' : 'B';
    const [start, end] = group === 'A' ? ['2017-10-27', '2017-10-29'] : ['2017-11-07', '2017-11-09'];
    return {
      number: i + 1,
      municipality: { prefecture, city, code: withCheckDigit(`${String(prefectureNumber(prefecture)).padStart(2, '0')}${serial}`) },
      group,
      start,
      end,
      participant: textOfLength(seed.projects[i % 8].participant, 28, 0),
      plan: textOfLength(plans, 140 + (i % 5) * 20, i * 37),
      fields: [seed.fields[i % seed.fields.length]],
    };
  });
  fs.writeFileSync(path.join(dir, 'projects.json'), JSON.stringify({ $schema: '../schemas/projects.schema.json', fields: seed.fields, projects }, null, 2));
  const kana = 'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ';
  const list = Array.from({ length: registrations }, (_, i) => ({
    session: i % 2 === 0 ? 'A' : 'B',
    name: `見本 ${cityKanji[i % cityKanji.length]}${cityKanji[(i * 3) % cityKanji.length]}`,
    furigana: `${kana[(i * 13) % kana.length]}${kana[(i * 7) % kana.length]}${kana[i % kana.length]} たろう`,
    organisation: `架空${cityKanji[i % cityKanji.length]}新聞社（サンプル）`,
    kind: ['報道', '自治体', '省庁', 'その他'][i % 4],
    tel: `03-0000-${String(i % 10000).padStart(4, '0')}`,
    email: `sample${i}@example.jp`,
  }));
  if (registrations > 0) fs.writeFileSync(path.join(dir, 'registrations.json'), JSON.stringify({ $schema: '../schemas/registrations.schema.json', registrations: list }, null, 2));
}
