import { defineConfig } from 'vitest/config';

/** Checks with the tools a recipient's software uses (LibreOffice, poppler, mupdf, qpdf): `npm run test:documents`. */
export default defineConfig({
  test: {
    // Tests never read the data/ a person edits (see the file).
    setupFiles: ['test/support/no-user-data.cjs', 'test/support/buffer-equality.ts'],
    include: ['test/documents/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
