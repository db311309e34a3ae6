import { afterEach, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { checkPacket, renderPacket, startRenderThread } from '../../src/pipeline/build-packet';
import { packageRoot, templatesDir } from '../../src/runtime/paths';
import { RenderThread } from '../../src/writers/render-thread';
import { pressReleasePdf } from '../../src/writers/press-release-pdf';
import { municipalBriefDocx } from '../../src/writers/municipal-brief-docx';
import type { Writer } from '../../src/writers/writer';
import { buildInto } from '../support/build';
import { seedDataDir, snapshotFolder } from '../support/edition-fixture';

afterEach(() => vi.restoreAllMocks());

it('draws the release on a thread of its own when the build has two, to the same bytes as on one thread', async () => {
  const rendered = vi.spyOn(RenderThread.prototype, 'render');
  const oneThread = snapshotFolder((await buildInto({ threads: 1 })).out);
  expect(rendered).not.toHaveBeenCalled();
  const twoThreads = snapshotFolder((await buildInto({ threads: 2 })).out);
  expect(rendered).toHaveBeenCalledTimes(1);
  expect(rendered.mock.calls[0][0]).toBe(pressReleasePdf);
  expect(twoThreads).toEqual(oneThread);
}, 60_000);

it('fails the one request that failed on the thread, answers the next, and refuses all once closed', async () => {
  const checked = await checkPacket({ dataDir: seedDataDir, templatesDir, only: ['pdf'] });
  const thread = new RenderThread([], checked.renderOptions);
  const unknown: Writer = { ...pressReleasePdf, id: 'no-such-writer' };
  try {
    await expect(thread.render(unknown, checked.edition, checked.words[0], checked.renderOptions)).rejects.toThrow(/TypeError/);
    // The thread answers the next request after a failure.
    const files = await thread.render(pressReleasePdf, checked.edition, checked.words[0], checked.renderOptions);
    expect(Buffer.from(files[0].bytes).subarray(0, 5).toString()).toBe('%PDF-');
  } finally {
    await thread.close();
  }
  await expect(thread.render(pressReleasePdf, checked.edition, checked.words[0], checked.renderOptions)).rejects.toThrow(/render thread stopped/);
}, 60_000);

it('with every document on the thread (the studio), makes them there in the order asked, to the same bytes', async () => {
  const options = { dataDir: seedDataDir, templatesDir, threads: 2, only: ['pdf', 'docx', 'xlsx'] };
  const here = (await renderPacket(await checkPacket({ ...options, threads: 1 }))).files;
  const thread = startRenderThread(options, true)!;
  try {
    const madeHere = vi.spyOn(municipalBriefDocx, 'render');
    const events: string[] = [];
    const { files } = await renderPacket(await checkPacket(options), { renderThread: thread, onRendered: (writer) => void events.push(`${writer.id} made`) });
    expect(events).toEqual(['pdf made', 'docx made', 'xlsx made']);
    expect(madeHere).not.toHaveBeenCalled();
    expect(files.map((f) => [f.path, Buffer.from(f.bytes).toString('base64')])).toEqual(here.map((f) => [f.path, Buffer.from(f.bytes).toString('base64')]));
  } finally {
    await thread.close();
  }
}, 60_000);

it('holds the process open while it closes, even when a reply comes meanwhile', () => {
  // A reply already sent when close() is called arrives during it: it must not let the process end
  // before close() has (a refused build then exited 0, saying nothing). The main thread waits
  // without turning the event loop, so the reply is queued when close() starts.
  const script = `
    const { RenderThread } = require('./src/writers/render-thread');
    const thread = new RenderThread([], { threads: 1, wordFonts: 'yu' });
    const unknown = { id: 'no-such-writer' };
    thread.render(unknown, {}, null, {}).catch(() => {
      thread.render(unknown, {}, null, {}).catch(() => undefined);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
      thread.close().then(() => { process.exitCode = 7; });
    });`;
  const child = spawnSync(process.execPath, ['-r', 'ts-node/register', '-e', script], { cwd: packageRoot, encoding: 'utf8' });
  expect({ status: child.status, stderr: child.stderr }).toEqual({ status: 7, stderr: '' });
}, 60_000);
