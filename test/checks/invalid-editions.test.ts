import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { captureConsole } from '../support/console';
import { main } from '../../src/cli/cli';
import { editionWith, seedDataDir, normalisePaths, snapshotFolder, templatesWith, tempDir, type Edit } from '../support/edition-fixture';

const casesDir = path.join(__dirname, '..', 'fixtures', 'invalid');
const cases = fs.readdirSync(casesDir).filter((f) => f.endsWith('.json')).sort();

interface Case {
  readonly description: string;
  readonly edits?: readonly Edit[];
  readonly templateEdits?: readonly Edit[];
}

const { stderr } = captureConsole();

/** A packet built from the seed, copied into each case's output folder before the bad build. */
let goodPacket: string;
beforeAll(async () => {
  goodPacket = path.join(tempDir(), 'output');
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  expect(await main(['build', '--data', seedDataDir, '--out', goodPacket])).toBe(0);
  vi.restoreAllMocks();
});

describe('the corpus of invalid editions', () => {
  it('has its cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));

  for (const name of cases) {
    const spec = JSON.parse(fs.readFileSync(path.join(casesDir, name), 'utf8')) as Case;
    it(`${name.replace(/\.json$/, '')}: ${spec.description}`, async () => {
      const data = editionWith(spec.edits);
      const templates = spec.templateEdits ? templatesWith(spec.templateEdits) : undefined;
      const out = path.join(tempDir(), 'output');
      fs.cpSync(goodPacket, out, { recursive: true });
      const before = snapshotFolder(out);

      // The first few as a default build runs (the release's thread started beside the checks); the
      // rest on one thread, which starts no thread only for the checks to stop the build.
      const threads = cases.indexOf(name) < 3 ? [] : ['--threads', '1'];
      const code = await main(['build', '--data', data, '--out', out, ...threads, ...(templates ? ['--templates', templates] : [])]);

      expect(code).toBe(1);
      const problems = stderr.slice(0, -1).map((line) => normalisePaths(normalisePaths(line, data), templates ?? data).replace(/^data\//, templates && line.startsWith(templates) ? 'templates/' : 'data/'));
      expect(stderr[stderr.length - 1]).toBe(`${problems.length} error(s); nothing was written, the previous output is unchanged`);
      expect(problems.length).toBeGreaterThan(0);
      // file:line:column, what is wrong, the rule, and how to fix it: every problem, in every case.
      for (const line of problems) expect(line).toMatch(/^(data|templates)\/[a-z/-]+\.(json|hbs)(:\d+:\d+)?: error: .+ \[[a-zA-Z-]+\] \(.*\S.*\)$/);
      expect(problems.join('\n')).not.toMatch(/\n\s+at |TypeError|undefined/);
      expect(snapshotFolder(out)).toEqual(before);
      expect(problems).toMatchSnapshot();
    });
  }
});
