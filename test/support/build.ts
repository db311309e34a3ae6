import fs from 'node:fs';
import path from 'node:path';
import { buildPacket, type BuildOptions, type BuildResult } from '../../src/pipeline/build-packet';
import { templatesDir } from '../../src/runtime/paths';
import { seedDataDir, tempDir } from './edition-fixture';

/** Builds a packet into a fresh folder and returns the folder, a reader for its files and the build's result. */
export async function buildInto(options: Partial<BuildOptions> = {}): Promise<{ out: string; read: (file: string) => Buffer; result: BuildResult }> {
  const out = path.join(tempDir('presskit-out-'), 'output');
  const result = await buildPacket({ dataDir: seedDataDir, templatesDir, outDir: out, ...options });
  return { out, read: (file) => fs.readFileSync(path.join(out, file)), result };
}
