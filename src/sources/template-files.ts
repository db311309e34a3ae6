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
  const files = (
    await hbsFiles(dir).catch(() => {
      throw new InputError([{ file: dir, line: 0, column: 0, rule: 'template-missing', message: 'the templates folder cannot be read', hint: 'restore templates/ from the toolkit', params: { variant: 'folder' } }]);
    })
  ).sort();
  return new Map(files.map((file) => [path.relative(dir, file).replace(/\\/g, '/').replace(/\.hbs$/, ''), file]));
}

/**
 * The .hbs files under `dir`. Hidden entries are passed over: a save's lock, temporary file and
 * `.history/` come and go beside the templates while the studio runs, and a folder that vanishes
 * while it is being read is no template's.
 */
async function hbsFiles(dir: string, top = true): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (!top && error.code === 'ENOENT') return [];
    throw error;
  });
  const nested = await Promise.all(
    entries.filter((e) => !e.name.startsWith('.')).map((e) => (e.isDirectory() ? hbsFiles(path.join(dir, e.name), false) : e.isFile() && e.name.endsWith('.hbs') ? [path.join(dir, e.name)] : [])),
  );
  return nested.flat();
}

/** Every template of a folder by name (`release/lead`), with its file as diagnostics name it and its text. */
export async function readTemplates(dir: string): Promise<Map<string, TemplateText>> {
  const files = await templateFiles(dir);
  const texts = await Promise.all([...files.values()].map((file) => fs.readFile(file, 'utf8')));
  return new Map([...files].map(([name, file], i) => [name, { file, text: texts[i].replace(/^\uFEFF/, '') }]));
}
