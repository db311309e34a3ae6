import fs from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { InputError, type Diagnostic } from '../problems/diagnostics';
import { manifestPath, type Manifest } from '../emit/manifest';

/** A file of the built packet, checked against the manifest's sha256. */
export interface PacketFile {
  /** Relative to the output folder, as the manifest lists it. */
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

/** The packet in an output folder, as its manifest describes it. */
export interface Packet {
  readonly outDir: string;
  readonly manifest: Manifest;
  /** One file, its bytes checked against the manifest; a problem when it is missing or changed. */
  file(relativePath: string): Promise<PacketFile | Diagnostic>;
}

/**
 * The packet in `outDir`, if it is the one the data makes now (the manifest's input hash): what is
 * handed out must be what the data says, so a packet built before the last edit is refused.
 */
export async function readPacket(outDir: string, inputHash: string): Promise<Packet> {
  const manifestFile = path.join(outDir, manifestPath);
  const problem = (message: string): InputError => new InputError([{ file: manifestFile, line: 0, column: 0, rule: 'packet', message, hint: 'make the packet first: npm run build (with the same --data and --out)', params: { variant: 'no-packet' } }]);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await fs.readFile(manifestFile, 'utf8')) as Manifest;
  } catch (error) {
    throw problem((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no packet here to hand out' : 'cannot be read as a packet manifest');
  }
  if (manifest.inputHash !== inputHash) throw problem('was made from other data than the edition holds now (the data changed since the last build)');
  return {
    outDir,
    manifest,
    async file(relativePath) {
      const entry = manifest.files.find((f) => f.path === relativePath);
      const file = path.join(outDir, ...relativePath.split('/'));
      if (!entry) return { file, line: 0, column: 0, rule: 'packet', message: 'is not in the packet', hint: 'build the whole packet (without --only)', params: { variant: 'not-in-packet' } };
      const bytes = await fs.readFile(file).catch(() => undefined);
      const sha256 = bytes && createHash('sha256').update(bytes).digest('hex');
      if (!bytes || sha256 !== entry.sha256) {
        return { file, line: 0, column: 0, rule: 'packet', message: bytes ? 'changed since the packet was built' : 'is missing from the packet', hint: 'build the packet again: npm run build', params: { variant: bytes ? 'changed' : 'missing' } };
      }
      return { path: relativePath, bytes: new Uint8Array(bytes), sha256 };
    },
  };
}
