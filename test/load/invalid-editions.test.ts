import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/load/load-edition';
import { InputError, formatDiagnostic } from '../../src/diagnostics';
import { editionWith, normalisePaths, type Edit } from '../support/edition-fixture';

const casesDir = path.join(__dirname, '..', 'fixtures', 'invalid');
const cases = fs.readdirSync(casesDir).filter((f) => f.endsWith('.json')).sort();

async function problemsOf(dir: string): Promise<string[]> {
  try {
    await loadEdition({ dataDir: dir });
  } catch (error) {
    if (error instanceof InputError) return error.diagnostics.map((d) => normalisePaths(formatDiagnostic(d), dir));
    throw error;
  }
  return [];
}

describe('invalid editions', () => {
  it('has fixtures to run', () => expect(cases.length).toBeGreaterThanOrEqual(12));

  for (const name of cases) {
    it(`rejects ${name.replace(/\.json$/, '')} with positioned messages`, async () => {
      const spec = JSON.parse(fs.readFileSync(path.join(casesDir, name), 'utf8')) as { edits: Edit[] };
      const problems = await problemsOf(editionWith(spec.edits));
      expect(problems.length).toBeGreaterThan(0);
      for (const line of problems) expect(line).toMatch(/^data\/[a-z]+\.json(:\d+:\d+)?: error: .+ \[[a-zA-Z-]+\]/);
      expect(problems).toMatchSnapshot();
    });
  }
});
