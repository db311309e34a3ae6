import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/import/decode-text';
import { normaliseValue } from '../../src/import/normalise-row';
import { matchSession } from '../../src/import/match-session';
import { mapColumns } from '../../src/import/column-map';
import { mergeRegistrations } from '../../src/import/merge-registrations';
import type { Table } from '../../src/import/read-table';

describe('decoding', () => {
  const text = '氏名,ふりがな\r\n山田 太郎,ヤマダ ﾀﾛｳ ①\r\n';
  it.each([
    ['UTF-8', Buffer.from(text), 'UTF-8', text],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'UTF-8', text],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]), 'UTF-16LE', text],
    ['UTF-16BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]), 'UTF-16BE', text],
    ['CP932 (with NEC special characters)', iconv.encode(text, 'cp932'), 'Shift_JIS (CP932)', text],
    ['CP932 of half-width katakana only', iconv.encode('ﾌﾘｶﾞﾅ\r\nﾔﾏﾀﾞ ﾀﾛｳ\r\n', 'cp932'), 'Shift_JIS (CP932)', 'ﾌﾘｶﾞﾅ\r\nﾔﾏﾀﾞ ﾀﾛｳ\r\n'],
  ])('reads %s', (_, bytes, encoding, decoded) => {
    expect(decodeText('list.csv', bytes)).toEqual({ ok: true, encoding, text: decoded });
  });

  it('refuses UTF-16 without its byte-order mark, and a UTF-16 mark on bytes that are not UTF-16, naming the file', () => {
    expect(decodeText('list.txt', iconv.encode(text, 'utf-16le'))).toMatchObject({ ok: false, diagnostic: { file: 'list.txt', rule: 'encoding', message: expect.stringContaining('NUL bytes') } });
    expect(decodeText('list.txt', Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toMatchObject({ ok: false, diagnostic: { message: expect.stringContaining('byte-order mark of UTF-16LE') } });
  });
});

describe('what people type', () => {
  it.each([
    ['furigana', 'ヤマダ　タロウ', 'やまだ たろう'],
    ['furigana', ' ﾔﾏﾀﾞ ﾀﾛｳ ', 'やまだ たろう'],
    ['furigana', 'ヴァン・ダイク', 'ゔぁん・だいく'],
    ['tel', '０３－１２３４－５６７８', '03-1234-5678'],
    ['tel', '０４５ー０００ー０００２', '045-000-0002'],
    ['tel', '03(1234)5678', '03-1234-5678'],
    ['tel', '(03) 1234-5678', '03-1234-5678'],
    ['tel', '090 1234 5678', '090-1234-5678'],
    ['tel', '0312345678', '0312345678'],
    ['email', ' ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｊｐ ', 'yamada@example.jp'],
    ['email', 'mailto:sato@example.org', 'sato@example.org'],
    ['name', '　山田　太郎　', '山田 太郎'],
    ['organisation', '架空市役所\r\n国際交流課（ＪＥＴ担当）', '架空市役所 国際交流課（ＪＥＴ担当）'],
  ] as const)('%s %j becomes %j', (field, typed, stored) => {
    expect(normaliseValue(field, typed)).toBe(stored);
  });

  const sessions = [
    { group: 'A', date: '2017-10-30' },
    { group: 'B', date: '2017-11-10' },
  ];
  it.each(['A', 'a', 'Ａ', 'A日程', 'Ａ日程', '10月30日', '１０月３０日（月）', '10/30', '2017-10-30', '2017/10/30', 'A日程（10月30日（月）16:30～）', 'A日程報告会の出席簿', 'Session A'])('%j is session A', (text) => {
    expect(matchSession(text, sessions)).toEqual({ group: 'A' });
  });
  it.each([
    ['C', 'names no session', 'none'],
    ['C日程', 'names no session', 'none'],
    ['12月1日', 'names no session', 'none'],
    ['2016-10-30', 'names no session', 'none'],
    ['どちらでも', 'names no session', 'none'],
    ['', 'is empty', 'empty'],
    ['A日程（11月10日）', 'names more than one session', 'several'],
    ['A日程, B日程', 'names more than one session', 'several'],
  ])('%j is refused: %s, listing the sessions', (text, problem, variant) => {
    expect(matchSession(text, sessions)).toEqual({
      problem: expect.stringContaining(problem) as string,
      hint: expect.stringContaining('A日程 10月30日（月）, B日程 11月10日（金）') as string,
      // The Japanese wording's values: what was written, and the sessions as Japanese lists them.
      params: { variant, found: text, sessions: 'A日程 10月30日（月）、B日程 11月10日（金）' },
    });
  });
});

