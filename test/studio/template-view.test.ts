import Handlebars from 'handlebars';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkPacket, type CheckedPacket } from '../../src/pipeline/build-packet';
import { templatesDir } from '../../src/runtime/paths';
import { readTemplates } from '../../src/sources/template-files';
import { templateView, type OfferedValue } from '../../src/studio/template-values';
import { createHandlebars } from '../../src/wording/templates';
import { seedDataDir } from '../support/edition-fixture';

/** The seed's packet checked as the studio checks it (the release first), keeping each template's first three fillings. */
let checked: CheckedPacket;
const view = (name: string) => templateView(checked.fillings.get(name));

beforeAll(async () => {
  checked = await checkPacket({ dataDir: seedDataDir, templatesDir, only: ['pdf', 'docx', 'xlsx'], keepFillings: 3 });
});

/** Whether every level of a name is in Japanese: no key of the data or the model shows through. */
const inJapanese = (name: string) => name.split(' › ').every((level) => /[^\x00-\x7F]/.test(level));

describe('what a template produced in the packet, beside it in 編集', () => {
  it('gives a template filled many times its first three fillings, labelled as the form numbers the items, and the count', () => {
    const appendix = view('release/appendix-project');
    expect(appendix.count).toBe(8);
    expect(appendix.fillings.map((f) => f.label)).toEqual(['プロジェクト 1（島根県浜田市）', 'プロジェクト 2（愛媛県松山市）', 'プロジェクト 3（大分県）']);
    expect(appendix.fillings[0].text).toContain('神戸市のホテルで働く元JETが');
    expect(view('brief/session').fillings.map((f) => f.label)).toEqual(['島根県浜田市宛て › 報告会 1（10月30日（月））', '愛媛県松山市宛て › 報告会 1（10月30日（月））', '大分県宛て › 報告会 1（10月30日（月））']);
    expect(view('brief/addressee').count).toBe(8);
  });

  it('gives a template filled once its text, and a partial the template it was filled in', () => {
    const lead = view('release/lead');
    expect(lead).toMatchObject({ count: 1, fillings: [{ label: '', text: expect.stringContaining('世界各地に66,000人以上の知日・親日外国人を輩出し') }] });
    const partial = view('partials/furusato-lead');
    expect(partial.count).toBe(9);
    expect(partial.fillings.map((f) => f.label)).toEqual(['「報道発表資料 › 本文 › リード」の中', '島根県浜田市宛て › 「自治体向け資料 › 記書き › 事業の背景」の中', '愛媛県松山市宛て › 「自治体向け資料 › 記書き › 事業の背景」の中']);
  });

  it('gives a template the packet does not use (no online session; the mails) no filling and no value', () => {
    expect(view('release/session-online')).toEqual({ count: 0, fillings: [], values: [] });
    expect(checked.fillings.has('mail/press-club-body')).toBe(false);
  });

  it('records nothing when the build does not ask (the command)', async () => {
    expect((await checkPacket({ dataDir: seedDataDir, templatesDir, only: ['pdf'] })).fillings.size).toBe(0);
  });
});

describe('the values a template may use, by their Japanese names', () => {
  /** Each offered field rendered with the toolkit's Handlebars against every context the template was filled with. */
  function renderEach(name: string, values: readonly OfferedValue[]): string[][] {
    const hb = createHandlebars();
    return values.map((value) => checked.fillings.get(name)!.first.map((f) => hb.compile(value.field, { strict: true, noEscape: true })(f.context)));
  }

  it.each([
    ['release/appendix-project', { name: 'プロジェクト › 対象自治体 › 市区町村', form: 'そのまま', field: '{{project.municipality.city}}', example: '浜田市' }],
    ['release/appendix-project', { name: 'プロジェクト › 初日', form: '和暦の日付（曜日つき）', field: '{{wareki project.start}}', example: '平成29年10月27日（金）' }],
    ['release/lead', { name: '報道発表 › 発表日', form: '和暦の日付（曜日なし）', field: '{{wareki release.date weekday=false}}', example: '平成29年10月13日' }],
    ['brief/project', { name: '宛先の自治体 › 都道府県と市区町村', form: 'そのまま', field: '{{municipality.fullName}}', example: '島根県浜田市' }],
    ['brief/session', { name: '報告会 › 時間', form: '開始～終了の時刻', field: '{{timeRange session.start session.end}}', example: '16:30～17:50' }],
    ['brief/session', { name: '報告会 › オンライン › 参加用URL', form: 'あるときだけ', field: '{{#if session.online}}{{session.online.url}}{{/if}}', example: '' }],
  ])('offers %s %o', (name, expected) => {
    expect(view(name).values).toContainEqual(expected);
  });

  it.each(['release/appendix-project', 'release/lead', 'brief/project', 'brief/addressee'])('names every value of %s in Japanese, each a field that renders for every filling', (name) => {
    const { values } = view(name);
    expect(values.length).toBeGreaterThan(20);
    expect(values.filter((value) => !inJapanese(value.name))).toEqual([]);
    expect(() => renderEach(name, values)).not.toThrow();
  });

  it('offers, for every template the packet fills, each value its text uses (outside #each), so the list follows the model', async () => {
    const sources = await readTemplates(templatesDir);
    const missing: string[] = [];
    for (const [name, fillings] of checked.fillings) {
      const fields = view(name).values.map((value) => value.field);
      for (const used of pathsUsed(sources.get(name)!.text)) {
        if (!fields.some((field) => new RegExp(`[{ ]${used.replace(/\./g, '\\.')}[.} ]`).test(field))) missing.push(`${name}: ${used}`);
      }
      expect(fillings.count).toBeGreaterThan(0);
    }
    expect(missing).toEqual([]);
  });
});

/** The data paths a template names at its top level: in fields, helper arguments and #if, not inside #each (relative to its items). */
function pathsUsed(text: string): string[] {
  const found = new Set<string>();
  const visit = (node: hbs.AST.Node | null | undefined): void => {
    if (!node) return;
    const n = node as unknown as Record<string, unknown> & { type: string };
    if (n.type === 'PathExpression') {
      const path = n as unknown as hbs.AST.PathExpression;
      if (!path.data && path.depth === 0 && path.original !== 'this') found.add(path.original);
      return;
    }
    if (n.type === 'Program') return (n.body as hbs.AST.Node[]).forEach(visit);
    if (n.type === 'MustacheStatement' || n.type === 'SubExpression' || n.type === 'BlockStatement') {
      const call = n as unknown as hbs.AST.MustacheStatement & { program?: hbs.AST.Program; inverse?: hbs.AST.Program };
      const isHelper = call.params.length > 0 || (call.hash?.pairs.length ?? 0) > 0 || n.type === 'BlockStatement';
      if (!isHelper) visit(call.path);
      call.params.forEach(visit);
      call.hash?.pairs.forEach((pair) => visit(pair.value));
      if ((call.path as hbs.AST.PathExpression).original === 'each') return;
      visit(call.program);
      visit(call.inverse);
    }
  };
  visit(Handlebars.parse(text));
  return [...found];
}
