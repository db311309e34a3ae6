import fs from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { InputError, type Diagnostic } from '../diagnostics';
import type { Edition, Photo, SourceText } from '../model/edition';
import { buildEdition } from '../model/build-edition';
import { templatesDir } from '../paths';
import { readTemplates } from '../wording/template-files';
import { dataFiles, type DataFileName } from './data-files';
import { parseJsonSource } from './json-source';
import { validateAgainstSchema } from './schema-validator';
import { crossFileChecks } from './cross-file-checks';
import { repeatedWording, type TemplateText } from './repeated-wording';
import { NeighboursMemo } from './neighbours-memo';
import type { Checked, CompleteEditionFiles, EditionFiles } from './edition-files';

export interface LoadOptions {
  /** The edition folder, as the user wrote it (diagnostics show paths under it). */
  readonly dataDir: string;
  /** A registrations file kept outside the edition folder (e.g. the fictional sample). */
  readonly registrationsFile?: string;
  /** The wording templates, whose words a data value must not repeat (default: the toolkit's templates/). */
  readonly templatesDir?: string;
  /** Where what the templates write beside their values is kept between commands; in memory only when absent. */
  readonly neighboursFile?: string;
}

/** The studio and the tests check again and again in one process. */
const neighboursInMemory = new NeighboursMemo();

const fileKeys: Record<DataFileName, keyof EditionFiles> = {
  'release.json': 'release',
  'programme.json': 'programme',
  'organiser.json': 'organiser',
  'schedule.json': 'schedule',
  'projects.json': 'projects',
  'registrations.json': 'registrations',
};

/** Reads, validates and checks an edition folder; every problem is collected into one InputError. */
export async function loadEdition(options: LoadOptions): Promise<Edition> {
  const problems: Diagnostic[] = [];
  const files: Record<string, Checked<unknown>> = {};
  const hash = createHash('sha256');
  const sources: SourceText[] = [];

  const fileOf = (spec: (typeof dataFiles)[number]) => (spec.name === 'registrations.json' && options.registrationsFile ? options.registrationsFile : path.join(options.dataDir, spec.name));
  // Everything is read at once: waiting for one file before asking for the next cost a start-up of
  // `validate` about a tenth of its time.
  const [unknown, texts, templates, memo] = await Promise.all([
    unknownFiles(options.dataDir, options.registrationsFile !== undefined),
    Promise.all(dataFiles.map((spec) => readText(fileOf(spec), spec.required))),
    // Reported with the data's problems, since the value is what to change; a template folder that
    // cannot be read is left to the wording stage to report.
    readTemplates(options.templatesDir ?? templatesDir).catch(() => new Map<string, TemplateText>()),
    options.neighboursFile ? NeighboursMemo.read(options.neighboursFile) : neighboursInMemory,
  ]);
  problems.push(...unknown);
  for (const [i, spec] of dataFiles.entries()) {
    const read = texts[i];
    if ('problem' in read) problems.push(read.problem);
    if (read.text === undefined) continue;
    const file = fileOf(spec);
    hash.update(`${spec.name}\0${read.text}\0`);
    sources.push({ file, text: read.text });
    const { checked, problems: fileProblems } = checkDataFile(spec.schema, file, read.text);
    problems.push(...fileProblems);
    if (checked) files[fileKeys[spec.name]] = checked;
  }

  const checked = files as EditionFiles;
  problems.push(...crossFileChecks(checked));
  problems.push(...repeatedWording(checked, [...templates.values()], memo));
  if (memo.endCheck() && options.neighboursFile) memo.write(options.neighboursFile);
  const photoImage = await readPhoto(options.dataDir, checked, problems, hash);
  if (problems.length > 0 || !isComplete(checked)) throw new InputError(problems);
  return buildEdition(checked, photoImage, hash.digest('hex'), sources);
}

/**
 * One data file's text parsed and checked against its schema. `checked` is there whenever the text
 * parsed into an object, also when some parts failed, so the checks across files still read the
 * parts that passed.
 */
export function checkDataFile(schema: string, file: string, text: string): { readonly checked?: Checked<unknown>; readonly problems: Diagnostic[] } {
  const parsed = parseJsonSource(file, text);
  if (!parsed.ok) return { problems: [parsed.diagnostic] };
  const { problems, usable } = validateAgainstSchema(schema, parsed.source);
  return isObject(parsed.source.value) ? { checked: { data: parsed.source.value, source: parsed.source, usable }, problems } : { problems };
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isComplete(files: EditionFiles): files is CompleteEditionFiles {
  return dataFiles.every((spec) => !spec.required || files[fileKeys[spec.name]] !== undefined);
}

/** A data file's text; absent for an optional file that is not there, with a problem for one that cannot be read. */
async function readText(file: string, required: boolean): Promise<{ readonly text?: string } | { readonly text?: undefined; readonly problem: Diagnostic }> {
  try {
    return { text: await fs.readFile(file, 'utf8') };
  } catch (error) {
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
    return [{ file: dataDir, line: 0, column: 0, rule: 'file', message: 'the data folder cannot be read', hint: 'pass the edition folder with --data' }];
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
    }));
}

async function readPhoto(dataDir: string, files: EditionFiles, problems: Diagnostic[], hash: ReturnType<typeof createHash>): Promise<Photo['image']> {
  const release = files.release;
  if (!release?.usable('/photo/image')) return null;
  const image = release.data.photo!.image!;
  try {
    const bytes = new Uint8Array(await fs.readFile(path.join(dataDir, image)));
    hash.update(`${image}\0`).update(bytes);
    const type = bytes[0] === 0x89 && bytes[1] === 0x50 ? 'png' : bytes[0] === 0xff && bytes[1] === 0xd8 ? 'jpeg' : undefined;
    if (type) return { bytes, type };
    problems.push(at(release, '/photo/image', 'photo', `${image} is neither a PNG nor a JPEG image`, 'save the photo as .png or .jpg'));
  } catch {
    problems.push(at(release, '/photo/image', 'photo', `${image} cannot be read`, `put the image in ${dataDir} or correct the path`));
  }
  return null;
}

function at(file: Checked<unknown>, pointer: string, rule: string, message: string, hint: string): Diagnostic {
  const position = file.source.valueAt(pointer);
  return { file: file.source.file, line: position.line, column: position.column, rule, message: `${pointer} ${message}`, hint };
}
