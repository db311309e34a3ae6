/**
 * Names, in the form's words, for what a template is filled with beyond the data files' fields: the
 * model's joins and worked-out values (no schema titles them) and what a writer adds for one
 * filling. The data files' own fields are named by their schemas' titles (field-names.ts).
 */

/** Where a model object's fields are described: its data file and the pointer of one such item there. */
export interface SchemaPlace {
  readonly file: string;
  readonly pointer: string;
}

/** The model's objects by the key that holds them (one or a list), and where their schema describes one. */
export const modelObjects: Readonly<Record<string, SchemaPlace>> = {
  release: { file: 'release.json', pointer: '' },
  programme: { file: 'programme.json', pointer: '' },
  organiser: { file: 'organiser.json', pointer: '' },
  project: { file: 'projects.json', pointer: '/projects/0' },
  projects: { file: 'projects.json', pointer: '/projects/0' },
  municipality: { file: 'projects.json', pointer: '/projects/0/municipality' },
  municipalities: { file: 'projects.json', pointer: '/projects/0/municipality' },
  group: { file: 'schedule.json', pointer: '/groups/0' },
  groups: { file: 'schedule.json', pointer: '/groups/0' },
  session: { file: 'schedule.json', pointer: '/sessions/0' },
  sessions: { file: 'schedule.json', pointer: '/sessions/0' },
  venue: { file: 'schedule.json', pointer: '/sessions/0/venue' },
  registrations: { file: 'registrations.json', pointer: '/registrations/0' },
  recipients: { file: 'recipients.json', pointer: '' },
};

/** The names of a template's top-level values, where the schema's title is not the one staff know them by. */
export const topLevelNames: Readonly<Record<string, string>> = {
  release: '報道発表',
  programme: 'JETプログラム',
  organiser: '主催者',
  project: 'プロジェクト',
  projects: 'プロジェクト',
  municipality: '宛先の自治体',
  municipalities: '実施自治体',
  group: '日程グループ',
  groups: '日程グループ',
  session: '報告会',
  sessions: '報告会',
  venue: '会場',
  fields: '活動分野',
  registrations: '出席申込',
  attendeeKinds: '出席者の区分',
  walkInRows: '当日受付用の空欄行数',
  recipients: '送付先',
  labelled: '日程の記号を添えるか（報告会が二つ以上で、書き分けるとき）',
  page: 'ページ番号',
  pages: '総ページ数',
};

/** Values the model works out or joins, by the key of the object they belong to: no schema titles them. */
export const workedOutNames: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  programme: { yearsRunning: '今年で何年目（年度で数えて）' },
  municipality: { fullName: '都道府県と市区町村', displayName: '資料での表記（政令指定都市は市名だけ）', prefecture: '都道府県', projects: 'プロジェクト', briefFileStem: '資料のファイル名' },
  group: { projects: 'プロジェクト', municipalities: '実施自治体', session: '報告会' },
  session: { registrations: '出席申込' },
};
