import { createRequire } from 'node:module';
import { deflateRawSync } from 'node:zlib';
import { expect, it } from 'vitest';
import fc from 'fast-check';
import inflate from '../../../src/patches/tiny-inflate/inflate-with-zlib';
import { patchStatuses } from '../../../src/patches/patch';

/** The tiny-inflate that the Unicode tables are inflated with when not compiled. */
const tinyInflate = createRequire(require.resolve('unicode-trie'))('tiny-inflate') as typeof inflate;

it('inflates as tiny-inflate does: into the buffer given, or a copy of the part written; twice deflated as the Unicode tables are', () => {
  // Repetitive bytes too, so that zlib uses every kind of block (stored, fixed and dynamic codes).
  const bytes = fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.array(fc.constantFrom(0, 1, 2, 255), { maxLength: 20000 }).map((a) => Uint8Array.from(a)));
  fc.assert(
    fc.property(bytes, fc.integer({ min: 0, max: 9 }), fc.boolean(), fc.nat(60), (original, level, twice, slack) => {
      const once = deflateRawSync(original, { level });
      const data = twice ? deflateRawSync(once, { level }) : once;
      // unicode-trie inflates twice into buffers of the final length: the first pass writes less than that.
      // Once deflated, into a shorter buffer too: what does not fit is left out.
      const size = twice ? Math.max(once.length, original.length) + slack : Math.max(0, original.length + slack - 20);
      const first = [inflate(data, new Uint8Array(size)), tinyInflate(data, new Uint8Array(size))];
      expect(first[0]).toEqual(first[1]);
      const result = twice ? [inflate(first[0], new Uint8Array(size)), tinyInflate(first[1], new Uint8Array(size))] : first;
      expect(result[0]).toEqual(result[1]);
      expect(Buffer.from(result[0]).equals(Buffer.from(original.subarray(0, size)))).toBe(true);
    }),
    { numRuns: 300 },
  );
});

it('is zlib’s, not tiny-inflate’s own (which it is with PRESSKIT_PATCHES=off)', () => {
  inflate(new Uint8Array([3, 0]), new Uint8Array(0));
  expect(patchStatuses()).toContainEqual({ id: 'tiny-inflate/inflate-with-zlib', state: 'installed' });
});
