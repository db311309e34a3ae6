// Entry of the brief worker threads. They run the TypeScript sources like the main process, but
// strip the types with sucrase, plain JavaScript: ts-node would load the whole TypeScript compiler
// into every worker (80 MB and half a second each), and swc is a native addon, which Node unloads
// when the last worker holding it exits unless the main thread holds it too; loaded again by a
// later pool's worker it crashed the process (a segfault, seen under vitest; the pattern of
// nodejs/node#48353 and rolldown/rolldown#9722).
const { addHook } = require('pirates');
const { transform } = require('sucrase');

addHook((code, filePath) => transform(code, { filePath, transforms: ['typescript', 'imports'] }).code, { exts: ['.ts'] });

module.exports = require('./brief-worker.ts');
