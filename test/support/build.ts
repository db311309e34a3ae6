import fs from 'node:fs';
import path from 'node:path';
import { buildPacket, type BuildOptions } from '../../src/pipeline/build-packet';
import { templatesDir } from '../../src/runtime/paths';
import { seedDataDir, tempDir } from './edition-fixture';

/** Builds a packet into a fresh folder and returns the folder and a reader for its files. */
export async function buildInto(options: Partial<BuildOptions> = {}): Promise<{ out: string; read: (file: string) => Buffer }> {
  const out = path.join(tempDir('presskit-out-'), 'output');
  await buildPacket({ dataDir: seedDataDir, templatesDir, outDir: out, ...options });
  return { out, read: (file) => fs.readFileSync(path.join(out, file)) };
}
