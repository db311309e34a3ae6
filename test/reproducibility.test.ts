import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { packageRoot } from '../src/runtime/paths';
import { buildInto } from './support/build';
import { atAnotherTimeAndZone } from './support/clock';
import { seedDataDir, snapshotFolder, tempDir } from './support/edition-fixture';

const sample = path.join(packageRoot, 'test', 'fixtures', 'registrations.sample.json');

/** The command as users run it (compiled), and as the tests and development do (the sources through ts-node). */
const compiled = ['src/runtime/run-compiled.js'];
const fromSources = ['-r', 'ts-node/register', 'src/cli/cli.ts'];

it('builds the same bytes (PDF, every DOCX, XLSX, manifest) in every time zone and at any time, compiled or from the sources', async () => {
  const runs = [['Asia/Tokyo', compiled], ['UTC', fromSources], ['America/Los_Angeles', compiled], ['Pacific/Kiritimati', fromSources]] as const;
  const packets = runs.map(([zone, command]) => {
    const out = path.join(tempDir(), 'output');
    const run = spawnSync(process.execPath, [...command, 'build', '--data', seedDataDir, '--registrations', sample, '--out', out], {
      cwd: packageRoot,
      env: { ...process.env, TZ: zone },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    return snapshotFolder(out);
  });
  const later = snapshotFolder((await atAnotherTimeAndZone(() => buildInto({ registrationsFile: sample }), 'Asia/Kolkata')).out);
  expect([...packets[0].keys()].sort()).toEqual(['briefs/京都府.docx', 'briefs/大分県.docx', 'briefs/宮崎県都城市.docx', 'briefs/島根県浜田市.docx', 'briefs/徳島県阿南市.docx', 'briefs/愛媛県松山市.docx', 'briefs/熊本県天草市.docx', 'briefs/福岡県北九州市.docx', 'manifest.json', '報告会出席簿.xlsx', '報道発表資料.pdf']);
  for (const packet of [...packets.slice(1), later]) expect(packet).toEqual(packets[0]);
}, 120_000);
