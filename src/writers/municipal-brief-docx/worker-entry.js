// Entry of the brief worker threads. They run the TypeScript sources like the main process, but
// transpile them with swc directly: ts-node would load the whole TypeScript compiler into every
// worker (80 MB and half a second each), only to read tsconfig.json.
const { addHook } = require('pirates');
const { transformSync } = require('@swc/core');

addHook(
  (code, filename) =>
    transformSync(code, {
      filename,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    }).code,
  { exts: ['.ts'] },
);

module.exports = require('./brief-worker.ts');
