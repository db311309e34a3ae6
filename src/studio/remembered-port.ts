import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * The port each edition's studio last served on, kept in one small JSON file, so a bookmark of the
 * page keeps working from one start to the next. Keyed by the edition folder's full path.
 */
export async function rememberedPort(file: string, dataDir: string): Promise<number | undefined> {
  const ports = await readPorts(file);
  const port = ports[path.resolve(dataDir)];
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : undefined;
}

export async function rememberPort(file: string, dataDir: string, port: number): Promise<void> {
  // Editions deleted since (and the test suite's temporary ones) are forgotten.
  const kept = Object.entries(await readPorts(file)).filter(([folder]) => existsSync(folder));
  const ports = { ...Object.fromEntries(kept), [path.resolve(dataDir)]: port };
  await fs.mkdir(path.dirname(file), { recursive: true });
  // Written whole beside and renamed: two studios starting at once leave one file or the other, never half.
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, `${JSON.stringify(ports, null, 2)}\n`);
  await fs.rename(temporary, file);
}

async function readPorts(file: string): Promise<Record<string, number>> {
  try {
    const value = JSON.parse(await fs.readFile(file, 'utf8')) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, number>) : {};
  } catch {
    return {};
  }
}
