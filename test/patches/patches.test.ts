import { afterEach, describe, expect, it, vi } from 'vitest';
import { installPatches, patchStatuses, type Patch } from '../../src/patches/patch';
import { buildInto } from '../support/build';

describe('the patches of other libraries', () => {
  it('are every one installed on the libraries as installed: a library whose version or patched file changed fails here', async () => {
    await buildInto({ threads: 1 });
    expect(patchStatuses().filter((status) => status.state !== 'installed')).toEqual([]);
    expect(patchStatuses().map((status) => status.id).sort()).toEqual([
      'docx/brief-on-first',
      'docx/part-compiler',
      'docx/prepare-in-one-pass',
      'fontkit/indexed-lookups',
      'fontkit/shaping-cache',
      'fontkit/shared-decoding',
      'handlebars/strict-lookups',
      'pdfkit/line-drawing',
      'pdfkit/xmp-escaping',
      'pdfmake/renderer-wrapping',
    ]);
  }, 120_000);

  const probe = (name: string, changes: Partial<Patch<object>>) => {
    const install = vi.fn();
    const patch: Patch<object> = { library: 'docx', name, buys: 'nothing: a test', version: '9.15.2', source: { file: 'dist/index.cjs', sha256: '3e64ca4ffb778e7d' }, install, ...changes };
    installPatches([patch], {});
    return { install, status: patchStatuses().find((status) => status.id === `docx/${name}`) };
  };

  afterEach(() => vi.unstubAllEnvs());

  it('are installed only on the version and the file they were written for; otherwise the library runs unchanged, and the status says why', () => {
    expect(probe('probe-matching', {})).toEqual({ install: expect.any(Function), status: { id: 'docx/probe-matching', state: 'installed' } });
    const otherVersion = probe('probe-version', { version: '9.16.0' });
    expect(otherVersion.install).not.toHaveBeenCalled();
    expect(otherVersion.status).toEqual({ id: 'docx/probe-version', state: 'mismatch', reason: 'written for docx 9.16.0, found 9.15.2' });
    const otherSource = probe('probe-source', { source: { file: 'dist/index.cjs', sha256: '0000000000000000' } });
    expect(otherSource.install).not.toHaveBeenCalled();
    expect(otherSource.status).toMatchObject({ state: 'mismatch', reason: expect.stringContaining('dist/index.cjs') });
  });

  it('are none installed with PRESSKIT_PATCHES=off, but those the documents are made with', () => {
    vi.stubEnv('PRESSKIT_PATCHES', 'off');
    const off = probe('probe-off', {});
    expect(off.install).not.toHaveBeenCalled();
    expect(off.status).toEqual({ id: 'docx/probe-off', state: 'off' });
    const required = probe('probe-required-off', { required: true });
    expect(required.install).toHaveBeenCalled();
    expect(required.status).toEqual({ id: 'docx/probe-required-off', state: 'installed' });
  });

  it('stop the build, saying why, when one the documents are made with meets another version of its library', () => {
    expect(() => probe('probe-required-version', { required: true, version: '9.16.0' })).toThrow(
      "the documents are made with a change to docx's internals (docx/probe-required-version: nothing: a test), written for docx 9.16.0, found 9.15.2: reinstall the packages the toolkit was made with (npm ci)",
    );
  });
});
