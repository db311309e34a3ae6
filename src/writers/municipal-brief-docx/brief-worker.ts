import type { CalendarDate } from '../../calendar/calendar-date';
import { briefOptions } from './document';
import { BriefPacker } from './package';
import type { WordFontSet } from '../word-fonts';
import type { BriefWords } from './words';

export interface BriefTask {
  readonly briefs: readonly BriefWords[];
  readonly date: CalendarDate;
  readonly fonts: WordFontSet;
}

let current: { key: string; packer: BriefPacker } | undefined;

/**
 * Lays out and packs a batch of briefs; runs in a worker thread, or in-process for a few. What is
 * shared between briefs is kept while the date and fonts stay the same (they shape those parts).
 */
export default function packBriefs(task: BriefTask): Uint8Array[] {
  const key = `${task.date.year}-${task.date.month}-${task.date.day}|${task.fonts}`;
  if (current?.key !== key) current = { key, packer: new BriefPacker(task.date) };
  const { packer } = current;
  return task.briefs.map((brief) => packer.pack(briefOptions(brief, task.fonts, packer.shared)));
}
