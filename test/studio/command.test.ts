import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/cli-options';
import { UsageError } from '../../src/problems/diagnostics';
import { packageRoot } from '../../src/runtime/paths';
import { editionWith, snapshotFolder, tempDir } from '../support/edition-fixture';

describe('npm run studio', () => {
  it('takes --data, --templates, --registrations, --out, --port and --no-open; --port and --no-open belong to it alone', () => {
    expect(parseCliArgs(['studio', '--data', 'd', '--templates', 't', '--registrations', 'r.json', '--port', '8123'])).toMatchObject({ command: 'studio', dataDir: 'd', templatesDir: 't', registrationsFile: 'r.json', port: 8123 });
    expect(parseCliArgs(['studio'])).toMatchObject({ port: 0, outDir: path.join('output', 'data'), outDirPerEdition: true });
    expect(parseCliArgs(['studio', '--no-open'])).toMatchObject({ noOpen: true });
    for (const argv of [['build', '--no-open'], ['build', '--port', '8123'], ['studio', '--port', '0'], ['studio', '--port', 'x'], ['studio', '--port', '70000'], ['studio', '--only', 'pdf']]) {
      expect(() => parseCliArgs(argv), argv.join(' ')).toThrow(UsageError);
    }
  });

  // The command as `npm run studio` starts it. It waits for the studio's line or its exit, never for
  // a time: a busy machine only makes it slower, so no time limit decides it.
  it('prints one line with its address once the page can be opened, stops cleanly on Ctrl-C, and wrote nothing', { timeout: 0 }, async () => {
    const dataDir = editionWith();
    const before = snapshotFolder(dataDir);
    const cwd = tempDir('presskit-studio-cwd-');
    const child = spawn(process.execPath, [path.join(packageRoot, 'src', 'runtime', 'run-compiled.js'), 'studio', '--data', dataDir, '--no-open'], { cwd });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /^studio: (http:\/\/127\.0\.0\.1:\d+\/)\n/.exec(stdout);
        if (match) resolve(match[1]);
      });
      void exited.then((code) => reject(new Error(`exited with ${code}: ${stderr}`)));
    });
    expect((await fetch(url)).status).toBe(200);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stdout).toBe(`studio: ${url}\n`);
    expect(stderr).toContain('studio stopped');
    expect(snapshotFolder(dataDir)).toEqual(before);
    expect(fs.readdirSync(cwd)).toEqual([]);
  });
});
