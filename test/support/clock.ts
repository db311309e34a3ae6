import { vi } from 'vitest';

/** Runs `work` with the clock years away and the machine in another time zone, then restores both. */
export async function atAnotherTimeAndZone<T>(work: () => Promise<T>, zone = 'Pacific/Kiritimati'): Promise<T> {
  const savedZone = process.env.TZ;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2031-07-04T23:59:30Z'));
  process.env.TZ = zone;
  try {
    return await work();
  } finally {
    vi.useRealTimers();
    process.env.TZ = savedZone;
  }
}
