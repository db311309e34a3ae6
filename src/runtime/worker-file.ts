import path from 'node:path';
import { sourceDir } from './paths';

/** How to start a worker thread that runs one of the toolkit's modules. */
export interface WorkerFile {
  readonly filename: string;
  readonly workerData: { readonly module: string } | { readonly bundle: string };
}

/**
 * `module` is a path under src/ without extension. Compiled (run-compiled.js), each worker module
 * is a bundle of its own, named as the module's file, beside the command's bundle, where this code
 * runs; run-compiled.js loads it as it loads the command. From the sources, a small shim strips
 * the types.
 */
export function workerFile(module: string): WorkerFile {
  const compiled = __filename.endsWith('.js');
  return compiled
    ? { filename: path.join(sourceDir, 'runtime', 'run-compiled.js'), workerData: { bundle: path.join(__dirname, `${path.basename(module)}.js`) } }
    : { filename: path.join(sourceDir, 'runtime', 'typescript-worker.js'), workerData: { module: path.join(sourceDir, `${module}.ts`) } };
}
