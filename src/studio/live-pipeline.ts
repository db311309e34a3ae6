import { buildPacket, checkPacket, renderPacket, startRenderThread, type BuildOptions, type BuildResult, type CheckedPacket } from '../pipeline/build-packet';
import { writers } from '../writers/registry';
import { pressReleasePdf } from '../writers/press-release-pdf';
import type { LivePipeline } from './live-rebuilds';
import { withDocuments, type Preview } from './preview';

/** How many of each template's fillings the 編集 tab shows beside it. */
const shownFillings = 3;

/** The release first: it is the longest for the page to draw, and the page draws while the rest is made. */
const studioOrder = [pressReleasePdf, ...writers.filter((w) => w !== pressReleasePdf)].map((w) => w.id);

/**
 * The command's own pipeline, driven by the studio: loaded after the server listens, so the page
 * can be opened while the document libraries load.
 */
export function livePipeline(options: BuildOptions): LivePipeline<CheckedPacket, Preview> & { makePacket(): Promise<BuildResult>; close(): Promise<void> } {
  let renders = 0;
  // Kept for the session, with its fonts and document libraries loaded; it makes every document, so
  // this thread stays free to answer the page.
  const renderThread = startRenderThread({ ...options, only: studioOrder }, true);
  return {
    check: (signal) => checkPacket({ ...options, only: studioOrder, signal, keepFillings: shownFillings }),
    async render(checked, signal, shown, progress) {
      const version = ++renders;
      let preview = shown;
      await renderPacket(checked, {
        signal,
        renderThread,
        onRendered: async (writer, files) => {
          preview = withDocuments(preview, writer, files, checked.edition, version);
          progress(preview);
          await new Promise(setImmediate); // the page hears of it before the next document holds the thread
        },
      });
      return preview!;
    },
    makePacket: () => buildPacket({ ...options, renderThread }),
    close: async () => renderThread?.close(),
  };
}
