import type { LedgerRecord, MessageState, OpenLedger } from './ledger';
import { messageStates } from './ledger';
import type { PlannedMessage } from './plan-messages';

/** The server's answer to a message it took. */
export interface SendReply {
  readonly response: string;
  readonly accepted: readonly string[];
  /** Addresses the server refused while it took the message for the others. */
  readonly rejected: readonly { readonly address: string; readonly response: string }[];
}

/**
 * Why a message did not go: `refused` — the server said no (nothing delivered, the connection
 * still usable); `lost` — the connection failed before the server confirmed (it may have been delivered).
 */
export class SendFailure extends Error {
  constructor(
    readonly kind: 'refused' | 'lost',
    message: string,
    readonly response?: string,
  ) {
    super(message);
    this.name = 'SendFailure';
  }
}

/** One connection to a mail server, for one batch. */
export interface MessageSender {
  /** False once the connection is known to be gone: the next message is then not even begun. */
  readonly usable: boolean;
  send(message: PlannedMessage, raw: Buffer): Promise<SendReply>;
  close(): Promise<void>;
}

/** What became of each message in this run, for the report. */
export type Outcome =
  | { readonly kind: 'sent'; readonly reply: SendReply }
  | { readonly kind: 'sent-before'; readonly at: string; readonly changed: boolean }
  | { readonly kind: 'held-uncertain'; readonly since: string }
  | { readonly kind: 'refused'; readonly reason: string }
  | { readonly kind: 'lost'; readonly reason: string }
  | { readonly kind: 'not-tried' };

export interface BatchOptions {
  readonly messages: readonly PlannedMessage[];
  readonly ledger: OpenLedger;
  /** Opens the connection; called only when a message is to go. */
  readonly connect: () => Promise<MessageSender>;
  readonly compose: (message: PlannedMessage) => Promise<Buffer>;
  /** Send again what the ledger calls uncertain: the person has checked it did not arrive. */
  readonly resendUncertain: boolean;
  readonly now: () => Date;
  /** Told of each outcome as it happens, so a long batch shows progress. */
  readonly onOutcome?: (message: PlannedMessage, outcome: Outcome) => void;
}

/**
 * Sends every message the ledger does not record as sent, each recorded as `sending` (flushed)
 * before it goes and as what happened after. A message sent before is never sent again, nor is an
 * uncertain one unless asked; a refusal is recorded and the batch goes on; a lost connection stops it.
 */
export async function sendBatch(options: BatchOptions): Promise<Map<string, Outcome>> {
  const { messages, ledger, now } = options;
  const states = messageStates(ledger.records);
  const outcomes = new Map<string, Outcome>();
  const settle = (message: PlannedMessage, outcome: Outcome): void => {
    outcomes.set(message.key, outcome);
    options.onOutcome?.(message, outcome);
  };
  const record = (message: PlannedMessage, event: LedgerRecord['event'], detail: object): Promise<void> =>
    ledger.append({ at: now().toISOString(), message: message.key, event, ...detail });

  let sender: MessageSender | undefined;
  let stopped = false;
  try {
    for (const message of messages) {
      const before = states.get(message.key);
      const skip = stopped ? { kind: 'not-tried' as const } : heldBack(message, before, options.resendUncertain);
      if (skip) {
        settle(message, skip);
        continue;
      }
      sender ??= await options.connect();
      if (!sender.usable) {
        stopped = true;
        settle(message, { kind: 'not-tried' });
        continue;
      }
      const raw = await options.compose(message);
      const attachments = message.attachments.map((a) => ({ file: a.path, sha256: a.sha256 }));
      await record(message, 'sending', { messageId: message.messageId, to: message.to, cc: message.cc, subject: message.subject, attachments });
      try {
        const reply = await sender.send(message, raw);
        await record(message, 'sent', { response: reply.response, accepted: reply.accepted, rejected: reply.rejected, attachments });
        settle(message, { kind: 'sent', reply });
      } catch (error) {
        if (!(error instanceof SendFailure)) throw error;
        await record(message, error.kind === 'refused' ? 'failed' : 'uncertain', { error: error.message, ...(error.response ? { response: error.response } : {}) });
        settle(message, { kind: error.kind, reason: error.message });
        stopped = error.kind === 'lost';
      }
    }
  } finally {
    await sender?.close();
  }
  return outcomes;
}

/** Why a message is not sent this time, or undefined when it goes. */
function heldBack(message: PlannedMessage, before: { readonly state: MessageState; readonly last: LedgerRecord } | undefined, resendUncertain: boolean): Outcome | undefined {
  if (!before) return undefined;
  if (before.state === 'sent') return { kind: 'sent-before', at: before.last.at, changed: attachmentsChanged(message, before.last) };
  if (before.state === 'uncertain' && !resendUncertain) return { kind: 'held-uncertain', since: before.last.at };
  return undefined;
}

/** Whether the `sent` record's message carried other attachments than this one would (the packet was rebuilt since). */
function attachmentsChanged(message: PlannedMessage, sent: LedgerRecord): boolean {
  const sentWith = sent.attachments as readonly { readonly sha256: string }[] | undefined;
  return sentWith !== undefined && sentWith.map((a) => a.sha256).join() !== message.attachments.map((a) => a.sha256).join();
}
