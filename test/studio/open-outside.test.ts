import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayOpenBrowser, openOutside, openerCommand } from '../../src/studio/open-outside';
import { rememberPort, rememberedPort } from '../../src/studio/remembered-port';
import { tempDir } from '../support/edition-fixture';

describe('opening the page and folders on the desktop', () => {
  it('opens the browser unless told not to, in CI, or on a Linux machine without a display', () => {
    expect(mayOpenBrowser({}, 'win32', false)).toBe(true);
    expect(mayOpenBrowser({}, 'darwin', false)).toBe(true);
    expect(mayOpenBrowser({ DISPLAY: ':0' }, 'linux', false)).toBe(true);
    expect(mayOpenBrowser({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux', false)).toBe(true);
    expect(mayOpenBrowser({}, 'linux', false)).toBe(false);
    expect(mayOpenBrowser({ DISPLAY: ':0' }, 'linux', true)).toBe(false);
    expect(mayOpenBrowser({ CI: 'true' }, 'win32', false)).toBe(false);
  });

  it('uses each desktop\'s own opener', () => {
    expect(openerCommand('darwin', 'http://127.0.0.1:4000/')).toEqual({ command: 'open', args: ['http://127.0.0.1:4000/'] });
    expect(openerCommand('win32', 'http://127.0.0.1:4000/')).toEqual({ command: 'cmd.exe', args: ['/d', '/s', '/c', 'start "" "http://127.0.0.1:4000/"'] });
    expect(openerCommand('win32', 'C:\\presskit\\output\\2018')).toEqual({ command: 'explorer.exe', args: ['C:\\presskit\\output\\2018'] });
    expect(openerCommand('linux', '/srv/output')).toEqual({ command: 'xdg-open', args: ['/srv/output'] });
  });

  it('starts the opener as its own process (xdg-open found on PATH), and says when there is none', async () => {
    const bin = tempDir('presskit-opener-');
    const record = path.join(bin, 'opened.txt');
    fs.writeFileSync(path.join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > '${record}'\n`, { mode: 0o755 });
    const pathBefore = process.env.PATH;
    try {
      process.env.PATH = `${bin}${path.delimiter}${pathBefore}`;
      await openOutside('/srv/output/2018', 'linux');
      await expect.poll(() => fs.existsSync(record) && fs.readFileSync(record, 'utf8')).toBe('/srv/output/2018');
      process.env.PATH = tempDir('presskit-empty-path-');
      await expect(openOutside('/srv/output', 'linux')).rejects.toThrow(/ENOENT/);
    } finally {
      process.env.PATH = pathBefore;
    }
  });

  it('remembers each edition\'s port across starts, and forgets the editions deleted since', async () => {
    const file = path.join(tempDir('presskit-ports-'), 'cache', 'studio-ports.json');
    const [seed, next, gone] = ['2017', '2018', '2019'].map((name) => path.join(tempDir('presskit-editions-'), name));
    for (const dir of [seed, next, gone]) fs.mkdirSync(dir);
    expect(await rememberedPort(file, seed)).toBeUndefined();
    await rememberPort(file, seed, 41559);
    await rememberPort(file, gone, 41600);
    fs.rmdirSync(gone);
    await rememberPort(file, path.relative(process.cwd(), next), 42023);
    expect(await rememberedPort(file, seed)).toBe(41559);
    expect(await rememberedPort(file, next)).toBe(42023);
    expect(Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')) as object)).toEqual([seed, next]);
    fs.writeFileSync(file, 'not json');
    expect(await rememberedPort(file, seed)).toBeUndefined();
  });
});
