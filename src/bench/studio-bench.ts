import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { packageRoot } from '../runtime/paths';

/** What `npm run bench` measures of the studio, in milliseconds and megabytes. */
export interface StudioBench {
  /** From `npm run studio` started to its URL printed and the page loaded. */
  readonly readyMs: number;
  /** From a data file saved to the page showing the new problems list (median over the edits). */
  readonly problemsMs: number;
  /** From a data file saved to all three previews redrawn in the page (median). */
  readonly previewsMs: number;
  /** From the save to each document redrawn (medians): where the time goes. */
  readonly previewMs: Readonly<Record<'release' | 'brief' | 'workbook', number>>;
  readonly edits: number;
  /** The studio process's resident memory after 10 and after 100 rebuilds. */
  readonly rssAfter10Mb: number;
  readonly rssAfter100Mb: number;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a studio and resolves with its URL once it prints it. */
function startStudioProcess(command: string, args: readonly string[]): Promise<{ child: ChildProcess; url: string }> {
  // In a group of its own, so a stop reaches npm and the studio under it, as Ctrl-C in a terminal does.
  const child = spawn(command, [...args], { cwd: packageRoot, stdio: ['ignore', 'pipe', 'ignore'], detached: true });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /studio: (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.on('exit', (code) => reject(new Error(`the studio exited with ${code}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    process.kill(-child.pid!, 'SIGINT');
  });
}

/** Resident memory of a process in MB, as the kernel counts it. */
function rssMb(pid: number): number {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))!;
  return Number(/\d+/.exec(line)![0]) / 1024;
}

/**
 * The studio over a copy of the seed edition: how soon it is ready, how soon a save shows in a real
 * browser, and whether memory holds over many rebuilds.
 */
export async function benchStudio(work: string, chromiumPath: string, edits = 10): Promise<StudioBench> {
  const { chromium } = await import('playwright-core');
  const dataDir = path.join(work, 'studio-edition');
  fs.cpSync(path.join(packageRoot, 'data'), dataDir, { recursive: true });
  const release = path.join(dataDir, 'release.json');
  const original = fs.readFileSync(release, 'utf8');

  const started = performance.now();
  const npmStudio = await startStudioProcess('npm', ['run', 'studio', '--silent', '--', '--data', dataDir]);
  await fetch(npmStudio.url).then((r) => r.text());
  const readyMs = performance.now() - started;
  await stop(npmStudio.child);

  // The studio as `npm run studio` runs it (compiled), without npm in between, so its memory can be read.
  const { child, url } = await startStudioProcess(process.execPath, ['src/runtime/run-compiled.js', 'studio', '--data', dataDir]);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    const marks = () => page.evaluate(() => ({ ...document.documentElement.dataset }) as Record<string, string | undefined>);
    const shown = async (test: (m: Record<string, string | undefined>) => boolean): Promise<Record<string, string | undefined>> => {
      for (;;) {
        const m = await marks();
        if (test(m)) return m;
        await sleep(5);
      }
    };
    const all = (m: Record<string, string | undefined>, version: number) => ['release', 'brief', 'workbook'].every((p) => Number(m[`${p}Version`] ?? 0) >= version);
    let m = await shown((x) => all(x, 1));

    // Memory over many rebuilds, the page open and redrawing each one: what the server keeps must not grow.
    const rebuildTo = async (count: number): Promise<void> => {
      for (let i = Number(m.checkedGeneration); i < count; i++) {
        fs.writeFileSync(release, original.replace('外国人と自治体が協働して', `外国人と自治体が協働して${i % 2 ? '' : '！'}`));
        const version = Number(m.releaseVersion);
        m = await shown((x) => all(x, version + 1));
      }
      await sleep(1000);
    };
    await rebuildTo(10);
    const rssAfter10Mb = rssMb(child.pid!);
    await rebuildTo(100);
    const rssAfter100Mb = rssMb(child.pid!);

    const problems: number[] = [];
    const previews: number[] = [];
    const documents = ['release', 'brief', 'workbook'] as const;
    const each = documents.map(() => [] as number[]);
    for (let i = 0; i < edits; i++) {
      // Break the file, then fix it with a new title: each save changes the problems list; each fix, the previews.
      let generation = Number(m.checkedGeneration);
      let saved = Date.now();
      fs.writeFileSync(release, original.replace('"date": "2017-10-13"', '"date": "2017-02-30"'));
      m = await shown((x) => Number(x.checkedGeneration) > generation);
      problems.push(Number(m.checkedAt) - saved);

      generation = Number(m.checkedGeneration);
      const version = Number(m.releaseVersion);
      saved = Date.now();
      fs.writeFileSync(release, original.replace('外国人と自治体が協働して', `外国人と自治体が協働して${'！'.repeat(i % 3)}`));
      m = await shown((x) => Number(x.checkedGeneration) > generation && all(x, version + 1));
      problems.push(Number(m.checkedAt) - saved);
      documents.forEach((p, d) => each[d].push(Number(m[`${p}At`]) - saved));
      previews.push(Math.max(...documents.map((p) => Number(m[`${p}At`]))) - saved);
    }
    const previewMs = { release: median(each[0]), brief: median(each[1]), workbook: median(each[2]) };
    return { readyMs, problemsMs: median(problems), previewsMs: median(previews), previewMs, edits, rssAfter10Mb, rssAfter100Mb };
  } finally {
    await browser.close();
    await stop(child);
    fs.writeFileSync(release, original);
  }
}
