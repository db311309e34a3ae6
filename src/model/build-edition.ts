import type { CompleteEditionFiles } from '../checks/edition-files';
import { briefFileStem, municipalityNames } from '../checks/municipality-names';
import { defaultAttendeeKinds, defaultWalkInRows } from '../sources/schema-defaults';
import { fiscalYear, parseIsoDate } from '../calendar/calendar-date';
import { buildRecipients } from './recipients';
import type { Edition, Group, Municipality, Photo, Project, Registration, Session, SessionPlace, SourceText } from './edition';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

/** Joins the checked files into the one readonly model, once, so writers never search. */
export function buildEdition(files: CompleteEditionFiles, photoImage: Photo['image'], inputHash: string, sources: readonly SourceText[]): Edition {
  const { release, programme, organiser, schedule, projects, registrations, recipients } = files;

  const groups = schedule.data.groups.map((g): Mutable<Group> => ({ id: g.id, start: g.start, end: g.end, projects: [], municipalities: [], session: null }));
  const groupById = new Map(groups.map((g) => [g.id, g]));

  const sessions = schedule.data.sessions.map((s): Mutable<Session> => {
    const group = groupById.get(s.group)!;
    const session: Mutable<Session> = { group, date: s.date, start: s.start, end: s.end, ...sessionPlace(s), registrations: [] };
    group.session = session;
    return session;
  });

  const municipalityByCode = new Map<string, Mutable<Municipality>>();
  const projectList = projects.data.projects.map((p): Project => {
    let municipality = municipalityByCode.get(p.municipality.code);
    if (!municipality) {
      municipality = {
        code: p.municipality.code,
        prefecture: p.municipality.prefecture,
        city: p.municipality.city ?? null,
        ...municipalityNames(p.municipality),
        projects: [],
        briefFileStem: briefFileStem(p.municipality),
      };
      municipalityByCode.set(p.municipality.code, municipality);
    }
    const group = groupById.get(p.group)!;
    const project: Project = { number: p.number, municipality, group, start: p.start, end: p.end, participant: p.participant, plan: p.plan, fields: p.fields };
    municipality.projects.push(project);
    group.projects.push(project);
    if (!group.municipalities.includes(municipality)) group.municipalities.push(municipality);
    return project;
  });

  const sessionByGroup = new Map(sessions.map((s) => [s.group.id, s]));
  const registrationList = (registrations?.data.registrations ?? []).map((r): Registration => {
    const session = sessionByGroup.get(r.session)!;
    const registration: Registration = { ...r, title: r.title ?? null, tel: r.tel ?? null, email: r.email ?? null, session };
    session.registrations.push(registration);
    return registration;
  });
  for (const session of sessions) session.registrations.sort(byFurigana);

  const releaseDate = parseIsoDate(release.data.date)!;
  const { $schema: _r, photo, nextRegion, ...releaseFacts } = release.data;
  const { $schema: _p, ...programmeFacts } = programme.data;
  const { $schema: _o, contact, ...organiserFacts } = organiser.data;
  const organiserModel = { ...organiserFacts, contact: { ...contact, email: contact.email ?? null } };
  const municipalities = [...municipalityByCode.values()];

  return deepFreeze({
    release: { ...releaseFacts, nextRegion: nextRegion ?? null, photo: photo ? { caption: photo.caption, alt: photo.alt ?? null, image: photoImage } : null },
    programme: { ...programmeFacts, yearsRunning: fiscalYear(releaseDate) - programme.data.firstYear + 1 },
    organiser: organiserModel,
    fields: projects.data.fields,
    groups,
    sessions,
    projects: projectList,
    municipalities,
    registrations: registrationList,
    attendeeKinds: schedule.data.attendeeKinds ?? defaultAttendeeKinds,
    walkInRows: schedule.data.walkInRows ?? defaultWalkInRows,
    recipients: recipients ? buildRecipients(recipients.source.file, recipients.data, organiserModel, municipalities) : null,
    inputHash,
    sources,
  });
}

/** A session's venue and online meeting as its mode; the schema has made sure it has one or both. */
function sessionPlace(session: CompleteEditionFiles['schedule']['data']['sessions'][number]): SessionPlace {
  const venue = session.venue ?? null;
  const online = session.online ? { url: session.online.url, platform: session.online.platform ?? null } : null;
  if (venue && online) return { mode: 'hybrid', venue, online };
  if (venue) return { mode: 'venue', venue, online: null };
  if (online) return { mode: 'online', venue: null, online };
  throw new Error(`the session of group ${session.group} has neither a venue nor an online meeting, which its schema forbids`);
}

// Made on first use: ICU's Japanese collation costs about 15 ms to set up, which `validate` of an edition without registrations never needs.
let collator: Intl.Collator | undefined;

function byFurigana(a: Registration, b: Registration): number {
  collator ??= new Intl.Collator('ja-JP');
  return collator.compare(a.furigana, b.furigana) || collator.compare(a.name, b.name);
}

/** The model is shared by every writer (and worker): freezing makes an accidental write fail loudly. */
function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value === null || typeof value !== 'object' || seen.has(value) || ArrayBuffer.isView(value)) return value;
  seen.add(value);
  for (const child of Object.values(value)) deepFreeze(child, seen);
  return Object.freeze(value);
}
