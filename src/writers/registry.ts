import type { Writer } from './writer';
import { pressReleasePdf } from './press-release-pdf';
import { municipalBriefDocx } from './municipal-brief-docx';
import { attendanceXlsx } from './attendance-xlsx';

/** Every document the toolkit makes. A new document is one new module and one line here. */
export const writers: readonly Writer[] = [pressReleasePdf, municipalBriefDocx, attendanceXlsx];

export function writerIds(): string[] {
  return writers.map((w) => w.id);
}
