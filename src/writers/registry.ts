import type { Writer } from './writer';
import { pressReleasePdf } from './press-release-pdf';
import { municipalBriefDocx } from './municipal-brief-docx';

/** Every document the toolkit makes. A new document is one new module and one line here. */
export const writers: readonly Writer[] = [pressReleasePdf, municipalBriefDocx];

export function writerIds(): string[] {
  return writers.map((w) => w.id);
}
