import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemasDir } from '../../src/runtime/paths';

/** Every title and description of the schemas, with where it is: the form's labels and help, the messages' names, the guide's words. */
function words(node: unknown, at: string, found: { at: string; text: string }[]): { at: string; text: string }[] {
  if (Array.isArray(node)) node.forEach((item, i) => words(item, `${at}/${i}`, found));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'title' || key === 'description') && typeof value === 'string') found.push({ at: `${at}/${key}`, text: value });
      else words(value, `${at}/${key}`, found);
    }
  }
  return found;
}

describe('the schemas speak to staff', () => {
  const all = fs.readdirSync(schemasDir).flatMap((file) => words(JSON.parse(fs.readFileSync(path.join(schemasDir, file), 'utf8')), file, []));

  it('in plain Japanese: no true or false, no key or file name in brackets, no JSON words', () => {
    // A file's own title names its file, as the 編集 list shows it: プロジェクト（projects.json）.
    const help = all.filter((w) => !/^[a-z]+\.schema\.json\/title$/.test(w.at) && !w.at.endsWith('/$schema/description'));
    const leaks = help.filter((w) => /\b(true|false|null)\b|（[A-Za-z_]+）|\([A-Za-z_]+\)|[a-z]+\.json|JSON|data\/|キー/.test(w.text));
    expect(leaks).toEqual([]);
  });

  it('every label is Japanese', () => {
    expect(all.filter((w) => w.at.endsWith('/title') && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(w.text))).toEqual([]);
  });
});
