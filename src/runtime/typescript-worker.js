// Entry of a worker thread when the toolkit runs from its TypeScript sources (tests, development):
// it runs the module named in workerData with the types stripped by sucrase, plain JavaScript.
// ts-node would load the whole TypeScript compiler into every worker (80 MB and half a second
// each), and swc is a native addon, which Node unloads when the last worker holding it exits
// unless the main thread holds it too; loaded again by a later worker it crashed the process (a
// segfault, seen under vitest; the pattern of nodejs/node#48353 and rolldown/rolldown#9722).
const { workerData } = require('node:worker_threads');
const { addHook } = require('pirates');
const { transform } = require('sucrase');

addHook((code, filePath) => transform(code, { filePath, transforms: ['typescript', 'imports'] }).code, { exts: ['.ts'] });

module.exports = require(workerData.module);
