import fs from 'node:fs/promises';
import path from 'node:path';
import { draftFileName } from './distribute';
import { messageStates, readLedger } from './ledger';
import type { PlannedMessage } from './plan-messages';

/** Where a message stands: no draft yet, a draft written, sent, uncertain (see ledger.ts), or refused by the server. */
export type RecipientState = 'none' | 'draft' | 'sent' | 'uncertain' | 'failed';

/** One message as the studio's 送付 tab lists it, and shows it as it will be read. */
export interface RecipientStatus {
  readonly key: string;
  readonly label: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly attachments: readonly { readonly name: string; readonly bytes: number }[];
  readonly state: RecipientState;
  /** When the ledger last recorded it (ISO), for sent, uncertain and refused messages. */
  readonly at: string | null;
}

/** Each message with its state from the ledger and the drafts folder. */
export async function distributionStatus(messages: readonly PlannedMessage[], draftsDir: string, ledgerFile: string): Promise<RecipientStatus[]> {
  const [states, drafts] = await Promise.all([readLedger(ledgerFile).then(messageStates), fs.readdir(draftsDir).catch(() => [] as string[])]);
  const drafted = new Set(drafts);
  return messages.map((message, i) => {
    const recorded = states.get(message.key);
    const state: RecipientState = recorded && recorded.state !== 'unsent' ? recorded.state : drafted.has(draftFileName(messages, i)) ? 'draft' : 'none';
    return {
      key: message.key,
      label: message.label,
      to: message.to,
      cc: message.cc,
      subject: message.subject,
      text: message.text,
      attachments: message.attachments.map((a) => ({ name: a.fileName, bytes: a.bytes.byteLength })),
      state,
      at: recorded?.last.at ?? null,
    };
  });
}

/** The studio's drafts go beside the packet, as the ledger does: `output` → `output.drafts/`. */
export function draftsDirFor(outDir: string): string {
  const trimmed = outDir.replace(/[\\/]+$/, '') || '.';
  return path.join(path.dirname(trimmed), `${path.basename(path.resolve(trimmed))}.drafts`);
}
