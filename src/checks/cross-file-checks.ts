import type { Diagnostic } from '../problems/diagnostics';
import { compareDates, fiscalYear, minutesOf, parseIsoDate } from '../calendar/calendar-date';
import { earliestWarekiDate } from '../calendar/japanese-date';
import { prefectureNumber, municipalityNames, isValidLocalGovernmentCode } from './municipality-names';
import { recipientChecks } from './recipient-checks';
import type { Checked, EditionFiles } from './edition-files';
import type { ProjectsFile } from '../sources/data-files.generated';
import { defaultAttendeeKinds } from '../sources/schema-defaults';

/**
 * Rules JSON Schema cannot express: references between files, calendar order, uniqueness. They read
 * every part that passed its schema (`usable`), also in a file where other parts failed, so every
 * problem shows in one run; a part that failed is the schema's to report and is not read.
 */
export function crossFileChecks(files: EditionFiles): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const report: Report = (file, pointer, rule, message, hint, params) => {
    const at = file.source.valueAt(pointer);
    problems.push({ file: file.source.file, line: at.line, column: at.column, rule, message: `${pointer} ${message}`, hint, pointer, ...(params ? { params } : {}) });
  };

  const { release, programme, schedule, projects, registrations } = files;
  const releaseDate = release?.usable('/date') ? parseIsoDate(release.data.date) : undefined;
  if (release && releaseDate) checkWarekiDate(release, '/date', release.data.date, report);
  if (releaseDate && programme?.usable('/firstYear') && programme.data.firstYear > fiscalYear(releaseDate)) {
    report(programme, '/firstYear', 'date-range', `is ${programme.data.firstYear}, after the fiscal year of the release (${fiscalYear(releaseDate)})`, 'the programme must have started by the release date', { found: programme.data.firstYear, limit: fiscalYear(releaseDate) });
  }

  const groups = namesIn(schedule, schedule?.data.groups, '/groups', 'id');
  const windows = new Map<string, { start: string; end: string }>();
  const sessionGroups = new Set<string>();
  if (schedule) {
    const seen = new Set<string>();
    for (const { value: group, at } of entries(schedule.data.groups, '/groups')) {
      const ok = (key: string): boolean => schedule.usable(`${at}/${key}`);
      if (ok('id') && seen.has(group.id)) report(schedule, `${at}/id`, 'duplicate-group', `repeats the group "${group.id}"`, 'each group id is used once', { name: group.id });
      if (ok('id')) seen.add(group.id);
      if (ok('start')) checkWarekiDate(schedule, `${at}/start`, group.start, report);
      if (ok('start') && ok('end') && checkOrder(schedule, at, group.start, group.end, report) && ok('id')) windows.set(group.id, group);
    }
    for (const { value: session, at } of entries(schedule.data.sessions, '/sessions')) {
      const ok = (key: string): boolean => schedule.usable(`${at}/${key}`);
      if (ok('group')) {
        if (!checkReference(schedule, `${at}/group`, session.group, groups, 'group', '/groups', report) && sessionGroups.has(session.group)) {
          report(schedule, `${at}/group`, 'duplicate-session', `is a second session for group "${session.group}"`, 'each group has one reporting session', { name: session.group });
        }
        sessionGroups.add(session.group);
      }
      if (ok('date')) {
        checkWarekiDate(schedule, `${at}/date`, session.date, report);
        const window = ok('group') ? windows.get(session.group) : undefined;
        if (window) checkInside(schedule, `${at}/date`, session.date, window, session.group, report);
      }
      if (ok('start') && ok('end') && minutesOf(session.end) <= minutesOf(session.start)) {
        report(schedule, `${at}/end`, 'end-before-start', `ends at ${session.end}, not after it starts (${session.start})`, 'swap the times or correct one of them', { end: session.end, start: session.start, kind: 'time' });
      }
    }
  }

  if (projects) checkProjects(projects, groups, windows, report);

  if (registrations && schedule) {
    const sessions = namesIn(schedule, schedule.data.sessions, '/sessions', 'group');
    const kinds = schedule.data.attendeeKinds === undefined ? { names: new Set(defaultAttendeeKinds), complete: true } : namesIn(schedule, schedule.data.attendeeKinds, '/attendeeKinds');
    for (const { value: registration, at } of entries(registrations.data.registrations, '/registrations')) {
      if (registrations.usable(`${at}/session`)) checkReference(registrations, `${at}/session`, registration.session, sessions, 'session', 'schedule.json', report);
      if (registrations.usable(`${at}/kind`) && kinds.complete && !kinds.names.has(registration.kind)) {
        report(registrations, `${at}/kind`, 'enum', `must be one of ${[...kinds.names].map((k) => JSON.stringify(k)).join(', ')}`, 'or add it to attendeeKinds in schedule.json', { found: registration.kind, allowed: [...kinds.names].join('、'), list: 'attendeeKinds' });
      }
    }
  }
  problems.push(...recipientChecks(files));
  return problems;
}

