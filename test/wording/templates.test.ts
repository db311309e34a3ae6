import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadTemplates } from '../support/templates';
import { readTemplates } from '../../src/sources/template-files';
import { compileTemplates } from '../../src/wording/templates';
import { keptFillings } from '../../src/wording/fillings';
import { InputError } from '../../src/problems/diagnostics';
import { tempDir } from '../support/edition-fixture';

function templatesOf(files: Record<string, string>): string {
  const dir = tempDir('presskit-templates-');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const context = { release: { date: '2017-10-13', photo: null, titleLines: ['一行目', '二行目'] }, name: 'R&D <研究>' };

describe('the wording layer', () => {
  it('fills values without HTML escaping and with the date helpers', async () => {
    const templates = await loadTemplates(templatesOf({ 'a.hbs': '{{name}} {{wareki release.date}}{{#each release.titleLines}}/{{this}}{{/each}}' }));
    expect(templates.render('a', context)).toBe('R&D <研究> 平成29年10月13日（金）/一行目/二行目');
    expect(templates.problems).toEqual([]);
  });

  it('lets #if test a value the model holds as null', async () => {
    const templates = await loadTemplates(templatesOf({ 'a.hbs': '{{#if release.photo}}写真{{else}}なし{{/if}}' }));
    expect(templates.render('a', context)).toBe('なし');
    expect(templates.problems).toEqual([]);
  });

  it.each([
    ['a plain value', 'x\n{{release.dat}}', 2, 3],
    ['#if', '{{#if release.phot}}x{{/if}}', 1, 7],
    ['#each', 'x {{#each release.titles}}{{this}}{{/each}}', 1, 11],
    ['a helper argument', '{{wareki release.dat}}', 1, 10],
    ['a property inside #each', '{{#each release.titleLines}}{{nope}}{{/each}}', 1, 31],
  ])('reports a missing value in %s with the template file, line and column', async (_, text, line, column) => {
    const dir = templatesOf({ 'release/lead.hbs': text });
    const templates = await loadTemplates(dir);
    expect(templates.render('release/lead', context)).toBe('');
    expect(templates.problems).toHaveLength(1);
    expect(templates.problems[0]).toMatchObject({ file: path.join(dir, 'release/lead.hbs'), line, column, rule: 'template-value' });
  });

  it('reports a syntax error when the templates are loaded', async () => {
    const dir = templatesOf({ 'ok.hbs': 'fine', 'broken.hbs': 'a\n{{#if x}}b' });
    const error = await loadTemplates(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).diagnostics[0]).toMatchObject({ file: path.join(dir, 'broken.hbs'), line: 2, rule: 'template-syntax' });
  });

  it('tells with some and every whether any or all items of a list have a key set, as #if sees it', async () => {
    const sessions = { sessions: [{ venue: { name: 'x' }, online: null }, { venue: null, online: { url: 'https://example.jp/' } }] };
    const templates = await loadTemplates(
      templatesOf({ 'a.hbs': '{{#if (some sessions "online")}}some{{/if}} {{#if (every sessions "venue")}}every{{else}}not every{{/if}} {{#if (some sessions "constructor")}}inherited{{/if}}' }),
    );
    expect(templates.render('a', sessions)).toBe('some not every ');
    expect(templates.render('a', { sessions: [sessions.sessions[0]] })).toBe(' every ');
    expect(templates.problems).toEqual([]);
  });

  it('uses partials from templates/partials', async () => {
    const templates = await loadTemplates(templatesOf({ 'partials/who.hbs': '{{name}}', 'a.hbs': '[{{> who}}]' }));
    expect(templates.render('a', context)).toBe('[R&D <研究>]');
  });
});

it('keeps each template’s compiled code in a file for the next process, which runs it as compiled now, partials too', async () => {
  const files = { 'a.hbs': '{{> greeting}} {{missing}}', 'b.hbs': '{{name}}', 'c.hbs': '{{> strict}}', 'partials/greeting.hbs': '{{#each release.titleLines}}[{{this}}]{{/each}}', 'partials/strict.hbs': '<{{absent}}>' };
  const fresh = async () => {
    vi.resetModules();
    return (await import('../support/templates')).loadTemplates;
  };
  const codeFile = path.join(tempDir(), 'templates-code.json');
  const first = await (await fresh())(templatesOf(files), codeFile);
  const kept = JSON.parse(fs.readFileSync(codeFile, 'utf8')) as Record<string, string>;
  expect(Object.keys(kept)).toHaveLength(5);

  const second = await (await fresh())(templatesOf(files), codeFile);
  for (const templates of [first, second]) {
    expect(templates.render('b', context)).toBe('R&D <研究>');
    // Strict and unescaped in a partial too, as when compiled from the text.
    expect(templates.render('a', context)).toBe('');
    expect(templates.render('c', context)).toBe('');
    expect(templates.problems.map((p) => [path.basename(p.file), p.rule, p.line, p.column])).toEqual([['a.hbs', 'template-value', 1, 18], ['c.hbs', 'template-value', 1, 4]]);
  }
  // Taken from the file, not compiled: a change there shows; an edited template is compiled anew.
  fs.writeFileSync(codeFile, JSON.stringify(Object.fromEntries(Object.entries(kept).map(([digest, code]) => [digest, code.replaceAll('"[', '"<')]))));
  const edited = await (await fresh())(templatesOf({ ...files, 'b.hbs': '{{name}}!' }), codeFile);
  expect(edited.render('a', { ...context, missing: 'm' })).toBe('<一行目]<二行目] m');
  expect(edited.render('b', context)).toBe('R&D <研究>!');
  expect(Object.keys(JSON.parse(fs.readFileSync(codeFile, 'utf8')) as object)).toHaveLength(5);
});

describe('the fillings a build records, when asked', () => {
  it('keeps each template\'s first fillings with their contexts and texts, partials within the template that called them, and the count of all', async () => {
    const dir = templatesOf({ 'release/item.hbs': '{{item.name}}：{{> note}}', 'release/unused.hbs': 'x', 'partials/note.hbs': '{{item.id}}番' });
    const recorder = keptFillings(2);
    const templates = compileTemplates(dir, await readTemplates(dir), undefined, recorder.record);
    const items = [{ id: 1, name: '一' }, { id: 2, name: '二' }, { id: 3, name: '三' }];
    expect(items.map((item) => templates.render('release/item', { item }))).toEqual(['一：1番', '二：2番', '三：3番']);
    const item = recorder.fillings.get('release/item')!;
    expect(item.count).toBe(3);
    expect(item.first.map((f) => [f.text, (f.context as { item: unknown }).item])).toEqual([['一：1番', items[0]], ['二：2番', items[1]]]);
    const note = recorder.fillings.get('partials/note')!;
    expect(note.count).toBe(3);
    expect(note.first.map((f) => [f.text, f.within])).toEqual([['1番', 'release/item'], ['2番', 'release/item']]);
    expect(recorder.fillings.has('release/unused')).toBe(false);
  });

  it('records nothing for a build that did not ask (the command\'s)', async () => {
    const dir = templatesOf({ 'release/item.hbs': '{{> note}}', 'partials/note.hbs': 'n' });
    const recorder = keptFillings(3);
    compileTemplates(dir, await readTemplates(dir), undefined, recorder.record).render('release/item', {});
    // The same folder's partials, compiled once, now rendered by a build without a recorder.
    expect(compileTemplates(dir, await readTemplates(dir)).render('release/item', {})).toBe('n');
    expect(recorder.fillings.get('partials/note')?.count).toBe(1);
  });
});
