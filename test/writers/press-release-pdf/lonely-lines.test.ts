import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/cli';
import { templatesDir } from '../../../src/runtime/paths';
import { startStudio } from '../../../src/studio/server';
import { pressReleaseFileName } from '../../../src/writers/press-release-pdf';
import { captureConsole } from '../../support/console';
import { tempDir } from '../../support/edition-fixture';
import { drawnLines } from '../../support/pdf-glyphs';
import { builtRelease, lonelyLastProject, lonelyPages, type BuiltRelease } from '../../support/release-editions';
import { settled, stateWhere } from '../../support/studio';

const pageNumber = /^- \d+ -$/;

describe('a release whose 別紙 ends with a project the layout cannot keep with the one before it', () => {
  let release: BuiltRelease;
  let lonely: string[];
  beforeAll(async () => {
    release = await builtRelease(lonelyLastProject);
    lonely = lonelyPages((await drawnLines(release.bytes)).filter((line) => !pageNumber.test(line.text)));
  });

  it('is built, and warns of each page the PDF shows holding three lines or fewer, naming the page', () => {
    expect(lonely.length).toBeGreaterThan(0);
    expect(release.warnings.map((w) => `page ${w.params?.page}: ${w.params?.lines} lines`)).toEqual(lonely);
    for (const warning of release.warnings) expect(warning).toMatchObject({ file: pressReleaseFileName, rule: 'lonely-lines', severity: 'warning' });
  });

  describe('the command', () => {
    const printed = captureConsole();
    it('prints the warning in Japanese, with the page and the rule, and builds the packet all the same', async () => {
      const out = path.join(tempDir('presskit-lonely-out-'), 'output');
      expect(await main(['build', '--data', release.dataDir, '--out', out, '--only', 'pdf', '--lang', 'ja'])).toBe(0);
      const page = release.warnings[0].params?.page;
      expect(printed.stderr).toEqual([expect.stringMatching(new RegExp(`^${out}/${pressReleaseFileName}: 警告: 報道発表資料の ${page} ページには、前のページから続く最後の 2 行だけが載っています.*\\[lonely-lines\\]`))]);
      expect(printed.stdout.join('\n')).toContain(pressReleaseFileName);
    });
  });

  it('is listed by the studio, in Japanese, as a warning that does not stop the packet', async () => {
    const studio = await startStudio({ dataDir: release.dataDir, templatesDir, outDir: path.join(tempDir('presskit-lonely-studio-'), 'output'), port: 0, threads: 1, log: () => undefined });
    try {
      const state = await stateWhere(studio, (s) => settled()(s) && s.preview?.release != null, 60_000);
      expect(state.problems).toEqual([]);
      expect(state.warnings.map((w) => w.text)).toEqual([expect.stringMatching(new RegExp(`^${pressReleaseFileName}: 警告: 報道発表資料の ${release.warnings[0].params?.page} ページには.*\\[lonely-lines\\]`))]);
    } finally {
      await studio.close();
    }
  });
});
