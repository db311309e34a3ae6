import fs from 'node:fs';
import path from 'node:path';
import { writeSyntheticEdition } from '../../src/bench/synthetic-edition';
import { pressReleaseFileName } from '../../src/writers/press-release-pdf';
import type { Diagnostic } from '../../src/problems/diagnostics';
import { buildInto } from './build';
import { editionWith, seedDataDir, tempDir } from './edition-fixture';
import { releaseLines, type LaidOutLine } from './release-layout';

/** A wave dash written as U+301C, the form the seed's ～ (U+FF5E) shares a glyph with in Noto Serif JP. */
export const waveDashPhrase = '秋〜冬の京野菜';

function seedJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(seedDataDir, file), 'utf8')) as T;
}

/**
 * The seed with a third group (C日程, its session) taking the last two projects: page 1 no longer
 * holds the release. One plan also writes 〜 where the rest of the release writes ～.
 */
function threeGroups(): string {
  const schedule = seedJson<{ groups: object[]; sessions: object[] }>('schedule.json');
  schedule.groups.push({ id: 'C', start: '2017-11-13', end: '2017-11-18' });
  schedule.sessions.push({ ...schedule.sessions[1], group: 'C', date: '2017-11-17', start: '14:00', end: '15:30' });
  const projects = seedJson<{ projects: { plan: string }[] }>('projects.json');
  for (const project of projects.projects.slice(6)) Object.assign(project, { group: 'C', start: '2017-11-14', end: '2017-11-16' });
  projects.projects[3].plan = projects.projects[3].plan.replace('京野菜', waveDashPhrase);
  return editionWith([
    { file: 'schedule.json', content: JSON.stringify(schedule, null, 2) },
    { file: 'projects.json', content: JSON.stringify(projects, null, 2) },
  ]);
}

/** The meeting URLs of `onlineSessions`. */
export const onlineUrls = { A: 'https://www.jetprogramme.org/ja/houkokukai/a/', B: 'https://www.jetprogramme.org/ja/houkokukai/b/' } as const;

/** The seed with its sessions held online: A at its venue and online (hybrid, the service named), B online only. */
export function onlineSessions(): string {
  const schedule = seedJson<{ sessions: Record<string, unknown>[] }>('schedule.json');
  schedule.sessions[0].online = { url: onlineUrls.A, platform: 'Zoomウェビナー' };
  delete schedule.sessions[1].venue;
  schedule.sessions[1].online = { url: onlineUrls.B };
  return editionWith([{ file: 'schedule.json', content: JSON.stringify(schedule, null, 2) }]);
}

/** A synthetic edition of `count` projects (plans cut from the seed's), each in a municipality of its own. */
function projects(count: number): () => string {
  return () => {
    const dir = tempDir(`presskit-${count}-`);
    writeSyntheticEdition(dir, count, 0, seedDataDir);
    return dir;
  };
}

/**
 * Ten projects where the 別紙 cannot end on a page of more than a few lines: project 6 fills page 6
 * but for a line or two, project 8's plan (2,000 characters, the most a plan may have) is taller
 * than the room left there with project 10 after it, and project 10 is a line. Project 8 fills the
 * next page and project 10 goes over alone: the layout cannot bring its two lines back.
 */
export function lonelyLastProject(): string {
  const dir = tempDir('presskit-lonely-');
  writeSyntheticEdition(dir, 10, 0, seedDataDir);
  const file = path.join(dir, 'projects.json');
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { projects: { plan: string }[] };
  const text = data.projects.map((project) => project.plan).join('').repeat(10);
  for (const [index, length] of [[5, 1674], [7, 2000], [9, 20]]) data.projects[index].plan = text.slice(0, length);
  fs.writeFileSync(file, JSON.stringify(data, null, 2));
  return dir;
}

/** The editions whose releases the typesetting is checked on. */
export const releaseEditions: Record<string, () => string> = {
  'the seed': () => seedDataDir,
  'three groups and three sessions': threeGroups,
  '9 projects': projects(9),
  '11 projects': projects(11),
  '40 projects': projects(40),
  'a hybrid and an online session': onlineSessions,
};

export interface BuiltRelease {
  readonly dataDir: string;
  readonly pdf: string;
  readonly bytes: Buffer;
  readonly lines: readonly LaidOutLine[];
  /** What the build warned of (the layout's lonely lines). */
  readonly warnings: readonly Diagnostic[];
}

/** Builds an edition's release and lays it out again to know its lines. */
export async function builtRelease(makeEdition: () => string): Promise<BuiltRelease> {
  const dataDir = makeEdition();
  const { out, read, result } = await buildInto({ dataDir, only: ['pdf'] });
  return { dataDir, pdf: path.join(out, pressReleaseFileName), bytes: read(pressReleaseFileName), lines: (await releaseLines(dataDir)).lines, warnings: result.warnings };
}

/** The pages of a release read back that hold three lines or fewer (page numbers left out of `drawn`), as `page N: L lines`. */
export function lonelyPages(drawn: readonly { readonly page: number }[]): string[] {
  const perPage = new Map<number, number>();
  for (const line of drawn) perPage.set(line.page, (perPage.get(line.page) ?? 0) + 1);
  return [...perPage].filter(([, lines]) => lines <= 3).map(([page, lines]) => `page ${page}: ${lines} lines`);
}
