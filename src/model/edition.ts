import type { OrganiserFile, ProgrammeFile, RegistrationsFile, ReleaseFile, ScheduleFile } from '../sources/data-files.generated';

/** Optional data keys become `null` so templates can test them with `{{#if}}` under strict lookups. */
type Present<T> = { readonly [K in keyof T]-?: undefined extends T[K] ? Exclude<T[K], undefined> | null : T[K] };
type Item<T> = T extends readonly (infer U)[] ? U : never;

export type Release = Present<Omit<ReleaseFile, '$schema' | 'photo'>> & {
  readonly photo: Photo | null;
};

export interface Photo {
  readonly caption: string;
  /** What the image shows, for those who cannot see it; the schema requires it with an image. */
  readonly alt: string | null;
  /** The image bytes, read by the loader so writers never open data/. */
  readonly image: { readonly bytes: Uint8Array; readonly type: 'png' | 'jpeg' } | null;
}

export type Programme = Present<Omit<ProgrammeFile, '$schema'>> & {
  /** 今年で○年目: counted in fiscal years up to the release date. */
  readonly yearsRunning: number;
};

export type Organiser = Present<Omit<OrganiserFile, '$schema' | 'contact'>> & {
  readonly contact: Present<OrganiserFile['contact']>;
};

export interface Group {
  readonly id: string;
  readonly start: string;
  readonly end: string;
  /** In data order. */
  readonly projects: readonly Project[];
  /** Distinct host municipalities, in order of their first project. */
  readonly municipalities: readonly Municipality[];
  readonly session: Session | null;
}

type SessionFile = Item<ScheduleFile['sessions']>;
export type Venue = NonNullable<SessionFile['venue']>;
export type OnlineMeeting = Present<NonNullable<SessionFile['online']>>;

/**
 * Where a session is held: at its venue, online, or both (hybrid). Each writer says so in its own
 * way from `mode`; templates test `session.venue` and `session.online`, whichever is absent is null.
 */
export type SessionPlace =
  | { readonly mode: 'venue'; readonly venue: Venue; readonly online: null }
  | { readonly mode: 'online'; readonly venue: null; readonly online: OnlineMeeting }
  | { readonly mode: 'hybrid'; readonly venue: Venue; readonly online: OnlineMeeting };

export type Session = SessionPlace & {
  readonly group: Group;
  readonly date: string;
  readonly start: string;
  readonly end: string;
  /** Sorted by furigana, then name. */
  readonly registrations: readonly Registration[];
};

export interface Municipality {
  /** 全国地方公共団体コード (6 digits with check digit). */
  readonly code: string;
  readonly prefecture: string;
  readonly city: string | null;
  /** Prefecture and city: 福岡県北九州市. */
  readonly fullName: string;
  /** As the release writes it: 北九州市 for a designated city, else the full name. */
  readonly displayName: string;
  /** In data order. */
  readonly projects: readonly Project[];
  /** File name of this municipality's brief, without extension; checked safe and unique. */
  readonly briefFileStem: string;
}

export interface Project {
  readonly number: number;
  readonly municipality: Municipality;
  readonly group: Group;
  readonly start: string;
  readonly end: string;
  readonly participant: string;
  readonly plan: string;
  readonly fields: readonly string[];
}

export type Registration = Present<Omit<Item<RegistrationsFile['registrations']>, 'session'>> & {
  readonly session: Session;
};

/** One edition of the press packet: every fact, joined once, read by every writer. */
export interface Edition {
  readonly release: Release;
  readonly programme: Programme;
  readonly organiser: Organiser;
  /** Vocabulary of fields of activity, in display order. */
  readonly fields: readonly string[];
  readonly groups: readonly Group[];
  readonly sessions: readonly Session[];
  readonly projects: readonly Project[];
  readonly municipalities: readonly Municipality[];
  readonly registrations: readonly Registration[];
  readonly attendeeKinds: readonly string[];
  readonly walkInRows: number;
  /** Who gets the packet by e-mail (recipients.json); null without that file. */
  readonly recipients: Recipients | null;
  /** sha256 of the input files, for the manifest. */
  readonly inputHash: string;
  /** The data files as read, so a writer can point at where a piece of text came from. */
  readonly sources: readonly SourceText[];
}

export interface SourceText {
  readonly file: string;
  readonly text: string;
}

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
