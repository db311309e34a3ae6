import type { Diagnostic } from '../diagnostics';
import { compareDates, fiscalYear, minutesOf, parseIsoDate } from '../calendar/calendar-date';
import { earliestWarekiDate } from '../calendar/japanese-date';
import { prefectureNumber, municipalityNames, isValidLocalGovernmentCode, briefFileStem } from '../model/municipality-names';
import { fileNameProblem } from '../emit/safe-file-name';
import type { Checked, EditionFiles } from './edition-files';
import scheduleSchema from '../../schemas/schedule.schema.json';

/** Rules JSON Schema cannot express: references between files, calendar order, uniqueness. */
export function crossFileChecks(files: EditionFiles): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const report = (file: Checked<unknown>, pointer: string, rule: string, message: string, hint?: string): void => {
    const at = file.source.valueAt(pointer);
    problems.push({ file: file.source.file, line: at.line, column: at.column, rule, message: `${pointer} ${message}`, ...(hint ? { hint } : {}) });
  };

  const { release, programme, schedule, projects, registrations } = files;
  if (release) checkWarekiDate(release, '/date', release.data.date, report);
  const releaseDate = release && parseIsoDate(release.data.date);
  if (releaseDate && programme && programme.data.firstYear > fiscalYear(releaseDate)) {
    report(programme, '/firstYear', 'date-range', `is ${programme.data.firstYear}, after the fiscal year of the release (${fiscalYear(releaseDate)})`, 'the programme must have started by the release date');
  }

  const windows = new Map<string, { start: string; end: string }>();
  const sessionGroups = new Set<string>();
  if (schedule) {
    schedule.data.groups.forEach((group, i) => {
      if (windows.has(group.id)) report(schedule, `/groups/${i}/id`, 'duplicate-group', `repeats the group "${group.id}"`, 'each group id is used once');
      checkWarekiDate(schedule, `/groups/${i}/start`, group.start, report);
      if (!checkOrder(schedule, `/groups/${i}`, group.start, group.end, report)) return;
      windows.set(group.id, group);
    });
    const groupList = [...new Set(schedule.data.groups.map((g) => g.id))].join(', ');
    schedule.data.sessions.forEach((session, i) => {
      const window = windows.get(session.group);
      if (!schedule.data.groups.some((g) => g.id === session.group)) {
        report(schedule, `/sessions/${i}/group`, 'dangling-reference', `names the group "${session.group}", which /groups does not define`, `defined groups: ${groupList}`);
      } else if (sessionGroups.has(session.group)) {
        report(schedule, `/sessions/${i}/group`, 'duplicate-session', `is a second session for group "${session.group}"`, 'each group has one reporting session');
      }
      sessionGroups.add(session.group);
      checkWarekiDate(schedule, `/sessions/${i}/date`, session.date, report);
      if (window) checkInside(schedule, `/sessions/${i}/date`, session.date, window, session.group, report);
      if (minutesOf(session.end) <= minutesOf(session.start)) {
        report(schedule, `/sessions/${i}/end`, 'end-before-start', `ends at ${session.end}, not after it starts (${session.start})`, 'swap the times or correct one of them');
      }
    });
  }

  if (projects) checkProjects(projects, schedule, windows, report);

  if (registrations && schedule) {
    const kinds = schedule.data.attendeeKinds ?? defaultAttendeeKinds;
    registrations.data.registrations.forEach((registration, i) => {
      if (!sessionGroups.has(registration.session)) {
        report(registrations, `/registrations/${i}/session`, 'dangling-reference', `names the session "${registration.session}", which schedule.json does not define`, `sessions: ${[...sessionGroups].join(', ')}`);
      }
      if (!kinds.includes(registration.kind)) {
        report(registrations, `/registrations/${i}/kind`, 'enum', `must be one of ${kinds.map((k) => JSON.stringify(k)).join(', ')}`, 'or add it to attendeeKinds in schedule.json');
      }
    });
  }
  return problems;
}

/** The schema states the defaults (editors show them); the model takes them from there. */
export const defaultAttendeeKinds: readonly string[] = scheduleSchema.properties.attendeeKinds.default;
export const defaultWalkInRows: number = scheduleSchema.properties.walkInRows.default;

type Report = (file: Checked<unknown>, pointer: string, rule: string, message: string, hint?: string) => void;

