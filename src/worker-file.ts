import path from 'node:path';
import { sourceDir } from './paths';

/** How to start a worker thread that runs one of the toolkit's modules. */
export interface WorkerFile {
  readonly filename: string;
  readonly workerData: { readonly module: string } | undefined;
}

/**
 * `module` is a path under src/ without extension. Compiled (run-compiled.js), each worker module
 * is a bundle of its own at that path under the command's bundle, which is where this code runs;
 * from the sources, a small shim strips the types.
 */
export function workerFile(module: string): WorkerFile {
  const compiled = __filename.endsWith('.js');
  return compiled
    ? { filename: path.join(__dirname, `${module}.js`), workerData: undefined }
    : { filename: path.join(sourceDir, 'typescript-worker.js'), workerData: { module: path.join(sourceDir, `${module}.ts`) } };
}
