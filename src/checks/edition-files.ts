import type { OrganiserFile, ProgrammeFile, ProjectsFile, RecipientsFile, RegistrationsFile, ReleaseFile, ScheduleFile } from '../sources/data-files.generated';
import type { JsonSource } from './json-source';
import type { Usable } from './usable-parts';

/**
 * A data file checked against its schema, with the source it came from (for positions). `data`
 * has the schema's shape only where `usable` says so: read a part only after asking.
 */
export interface Checked<T> {
  readonly data: T;
  readonly source: JsonSource;
  readonly usable: Usable;
}

/** The files of an edition that parsed into an object; absent when missing or not JSON. */
export interface EditionFiles {
  readonly release?: Checked<ReleaseFile>;
  readonly programme?: Checked<ProgrammeFile>;
  readonly organiser?: Checked<OrganiserFile>;
  readonly schedule?: Checked<ScheduleFile>;
  readonly projects?: Checked<ProjectsFile>;
  readonly registrations?: Checked<RegistrationsFile>;
  readonly recipients?: Checked<RecipientsFile>;
}

/** Every required file present; the model is built from them only when no file has a problem. */
export type CompleteEditionFiles = Required<Omit<EditionFiles, 'registrations' | 'recipients'>> & Pick<EditionFiles, 'registrations' | 'recipients'>;
