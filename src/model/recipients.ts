import type { RecipientsFile } from '../sources/data-files.generated';
import type { Municipality, Organiser } from './edition';

/** Whom a message is addressed to: 組織, 部署 and 担当者 for the 宛名, and the To addresses. */
export interface Addressee {
  readonly organisation: string;
  readonly department: string | null;
  /** Absent: the 宛名 says ご担当者様. */
  readonly person: string | null;
  readonly addresses: readonly string[];
}

export interface MunicipalAddressee extends Addressee {
  readonly municipality: Municipality;
}

/** recipients.json joined to the model: who gets the packet, by e-mail. */
export interface Recipients {
  /** The file as the user named it, for problems about it. */
  readonly file: string;
  readonly sender: { readonly address: string; readonly name: string };
  /** Copied on every message. */
  readonly cc: readonly string[];
  readonly pressClub: Addressee;
  /** In data order, the entries that name a host municipality. */
  readonly municipalities: readonly MunicipalAddressee[];
  /** Entries naming a municipality that hosts no project (left over from an earlier edition, or mistyped), by their index. */
  readonly strays: readonly { readonly index: number; readonly name: string }[];
}

export function buildRecipients(file: string, data: RecipientsFile, organiser: Organiser, municipalities: readonly Municipality[]): Recipients {
  const byName = new Map(municipalities.map((m) => [m.fullName, m]));
  const { department } = organiser.contact;
  return {
    file,
    sender: { address: data.sender.address, name: data.sender.name ?? `${organiser.name} ${department}` },
    // organiser.json's address by default: the sender keeps a copy of what went out.
    cc: data.cc ?? (organiser.contact.email ? [organiser.contact.email] : []),
    pressClub: addressee(data.pressClub.organisation, data.pressClub),
    municipalities: data.municipalities.flatMap((entry) => {
      const municipality = byName.get(entry.municipality);
      return municipality ? [{ ...addressee(municipality.fullName, entry), municipality }] : [];
    }),
    strays: data.municipalities.flatMap((entry, index) => (byName.has(entry.municipality) ? [] : [{ index, name: entry.municipality }])),
  };
}

function addressee(organisation: string, entry: { readonly department?: string; readonly person?: string; readonly addresses: readonly string[] }): Addressee {
  return { organisation, department: entry.department ?? null, person: entry.person ?? null, addresses: entry.addresses };
}
