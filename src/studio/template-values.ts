import { compileOptions, createHandlebars, type Filling } from '../wording/templates';
import type { TemplateFillings } from '../wording/fillings';
import { schemaAt } from '../messages/field-names';
import { modelObjects, topLevelNames, workedOutNames, type SchemaPlace } from '../messages/model-names';
import { monthDay } from '../calendar/japanese-date';
import { templateLabel } from './template-labels';

/**
 * What the 編集 tab shows beside a template: the text it produced in the studio's latest build, and
 * the values it may use, named in the form's words and written as the Handlebars field to insert.
 * Both come from what the template was really filled with, so they cannot drift from the model.
 */

/** One value a template may use, in one form: 「プロジェクト › 初日」 as 和暦の日付 is `{{wareki project.start}}`. */
export interface OfferedValue {
  /** The value in the form's words: 「プロジェクト › 対象自治体 › 市区町村」. */
  readonly name: string;
  /** How it is written: 和暦の日付, そのまま, 3桁区切り… */
  readonly form: string;
  /** The Handlebars to insert. */
  readonly field: string;
  /** What it gives in the first filling ('' when it gives nothing there). */
  readonly example: string;
}

export interface ShownFilling {
  /** Which filling: 「プロジェクト 3（大分県佐伯市）」; '' for a template filled once with nothing of its own. */
  readonly label: string;
  readonly text: string;
}

export interface TemplateView {
  /** How many times the template was filled in the latest build (0: not used in this packet). */
  readonly count: number;
  readonly fillings: readonly ShownFilling[];
  readonly values: readonly OfferedValue[];
}

/**
 * Keys that are not wording: the input's digest, the files as read, the photo's bytes, the brief's
 * file name, a session's mode (a code: templates test session.venue and session.online), and the
 * mail's recipients (the mails are written when sending, not in the packet).
 */
const hidden = new Set(['sources', 'inputHash', 'image', 'briefFileStem', 'mode', 'recipients']);

/** What one filling is for (its project, its session…) comes first in the list; the edition's values after. */
const ownKeys = ['project', 'session', 'group', 'municipality', 'venue', 'labelled', 'page', 'pages'];

/** Objects are opened this deep (`organiser.contact.tel`, `project.municipality.city`), so the list stays readable. */
const deepest = 3;

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const timePattern = /^\d{2}:\d{2}$/;

/** The template's view in the latest build: its first fillings, labelled, and the values it may use. */
export function templateView(fillings: TemplateFillings | undefined): TemplateView {
  if (!fillings) return { count: 0, fillings: [], values: [] };
  return {
    count: fillings.count,
    fillings: fillings.first.map((filling) => ({ label: fillingLabel(filling), text: filling.text })),
    values: offeredValues(fillings.first.map((filling) => filling.context)),
  };
}

type Context = Readonly<Record<string, unknown>>;

/** 「プロジェクト 3（大分県佐伯市）」, 「福岡県北九州市宛て › 報告会 1（10月30日（月））」: the items this filling is for, as the form numbers them. */
export function fillingLabel(filling: Filling): string {
  const context = filling.context as Context;
  const parts: string[] = [];
  const municipality = context.municipality as { fullName: string } | undefined;
  if (municipality) parts.push(`${municipality.fullName}宛て`);
  const project = context.project as { municipality: { fullName: string } } | undefined;
  if (project) parts.push(`プロジェクト ${numberIn(context.projects, project)}${municipality ? '' : `（${project.municipality.fullName}）`}`);
  const session = context.session as { date: string } | undefined;
  if (session) parts.push(`報告会 ${numberIn(context.sessions, session)}（${monthDay(session.date)}）`);
  const group = context.group as { id: string } | undefined;
  if (group && !project && !session) parts.push(`日程グループ ${group.id}`);
  if (filling.within) parts.push(`「${templateLabel(filling.within)}」の中`);
  return parts.join(' › ');
}

/** The item's 1-based number in its list, as the form counts. */
function numberIn(list: unknown, item: unknown): string {
  const at = Array.isArray(list) ? list.indexOf(item) : -1;
  return at < 0 ? '' : String(at + 1);
}

/**
 * Every value the contexts hold (the first fillings' contexts: one may hold what another leaves
 * empty), each in the forms a document writes it, with what it gives in the first filling.
 * Offered only when the field, rendered against that context, gives no error.
 */
export function offeredValues(contexts: readonly object[]): OfferedValue[] {
  const offers = new Map<string, Offer>();
  for (const context of contexts) {
    const keys = Object.keys(context).sort((a, b) => rank(a) - rank(b));
    for (const key of keys) {
      const value = (context as Context)[key];
      if (hidden.has(key)) continue;
      collect(value, [key], [topLevelNames[key] ?? key], modelObjects[key], key, new Set([context]), (offer) => {
        if (!offers.has(offer.field)) offers.set(offer.field, offer);
      });
    }
  }
  const hb = createHandlebars();
  return [...offers.values()].flatMap((offer) => {
    // A field that fails in one filling (a value another filling leaves empty) is not offered as such.
    const texts = contexts.map((context) => render(hb, offer.field, context));
    if (texts.some((text) => text === undefined)) return [];
    return [{ ...offer, example: texts.find((text) => text !== '') ?? '' }];
  });
}

