import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Tests never read the data/ a person edits (see the file).
    setupFiles: ['test/support/no-user-data.cjs', 'test/support/buffer-equality.ts'],
    include: ['test/**/*.test.ts'],
    // Checks that need LibreOffice or poppler run in `npm run test:documents`, those that need Chromium in `npm run test:browser`.
    exclude: ['test/documents/**', 'test/browser/**', 'node_modules/**'],
    // One test file per core: vitest's own default (cores − 1) runs one at a time on two cores,
    // while much of this suite waits on the processes, threads and servers it starts.
    maxWorkers: os.availableParallelism(),
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
