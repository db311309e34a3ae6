import { spawnSync } from 'node:child_process';
import { packageRoot } from '../../src/runtime/paths';
import { fontFiles } from '../../src/writers/press-release-pdf/fonts';

/**
 * A small document (a heading, a paragraph, a table, a page number) as pdfmake itself tags it with
 * `tagged: true` and nothing else: an empty structure tree over unmarked content. Made in a process
 * of its own, where the toolkit's renderer has not been installed, so the checks can be shown to fail.
 */
export function pdfmakeOwnTaggedPdf(): Buffer {
  const script = `
    const pdfmake = require('pdfmake');
    pdfmake.setFonts({ Mincho: { normal: ${JSON.stringify(fontFiles.Mincho.normal)} } });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => true);
    pdfmake.createPdf({
      tagged: true,
      language: 'ja-JP',
      defaultStyle: { font: 'Mincho' },
      footer: (page) => ({ text: '- ' + page + ' -', alignment: 'center' }),
      content: [{ text: '見出し', fontSize: 18 }, '本文の段落です。', { table: { body: [['A日程', '10月26日']] } }],
    }).getBuffer().then((bytes) => process.stdout.write(Buffer.from(bytes).toString('base64')));`;
  const child = spawnSync(process.execPath, ['-e', script], { cwd: packageRoot, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`pdfmake failed: ${child.stderr}`);
  return Buffer.from(child.stdout, 'base64');
}