const rank = (key: string): number => (ownKeys.includes(key) ? ownKeys.indexOf(key) : ownKeys.length);

function render(hb: ReturnType<typeof createHandlebars>, field: string, context: object): string | undefined {
  try {
    return hb.compile(field, compileOptions)(context);
  } catch {
    return undefined;
  }
}

type Offer = Omit<OfferedValue, 'example'>;

/**
 * The offers of one value at `path` (its keys) named `names`; `place` is where its schema describes
 * it, `owner` the model object's key it belongs to (for the names no schema gives).
 */
function collect(value: unknown, path: readonly string[], names: readonly string[], place: SchemaPlace | undefined, owner: string, seen: Set<unknown>, offer: (o: Offer) => void): void {
  const at = path.join('.');
  const name = names.join(' › ');
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((item) => typeof item === 'string')) offer({ name, form: '「、」でつないで', field: `{{join ${at} "、"}}` });
    offer({ name: `${name}の数`, form: '数', field: `{{count ${at}}}` });
    return;
  }
  if (value instanceof Uint8Array) return;
  if (value !== null && typeof value === 'object') {
    if (seen.has(value)) return;
    // Too deep to open: offered as a condition, as a template tests it ({{#if group.session.venue}}).
    if (path.length >= deepest) return offer({ name, form: 'あるときだけ書く', field: `{{#if ${at}}}{{/if}}` });
    const inner = new Set(seen).add(value);
    const record = value as Context;
    rangeOffers(record, at, name, offer);
    for (const [key, child] of Object.entries(record)) {
      if (hidden.has(key)) continue;
      const childOwner = modelObjects[key] ? key : owner;
      const childPlace = modelObjects[key] ?? (place ? { file: place.file, pointer: `${place.pointer}/${key}` } : undefined);
      const title = workedOutNames[singular(owner)]?.[key] ?? schemaTitle(place, key) ?? topLevelNames[key] ?? key;
      collect(child, [...path, key], [...names, title], childPlace, childOwner, inner, offer);
    }
    return;
  }
  if (value === null) {
    // Empty in this filling: its schema says what it would hold.
    const schema = place ? schemaAt(place.file, place.pointer) : undefined;
    const properties = schema?.properties as Record<string, unknown> | undefined;
    if (properties && path.length < deepest) {
      // Written only where it is given: inside {{#if}} on the value that may be empty.
      offer({ name, form: 'あるときだけ書く', field: `{{#if ${at}}}{{/if}}` });
      for (const key of Object.keys(properties)) {
        const title = schemaTitle(place, key) ?? key;
        offer({ name: `${name} › ${title}`, form: 'あるときだけ', field: `{{#if ${at}}}{{${at}.${key}}}{{/if}}` });
      }
    } else offer({ name, form: 'そのまま', field: `{{${at}}}` });
    return;
  }
  if (typeof value === 'boolean') return offer({ name, form: 'はいのときだけ書く', field: `{{#if ${at}}}{{/if}}` });
  if (typeof value === 'number') {
    offer({ name, form: 'そのまま', field: `{{${at}}}` });
    offer({ name, form: '3桁区切り（66,000）', field: `{{number ${at}}}` });
    offer({ name, form: '万・千で（6万6千）', field: `{{kanjiUnits ${at}}}` });
    offer({ name, form: '全角数字', field: `{{fullWidth ${at}}}` });
    return;
  }
  if (typeof value === 'string' && datePattern.test(value)) {
    offer({ name, form: '和暦の日付（曜日つき）', field: `{{wareki ${at}}}` });
    offer({ name, form: '和暦の日付（曜日なし）', field: `{{wareki ${at} weekday=false}}` });
    offer({ name, form: '月日（曜日つき）', field: `{{monthDay ${at}}}` });
    offer({ name, form: '和暦の年', field: `{{warekiYear ${at}}}` });
    offer({ name, form: '西暦の日付', field: `{{gregorian ${at}}}` });
    return;
  }
  offer({ name, form: 'そのまま', field: `{{${at}}}` });
}

/** An item with a first and last day (or a start and end time) is also offered as one range: 10月27日（金）～29日（日）. */
function rangeOffers(record: Context, at: string, name: string, offer: (o: Offer) => void): void {
  const { start, end } = record;
  if (typeof start !== 'string' || typeof end !== 'string') return;
  if (datePattern.test(start) && datePattern.test(end)) offer({ name: `${name} › 期間`, form: '和暦の期間', field: `{{dateRange ${at}.start ${at}.end}}` });
  if (timePattern.test(start) && timePattern.test(end)) offer({ name: `${name} › 時間`, form: '開始～終了の時刻', field: `{{timeRange ${at}.start ${at}.end}}` });
}

function schemaTitle(place: SchemaPlace | undefined, key: string): string | undefined {
  const title = place ? schemaAt(place.file, `${place.pointer}/${key}`)?.title : undefined;
  return typeof title === 'string' ? title : undefined;
}

/** The key of one item of a list the model holds under a plural key (`projects` → `project`). */
function singular(key: string): string {
  return { projects: 'project', municipalities: 'municipality', groups: 'group', sessions: 'session' }[key] ?? key;
}
