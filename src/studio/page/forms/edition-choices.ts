/**
 * Values that must be one of a list are chosen from that list as the edition has it now, and a new
 * item gets what can be worked out. (The page's bundle imports this module: it stays free of Node
 * and the DOM.)
 *
 * - 日程グループ (a project's, a session's): the groups of schedule.json, each with its window;
 * - 報告会 and 区分 (a registration's): the sessions and attendeeKinds of schedule.json;
 * - 活動分野 (a project's): the list at the top of projects.json, as the form holds it now;
 * - a new project: the next free 番号, and once its group is chosen, the group's dates.
 */
import type { UiSchema } from './form-ui';

type Json = unknown;
type Item = Record<string, Json>;

export interface Choice {
  readonly value: string;
  readonly label: string;
}

export interface Group {
  readonly id: string;
  readonly start?: string;
  readonly end?: string;
}

/** What schedule.json offers, read leniently: a file with problems still offers what it holds. */
export interface ScheduleChoices {
  readonly groups: readonly Group[];
  readonly sessions: readonly { readonly group: string; readonly date?: string }[];
  readonly attendeeKinds: readonly string[];
}

/** A ui option read by the page's choice widget: the values offered. */
export const choicesOption = 'choices';

const isItem = (v: Json): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: Json): Item[] => (Array.isArray(v) ? v.filter(isItem) : []);
const text = (v: Json): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export function scheduleChoices(schedule: Json, defaultKinds: readonly string[]): ScheduleChoices {
  const value = isItem(schedule) ? schedule : {};
  return {
    groups: list(value.groups).flatMap((g) => (text(g.id) ? [{ id: g.id as string, start: text(g.start), end: text(g.end) }] : [])),
    sessions: list(value.sessions).flatMap((s) => (text(s.group) ? [{ group: s.group as string, date: text(s.date) }] : [])),
    attendeeKinds: Array.isArray(value.attendeeKinds) ? value.attendeeKinds.filter((k): k is string => typeof k === 'string') : defaultKinds,
  };
}

/** 10/26 for 2017-10-26: short, as a list of choices wants it. */
const monthDay = (date: string | undefined): string => (date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}` : '');

const groupChoices = (groups: readonly Group[]): Choice[] =>
  groups.map((g) => ({ value: g.id, label: `${g.id}日程${g.start || g.end ? `（${monthDay(g.start)}～${monthDay(g.end)}）` : ''}` }));

const choice = (choices: readonly Choice[]): UiSchema => ({ 'ui:widget': 'choice', 'ui:options': { [choicesOption]: choices } });

/** The uiSchema that makes each such field a choice, for the data file `name` holding `value` now. */
export function choicesUi(name: string, value: Json, schedule: ScheduleChoices): UiSchema {
  const own = isItem(value) ? value : {};
  switch (name) {
    case 'projects.json': {
      const fields = Array.isArray(own.fields) ? own.fields.filter((f): f is string => typeof f === 'string' && f !== '') : [];
      return { projects: { items: { group: choice(groupChoices(schedule.groups)), municipality: { 'ui:field': 'municipality' }, fields: { items: choice(fields.map((f) => ({ value: f, label: f }))) } } } };
    }
    case 'schedule.json':
      return { sessions: { items: { group: choice(groupChoices(scheduleChoices(value, []).groups)) } } };
    case 'registrations.json':
      return {
        registrations: {
          items: {
            session: choice(schedule.sessions.map((s) => ({ value: s.group, label: `${s.group}日程の報告会${s.date ? `（${monthDay(s.date)}）` : ''}` }))),
            kind: choice(schedule.attendeeKinds.map((k) => ({ value: k, label: k }))),
          },
        },
      };
    default:
      return {};
  }
}

/**
 * The form's value with what a new item can be given: a project added gets the next free 番号; a
 * project whose group is chosen while its dates are empty gets the group's dates (staff shorten
 * them where the project is shorter).
 */
export function workedOut(name: string, previous: Json, next: Json, schedule: ScheduleChoices): Json {
  if (name !== 'projects.json' || !isItem(previous) || !isItem(next) || !Array.isArray(next.projects)) return next;
  const before: readonly Json[] = Array.isArray(previous.projects) ? previous.projects : [];
  const after: readonly Json[] = next.projects;
  const taken = after.map((p) => (isItem(p) && typeof p.number === 'number' ? p.number : 0));
  let changed = false;
  const projects = after.map((project, i) => {
    if (!isItem(project)) return project;
    let result = project;
    // An item added (at the end, by the add button) without a number: the next one free.
    if (i >= before.length && project.number === undefined) result = { ...result, number: Math.max(0, ...taken) + 1 };
    const old = before[i];
    const groupChosen = typeof result.group === 'string' && (!isItem(old) || old.group !== result.group);
    const window = groupChosen ? schedule.groups.find((g) => g.id === result.group) : undefined;
    if (window && result.start === undefined && result.end === undefined && window.start && window.end) {
      result = { ...result, start: window.start, end: window.end };
    }
    if (result !== project) changed = true;
    return result;
  });
  return changed ? { ...next, projects } : next;
}
