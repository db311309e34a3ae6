import { afterEach, beforeEach, vi } from 'vitest';

/** Collects what the CLI prints, afresh for each test of the file or block that calls it. */
export function captureConsole(): { readonly stdout: string[]; readonly stderr: string[] } {
  const captured = { stdout: [] as string[], stderr: [] as string[] };
  beforeEach(() => {
    captured.stdout.length = 0;
    captured.stderr.length = 0;
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void captured.stdout.push(a.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void captured.stderr.push(a.join(' ')));
  });
  afterEach(() => vi.restoreAllMocks());
  return captured;
}
