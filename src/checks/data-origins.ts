import type { EditionFiles } from './edition-files';

/**
 * Where the names templates see come from in the data, for the model values that `buildEdition`
 * copies unchanged: below each name, the model and the data file have the same keys (a key the
 * model adds or joins, such as `yearsRunning` or `session.group.id`, is simply not in the data).
 * `*` is every item of a list. Names made by the model (`municipality`, `fullName`) are not here.
 */
export const dataOrigins: Readonly<Record<string, { readonly file: keyof EditionFiles; readonly pointer: string }>> = {
  release: { file: 'release', pointer: '' },
  programme: { file: 'programme', pointer: '' },
  organiser: { file: 'organiser', pointer: '' },
  fields: { file: 'projects', pointer: '/fields' },
  groups: { file: 'schedule', pointer: '/groups' },
  group: { file: 'schedule', pointer: '/groups/*' },
  sessions: { file: 'schedule', pointer: '/sessions' },
  session: { file: 'schedule', pointer: '/sessions/*' },
  venue: { file: 'schedule', pointer: '/sessions/*/venue' },
  projects: { file: 'projects', pointer: '/projects' },
  project: { file: 'projects', pointer: '/projects/*' },
  registrations: { file: 'registrations', pointer: '/registrations' },
  attendeeKinds: { file: 'schedule', pointer: '/attendeeKinds' },
};
