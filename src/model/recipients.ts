import type { RecipientsFile } from '../sources/data-files.generated';
import type { Addressee, Municipality, Organiser, Recipients } from './edition';

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
