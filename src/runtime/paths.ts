import fs from 'node:fs';
import path from 'node:path';

/**
 * The folder of the toolkit's package.json: src/.. when run from the sources, and found the same
 * way from the compiled bundle in node_modules/.cache (see run-compiled.js).
 */
function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'jet-presskit') return dir;
    if (path.dirname(dir) === dir) throw new Error(`jet-presskit's package.json is not above ${from}`);
  }
}

/** The toolkit's own folders, whatever the working directory is. */
export const packageRoot = findPackageRoot(__dirname);
export const sourceDir = path.join(packageRoot, 'src');
export const schemasDir = path.join(packageRoot, 'schemas');
export const templatesDir = path.join(packageRoot, 'templates');
/**
 * The folder of the compiled bundle this code runs from (see run-compiled.js), where a command keeps
 * what it found for the next one: it belongs to these sources, and goes with them. Undefined when
 * run from the sources.
 */
export const compilationDir = __filename.endsWith('.js') ? __dirname : undefined;
export const defaultDataDir = 'data';
export const defaultOutDir = 'output';

/** Where an edition's packet goes by default: output/<the edition folder's name>, so making one edition's never replaces another's. */
export function editionOutDir(dataDir: string): string {
  return path.join(defaultOutDir, path.basename(path.resolve(dataDir)));
}