function checkProjects(projects: NonNullable<EditionFiles['projects']>, schedule: EditionFiles['schedule'], windows: ReadonlyMap<string, { start: string; end: string }>, report: Report): void {
  const numbers = new Map<number, number>();
  const namesByCode = new Map<string, string>();
  const codesByName = new Map<string, string>();
  const stems = new Map<string, string>();
  const vocabulary = new Set(projects.data.fields);
  projects.data.projects.forEach((project, i) => {
    const at = `/projects/${i}`;
    const firstUse = numbers.get(project.number);
    if (firstUse !== undefined) report(projects, `${at}/number`, 'duplicate-number', `repeats the number ${project.number}, already used by /projects/${firstUse}`, 'give each project its own number');
    else numbers.set(project.number, i);

    if (schedule && !schedule.data.groups.some((g) => g.id === project.group)) {
      report(projects, `${at}/group`, 'dangling-reference', `names the group "${project.group}", which schedule.json does not define`, `defined groups: ${[...new Set(schedule.data.groups.map((g) => g.id))].join(', ')}`);
    }
    checkWarekiDate(projects, `${at}/start`, project.start, report);
    const window = windows.get(project.group);
    if (checkOrder(projects, at, project.start, project.end, report) && window) {
      checkInside(projects, `${at}/start`, project.start, window, project.group, report);
      checkInside(projects, `${at}/end`, project.end, window, project.group, report);
    }
    project.fields.forEach((field, j) => {
      if (!vocabulary.has(field)) report(projects, `${at}/fields/${j}`, 'enum', `must be one of ${[...vocabulary].map((f) => JSON.stringify(f)).join(', ')}`, 'or add it to the "fields" list at the top of projects.json');
    });

    const municipality = project.municipality;
    const { fullName } = municipalityNames(municipality);
    if (!isValidLocalGovernmentCode(municipality.code)) {
      report(projects, `${at}/municipality/code`, 'local-government-code', `"${municipality.code}" is not a valid local government code (its check digit is wrong)`, 'copy the 6-digit 団体コード from the 総務省 list');
    } else if (Number(municipality.code.slice(0, 2)) !== prefectureNumber(municipality.prefecture)) {
      report(projects, `${at}/municipality/code`, 'local-government-code', `"${municipality.code}" belongs to another prefecture than ${municipality.prefecture}`, `codes in ${municipality.prefecture} start with ${String(prefectureNumber(municipality.prefecture)).padStart(2, '0')}`);
    }
    const nameForCode = namesByCode.get(municipality.code);
    if (nameForCode !== undefined && nameForCode !== fullName) {
      report(projects, `${at}/municipality`, 'duplicate-municipality', `uses the code ${municipality.code}, which another project gives to ${nameForCode}`, 'one code, one municipality');
    }
    const codeForName = codesByName.get(fullName);
    if (codeForName !== undefined && codeForName !== municipality.code) {
      report(projects, `${at}/municipality`, 'duplicate-municipality', `names ${fullName} with the code ${municipality.code}, but another project gives it ${codeForName}`, 'use the same code for the same municipality');
    }
    namesByCode.set(municipality.code, fullName);
    codesByName.set(fullName, municipality.code);

    const stem = briefFileStem(municipality);
    const problem = fileNameProblem(stem);
    if (problem) report(projects, `${at}/municipality`, 'file-name', `would give the brief the file name "${stem}", which ${problem}`, 'correct the municipality name');
    const key = stem.normalize('NFC').toLowerCase();
    const owner = stems.get(key);
    if (owner !== undefined && owner !== municipality.code) {
      report(projects, `${at}/municipality`, 'file-name-clash', `would give its brief the same file name as another municipality ("${stem}")`, 'two municipalities need different names');
    }
    stems.set(key, municipality.code);
  });
}

function checkWarekiDate(file: Checked<unknown>, pointer: string, value: string, report: Report): void {
  const date = parseIsoDate(value);
  if (date && compareDates(date, earliestWarekiDate) < 0) {
    report(file, pointer, 'date-range', `is ${value}, before 1873-01-01`, 'the documents write dates in 和暦, which this toolkit supports from 明治6年 (1873)');
  }
}

/** Reports an end before its start; returns whether the pair is usable for window checks. */
function checkOrder(file: Checked<unknown>, at: string, start: string, end: string, report: Report): boolean {
  const a = parseIsoDate(start);
  const b = parseIsoDate(end);
  if (!a || !b) return false;
  if (compareDates(b, a) < 0) {
    report(file, `${at}/end`, 'end-before-start', `is ${end}, before the start ${start}`, 'swap the dates or correct one of them');
    return false;
  }
  return true;
}

function checkInside(file: Checked<unknown>, pointer: string, value: string, window: { start: string; end: string }, group: string, report: Report): void {
  if (value < window.start || value > window.end) {
    report(file, pointer, 'outside-window', `is ${value}, outside group ${group} (${window.start} to ${window.end})`, 'move the date inside the window or widen the group in schedule.json');
  }
}
