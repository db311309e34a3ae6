import path from 'node:path';
import { InputError, type Diagnostic } from '../problems/diagnostics';
import type { Addressee, Edition, Municipality, Recipients } from '../model/edition';
import { folderRenderer, type TemplateSet } from '../wording/templates';
import { briefsFolder } from '../writers/municipal-brief-docx';
import { pressReleaseFileName } from '../writers/press-release-pdf';
import type { Packet, PacketFile } from './packet-files';

export interface MessageAttachment extends PacketFile {
  /** The name the recipient sees. */
  readonly fileName: string;
  readonly kind: 'brief' | 'release';
}

/** One message of the hand-out, ready to be made into MIME. */
export interface PlannedMessage {
  /** Stable across runs, the ledger's key: `press-club` or `municipality:<団体コード>`. */
  readonly key: string;
  /** Whom it is for, as people call them: 総務省記者クラブ, 島根県浜田市. */
  readonly label: string;
  readonly from: { readonly name: string; readonly address: string };
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly attachments: readonly MessageAttachment[];
  /** The same for every run of one packet, so a message sent again after an uncertain one can be recognised as the same. */
  readonly messageId: string;
}

const contentTypes = { brief: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', release: 'application/pdf' } as const;
export const contentTypeOf = (attachment: MessageAttachment): string => contentTypes[attachment.kind];

/**
 * The press club's message (the release) first, then each host municipality's in data order (its
 * brief and the release); the wording from templates/mail/. Every problem (a template, a packet file
 * missing or changed) is collected and thrown together.
 */
export async function planMessages(edition: Edition, recipients: Recipients, templates: TemplateSet, packet: Packet): Promise<PlannedMessage[]> {
  const problems: Diagnostic[] = [];
  const take = (file: PacketFile | Diagnostic): PacketFile | undefined => ('rule' in file ? void problems.push(file) : file);
  const release = take(await packet.file(pressReleaseFileName));
  const briefs = await Promise.all(recipients.municipalities.map(async (m) => take(await packet.file(briefPath(m.municipality)))));

  const render = folderRenderer(templates, 'mail', { release: edition.release, programme: edition.programme, organiser: edition.organiser, sender: recipients.sender });
  const message = (key: string, addressee: Addressee, kind: 'municipality' | 'press-club', files: readonly MessageAttachment[]): PlannedMessage => {
    const context = { addressee, attachments: files.map((f) => ({ fileName: f.fileName, kind: f.kind })) };
    return {
      key,
      label: addressee.organisation,
      from: recipients.sender,
      to: addressee.addresses,
      cc: recipients.cc,
      subject: render(`${kind}-subject`, context).trim(),
      text: `${render(`${kind}-body`, context).trim()}\n`,
      attachments: files,
      messageId: `<${edition.inputHash.slice(0, 16)}.${key.replace(/[^A-Za-z0-9-]/g, '.')}@${recipients.sender.address.split('@')[1]}>`,
    };
  };
  const releaseAttachment = release && attachment(release, 'release');
  const messages = [message('press-club', recipients.pressClub, 'press-club', releaseAttachment ? [releaseAttachment] : [])];
  recipients.municipalities.forEach((m, i) => {
    const brief = briefs[i];
    const files = [brief && attachment(brief, 'brief'), releaseAttachment].filter((f): f is MessageAttachment => f !== undefined);
    messages.push(message(`municipality:${m.municipality.code}`, m, 'municipality', files));
  });
  problems.push(...templates.problems);
  if (problems.length > 0) throw new InputError(problems);
  return messages;
}

export function briefPath(municipality: Municipality): string {
  return `${briefsFolder}/${municipality.briefFileStem}.docx`;
}

function attachment(file: PacketFile, kind: MessageAttachment['kind']): MessageAttachment {
  return { ...file, fileName: path.posix.basename(file.path), kind };
}
