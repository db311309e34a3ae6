import type { HelperOptions } from 'handlebars';
import { dateRange, gregorian, monthDay, timeRange, wareki, warekiYear } from '../calendar/japanese-date';

/** Handlebars passes an options object last; helpers read named arguments (sep="－") from its hash. */
type Args = unknown[];

function split(args: Args): { positional: unknown[]; hash: Record<string, unknown> } {
  const options = args[args.length - 1] as HelperOptions;
  return { positional: args.slice(0, -1), hash: options.hash as Record<string, unknown> };
}

function need<T>(helper: string, value: unknown, kind: 'string' | 'number' | 'array'): T {
  const ok = kind === 'array' ? Array.isArray(value) : typeof value === kind;
  if (!ok) throw new TypeError(`helper "${helper}" expects a ${kind}, got ${value === null ? 'null' : typeof value}`);
  return value as T;
}

const fullWidthDigits = '０１２３４５６７８９';
/**
 * 66000 → 66,000: rounded to a whole number, half away from zero, its digits grouped in threes, as
 * Intl.NumberFormat('en-US') writes it; Intl's number data took some 40 ms to load in every command.
 */
export function groupedNumber(n: number): string {
  const whole = Math.round(Math.abs(n));
  return `${n < 0 && whole > 0 ? '-' : ''}${String(whole).replace(/\B(?=(\d{3})+$)/g, ',')}`;
}

/** 66000 → 6万6千, 10000 → 1万, 12345 → 1万2345: the way Japanese prose writes round counts. */
export function kanjiUnits(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a whole number: ${n}`);
  const units: readonly [number, string][] = [[100_000_000, '億'], [10_000, '万']];
  let rest = n;
  let text = '';
  for (const [size, unit] of units) {
    if (rest >= size) {
      text += `${Math.floor(rest / size)}${unit}`;
      rest %= size;
    }
  }
  if (rest > 0) text += rest % 1000 === 0 ? `${rest / 1000}千` : String(rest);
  return text || '0';
}

export function toFullWidthDigits(value: number | string): string {
  return String(value).replace(/[0-9]/g, (d) => fullWidthDigits[Number(d)]);
}

/** Whether `{{#if item.key}}` would render: the key is there and not null, false, 0, "" or an empty list. */
function isSet(item: unknown, key: string): boolean {
  const value = typeof item === 'object' && item !== null && Object.hasOwn(item, key) ? (item as Record<string, unknown>)[key] : undefined;
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

/**
 * The helpers templates may call. Dates are YYYY-MM-DD strings from the model; every helper is pure
 * and independent of the machine's time zone.
 */
export const helpers: Record<string, (...args: Args) => unknown> = {
  /** {{wareki date}} → 平成29年10月26日（木）; weekday=false leaves the weekday out. */
  wareki: (...args) => {
    const { positional, hash } = split(args);
    return wareki(need<string>('wareki', positional[0], 'string'), hash.weekday !== false);
  },
  /** {{warekiYear date}} → 平成29年 */
  warekiYear: (...args) => warekiYear(need<string>('warekiYear', split(args).positional[0], 'string')),
  /** {{monthDay date}} → 10月30日（月） */
  monthDay: (...args) => {
    const { positional, hash } = split(args);
    return monthDay(need<string>('monthDay', positional[0], 'string'), hash.weekday !== false);
  },
  /** {{dateRange start end sep="－" compact=true era=false}} → 平成29年10月27日（金）－29日（日） */
  dateRange: (...args) => {
    const { positional, hash } = split(args);
    return dateRange(need<string>('dateRange', positional[0], 'string'), need<string>('dateRange', positional[1], 'string'), {
      ...(typeof hash.sep === 'string' ? { separator: hash.sep } : {}),
      compact: hash.compact === true,
      era: hash.era !== false,
    });
  },
  /** {{timeRange start end}} → 16:30～17:50 */
  timeRange: (...args) => {
    const { positional } = split(args);
    return timeRange(need<string>('timeRange', positional[0], 'string'), need<string>('timeRange', positional[1], 'string'));
  },
  /** {{gregorian date}} → 2017年10月13日 */
  gregorian: (...args) => {
    const { positional, hash } = split(args);
    return gregorian(need<string>('gregorian', positional[0], 'string'), hash.weekday === true);
  },
  /** {{number 66000}} → 66,000 */
  number: (...args) => groupedNumber(need<number>('number', split(args).positional[0], 'number')),
  /** {{kanjiUnits 66000}} → 6万6千 */
  kanjiUnits: (...args) => kanjiUnits(need<number>('kanjiUnits', split(args).positional[0], 'number')),
  /** {{fullWidth 8}} → ８ */
  fullWidth: (...args) => {
    const value = split(args).positional[0];
    return toFullWidthDigits(typeof value === 'number' ? value : need<string>('fullWidth', value, 'string'));
  },
  /** {{floorTo 31 10}} → 30 (30年以上) */
  floorTo: (...args) => {
    const { positional } = split(args);
    const step = need<number>('floorTo', positional[1], 'number');
    return Math.floor(need<number>('floorTo', positional[0], 'number') / step) * step;
  },
  /** {{count list}} → number of items */
  count: (...args) => need<unknown[]>('count', split(args).positional[0], 'array').length,
  /** {{join list "、" key="displayName"}} */
  join: (...args) => {
    const { positional, hash } = split(args);
    const list = need<unknown[]>('join', positional[0], 'array');
    const separator = positional.length > 1 ? need<string>('join', positional[1], 'string') : '、';
    const key = typeof hash.key === 'string' ? hash.key : undefined;
    return list.map((item) => String(key ? (item as Record<string, unknown>)[key] : item)).join(separator);
  },
  /**
   * {{joinFirst list 20 key="displayName" more="ほか%団体"}}: the first 20 joined with 、 and, when
   * there are more, the `more` wording with % replaced by how many were left out.
   */
  joinFirst: (...args) => {
    const { positional, hash } = split(args);
    const list = need<unknown[]>('joinFirst', positional[0], 'array');
    const limit = need<number>('joinFirst', positional[1], 'number');
    const key = typeof hash.key === 'string' ? hash.key : undefined;
    const separator = typeof hash.sep === 'string' ? hash.sep : '、';
    const shown = list.slice(0, limit).map((item) => String(key ? (item as Record<string, unknown>)[key] : item));
    const rest = list.length - shown.length;
    if (rest > 0) shown.push(need<string>('joinFirst', hash.more, 'string').replace('%', groupedNumber(rest)));
    return shown.join(separator);
  },
  /** {{#if (some sessions "online")}}: whether any item of the list has the key set (as #if sees it). */
  some: (...args) => {
    const [list, key] = split(args).positional;
    return need<unknown[]>('some', list, 'array').some((item) => isSet(item, need<string>('some', key, 'string')));
  },
  /** {{#if (every sessions "venue")}}: whether every item of the list has the key set (as #if sees it). */
  every: (...args) => {
    const [list, key] = split(args).positional;
    return need<unknown[]>('every', list, 'array').every((item) => isSet(item, need<string>('every', key, 'string')));
  },
  /** {{#if (eq a b)}} */
  eq: (...args) => {
    const [a, b] = split(args).positional;
    return a === b;
  },
};
