import { expect } from 'vitest';

// Two Buffers are equal when their bytes are: vitest's own deep equality walks them byte by byte,
// about a second for a packet's folder (a test comparing packets spent most of its time there).
expect.addEqualityTesters([(a: unknown, b: unknown) => (Buffer.isBuffer(a) && Buffer.isBuffer(b) ? a.equals(b) : undefined)]);
