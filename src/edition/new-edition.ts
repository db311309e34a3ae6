import fs from 'node:fs/promises';
import path from 'node:path';
import { dataFiles } from '../sources/data-files';
import { schemaReference } from '../checks/schema-references';
import { editedJson } from '../save/json-edits';
import { historyFolderName } from '../save/safe-save';
import { UsageError } from '../problems/diagnostics';
import { carriedOverFile, yearBoundValues, type CarriedOver } from './carried-over';

/** Files of an edition that belong to that edition only and never start the next one. */
const leftBehind = new Set(['registrations.json', historyFolderName]);
/** Hidden entries are the studio's own: its history, a save's lock or temporary file. */
const isLeftBehind = (name: string): boolean => leftBehind.has(name) || name.startsWith('.');

/**
 * Starts a new edition from an old one: its files copied (registrations and history left out), each
 * `$schema` rewritten so that it resolves from the new folder, as the editor's help needs. Refuses a
 * target that exists, so no edition is ever overwritten. Returns the files written.
 */
export async function newEdition(from: string, to: string): Promise<string[]> {
  const fromStat = await fs.stat(from).catch(() => null);
  if (!fromStat?.isDirectory()) throw new UsageError({ ja: `${from} はエディションのフォルダーではありません`, en: `--from ${from} is not an edition folder` });
  if (await fs.stat(to).then(() => true, () => false)) throw new UsageError({ ja: `${to} はすでにあります。別の名前にしてください（エディションは上書きしません）`, en: `--to ${to} exists already: choose a new folder (an edition is never overwritten)` });
  // Made whole beside the target, then renamed into place: an interrupted copy leaves no half edition.
  await fs.mkdir(path.dirname(path.resolve(to)), { recursive: true });
  const staging = await fs.mkdtemp(path.join(path.dirname(path.resolve(to)), `.${path.basename(to)}.new-`));
  try {
    await fs.cp(from, staging, { recursive: true, filter: (source) => !isLeftBehind(path.basename(source)) || path.resolve(source) === path.resolve(from) });
    const written: string[] = [];
    const values = new Map<string, unknown>();
    for (const spec of dataFiles) {
      const file = path.join(staging, spec.name);
      const text = await fs.readFile(file, 'utf8').catch(() => null);
      if (text === null) continue;
      written.push(spec.name);
      const value = parseOrNull(text);
      if (!value) continue; // a file that does not parse is copied as it is; validate will say why
      values.set(spec.name, value);
      const reference = schemaReference(to, spec.schema);
      if (value.$schema !== reference) await fs.writeFile(file, editedJson(text, { ...value, $schema: reference }));
    }
    // What still holds the old edition's year, for the studio to list until each is changed or dismissed.
    const carried: CarriedOver = { from: path.basename(path.resolve(from)), values: yearBoundValues(values), dismissed: [] };
    await fs.mkdir(path.join(staging, historyFolderName), { recursive: true });
    await fs.writeFile(path.join(staging, carriedOverFile), `${JSON.stringify(carried, null, 2)}\n`);
    await fs.rename(staging, to);
    return written;
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true });
    throw error;
  }
}

function parseOrNull(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
