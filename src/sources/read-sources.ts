import fs from 'node:fs/promises';
import path from 'node:path';
import { checkInside, LinkOutside } from '../files/link-check';
import { InputError, type Diagnostic } from '../problems/diagnostics';
import { templatesDir as toolkitTemplates } from '../runtime/paths';
import { dataFiles, type DataFileName } from './data-files';
import { readTemplates, type TemplateText } from './template-files';

export interface SourceOptions {
  /** The edition folder, as the user wrote it (diagnostics show paths under it). */
  readonly dataDir: string;
  /** A registrations file kept outside the edition folder (e.g. the fictional sample). */
  readonly registrationsFile?: string;
  /** The wording templates (default: the toolkit's templates/). */
  readonly templatesDir?: string;
}

/** One data file as read, before it is parsed. */
export interface DataText {
  readonly name: DataFileName;
  readonly schema: string;
  /** As diagnostics name it. */
  readonly file: string;
  readonly text: string;
}

/**
 * Everything a build is made from, read once: the data files' texts and the templates' texts. The
 * checks, the model and the wording all read these; none of them opens a data or template file.
 */
export interface Sources {
  readonly dataDir: string;
  /** The data files that could be read, in the order of `dataFiles`. */
  readonly data: readonly DataText[];
  /** Problems of the data folder itself: a missing or unreadable data file, a stray file. */
  readonly dataProblems: readonly Diagnostic[];
  readonly templatesDir: string;
  /** Every template by name (`release/lead`); none when the folder cannot be read. */
  readonly templates: ReadonlyMap<string, TemplateText>;
  /** Why the templates folder cannot be read, if it cannot: the wording stage reports it. */
  readonly templateProblems: readonly Diagnostic[];
}

/** Reads the data files and the templates, all at once: waiting for one file before asking for the next cost `validate` about a tenth of its time. */
export async function readSources(options: SourceOptions): Promise<Sources> {
  const templatesDir = options.templatesDir ?? toolkitTemplates;
  const fileOf = (spec: (typeof dataFiles)[number]): string => (spec.name === 'registrations.json' && options.registrationsFile ? options.registrationsFile : path.join(options.dataDir, spec.name));
  const [unknown, texts, templates] = await Promise.all([
    unknownFiles(options.dataDir, options.registrationsFile !== undefined),
    Promise.all(dataFiles.map((spec) => readText(fileOf(spec), spec.required))),
    readTemplates(templatesDir).then(
      (read) => ({ read, problems: [] }),
      (error: unknown) => ({ read: new Map<string, TemplateText>(), problems: error instanceof InputError ? error.diagnostics : [] }),
    ),
  ]);
  const dataProblems = [...unknown];
  const data: DataText[] = [];
  for (const [i, spec] of dataFiles.entries()) {
    const read = texts[i];
    if ('problem' in read) dataProblems.push(read.problem);
    if (read.text !== undefined) data.push({ name: spec.name, schema: spec.schema, file: fileOf(spec), text: read.text });
  }
  return { dataDir: options.dataDir, data, dataProblems, templatesDir, templates: templates.read, templateProblems: templates.problems };
}

/** A data file's text; absent for an optional file that is not there, with a problem for one that cannot be read. */
async function readText(file: string, required: boolean): Promise<{ readonly text?: string } | { readonly text?: undefined; readonly problem: Diagnostic }> {
  try {
    await checkInside(path.dirname(file), path.basename(file), 'edition');
    return { text: await fs.readFile(file, 'utf8') };
  } catch (error) {
    if (error instanceof LinkOutside) return { problem: { file, line: 0, column: 0, rule: 'link', message: 'is a link to a file outside the edition, which is not read', hint: 'put the file itself in its place' } };
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !required) return {};
    return {
      problem: {
        file,
        line: 0,
        column: 0,
        rule: 'file',
        message: code === 'ENOENT' ? 'this data file is missing' : `cannot be read (${code ?? String(error)})`,
        hint: code === 'ENOENT' ? 'every edition folder needs it: copy it from the previous edition and edit it' : 'check the file permissions',
        params: { variant: code === 'ENOENT' ? 'missing' : 'unreadable', code: code ?? String(error) },
      },
    };
  }
}

/** A stray `projects copy.json` is probably a mistake the user wants to hear about. */
async function unknownFiles(dataDir: string, registrationsElsewhere: boolean): Promise<Diagnostic[]> {
  let names: string[];
  try {
    names = await fs.readdir(dataDir);
  } catch {
    return [{ file: dataDir, line: 0, column: 0, rule: 'file', message: 'the data folder cannot be read', hint: 'pass the edition folder with --data', params: { variant: 'folder' } }];
  }
  const known = new Set<string>(dataFiles.map((f) => f.name));
  return names
    .filter((name) => name.endsWith('.json') && !known.has(name))
    .concat(registrationsElsewhere && names.includes('registrations.json') ? ['registrations.json'] : [])
    .sort()
    .map((name) => ({
      file: path.join(dataDir, name),
      line: 0,
      column: 0,
      rule: 'unknown-file',
      message: name === 'registrations.json' ? 'is ignored because --registrations names another file' : 'is not a data file this toolkit reads',
      hint: name === 'registrations.json' ? 'remove one of the two' : `expected: ${[...known].join(', ')}`,
      params: { variant: name === 'registrations.json' ? 'registrations' : 'stray', expected: [...known].join('、') },
    }));
}
