import { defineConfig } from 'vitest/config';
import base from './vitest.config.mjs';

/**
 * The tests whose outcome can differ between Node lines (.ci/run runs them on Node 24 and 26 after
 * the whole suite on this machine's Node): how the commands start and keep compiled code, worker
 * threads, processes killed mid-build, the HTTP server's parsing, ICU (dates, collation, text
 * decoding), zlib and what Node prints on stderr.
 */
// The whole suite's settings (its guard of data/ and time limits), with only these files.
export default defineConfig({
  test: {
    ...base.test,
    include: [
      'test/runtime/**/*.test.ts',
      'test/cli/**/*.test.ts',
      'test/calendar/**/*.test.ts',
      'test/import/reading-values.test.ts',
      'test/patches/tiny-inflate/*.test.ts',
      'test/writers/render-thread.test.ts',
      'test/studio/security.test.ts',
      'test/faults.test.ts',
    ],
  },
});
