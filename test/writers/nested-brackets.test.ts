import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPacket } from '../../src/pipeline/build-packet';
import { InputError, type Diagnostic } from '../../src/problems/diagnostics';
import { formatProblem } from '../../src/messages/catalogue';
import { editionWith, seedDataDir, templatesWith } from '../support/edition-fixture';
import { loadEdition } from '../../src/pipeline/load-edition';
import { templatesDir } from '../../src/runtime/paths';
import { loadTemplates } from '../support/templates';
import { stringsIn } from '../../src/wording/text-blocks';
import { releaseWords } from '../../src/writers/press-release-pdf/words';
import { briefWords } from '../../src/writers/municipal-brief-docx/words';
import { nestedBrackets } from '../../src/wording/nested-brackets';
import { releaseEditions } from '../support/release-editions';

describe('finding brackets inside brackets', () => {
  it('finds （…（…）…） as the 2017 briefs wrote it, and nothing in a sentence of pairs side by side', () => {
    expect(nestedBrackets('A日程（平成29年10月26日（木）～10月31日（火））：島根県浜田市')).toEqual(['（平成29年10月26日（木）～10月31日（火））']);
    expect(nestedBrackets('A日程の報告会(10月30日（月）)')).toEqual(['(10月30日（月）)']);
    expect(nestedBrackets('自治体国際化協会（CLAIR）では、平成29年10月30日（月）に')).toEqual([]);
    expect(nestedBrackets('（未完（のまま')).toEqual(['（未完（のまま']);
  });

  it('finds 「…「…」…」 too, but not 『』 quoted inside 「」', () => {
    expect(nestedBrackets('「JET「語学指導」事業」')).toEqual(['「JET「語学指導」事業」']);
    expect(nestedBrackets('「JET『語学指導』事業」（CLAIR）')).toEqual([]);
  });
});

describe('the check of the words (build and studio)', () => {
  it('refuses a data value that puts brackets inside the brackets of a template, placing it at the template\'s bracket', async () => {
    const schedule = JSON.parse(fs.readFileSync(path.join(seedDataDir, 'schedule.json'), 'utf8')) as { sessions: Record<string, unknown>[] };
    schedule.sessions[0].online = { url: 'https://www.jetprogramme.org/ja/houkokukai/a/', platform: 'Zoom（ウェビナー）形式' };
    const dataDir = editionWith([{ file: 'schedule.json', content: JSON.stringify(schedule, null, 2) }]);
    const problems = await refused({ dataDir, templatesDir });
    const template = path.join(templatesDir, 'release', 'session-online.hbs');
    const line = fs.readFileSync(template, 'utf8').split('\n')[1];
    expect(problems).toContainEqual(expect.objectContaining({ rule: 'nested-brackets', file: template, line: 2, column: line.indexOf('（{{session.online.platform}}') + 1, params: { found: '（Zoom（ウェビナー）形式）' } }));
    expect(problems.every((problem) => problem.rule === 'nested-brackets')).toBe(true);
    expect(formatProblem(problems[0], 'ja')).toMatch(/括弧の中に同じ括弧があります.*\[nested-brackets\]/);
  });

  it('refuses a template that writes brackets inside brackets, at its line, and a data value that holds them whole, at the value', async () => {
    const dir = templatesWith([{ file: 'brief/session-table-heading.hbs', find: '{{session.group.id}}日程の報告会', replace: '報告会（{{session.group.id}}日程（予定））' }]);
    const [problem] = await refused({ dataDir: seedDataDir, templatesDir: dir, only: ['docx'] });
    expect(problem).toMatchObject({ rule: 'nested-brackets', file: path.join(dir, 'brief', 'session-table-heading.hbs'), params: { found: '（A日程（予定））' } });
    const plan = editionWith([{ file: 'projects.json', find: '京野菜', replace: '京野菜（九条ねぎ（青ねぎ））' }]);
    expect(await refused({ dataDir: plan, templatesDir, only: ['pdf'] })).toEqual([expect.objectContaining({ rule: 'nested-brackets', file: path.join(plan, 'projects.json'), params: { found: '（九条ねぎ（青ねぎ））' } })]);
  });
});

/** The problems a build's check finds (it must find some). */
async function refused(options: Parameters<typeof checkPacket>[0]): Promise<readonly Diagnostic[]> {
  const error = await checkPacket(options).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).diagnostics;
}

describe.each(Object.entries(releaseEditions))('the wording of %s', (_, makeEdition) => {
  it('puts no brackets inside brackets, in the release or any brief', async () => {
    const edition = await loadEdition({ dataDir: makeEdition() });
    const templates = await loadTemplates(templatesDir);
    const texts = [...stringsIn(releaseWords(edition, templates)), ...stringsIn(briefWords(edition, templates))];
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.flatMap(nestedBrackets)).toEqual([]);
  });
});
