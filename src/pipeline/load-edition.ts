import fs from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { InputError, type Diagnostic } from '../problems/diagnostics';
import type { Edition, Photo } from '../model/edition';
import { buildEdition } from '../model/build-edition';
import { readSources, type SourceOptions, type Sources } from '../sources/read-sources';
import { outsidePacket } from '../sources/data-files';
import { checkEdition, isComplete } from '../checks/check-edition';
import { NeighboursMemo } from '../checks/neighbours-memo';
import type { Checked, EditionFiles } from '../checks/edition-files';

export interface LoadOptions extends SourceOptions {
  /** Where what the templates write beside their values is kept between commands; in memory only when absent. */
  readonly neighboursFile?: string;
}

/** The studio and the tests check again and again in one process. */
const neighboursInMemory = new NeighboursMemo();

/**
 * Reads (or takes, when a build has read them) the sources, checks them and builds the model;
 * every problem is collected into one InputError.
 */
export async function loadEdition(options: LoadOptions, read?: Sources): Promise<Edition> {
  const [sources, memo] = await Promise.all([read ?? readSources(options), options.neighboursFile ? NeighboursMemo.read(options.neighboursFile) : neighboursInMemory]);
  const { files, problems } = checkEdition(sources, memo);
  if (memo.endCheck() && options.neighboursFile) memo.write(options.neighboursFile);
  const hash = createHash('sha256');
  for (const { name, text } of sources.data) if (!outsidePacket.has(name)) hash.update(`${name}\0${text}\0`);
  const photoImage = await readPhoto(sources.dataDir, files, problems, hash);
  if (problems.length > 0 || !isComplete(files)) throw new InputError(problems);
  return buildEdition(files, photoImage, hash.digest('hex'), sources.data.map(({ file, text }) => ({ file, text })));
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
    problems.push(at(release, '/photo/image', 'photo', `${image} is neither a PNG nor a JPEG image`, 'save the photo as .png or .jpg', { variant: 'type', image }));
  } catch {
    problems.push(at(release, '/photo/image', 'photo', `${image} cannot be read`, `put the image in ${dataDir} or correct the path`, { variant: 'unreadable', image, folder: dataDir }));
  }
  return null;
}

function at(file: Checked<unknown>, pointer: string, rule: string, message: string, hint: string, params: Diagnostic['params']): Diagnostic {
  const position = file.source.valueAt(pointer);
  return { file: file.source.file, line: position.line, column: position.column, rule, message: `${pointer} ${message}`, hint, pointer, params };
}
