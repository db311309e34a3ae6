import { defineConfig } from 'vitest/config';

/** The studio page in a real Chromium (Debian's `chromium`): `npm run test:browser`. */
export default defineConfig({
  test: {
    // Tests never read the data/ a person edits (see the file).
    setupFiles: ['test/support/no-user-data.cjs', 'test/support/buffer-equality.ts'],
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two files at a time: each waits much of its time on its studio's rebuilds and on Chromium.
    maxWorkers: 2,
    // A rebuild, a packet or a save takes a second or two on a busy machine.
    expect: { poll: { timeout: 30_000 } },
  },
});