describe('headings', () => {
  const table = (headings: string[]): Table => ({ file: 'list.csv', format: 'CSV', rows: [{ row: 1, cells: headings }] });
  const fieldsOf = (headings: string[]) => {
    const mapped = mapColumns(table(headings), new Map(), new Set());
    if (!('columns' in mapped)) throw new Error('no heading row');
    return { columns: mapped.columns.map((c) => `${c.heading}→${c.field}`), problems: mapped.problems.map((p) => p.message) };
  };

  it('reads Japanese and English headings, notes in brackets and parts that agree', () => {
    expect(fieldsOf(['お名前（フルネーム）', 'お名前（ふりがな）', '所属（会社名・団体名）', '区分*', 'E-mail address', 'Phone number', '役職名', '出席する報告会'])).toEqual({
      columns: ['お名前（フルネーム）→name', 'お名前（ふりがな）→furigana', '所属（会社名・団体名）→organisation', '区分*→kind', 'E-mail address→email', 'Phone number→tel', '役職名→title', '出席する報告会→session'],
      problems: [],
    });
  });

  it('leaves out Microsoft Forms\' own columns (its respondent\'s メール and 名前 too) and Google Forms\' timestamp', () => {
    expect(fieldsOf(['ID', '開始時刻', '完了時刻', 'メール', '名前', '最終変更時刻', 'お名前', 'フリガナ', '所属', '区分', 'メールアドレス', '日程']).columns).toEqual(['お名前→name', 'フリガナ→furigana', '所属→organisation', '区分→kind', 'メールアドレス→email', '日程→session']);
    expect(fieldsOf(['Timestamp', 'Email Address', 'Name', 'Furigana', 'Organization', 'Category', 'Session']).columns).toEqual(['Email Address→email', 'Name→name', 'Furigana→furigana', 'Organization→organisation', 'Category→kind', 'Session→session']);
  });

  it('reads the headings people give their Google Forms questions, and leaves out the remarks', () => {
    expect(fieldsOf(['タイムスタンプ', 'メールアドレス', 'お名前', 'ふりがな', 'ご所属', '出席される報告会', '備考'])).toEqual({
      columns: ['メールアドレス→email', 'お名前→name', 'ふりがな→furigana', 'ご所属→organisation', '出席される報告会→session'],
      problems: ['the heading row has no column for 区分 (kind)'],
    });
    expect(fieldsOf(['ご芳名', 'フリガナ', '媒体名', '参加希望の報告会', 'ご役職', 'お電話番号']).columns).toEqual(['ご芳名→name', 'フリガナ→furigana', '媒体名→organisation', '参加希望の報告会→session', 'ご役職→title', 'お電話番号→tel']);
    expect(fieldsOf(['氏名', 'ふりがな', '所属先', '会社名', '参加日']).problems).toEqual(['"会社名" is a second column for 所属 (organisation), after "所属先" in column C', 'the heading row has no column for 区分 (kind)']);
  });

  it('reports a second column for one field at its heading', () => {
    expect(fieldsOf(['氏名', 'お名前', 'ふりがな', '所属', '区分', '日程']).problems).toEqual(['"お名前" is a second column for 氏名 (name), after "氏名" in column A']);
  });
});

describe('merging', () => {
  const entry = (name: string, more: Record<string, string> = {}) => ({ session: 'A', name, furigana: 'よみ', organisation: '架空', kind: '報道', ...more });
  const at = (entries: ReturnType<typeof entry>[], place: string) => entries.map((e, i) => ({ entry: e, place: `${place}${i + 1}` }));

  it('adds a person named twice in one list once, and reports the second spelling as a conflict with the first row', () => {
    const rows = at([entry('山田 太郎'), entry('山田 太郎'), entry('山田 太郎', { title: '記者' })], 'row ');
    const merged = mergeRegistrations([], rows, false);
    expect(merged).toMatchObject({ added: 1, unchanged: 1, updated: 0, registrations: [entry('山田 太郎')] });
    expect(merged.conflicts).toEqual([{ row: rows[2], entry: rows[0], differences: [{ field: 'title', before: undefined, after: '記者' }] }]);
  });

  it('matches by e-mail and session whatever the name, and keeps a field the row does not give', () => {
    const existing = at([entry('山田 太郎', { email: 'Yamada@Example.jp', tel: '03-1234-5678' })], 'file ');
    const merged = mergeRegistrations(existing, at([entry('山田 太朗', { email: 'yamada@example.jp' })], 'row '), true);
    expect(merged).toMatchObject({ added: 0, updated: 1, conflicts: [] });
    expect(merged.registrations).toEqual([entry('山田 太朗', { tel: '03-1234-5678', email: 'yamada@example.jp' })]);
  });

  it('takes an e-mail address in other capitals for the same one: no conflict', () => {
    const existing = at([entry('山田 太郎', { email: 'Yamada@Example.jp' })], 'file ');
    const merged = mergeRegistrations(existing, at([entry('山田 太郎', { email: 'yamada@EXAMPLE.JP' })], 'row '), false);
    expect(merged).toMatchObject({ added: 0, updated: 0, unchanged: 1, conflicts: [], registrations: [entry('山田 太郎', { email: 'Yamada@Example.jp' })] });
  });

  it('takes the same person at another session as another registration', () => {
    const merged = mergeRegistrations(at([entry('山田 太郎')], 'file '), at([{ ...entry('山田 太郎'), session: 'B' }], 'row '), false);
    expect(merged.added).toBe(1);
  });
});
