import fs from 'node:fs/promises';
import path from 'node:path';
import { InputError, type Diagnostic } from '../problems/diagnostics';
import { loadEdition, type LoadOptions } from '../pipeline/load-edition';
import { readSources } from '../sources/read-sources';
import { compileTemplates } from '../wording/templates';
import { recipientCoverage } from './coverage';
import { mimeMessage } from './mime-message';
import { readPacket } from './packet-files';
import { planMessages, type PlannedMessage } from './plan-messages';

export interface PrepareOptions extends LoadOptions {
  readonly outDir: string;
  readonly templatesDir: string;
  readonly templatesCodeFile?: string;
  /** Sending leaves no host municipality out: one without a recipient is then an error, not a warning. */
  readonly sending: boolean;
}

export interface Prepared {
  readonly messages: readonly PlannedMessage[];
  /** Problems that do not stop drafts (a municipality with no recipient yet). */
  readonly warnings: readonly Diagnostic[];
}

/** The messages of the hand-out: the data checked, the packet in outDir checked against it, the wording filled in. */
export async function prepareMessages(options: PrepareOptions): Promise<Prepared> {
  const sources = await readSources(options);
  const edition = await loadEdition(options, sources);
  const recipients = edition.recipients;
  if (!recipients) {
    const file = path.join(options.dataDir, 'recipients.json');
    throw new InputError([{ file, line: 0, column: 0, rule: 'file', message: 'names nobody to send the packet to (the file is missing)', hint: 'make it from the example in docs/handing-out.md, or in the studio\'s 編集 tab' }]);
  }
  const coverage = recipientCoverage(edition, recipients, options.sending);
  if (options.sending && coverage.length > 0) throw new InputError(coverage);
  const packet = await readPacket(options.outDir, edition.inputHash);
  const templates = compileTemplates(sources.templatesDir, sources.templates, options.templatesCodeFile);
  return { messages: await planMessages(edition, recipients, templates, packet), warnings: coverage };
}

/** One .eml per message (`01-総務省記者クラブ.eml`…), to open in a mail program, check and send; returns the files. */
export async function writeDrafts(dir: string, messages: readonly PlannedMessage[], date: Date): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  return Promise.all(
    messages.map(async (message, i) => {
      const file = path.join(dir, draftFileName(messages, i));
      await fs.writeFile(file, await mimeMessage(message, { date, draft: true }));
      return file;
    }),
  );
}

/** A draft's file name: its place in the batch, then whom it is for. */
export function draftFileName(messages: readonly PlannedMessage[], index: number): string {
  return `${String(index + 1).padStart(Math.max(2, String(messages.length).length), '0')}-${messages[index].label}.eml`;
}
