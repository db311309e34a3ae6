import crypto from 'node:crypto';
import fs from 'node:fs';
import { expect, it } from 'vitest';
import pdfmake from 'pdfmake';
import { fontFiles } from '../../../src/writers/press-release-pdf/fonts';
import { installLineDrawing } from '../../../src/writers/press-release-pdf/line-drawing';
import { installMarking } from '../../../src/writers/press-release-pdf/marking';

/** sha256 of pdfmake 0.3.11's js/Renderer.js, whose renderLine, renderVector and renderImage marking.ts wraps. */
const wrappedSource = '23e76f678fa202cf4ddc1ac8b286822d3a91d3b0a3771a363056ca563fa2d443';

it("wraps methods of pdfmake 0.3.11's Renderer: upgrading pdfmake means checking them again", () => {
  expect(crypto.createHash('sha256').update(fs.readFileSync(require.resolve('pdfmake/js/Renderer.js'))).digest('hex')).toBe(wrappedSource);
});

it('leaves an untagged document unmarked: no artifacts, no structure, only the ActualText of each line', async () => {
  installLineDrawing();
  installMarking();
  pdfmake.setFonts({ Mincho: { normal: fontFiles.Mincho.normal } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => true);
  const date = new Date('2017-10-13T00:00:00Z');
  const pdf = await pdfmake
    .createPdf({
      compress: false,
      info: { creationDate: date, modDate: date },
      defaultStyle: { font: 'Mincho' },
      content: [{ text: [{ text: '見出し' }], noWrap: true }, { table: { body: [[{ text: [{ text: '枠の中' }], noWrap: true }]] } }],
    })
    .getBuffer();
  const raw = Buffer.from(pdf).toString('latin1');
  expect(raw).not.toMatch(/\/Artifact|\/MCID|\/StructTreeRoot|\/MarkInfo/);
  expect(raw.match(/\/ActualText/g)).toHaveLength(2);
});
