import { monthDay } from '../calendar/japanese-date';

/** A reporting session as schedule.json defines it: its group's letter and its date. */
export interface SessionChoice {
  readonly group: string;
  readonly date: string;
}

/** A problem's words, and its values for the Japanese wording (`variant`: empty, several, none; `found`; `sessions`). */
export type SessionMatch = { readonly group: string } | { readonly problem: string; readonly hint: string; readonly params: Readonly<Record<string, string>> };

/** The sessions listed for a hint: A日程 10月30日（月）, B日程 11月10日（金）. */
export const describeSessions = (sessions: readonly SessionChoice[]): string => sessions.map((s) => `${s.group}日程 ${monthDay(s.date)}`).join(', ');

/**
 * The one session a cell means, written as people write it: `A`, `A日程`, `10月30日`, `10/30`,
 * `2017-10-30`, a form's choice such as `A日程（10月30日）`, or a sheet's name such as
 * `A日程報告会の出席簿`. Every letter of a group and every date the text mentions must point at
 * the same session: none is unknown, two are ambiguous (one row registers for one session).
 */
export function matchSession(text: string, sessions: readonly SessionChoice[]): SessionMatch {
  const value = text.normalize('NFKC').trim();
  const hint = `write one session as A, A日程 or its date (10月30日); the sessions: ${describeSessions(sessions)}`;
  const params = (variant: string) => ({ variant, found: text, sessions: describeSessions(sessions).split(', ').join('、') });
  if (value === '') return { problem: 'is empty', hint, params: params('empty') };
  const mentioned = new Set<string>();
  const letters = /^[a-z]$/i.test(value) ? [value] : [...value.matchAll(/(?<![a-z])([a-z])\s*日程|\b(?:session|group)\s*([a-z])\b/gi)].map((m) => m[1] ?? m[2]);
  for (const letter of letters) mentioned.add(letter.toUpperCase());
  const fullDates = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/g;
  const dates = [...value.matchAll(fullDates)].map((m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }));
  for (const m of value.replace(fullDates, ' ').matchAll(/(\d{1,2})\s*[/月]\s*(\d{1,2})/g)) dates.push({ year: 0, month: Number(m[1]), day: Number(m[2]) });
  for (const date of dates) {
    const on = sessions.filter((s) => {
      const [year, month, day] = s.date.split('-').map(Number);
      return month === date.month && day === date.day && (date.year === 0 || year === date.year);
    });
    if (on.length === 0) mentioned.add(`${date.month}月${date.day}日`);
    for (const s of on) mentioned.add(s.group);
  }
  const [only] = mentioned;
  if (mentioned.size === 1 && sessions.some((s) => s.group === only)) return { group: only };
  if (mentioned.size > 1) return { problem: `names more than one session: "${text}"`, hint: `one row registers for one session (give a second row for a second session); ${hint}`, params: params('several') };
  return { problem: `names no session of schedule.json: "${text}"`, hint, params: params('none') };
}
