import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { templateFiles } from '../../src/sources/template-files';
import { templatesWith } from '../support/edition-fixture';

it("lists the templates, not what a save leaves beside them while the studio runs (its lock, temporary file, .history/)", async () => {
  const dir = templatesWith();
  const before = [...(await templateFiles(dir)).keys()];
  fs.mkdirSync(path.join(dir, 'release', '.lead.hbs.lock'));
  fs.writeFileSync(path.join(dir, 'release', '.lead.hbs.x1y2.saving'), 'x');
  fs.mkdirSync(path.join(dir, 'release', '.history'));
  fs.writeFileSync(path.join(dir, 'release', '.history', 'lead.hbs'), '{{#if}}');
  fs.mkdirSync(path.join(dir, '.history', 'old.hbs'), { recursive: true });
  expect([...(await templateFiles(dir)).keys()]).toEqual(before);
  expect(before).toContain('release/lead');
});
