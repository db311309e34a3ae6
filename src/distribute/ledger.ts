import fs from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';

/**
 * What happened to each message, one JSON line per event, only ever appended and flushed to disk
 * before the next step: `sending` before a message goes, then `sent` (with the server's reply),
 * `failed` (the server refused it: nothing was delivered) or `uncertain` (the connection was lost
 * before the server confirmed). A `sending` with nothing after it is a run killed in between: uncertain too.
 */
export type LedgerEvent = 'sending' | 'sent' | 'failed' | 'uncertain';

export interface LedgerRecord {
  /** ISO time. */
  readonly at: string;
  /** The message's key (`press-club`, `municipality:<団体コード>`). */
  readonly message: string;
  readonly event: LedgerEvent;
  readonly [detail: string]: unknown;
}

/** A message's state as the ledger leaves it; `unsent` when the ledger does not name it. */
export type MessageState = 'unsent' | 'sent' | 'failed' | 'uncertain';

/** The ledger lives beside the packet (`output` → `output.ledger.jsonl`): a build replaces the packet folder whole. */
export function ledgerPathFor(outDir: string): string {
  const trimmed = outDir.replace(/[\\/]+$/, '') || '.';
  return path.join(path.dirname(trimmed), `${path.basename(path.resolve(trimmed))}.ledger.jsonl`);
}

/** Every record of a ledger; none when there is none yet. A line cut short by a kill is left out: its event was never recorded. */
export async function readLedger(file: string): Promise<LedgerRecord[]> {
  const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  // The last piece is either empty or a line whose newline was never written.
  return text.split('\n').slice(0, -1).flatMap((line) => {
    try {
      return [JSON.parse(line) as LedgerRecord];
    } catch {
      return [];
    }
  });
}

/** Each message's last event, a `sending` left alone read as uncertain. */
export function messageStates(records: readonly LedgerRecord[]): Map<string, { readonly state: MessageState; readonly last: LedgerRecord }> {
  const states = new Map<string, { state: MessageState; last: LedgerRecord }>();
  for (const record of records) states.set(record.message, { state: record.event === 'sending' ? 'uncertain' : record.event, last: record });
  return states;
}

/** A ledger opened for appending, held by one run at a time. */
export interface OpenLedger {
  readonly file: string;
  readonly records: readonly LedgerRecord[];
  append(record: LedgerRecord): Promise<void>;
  close(): Promise<void>;
}

/** A lock left by a killed run is taken over after this long. */
const staleLockMs = 5_000;

/**
 * Opens the ledger for one run: two runs at once would each think a message unsent, so the second
 * waits for the first (a lock beside the ledger, taken over when the holder died).
 */
export async function openLedger(file: string): Promise<OpenLedger> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const release = await lockfile.lock(file, {
    realpath: false,
    lockfilePath: `${file}.lock`,
    stale: staleLockMs,
    retries: { retries: 40, factor: 1.2, minTimeout: 100, maxTimeout: 1000 },
  });
  try {
    const records = await readLedger(file);
    const handle = await fs.open(file, 'a+');
    // A line cut short by a kill is closed off, so the next record starts a line of its own.
    const { size } = await handle.stat();
    let pending = size > 0 && (await lastByte(handle, size)) !== 0x0a ? '\n' : '';
    if (size === 0) await syncFolder(path.dirname(file));
    return {
      file,
      records,
      async append(record) {
        await handle.write(`${pending}${JSON.stringify(record)}\n`);
        pending = '';
        await handle.sync();
      },
      async close() {
        await handle.close();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}

async function lastByte(handle: fs.FileHandle, size: number): Promise<number> {
  const buffer = Buffer.alloc(1);
  await handle.read(buffer, 0, 1, size - 1);
  return buffer[0];
}

/** A new file's name is on disk only once its folder is flushed too. */
async function syncFolder(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  await handle.sync().finally(() => handle.close());
}
