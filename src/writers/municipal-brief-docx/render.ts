import type { Piscina } from 'piscina';
import type { RenderOptions, CountReport } from '../writer';
import type { Edition } from '../../model/edition';
import { toDate } from '../../calendar/japanese-date';
import packBriefs, { type BriefTask } from './brief-worker';
import type { BriefWords } from './words';
import { workerFile } from '../../runtime/worker-file';
import { headingMeasures } from './document';
import { HeadingLines } from './heading-lines';

/** Briefs per batch handed to a worker, and per turn packed here between looks at the workers' mail. */
const workerBatch = 32;
const ownBatch = 2;

/** A run of briefs, by index: `from` included, `to` not. */
interface Batch {
  readonly from: number;
  readonly to: number;
}

/**
 * Each brief as the bytes of its .docx, in order. Packed on this thread and on `threads - 1` worker
 * threads, all taking batches from one queue. This thread would otherwise
 * only wait for the workers: packing here too saves a worker's start-up and memory. Each worker is
 * handed two batches at a time, so it never waits for this thread to finish a turn before starting
 * its next batch. Between its own batches this thread hears the workers and reports progress.
 */
export async function packAllBriefs(edition: Edition, unbroken: readonly BriefWords[], options: RenderOptions, progress?: CountReport): Promise<Uint8Array[]> {
  const words = withHeadingsBroken(edition, unbroken);
  const date = toDate(edition.release.date);
  const helpers = options.threads - 1;
  // piscina (some 14 files, 30 ms to load) only for an edition large enough to use it. Required,
  // not imported: a dynamic import() in the compiled command warns on Node 20 (vm's loader).
  const pool =
    helpers > 0
      ? new (require('piscina') as typeof import('piscina')).Piscina<BriefTask, Uint8Array[]>({ ...workerFile('writers/municipal-brief-docx/brief-worker'), minThreads: helpers, maxThreads: helpers, concurrentTasksPerWorker: 2, execArgv: [] })
      : undefined;
  const packed: Uint8Array[] = new Array(words.length);
  let next = 0;
  let done = 0;
  const take = (size: number): Batch | undefined => {
    if (next >= words.length) return undefined;
    const batch = { from: next, to: Math.min(words.length, next + size) };
    next = batch.to;
    return batch;
  };
  const task = (batch: Batch): BriefTask => ({ briefs: words.slice(batch.from, batch.to), date, fonts: options.wordFonts });
  const store = (batch: Batch, files: readonly Uint8Array[]): void => {
    files.forEach((file, i) => (packed[batch.from + i] = file));
    done += files.length;
    progress?.(done, words.length);
  };
  const inWorker = async (worker: Piscina<BriefTask, Uint8Array[]>): Promise<void> => {
    for (let batch = take(workerBatch); batch; batch = take(workerBatch)) store(batch, await worker.run(task(batch)));
  };
  const here = async (): Promise<void> => {
    for (let batch = take(ownBatch); batch; batch = take(ownBatch)) {
      store(batch, packBriefs(task(batch)));
      await new Promise(setImmediate);
    }
  };
  try {
    await Promise.all([...Array.from({ length: helpers * 2 }, () => inWorker(pool!)), here()]).catch((error: unknown) => {
      next = words.length; // one failed batch fails the build: hand out no more work
      throw error;
    });
    return packed;
  } finally {
    await pool?.close(); // lets a worker finish the batch in hand rather than being killed mid-way
  }
}

/** The briefs' words with their title and headings broken between phrases where they need more than a line. */
function withHeadingsBroken(edition: Edition, words: readonly BriefWords[]): BriefWords[] {
  const lines = new HeadingLines(edition.municipalities.flatMap((m) => [m.fullName, m.displayName, m.prefecture, m.city ?? '']));
  const h1 = (text: string): string => lines.breakText(text, headingMeasures.heading1);
  const h2 = (text: string): string => lines.breakText(text, headingMeasures.heading2);
  return words.map((brief) => ({
    ...brief,
    title: lines.breakText(brief.title, headingMeasures.title),
    projectsHeading: h1(brief.projectsHeading),
    projects: brief.projects.map((table) => ({ ...table, heading: h2(table.heading) })),
    sessionHeading: h1(brief.sessionHeading),
    sessions: brief.sessions.map((table) => ({ ...table, heading: h2(table.heading) })),
    backgroundHeading: h1(brief.backgroundHeading),
    othersHeading: h2(brief.othersHeading),
    contactHeading: h1(brief.contactHeading),
  }));
}
