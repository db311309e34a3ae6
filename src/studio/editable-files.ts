import fs from 'node:fs/promises';
import path from 'node:path';
import { dataFiles, sharedSchemas } from '../load/data-files';
import { schemasDir } from '../paths';
import { contentHash, readVersion, saveText, SaveConflict, versionsOf, type SavedFile, type Version } from '../save/safe-save';
import { editedJson } from '../save/json-edits';

/** What the page may open and save: the data files by name, the templates by name; nothing else. */
export type FileKind = 'data' | 'template';

export interface EditableFile {
  readonly kind: FileKind;
  /** `release.json`, or a template's name such as `release/lead`. */
  readonly name: string;
  /** 発表, プログラム…: what staff call it. */
  readonly label: string;
  /** Its path as problems name it. */
  readonly file: string;
  readonly exists: boolean;
  /** sha256 of the file as read; a save must name it (null when the file does not exist). */
  readonly hash: string | null;
  readonly text: string | null;
}

const dataLabels: Readonly<Record<string, string>> = {
  'release.json': '発表',
  'programme.json': 'プログラム',
  'organiser.json': '主催',
  'schedule.json': '日程',
  'projects.json': 'プロジェクト',
  'registrations.json': '申込者',
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
  ) {}

  private async templateNames(): Promise<string[]> {
    const entries = await fs.readdir(this.folders.templatesDir, { recursive: true, withFileTypes: true }).catch(() => []);
    return entries
      .filter((e) => e.isFile() && e.name.endsWith('.hbs'))
      .map((e) => path.relative(this.folders.templatesDir, path.join(e.parentPath, e.name)).split(path.sep).join('/').replace(/\.hbs$/, ''))
      .filter((name) => !name.split('/').some((part) => part.startsWith('.')))
      .sort();
  }

  /** The file a kind and name stand for, or undefined when no such file is editable. */
  async locate(kind: unknown, name: unknown): Promise<SavedFile | undefined> {
    if (typeof name !== 'string') return undefined;
    if (kind === 'data') {
      if (!dataFiles.some((f) => f.name === name)) return undefined;
      const file = name === 'registrations.json' && this.folders.registrationsFile;
      return file ? { folder: path.dirname(file), name: path.basename(file) } : { folder: this.folders.dataDir, name };
    }
    if (kind === 'template') return (await this.templateNames()).includes(name) ? { folder: this.folders.templatesDir, name: `${name}.hbs` } : undefined;
    return undefined;
  }

  async list(): Promise<EditableFile[]> {
    const data = dataFiles.map((f) => ({ kind: 'data' as const, name: f.name, label: dataLabels[f.name] ?? f.name }));
    const templates = (await this.templateNames()).map((name) => ({ kind: 'template' as const, name, label: name }));
    return Promise.all(
      [...data, ...templates].map(async (entry) => {
        const located = (await this.locate(entry.kind, entry.name))!;
        return { ...entry, file: path.join(located.folder, ...located.name.split('/')), ...(await this.read(located)) };
      }),
    );
  }

  private async read(file: SavedFile): Promise<{ exists: boolean; hash: string | null; text: string | null }> {
    const bytes = await fs.readFile(path.join(file.folder, ...file.name.split('/'))).catch(() => null);
    return bytes ? { exists: true, hash: contentHash(bytes), text: bytes.toString('utf8') } : { exists: false, hash: null, text: null };
  }

  /**
   * Saves a data file's new value (as the least edit of its text) or a template's new text.
   * `baseHash` is the hash the editor read; a file changed since is refused (SaveConflict) unless
   * `force`.
   */
  async save(file: SavedFile, change: { readonly value?: unknown; readonly text?: string; readonly baseHash: string | null; readonly force?: boolean }): Promise<{ hash: string }> {
    let text = change.text;
    if (change.value !== undefined) {
      const current = (await this.read(file)).text;
      text = current === null ? `${JSON.stringify(change.value, null, 2)}\n` : editedJson(current, keepSchemaReference(current, change.value));
    }
    if (text === undefined) throw new Error('nothing to save');
    return saveText(file, text, { now: this.now(), ...(change.force ? {} : { baseHash: change.baseHash }) });
  }

  versions(file: SavedFile): Promise<Version[]> {
    return versionsOf(file);
  }

  version(file: SavedFile, id: string): Promise<string> {
    return readVersion(file, id);
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

export { SaveConflict };
