import { describe, expect, it } from 'vitest';
import { checkPhoto, photoLimits } from '../../src/studio/photo-check';
import { solidPng } from '../support/png';

/** The markers of a baseline JPEG: start, a frame of `width`×`height`, a scan, and (unless cut) the end. */
function jpegMarkers(width: number, height: number, ended = true): Buffer {
  const frame = Buffer.from([0xff, 0xc0, 0, 17, 8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  const scan = Buffer.from([0xff, 0xda, 0, 12, 3, 1, 0, 2, 0x11, 3, 0x11, 0, 0x3f, 0, 0x12, 0x34]);
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0]), frame, scan, ended ? Buffer.from([0xff, 0xd9]) : Buffer.alloc(0)]);
}

describe('a photo checked for print', () => {
  it('takes a whole PNG or JPEG with enough pixels, and says its size', () => {
    expect(checkPhoto(solidPng(1200, 800, [1, 2, 3]))).toEqual({ ok: true, type: 'png', width: 1200, height: 800 });
    expect(checkPhoto(jpegMarkers(4032, 3024))).toEqual({ ok: true, type: 'jpeg', width: 4032, height: 3024 });
  });

  it('refuses a cut file, a wrong checksum, too few pixels and too many bytes, saying what to do', () => {
    expect(checkPhoto(jpegMarkers(4032, 3024, false))).toMatchObject({ ok: false, message: expect.stringContaining('壊れている') });
    const png = solidPng(1200, 800, [1, 2, 3]);
    png[40] ^= 0xff;
    expect(checkPhoto(png)).toMatchObject({ ok: false, message: expect.stringContaining('壊れている') });
    expect(checkPhoto(solidPng(photoLimits.minLongSide - 1, 100, [1, 2, 3]))).toMatchObject({ ok: false, message: expect.stringContaining(`長い辺が ${photoLimits.minLongSide} ピクセル以上`) });
    expect(checkPhoto(Buffer.concat([jpegMarkers(4032, 3024), Buffer.alloc(photoLimits.maxBytes)]))).toMatchObject({ ok: false, message: expect.stringContaining('5.0 MB 以下') });
    expect(checkPhoto(Buffer.from('GIF89a'))).toMatchObject({ ok: false, message: expect.stringContaining('PNG か JPEG') });
  });
});
