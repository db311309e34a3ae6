import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';

/**
 * A change to another library's internals, made to be faster or to mend what the library gets
 * wrong, never to change what a correct build writes: `PRESSKIT_PATCHES=off` runs without any, and
 * CI compares the packets built both ways byte for byte.
 */
export interface Patch<Target> {
  /** The npm package whose internals it changes (its folder under src/patches/). */
  readonly library: Library;
  readonly name: string;
  /** What it buys, as measured. */
  readonly buys: string;
  /** The library's version it was written for and tested with. */
  readonly version: string;
  /** The library's file that holds what it replaces (under the package's folder), and that file's SHA-256 (first 16 hex digits). */
  readonly source: { readonly file: string; readonly sha256: string };
  /**
   * A feature the documents are made with (the release's line drawing, its structure tree), not a
   * speed-up or a mend: installed with `PRESSKIT_PATCHES=off` too, and on a library it was not
   * written for it stops the build with a message saying so, rather than write another document.
   */
  readonly required?: true;
  /** Installs it for `target`; called for every target once the version and the source matched, so it must be idempotent. */
  install(target: Target): void;
}

export type Library = 'fontkit' | 'pdfkit' | 'pdfmake' | 'docx' | 'handlebars' | 'tiny-inflate';

/** What became of a patch in this process. */
export interface PatchStatus {
  readonly id: string;
  readonly state: 'installed' | 'off' | 'mismatch';
  /** For a mismatch: the version found, or the file whose bytes differ. */
  readonly reason?: string;
}

const statuses = new Map<string, PatchStatus>();

/** Every patch met so far in this process and what became of it (a test fails on any mismatch). */
export function patchStatuses(): readonly PatchStatus[] {
  return [...statuses.values()];
}

/** Whether the optional patches are on: always, but with `PRESSKIT_PATCHES=off`. */
export function patchesOn(): boolean {
  return process.env.PRESSKIT_PATCHES !== 'off';
}

/** `PRESSKIT_PATCHES=without:fontkit/indexed-lookups,…` leaves those out, to measure what each buys. */
function leftOut(id: string): boolean {
  const setting = process.env.PRESSKIT_PATCHES ?? '';
  return setting.startsWith('without:') && setting.slice('without:'.length).split(',').includes(id);
}

/**
 * The folder of the copy of `library` the toolkit runs with: pdfkit as pdfmake requires it (npm may
 * nest one under pdfmake), the others as the sources require them.
 */
export function packageDir(library: Library): string {
  const from = library === 'pdfkit' ? [path.dirname(require.resolve('pdfmake/package.json'))] : library === 'tiny-inflate' ? [path.dirname(require.resolve('unicode-trie'))] : undefined;
  let dir = path.dirname(require.resolve(library, from ? { paths: from } : undefined));
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

/** What a patch checks before it installs: the version and the bytes of the file it replaces code of. */
function check(patch: Patch<never>): PatchStatus {
  const id = `${patch.library}/${patch.name}`;
  if (!patch.required && (!patchesOn() || leftOut(id))) return { id, state: 'off' };
  const dir = packageDir(patch.library);
  const version = (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  if (version !== patch.version) return { id, state: 'mismatch', reason: `written for ${patch.library} ${patch.version}, found ${version}` };
  const sha256 = createHash('sha256').update(fs.readFileSync(path.join(dir, patch.source.file))).digest('hex').slice(0, 16);
  if (sha256 !== patch.source.sha256) return { id, state: 'mismatch', reason: `${patch.library} ${version}'s ${patch.source.file} is not the one it was written against` };
  return { id, state: 'installed' };
}

/**
 * The one way a patch is installed: on `target` (a font, a prototype…), unless the patches are
 * off, the library is not the version the patch was written for, or the file it replaces code of
 * changed. Then the library runs unchanged, and `patchStatuses` says why; or, for a required one,
 * this throws, saying why.
 */
export function installPatches<Target>(patches: readonly Patch<Target>[], target: Target): void {
  for (const patch of patches) {
    const id = `${patch.library}/${patch.name}`;
    let status = statuses.get(id);
    if (!status) statuses.set(id, (status = check(patch as Patch<never>)));
    if (status.state === 'installed') patch.install(target);
    else if (status.state === 'mismatch' && patch.required) throw new Error(`the documents are made with a change to ${patch.library}'s internals (${id}: ${patch.buys}), ${status.reason}: reinstall the packages the toolkit was made with (npm ci)`);
  }
}

/** Whether `patch` is installed in this process (checked, and installed on nothing, the first time): for a patch its user turns on itself. */
export function isInstalled(patch: Patch<undefined>): boolean {
  installPatches([patch], undefined);
  return statuses.get(`${patch.library}/${patch.name}`)?.state === 'installed';
}
