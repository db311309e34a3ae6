import { describe, expect, it } from 'vitest';
import { choicesUi, scheduleChoices, workedOut } from '../../src/studio/page/forms/edition-choices';
import { formUiSchema, mergeUi } from '../../src/studio/page/forms/form-ui';
import projectsSchema from '../../schemas/projects.schema.json';

const schedule = scheduleChoices(
  { groups: [{ id: 'A', start: '2017-10-26', end: '2017-10-31' }, { id: 'B', start: '2017-11-06', end: '2017-11-11' }, { id: 7 }], sessions: [{ group: 'A', date: '2017-10-30' }] },
  ['報道', 'その他'],
);

describe('choices from the edition', () => {
  it('reads schedule.json leniently: what it holds is offered, a broken group is left out, the default kinds stand in', () => {
    expect(schedule).toEqual({ groups: [{ id: 'A', start: '2017-10-26', end: '2017-10-31' }, { id: 'B', start: '2017-11-06', end: '2017-11-11' }], sessions: [{ group: 'A', date: '2017-10-30' }], attendeeKinds: ['報道', 'その他'] });
    expect(scheduleChoices(undefined, []).groups).toEqual([]);
  });

  it('makes a project\'s group and 活動分野 choices, merged into each numbered item', () => {
    const ui = mergeUi(formUiSchema(projectsSchema), choicesUi('projects.json', { fields: ['観光', '教育'] }, schedule));
    const item = (ui.projects as { items: (item: unknown, i: number) => Record<string, any> }).items({}, 2);
    expect(item['ui:title']).toBe('プロジェクト 3');
    expect(item.group['ui:options'].choices).toEqual([{ value: 'A', label: 'A日程（10/26～10/31）' }, { value: 'B', label: 'B日程（11/6～11/11）' }]);
    expect(item.municipality['ui:field']).toBe('municipality');
    expect(item.fields.items({}, 0)['ui:options'].choices.map((c: { value: string }) => c.value)).toEqual(['観光', '教育']);
  });

  it('gives a new project the next free 番号, and its group\'s dates once the group is chosen', () => {
    const before = { projects: [{ number: 3 }, { number: 8 }] };
    const added = workedOut('projects.json', before, { projects: [{ number: 3 }, { number: 8 }, {}] }, schedule) as { projects: object[] };
    expect(added.projects[2]).toEqual({ number: 9 });
    const grouped = workedOut('projects.json', added, { projects: [...added.projects.slice(0, 2), { number: 9, group: 'B' }] }, schedule) as { projects: object[] };
    expect(grouped.projects[2]).toEqual({ number: 9, group: 'B', start: '2017-11-06', end: '2017-11-11' });
    // Dates already written are kept when the group changes.
    const kept = workedOut('projects.json', grouped, { projects: [...grouped.projects.slice(0, 2), { number: 9, group: 'A', start: '2017-11-07', end: '2017-11-08' }] }, schedule);
    expect((kept as { projects: object[] }).projects[2]).toEqual({ number: 9, group: 'A', start: '2017-11-07', end: '2017-11-08' });
    expect(workedOut('release.json', {}, { date: 'x' }, schedule)).toEqual({ date: 'x' });
  });
});
