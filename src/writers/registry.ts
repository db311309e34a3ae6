import type { Writer } from './writer';
import { pressReleasePdf } from './press-release-pdf';
import { municipalBriefDocx } from './municipal-brief-docx';
import { attendanceXlsx } from './attendance-xlsx';

/**
 * Every document the toolkit makes. A new document is one new module and one line here. The
 * briefs come first: their worker threads then run while this process is still small.
 */
export const writers: readonly Writer[] = [municipalBriefDocx, attendanceXlsx, pressReleasePdf];