/** The entries of a list with their pointers; none when it is not a list, and no null entry (its type failed), so `entry.key` is safe to read. */
function entries<T>(list: readonly T[] | undefined, at: string): { value: T; at: string }[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((value: T, i) => (value === null ? [] : [{ value, at: `${at}/${i}` }]));
}

/** The names a list defines (its items, or each item's `key`); incomplete when one failed its schema, which may be the name a reference means. */
interface Names {
  readonly names: ReadonlySet<string>;
  readonly complete: boolean;
}

function namesIn(file: Checked<unknown> | undefined, list: readonly unknown[] | undefined, at: string, key?: string): Names {
  if (!file || !Array.isArray(list)) return { names: new Set(), complete: false };
  const names = new Set<string>();
  let complete = true;
  list.forEach((item, i) => {
    if (!file.usable(key ? `${at}/${i}/${key}` : `${at}/${i}`)) complete = false;
    else names.add(key ? (item as Record<string, string>)[key] : (item as string));
  });
  return { names, complete };
}

/** Reports a name the list does not define (only when the list is complete); returns whether it did. */
function checkReference(file: Checked<unknown>, pointer: string, name: string, defined: Names, noun: string, definedIn: string, report: Report): boolean {
  if (!defined.complete || defined.names.has(name)) return false;
  report(file, pointer, 'dangling-reference', `names the ${noun} "${name}", which ${definedIn} does not define`, `defined ${noun}s: ${[...defined.names].join(', ')}`, { name, noun, defined: [...defined.names].join('、') });
  return true;
}

type Report = (file: Checked<unknown>, pointer: string, rule: string, message: string, hint: string, params?: Readonly<Record<string, string | number>>) => void;

function checkProjects(projects: NonNullable<EditionFiles['projects']>, groups: Names, windows: ReadonlyMap<string, { start: string; end: string }>, report: Report): void {
  const numbers = new Map<number, string>();
  const namesByCode = new Map<string, string>();
  const codesByName = new Map<string, string>();
  const vocabulary = namesIn(projects, projects.data.fields, '/fields');
  for (const { value: project, at } of entries(projects.data.projects, '/projects')) {
    const ok = (key: string): boolean => projects.usable(`${at}/${key}`);
    if (ok('number')) {
      const firstUse = numbers.get(project.number);
      if (firstUse !== undefined) report(projects, `${at}/number`, 'duplicate-number', `repeats the number ${project.number}, already used by ${firstUse}`, 'give each project its own number', { found: project.number, first: Number(firstUse.split('/').pop()) + 1 });
      else numbers.set(project.number, at);
    }

    if (ok('group')) checkReference(projects, `${at}/group`, project.group, groups, 'group', 'schedule.json', report);
    const start = ok('start') ? project.start : undefined;
    const end = ok('end') ? project.end : undefined;
    if (start) checkWarekiDate(projects, `${at}/start`, start, report);
    const inOrder = start === undefined || end === undefined || checkOrder(projects, at, start, end, report);
    const window = ok('group') ? windows.get(project.group) : undefined;
    if (inOrder && window) {
      if (start) checkInside(projects, `${at}/start`, start, window, project.group, report);
      if (end) checkInside(projects, `${at}/end`, end, window, project.group, report);
    }
    for (const { value: field, at: fieldAt } of vocabulary.complete ? entries(project.fields, `${at}/fields`) : []) {
      if (projects.usable(fieldAt) && !vocabulary.names.has(field)) {
        report(projects, fieldAt, 'enum', `must be one of ${[...vocabulary.names].map((f) => JSON.stringify(f)).join(', ')}`, 'or add it to the "fields" list at the top of projects.json', { found: field, allowed: [...vocabulary.names].join('、'), list: 'fields' });
      }
    }

    if (ok('municipality')) checkMunicipality(projects, `${at}/municipality`, project.municipality, { namesByCode, codesByName }, report);
  }
}

