import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue, formatProblem, localise } from '../../src/messages/catalogue';
import { fieldName } from '../../src/messages/field-names';
import { loadEdition } from '../../src/pipeline/load-edition';
import { InputError, type Diagnostic } from '../../src/problems/diagnostics';
import { packageRoot } from '../../src/runtime/paths';
import { editionWith } from '../support/edition-fixture';

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.(ts|js|jsx)$/.test(entry.name) && !entry.name.includes('.generated.') ? [file] : [];
  });

/** Schema keywords ajv reports a problem under (the rule of a schema problem is its keyword). */
const validationKeywords = new Set(['required', 'additionalProperties', 'type', 'enum', 'format', 'pattern', 'minLength', 'maxLength', 'minItems', 'maxItems', 'uniqueItems', 'minimum', 'maximum', 'anyOf', 'const', 'oneOf', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minProperties', 'maxProperties', 'propertyNames', 'dependentRequired', 'contains', 'not']);

function keywordsIn(node: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => keywordsIn(item, found));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (validationKeywords.has(key)) found.add(key);
      // `properties` maps names to schemas: a property called "type" is not the keyword.
      if (key === 'properties' || key === '$defs') Object.values(value as object).forEach((schema) => keywordsIn(schema, found));
      else keywordsIn(value, found);
    }
  }
  return found;
}

/**
 * Every rule id the code can emit, read from the code: a `rule: '…'` literal, the rule argument of a
 * check's report(…)/at(…) (its first plain-word string), and for the schema checks (`rule:
 * error.keyword`) each validation keyword the schemas use, plus `additionalProperties` where they
 * forbid unknown keys and `type` (every schema states its types).
 */
function emittedRuleIds(): Set<string> {
  const rules = new Set<string>();
  for (const file of sourceFiles(path.join(packageRoot, 'src'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\brule: '([^']+)'/g)) rules.add(match[1]);
    for (const match of text.matchAll(/\b(?:report|at)\([^;]*?'([a-z][A-Za-z-]*)',/g)) rules.add(match[1]);
    if (/\brule: error\.keyword\b/.test(text)) {
      for (const schema of fs.readdirSync(path.join(packageRoot, 'schemas'))) keywordsIn(JSON.parse(fs.readFileSync(path.join(packageRoot, 'schemas', schema), 'utf8')), rules);
    }
  }
  return rules;
}

describe('the message catalogue', () => {
  const emitted = emittedRuleIds();

  it('finds the rule ids in the code (the reading of the code works)', () => {
    for (const rule of ['syntax', 'required', 'dangling-reference', 'end-before-start', 'outside-window', 'missing-glyph', 'workbook', 'csv', 'conflict', 'template-value']) expect(emitted).toContain(rule);
  });

  it('has a Japanese and an English wording for every rule id the code can emit, and none for a rule it cannot', () => {
    const missing = [...emitted].filter((rule) => typeof catalogue[rule]?.ja !== 'function' || typeof catalogue[rule]?.en !== 'function');
    expect(missing).toEqual([]);
    expect(Object.keys(catalogue).filter((rule) => !emitted.has(rule))).toEqual([]);
  });

  it('names a field as the form does, counting items from 1', () => {
    expect(fieldName('data/projects.json', '/projects/8/end')).toBe('プロジェクト 9 の最終日');
    expect(fieldName('data/projects.json', '/projects/0/municipality/code')).toBe('プロジェクト 1 の対象自治体の地方公共団体コード');
    expect(fieldName('data/release.json', '/titleLines/1')).toBe('表題の行 2');
    expect(fieldName('data/projects.json', '/projects/2/fields/0')).toBe('プロジェクト 3 の活動分野 1');
    expect(fieldName('data\\schedule.json', '/sessions/1/group')).toBe('報告会 2 の日程グループ');
  });

  it('words real problems in Japanese with the form\'s labels and numbers, keeping the place and the rule', async () => {
    const dir = editionWith([
      { file: 'projects.json', find: '"end": "2017-10-29"', replace: '"end": "2017-10-20"' },
      { file: 'projects.json', find: '"group": "A"', replace: '"group": "Q"' },
    ]);
    const problems = await loadEdition({ dataDir: dir, templatesDir: path.join(packageRoot, 'templates') }).then(
      () => [] as readonly Diagnostic[],
      (error: unknown) => (error instanceof InputError ? error.diagnostics : Promise.reject(error)),
    );
    const lines = problems.map((d) => formatProblem(d, 'ja'));
    expect(lines).toEqual([
      expect.stringMatching(/projects\.json:\d+:\d+: エラー: プロジェクト 1 の日程グループ「Q」は、日程と報告会の日程グループにありません。 \[dangling-reference\]（.*A、B）$/),
      expect.stringMatching(/projects\.json:\d+:\d+: エラー: プロジェクト 1 の最終日（2017-10-20）が初日（2017-10-2\d）より前です。 \[end-before-start\]/),
    ]);
    for (const d of problems) {
      expect(formatProblem(d, 'en')).toContain(`${d.message} [${d.rule}] (${d.hint})`);
      expect(localise(d, 'ja').message).not.toMatch(/\/projects\//);
    }
  });
});
