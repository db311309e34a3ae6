/** The files of one edition folder, the schema each is checked against, and whether it may be absent. */
export const dataFiles = [
  { name: 'release.json', schema: 'release.schema.json', required: true },
  { name: 'programme.json', schema: 'programme.schema.json', required: true },
  { name: 'organiser.json', schema: 'organiser.schema.json', required: true },
  { name: 'schedule.json', schema: 'schedule.schema.json', required: true },
  { name: 'projects.json', schema: 'projects.schema.json', required: true },
  { name: 'registrations.json', schema: 'registrations.schema.json', required: false },
  { name: 'recipients.json', schema: 'recipients.schema.json', required: false },
] as const;

/**
 * Files read and checked with the edition that make no part of the packet, so they are left out of
 * the manifest's input hash: adding an address to recipients.json does not call for a new build.
 */
export const outsidePacket: ReadonlySet<string> = new Set(['recipients.json']);

export type DataFileName = (typeof dataFiles)[number]['name'];

/** Schemas referenced by others but not tied to a data file. */
export const sharedSchemas = ['common.schema.json'] as const;
