import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { attendanceFileName } from '../../src/writers/attendance-xlsx';
import { packageRoot } from '../../src/runtime/paths';
import { buildInto } from '../support/build';
import { convertWithLibreOffice, run } from './packet';

it('LibreOffice opens the workbook and prints every sheet on A4 landscape', async () => {
  const { out } = await buildInto({ only: ['xlsx'], registrationsFile: path.join(packageRoot, 'test', 'fixtures', 'registrations.sample.json') });
  const [pdf] = convertWithLibreOffice([path.join(out, attendanceFileName)]);
  expect(fs.existsSync(pdf)).toBe(true);
  const text = run('pdftotext', ['-layout', pdf, '-']);
  expect(text).toContain('出席者名簿（A日程）');
  expect(text).toContain('出席者名簿（B日程）');
  expect(text).toContain('みほん たろう');
  expect(text).toMatch(/合計\s+10\s+0\s+0\s+10/);
  expect(run('pdfinfo', [pdf])).toMatch(/841\.\d+ x 595\.\d+ pts \(A4\)/);
});
