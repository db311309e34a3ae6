import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { packageRoot } from '../../src/runtime/paths';

/** Debian's Chromium; nothing is downloaded. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium off the network it would otherwise call home on, and let it run as root in CI. */
const offline = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps', '--disable-quic'];

/** With `lang`, Chromium's own language too: date fields then show 2017/10/27, as on a Japanese PC. */
export function launchChromium(options: { lang?: string } = {}): Promise<Browser> {
  const lang = options.lang ? { args: [...offline, `--lang=${options.lang}`], env: { ...process.env, LANGUAGE: options.lang } } : { args: offline };
  return chromium.launch({ executablePath: chromiumPath, ...lang });
}

/** Where the browser tests leave screenshots of each state of the page, to be looked at (git-ignored). */
export const screenshotsDir = path.join(packageRoot, 'test', 'browser', 'screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotsDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`) });
}

/**
 * A screenshot for the staff guide (docs/使い方.md): the page as staff see it in this state. Written
 * into docs/images/ only by `npm run guide-images`; an ordinary run leaves it with the other
 * screenshots, never changing the committed files.
 */
export async function guideShot(page: Page, name: string, target?: string): Promise<void> {
  const intoGuide = process.env.PRESSKIT_GUIDE_IMAGES === '1';
  const dir = intoGuide ? path.join(packageRoot, 'docs', 'images') : screenshotsDir;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${intoGuide ? '' : 'guide-'}${name}.png`);
  if (target) await page.locator(target).screenshot({ path: file });
  else await page.screenshot({ path: file });
}

/**
 * A page of the studio at `url` in the size the screenshots are taken at, with every script error
 * and console error collected into `errors` (the tests expect none).
 */
export async function openStudioPage(browser: Browser, url: string, errors: string[], options: { locale?: string } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, ...options });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  await page.goto(url);
  return page;
}

/** Drops a file on `selector` as the user's file manager would (dragover, then drop). */
export async function dropFile(page: Page, selector: string, file: { name: string; type: string; bytes: Buffer }): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, type, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
      return transfer;
    },
    { name: file.name, type: file.type, bytes: [...file.bytes] },
  );
  await page.dispatchEvent(selector, 'dragover', { dataTransfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
}
