import { describe, expect, it } from 'vitest';
import { valueNeighbours } from '../../src/checks/value-neighbours';

describe('the values a template writes as they are, with its text beside them', () => {
  it('takes the text on the same line, up to the value or block beside it', () => {
    expect(valueNeighbours('前の行\n参考配布：{{release.distribution}}（{{release.region}}）です\n次の行')).toEqual([
      { path: ['release', 'distribution'], before: '参考配布：', after: '（', position: { line: 2, column: 6 } },
      { path: ['release', 'region'], before: '（', after: '）です', position: { line: 2, column: 31 } },
    ]);
  });

  it('follows {{#each}} and {{#with}} to the items they walk, and ../ back out', () => {
    const found = valueNeighbours('{{#each programme.positions}}（{{name}}）{{#with ../organiser}}{{abbreviation}}{{/with}}{{/each}}{{#if release.photo}}「{{release.photo.caption}}」{{else}}{{release.region}}{{/if}}');
    expect(found.map((f) => f.path.join('.'))).toEqual(['programme.positions.*.name', 'organiser.abbreviation', 'release.photo.caption', 'release.region']);
  });

  it('leaves out helper calls, @data variables and a template that does not parse', () => {
    expect(valueNeighbours('{{wareki release.date}}：{{@index}}：{{join fields "・"}}')).toEqual([]);
    expect(valueNeighbours('{{#if x}}never closed')).toEqual([]);
  });
});
