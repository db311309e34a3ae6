import fs from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../problems/diagnostics';

// Apart from Handlebars: `validate` reads the templates (for repeated wording) without compiling them.

export interface TemplateText {
  /** As diagnostics name it, e.g. `templates/release/distribution.hbs`. */
  readonly file: string;
  readonly text: string;
}

/** Each template file of a folder (subfolders included), by name (`release/lead`), in name order. */
export async function templateFiles(dir: string): Promise<Map<string, string>> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => {
    throw new InputError([{ file: dir, line: 0, column: 0, rule: 'template-missing', message: 'the templates folder cannot be read', hint: 'restore templates/ from the toolkit', params: { variant: 'folder' } }]);
  });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.hbs')).map((e) => path.join(e.parentPath, e.name)).sort();
  return new Map(files.map((file) => [path.relative(dir, file).replace(/\\/g, '/').replace(/\.hbs$/, ''), file]));
}

/** Every template of a folder by name (`release/lead`), with its file as diagnostics name it and its text. */
export async function readTemplates(dir: string): Promise<Map<string, TemplateText>> {
  const files = await templateFiles(dir);
  const texts = await Promise.all([...files.values()].map((file) => fs.readFile(file, 'utf8')));
  return new Map([...files].map(([name, file], i) => [name, { file, text: texts[i].replace(/^\uFEFF/, '') }]));
}
