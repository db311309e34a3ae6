import type { OrganiserFile, ProgrammeFile, ProjectsFile, RegistrationsFile, ReleaseFile, ScheduleFile } from '../model/data-files.generated';
import type { JsonSource } from './json-source';

/** A data file that passed its schema, with the source it came from (for positions). */
export interface Checked<T> {
  readonly data: T;
  readonly source: JsonSource;
}

/** The schema-valid files of an edition; a file that failed its schema is absent. */
export interface EditionFiles {
  readonly release?: Checked<ReleaseFile>;
  readonly programme?: Checked<ProgrammeFile>;
  readonly organiser?: Checked<OrganiserFile>;
  readonly schedule?: Checked<ScheduleFile>;
  readonly projects?: Checked<ProjectsFile>;
  readonly registrations?: Checked<RegistrationsFile>;
}

export type CompleteEditionFiles = Required<Omit<EditionFiles, 'registrations'>> & Pick<EditionFiles, 'registrations'>;
