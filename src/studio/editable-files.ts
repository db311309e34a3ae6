import fs from 'node:fs/promises';
import path from 'node:path';
import { dataFiles, sharedSchemas } from '../sources/data-files';
import { schemasDir } from '../runtime/paths';
import { clearDebrisOf, contentHash, readSaved, readVersion, savedFilePath, saveText, SaveConflict, UnsavableText, versionsOf, type SavedFile, type Version } from '../save/safe-save';
import { LinkOutside } from '../files/link-check';
import { templateFiles } from '../sources/template-files';
import { editedJson } from '../save/json-edits';
import { templateLabel, templateRank } from './template-labels';

/** What the page may open and save: the data files by name, the templates by name; nothing else. */
export type FileKind = 'data' | 'template';

export interface EditableFile {
  readonly kind: FileKind;
  /** `release.json`, or a template's name such as `release/lead`. */
  readonly name: string;
  /** 発表, プログラム…, 報道発表資料 › 本文 › リード: what staff call it. */
  readonly label: string;
  /** Its path as problems name it. */
  readonly file: string;
  readonly exists: boolean;
  /** sha256 of the file as read; a save must name it (null when the file does not exist). */
  readonly hash: string | null;
  readonly text: string | null;
  /** Why the file is not opened (a link out of the edition), in Japanese and English; absent when it is. */
  readonly refused?: { readonly ja: string; readonly en: string };
}

const dataLabels: Readonly<Record<string, string>> = {
  'release.json': '発表',
  'programme.json': 'プログラム',
  'organiser.json': '主催',
  'schedule.json': '日程',
  'projects.json': 'プロジェクト',
  'registrations.json': '申込者',
  'recipients.json': '送付先',
};

export interface EditionFolders {
  readonly dataDir: string;
  readonly templatesDir: string;
  readonly registrationsFile?: string;
}

/**
 * The files of one edition as the studio's editors see them. Every name a request gives is looked
 * up among the files listed here; a name is never joined onto a folder unchecked.
 */
export class EditableEdition {
  constructor(
    private readonly folders: EditionFolders,
    private readonly now: () => Date,
    /** Who saves, kept with each version a save replaces: the machine's user name, absent when unknown. */
    private readonly savedBy?: string,
  ) {}

  /** Every editable file: the data files by name, the templates by name. */
  private async files(): Promise<Map<string, { kind: FileKind; name: string; label: string; file: SavedFile }>> {
    const files = new Map<string, { kind: FileKind; name: string; label: string; file: SavedFile }>();
    for (const { name } of dataFiles) {
      const elsewhere = name === 'registrations.json' && this.folders.registrationsFile;
      const file = elsewhere ? { folder: path.dirname(elsewhere), name: path.basename(elsewhere) } : { folder: this.folders.dataDir, name };
      files.set(`data:${name}`, { kind: 'data', name, label: dataLabels[name] ?? name, file });
    }
    const templates = await templateFiles(this.folders.templatesDir).catch(() => new Map<string, string>());
    // In the order staff read them: by document, then by part.
    const names = [...templates.keys()].sort((a, b) => templateRank(a) - templateRank(b) || a.localeCompare(b));
    for (const name of names) files.set(`template:${name}`, { kind: 'template', name, label: templateLabel(name), file: { folder: this.folders.templatesDir, name: `${name}.hbs`, folderKind: 'templates' } });
    return files;
  }

  /** The file a kind and name stand for, or undefined when no such file is editable. */
  async locate(kind: unknown, name: unknown): Promise<SavedFile | undefined> {
    return typeof kind === 'string' && typeof name === 'string' ? (await this.files()).get(`${kind}:${name}`)?.file : undefined;
  }

  async list(): Promise<EditableFile[]> {
    return Promise.all([...(await this.files()).values()].map(async ({ file, ...entry }) => ({ ...entry, file: savedFilePath(file), ...(await this.read(file)) })));
  }

  private async read(file: SavedFile): Promise<Pick<EditableFile, 'exists' | 'hash' | 'text' | 'refused'>> {
    try {
      const bytes = await readSaved(file);
      return bytes ? { exists: true, hash: contentHash(bytes), text: bytes.toString('utf8') } : { exists: false, hash: null, text: null };
    } catch (error) {
      if (error instanceof LinkOutside) return { exists: true, hash: null, text: null, refused: { ja: error.japanese, en: error.message } };
      return { exists: false, hash: null, text: null };
    }
  }

  /** Clears what killed saves left beside the files (a studio's start). */
  async clearDebris(): Promise<void> {
    await clearDebrisOf([...(await this.files()).values()].map((f) => f.file));
  }

  /**
   * Saves a data file's new value (as the least edit of its text) or a template's new text.
   * `baseHash` is the hash the editor read; a file changed since is refused (SaveConflict) unless
   * `force`.
   */
  async save(file: SavedFile, change: { readonly value?: unknown; readonly text?: string; readonly baseHash: string | null; readonly force?: boolean }): Promise<{ hash: string }> {
    const { value, text } = change;
    if (value === undefined && text === undefined) throw new Error('nothing to save');
    // The least edit is worked out under the file's lock, from the text it replaces.
    const next = (current: string | null): string => {
      if (value === undefined) return text!;
      return current === null ? `${JSON.stringify(value, null, 2)}\n` : editedJson(current, keepSchemaReference(current, value));
    };
    return saveText(file, next, { now: this.now(), ...(this.savedBy ? { by: this.savedBy } : {}), ...(change.force ? {} : { baseHash: change.baseHash }) });
  }

  versions(file: SavedFile): Promise<Version[]> {
    return versionsOf(file);
  }

  /** The text of a kept version, or null when `id` names none of them. */
  async version(file: SavedFile, id: unknown): Promise<string | null> {
    return typeof id === 'string' && (await versionsOf(file)).some((v) => v.id === id) ? readVersion(file, id) : null;
  }
}

/** A form never edits `$schema`; if one came back without it, the file keeps the one it had. */
function keepSchemaReference(current: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || '$schema' in value) return value;
  try {
    const before = JSON.parse(current.replace(/^\uFEFF/, '')) as { $schema?: unknown };
    return before.$schema === undefined ? value : { $schema: before.$schema, ...value };
  } catch {
    return value;
  }
}

/**
 * Each data file's schema with the shared definitions it refers to brought inside it, so a form
 * library that resolves only local `#/$defs/…` references can read it.
 */
export async function formSchemas(): Promise<Record<string, unknown>> {
  const read = async (name: string) => JSON.parse(await fs.readFile(path.join(schemasDir, name), 'utf8')) as { $defs?: Record<string, unknown> };
  const shared = await Promise.all(sharedSchemas.map(read));
  const sharedDefs = Object.assign({}, ...shared.map((s) => s.$defs ?? {})) as Record<string, unknown>;
  const entries = await Promise.all(
    dataFiles.map(async (f) => {
      const text = JSON.stringify(await read(f.schema)).replace(new RegExp(`"(?:${sharedSchemas.map((s) => s.replace(/\./g, '\\.')).join('|')})#/\\$defs/`, 'g'), '"#/$defs/');
      const schema = JSON.parse(text) as { $defs?: Record<string, unknown> };
      return [f.name, { ...schema, $defs: { ...sharedDefs, ...schema.$defs } }] as const;
    }),
  );
  return Object.fromEntries(entries);
}

export { LinkOutside, SaveConflict, UnsavableText };
