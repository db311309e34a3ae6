import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { NeighboursMemo } from '../../src/checks/neighbours-memo';
import { valueNeighbours } from '../../src/checks/value-neighbours';
import { tempDir } from '../support/edition-fixture';

it('parses each template text once, keeps it in a file for the next command, and forgets what no template uses', async () => {
  const file = path.join(tempDir('presskit-memo-'), 'cache', 'neighbours.json');
  const parsed: string[] = [];
  const find = (text: string) => (parsed.push(text), valueNeighbours(text));
  const [distribution, contact] = ['参考配布：{{release.distribution}}', '担当：{{join organiser.contact.persons "・"}}'];

  const first = await NeighboursMemo.read(file); // none yet
  expect(first.neighbours(distribution, find)).toEqual([{ path: ['release', 'distribution'], before: '参考配布：', after: '', position: { line: 1, column: 6 } }]);
  first.neighbours(contact, find);
  first.neighbours(distribution, find);
  expect(parsed).toEqual([distribution, contact]);
  expect(first.endCheck()).toBe(true);
  await first.write(file);

  const next = await NeighboursMemo.read(file);
  expect(next.neighbours(distribution, find)).toEqual(first.neighbours(distribution, find));
  expect(parsed, 'read from the file, not parsed again').toHaveLength(2);
  expect(next.endCheck(), 'nothing new to write').toBe(false);
  await next.write(file);
  expect(Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')))).toHaveLength(1); // the contact line was not used

  fs.writeFileSync(file, '{ broken');
  const broken = await NeighboursMemo.read(file);
  broken.neighbours(distribution, find);
  expect(parsed).toHaveLength(3);
});
