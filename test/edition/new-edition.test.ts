import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/cli';
import { captureConsole } from '../support/console';
import { editionWith, seedDataDir, tempDir } from '../support/edition-fixture';
import { packageRoot } from '../../src/runtime/paths';

const { stdout, stderr } = captureConsole();

describe('npm run new-edition', () => {
  it('copies the edition without its registrations and history, every $schema resolving from the new folder, nothing else changed', async () => {
    const from = editionWith([{ file: 'registrations.json', content: fs.readFileSync(path.join(packageRoot, 'test', 'fixtures', 'registrations.sample.json'), 'utf8') }]);
    fs.mkdirSync(path.join(from, '.history'));
    fs.writeFileSync(path.join(from, '.history', 'release.json@20261126T100000000Z'), '{}');
    const to = path.join(tempDir(), 'editions', '2018');
    expect(await main(['new-edition', '--from', from, '--to', to])).toBe(0);
    expect(stdout.join('\n')).toContain(`next: npm run studio -- --data ${to}`);
    expect(fs.readdirSync(to).sort()).toEqual(['.history', 'organiser.json', 'programme.json', 'projects.json', 'recipients.json', 'release.json', 'schedule.json']);
    // The old edition's history stays behind; the new one's starts with what it took over from it.
    expect(fs.readdirSync(path.join(to, '.history'))).toEqual(['carried-over.json']);
    const carried = JSON.parse(fs.readFileSync(path.join(to, '.history', 'carried-over.json'), 'utf8')) as { from: string; values: { id: string; kind: string }[] };
    expect(carried.from).toBe(path.basename(from));
    expect(carried.values.slice(0, 1)).toEqual([expect.objectContaining({ id: 'release.json#/date', kind: 'release-date', value: '2017-10-13' })]);
    expect(carried.values.filter((v) => v.kind !== 'date').map((v) => v.id)).toEqual(['release.json#/date', 'programme.json#/countries', 'programme.json#/participants', 'projects.json#/projects']);
    for (const name of fs.readdirSync(to).filter((n) => n.endsWith('.json'))) {
      const before = fs.readFileSync(path.join(from, name), 'utf8').split('\n');
      const after = fs.readFileSync(path.join(to, name), 'utf8').split('\n');
      const reference = (JSON.parse(after.join('\n')) as { $schema: string }).$schema;
      expect(fs.existsSync(path.resolve(to, reference)), reference).toBe(true);
      expect(after.filter((line, i) => line !== before[i])).toEqual([`  "$schema": "${reference}",`]);
    }
    expect(await main(['validate', '--data', to])).toBe(0);
    expect(stderr).toEqual([]);
  });

  it('refuses a target that exists, and leaves it as it is', async () => {
    const to = tempDir();
    fs.writeFileSync(path.join(to, 'keep.txt'), 'mine');
    expect(await main(['new-edition', '--from', editionWith(), '--to', to])).toBe(2);
    expect(stderr.join('\n')).toContain('exists already');
    expect(fs.readdirSync(to)).toEqual(['keep.txt']);
  });

  it('needs both folders', async () => {
    expect(await main(['new-edition', '--from', seedDataDir])).toBe(2);
    expect(await main(['new-edition', '--from', tempDir() + '/none', '--to', tempDir() + '/x'])).toBe(2);
  });
});

describe('validate', () => {
  it('warns, and exits 0, when a $schema does not resolve (a folder copied by hand)', async () => {
    const copied = path.join(tempDir(), 'editions', '2018');
    fs.cpSync(seedDataDir, copied, { recursive: true });
    expect(await main(['validate', '--data', copied])).toBe(0);
    expect(stderr).toHaveLength(6);
    expect(stderr[0]).toBe(`${path.join(copied, 'release.json')}:2:14: warning: /$schema "../schemas/release.schema.json" does not lead to a schema from this folder, so an editor shows no help for this file [schema-reference] (write "${path.relative(copied, path.join(packageRoot, 'schemas', 'release.schema.json'))}"; npm run new-edition writes it for you)`);
  });
});
