import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTemplates } from '../../src/sources/template-files';
import { compileTemplates } from '../../src/wording/templates';
import { keptFillings } from '../../src/wording/fillings';
import { tempDir } from '../support/edition-fixture';

function templatesOf(files: Record<string, string>): string {
  const dir = tempDir('presskit-templates-');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

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