/** What the projects before this one said about municipalities, to catch one code used twice. */
interface MunicipalitiesSoFar {
  readonly namesByCode: Map<string, string>;
  readonly codesByName: Map<string, string>;
}

function checkMunicipality(projects: Checked<unknown>, at: string, municipality: ProjectsFile['projects'][number]['municipality'], soFar: MunicipalitiesSoFar, report: Report): void {
  const { namesByCode, codesByName } = soFar;
  const { fullName } = municipalityNames(municipality);
  if (!isValidLocalGovernmentCode(municipality.code)) {
    report(projects, `${at}/code`, 'local-government-code', `"${municipality.code}" is not a valid local government code (its check digit is wrong)`, 'copy the 6-digit 団体コード from the 総務省 list', { found: municipality.code });
  } else if (Number(municipality.code.slice(0, 2)) !== prefectureNumber(municipality.prefecture)) {
    report(projects, `${at}/code`, 'local-government-code', `"${municipality.code}" belongs to another prefecture than ${municipality.prefecture}`, `codes in ${municipality.prefecture} start with ${String(prefectureNumber(municipality.prefecture)).padStart(2, '0')}`, { found: municipality.code, prefecture: municipality.prefecture, prefix: String(prefectureNumber(municipality.prefecture)).padStart(2, '0') });
  }
  const nameForCode = namesByCode.get(municipality.code);
  if (nameForCode !== undefined && nameForCode !== fullName) {
    report(projects, at, 'duplicate-municipality', `uses the code ${municipality.code}, which another project gives to ${nameForCode}`, 'one code, one municipality', { code: municipality.code, other: nameForCode, kind: 'code' });
  }
  const codeForName = codesByName.get(fullName);
  if (codeForName !== undefined && codeForName !== municipality.code) {
    report(projects, at, 'duplicate-municipality', `names ${fullName} with the code ${municipality.code}, but another project gives it ${codeForName}`, 'use the same code for the same municipality', { code: municipality.code, other: codeForName, name: fullName, kind: 'name' });
  }
  namesByCode.set(municipality.code, fullName);
  codesByName.set(fullName, municipality.code);
}

function checkWarekiDate(file: Checked<unknown>, pointer: string, value: string, report: Report): void {
  const date = parseIsoDate(value);
  if (date && compareDates(date, earliestWarekiDate) < 0) {
    report(file, pointer, 'date-range', `is ${value}, before 1873-01-01`, 'the documents write dates in 和暦, which this toolkit supports from 明治6年 (1873)', { found: value });
  }
}

/** Reports an end before its start; returns whether the pair is usable for window checks. */
function checkOrder(file: Checked<unknown>, at: string, start: string, end: string, report: Report): boolean {
  const a = parseIsoDate(start);
  const b = parseIsoDate(end);
  if (!a || !b) return false;
  if (compareDates(b, a) < 0) {
    report(file, `${at}/end`, 'end-before-start', `is ${end}, before the start ${start}`, 'swap the dates or correct one of them', { end, start, kind: 'date' });
    return false;
  }
  return true;
}

function checkInside(file: Checked<unknown>, pointer: string, value: string, window: { start: string; end: string }, group: string, report: Report): void {
  if (value < window.start || value > window.end) {
    report(file, pointer, 'outside-window', `is ${value}, outside group ${group} (${window.start} to ${window.end})`, 'move the date inside the window or widen the group in schedule.json', { found: value, group, start: window.start, end: window.end });
  }
}
