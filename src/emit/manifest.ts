import { createHash } from 'node:crypto';
import type { OutputFile } from '../files/output-file';

export interface Manifest {
  /** sha256 of the input data files, so a packet can be traced to the data that made it. */
  readonly inputHash: string;
  readonly files: readonly { readonly path: string; readonly bytes: number; readonly sha256: string }[];
}

export const manifestPath = 'manifest.json';

export function buildManifest(inputHash: string, files: readonly OutputFile[]): Manifest {
  return {
    inputHash,
    files: [...files]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((f) => ({ path: f.path, bytes: f.bytes.byteLength, sha256: createHash('sha256').update(f.bytes).digest('hex') })),
  };
}

export function manifestFile(manifest: Manifest): OutputFile {
  return { path: manifestPath, bytes: new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`) };
}
