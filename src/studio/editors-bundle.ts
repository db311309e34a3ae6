import path from 'node:path';
import { build } from 'esbuild';
import Ajv2020 from 'ajv/dist/2020';
import { packageRoot } from '../runtime/paths';
import { pageDir } from './assets';

// A subpath export, whose types TypeScript's `node` module resolution does not see.
const { compileSchemaValidatorsCode } = require('@rjsf/validator-ajv8/compileSchemaValidators') as { compileSchemaValidatorsCode(schema: object, options: { AjvClass: unknown }): string };

/**
 * The page's editors (forms and text), bundled once per process (esbuild runs in its own process, so the server
 * keeps answering meanwhile). Each data file's schema is compiled to validation code here (ajv's
 * standalone code), so the page validates as staff type without the `eval` its CSP forbids.
 */
export async function editorsBundle(schemas: Readonly<Record<string, object>>): Promise<Buffer> {
  const validators = `export default {${Object.entries(schemas)
    .map(([name, schema]) => `${JSON.stringify(name)}: (() => { const module = { exports: {} }; const exports = module.exports; ${compileSchemaValidatorsCode(schema, { AjvClass: Ajv2020 })}; return module.exports; })()`)
    .join(',\n')}};`;
  const result = await build({
    entryPoints: [path.join(pageDir, 'forms', 'editors.jsx')],
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    target: 'es2022',
    jsx: 'automatic',
    legalComments: 'none',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [
      {
        name: 'studio-validators',
        setup(bundler) {
          bundler.onResolve({ filter: /^studio:validators$/ }, () => ({ path: 'validators', namespace: 'studio' }));
          bundler.onLoad({ filter: /.*/, namespace: 'studio' }, () => ({ contents: validators, loader: 'js', resolveDir: packageRoot }));
        },
      },
    ],
  });
  return Buffer.from(result.outputFiles[0].contents);
}
