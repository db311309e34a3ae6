import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Studio } from '../../src/studio/server';
import { launchChromium, openStudioPage } from './browser';
import { settled, stateWhere, studioOver } from './studio';

/** A studio and a Chromium page on it, shared by the tests of one file. */
export interface StudioInChromium {
  readonly studio: Studio;
  readonly dataDir: string;
  readonly outDir: string;
  readonly browser: Browser;
  readonly page: Page;
  /** The page's script and console errors (the tests expect none). */
  readonly errors: string[];
}

/** A browser as staff have it: Japanese, so dates and numbers show as they see them (and the guide's screenshots with them). */
const japaneseBrowser = { locale: 'ja-JP', lang: 'ja' };

/**
 * Starts the studio `start` gives (a copy of the seed by default) before the file's tests, waits
 * for its first rebuild, and opens it in Chromium (Japanese unless told otherwise); closes both after. The fields are filled in when
 * the tests run.
 */
export function studioInChromium(start: () => ReturnType<typeof studioOver> = () => studioOver(), options: { locale?: string; lang?: string } = japaneseBrowser): StudioInChromium {
  const session = { errors: [] as string[] } as { -readonly [K in keyof StudioInChromium]: StudioInChromium[K] };
  beforeAll(async () => {
    ({ studio: session.studio, dataDir: session.dataDir, outDir: session.outDir } = await start());
    await stateWhere(session.studio, settled());
    const { lang, ...pageOptions } = options;
    session.browser = await launchChromium(lang ? { lang } : {});
    session.page = await openStudioPage(session.browser, session.studio.url, session.errors, pageOptions);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.studio?.close();
  });
  return session;
}
