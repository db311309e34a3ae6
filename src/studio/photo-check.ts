import zlib from 'node:zlib';

/** The release prints the photo at most this wide (pt); the box of layout.ts. */
const printedWidthInches = 360 / 72;
/** Below this many pixels per inch at that width a photo prints visibly coarse. */
const minPpi = 150;
export const photoLimits = {
  maxBytes: 5 * 1024 * 1024,
  minLongSide: Math.round(printedWidthInches * minPpi),
  maxSide: 10000,
} as const;

export type PhotoCheck = { readonly ok: true; readonly type: 'png' | 'jpeg'; readonly width: number; readonly height: number } | { readonly ok: false; readonly message: string };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Whether an image will print well as the release's photo: a PNG or a JPEG, whole (a PNG's chunks
 * and pixels all there, a JPEG's frame, scan and end), not too large to mail, enough pixels for
 * print. The message says, in Japanese, what is wrong and what to do.
 */
export function checkPhoto(bytes: Uint8Array): PhotoCheck {
  if (bytes.length > photoLimits.maxBytes) return { ok: false, message: `写真のファイルが大きすぎます（${megabytes(bytes.length)}）。${megabytes(photoLimits.maxBytes)} 以下にしてください（写真アプリの「サイズ変更」や「書き出し」で小さくできます）。` };
  const read = isPng(bytes) ? pngSize(Buffer.from(bytes)) : isJpeg(bytes) ? jpegSize(Buffer.from(bytes)) : 'kind';
  if (read === 'kind') return { ok: false, message: 'PNG か JPEG の画像ではありません。写真を PNG（.png）か JPEG（.jpg）で保存し直してから選んでください。' };
  if (read === 'broken') return { ok: false, message: '画像が壊れているか、途中までしかありません。元の写真からもう一度保存し直してください。' };
  const { type, width, height } = read;
  if (width > photoLimits.maxSide || height > photoLimits.maxSide) return { ok: false, message: `画像が大きすぎます（${width}×${height} ピクセル）。長い辺を ${photoLimits.maxSide} ピクセル以下に縮小してください。` };
  if (Math.max(width, height) < photoLimits.minLongSide) return { ok: false, message: `画像が小さすぎて、印刷すると粗くなります（${width}×${height} ピクセル）。長い辺が ${photoLimits.minLongSide} ピクセル以上の写真を選んでください。` };
  return { ok: true, type, width, height };
}

const isPng = (b: Uint8Array) => b.length > 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v);
const isJpeg = (b: Uint8Array) => b.length > 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

type Read = { type: 'png' | 'jpeg'; width: number; height: number } | 'broken';

/** Walks the chunks (each CRC checked) and inflates the pixels: all rows must be there. */
function pngSize(b: Buffer): Read {
  let at = 8;
  let header: { width: number; height: number; depth: number; colour: number; interlaced: boolean } | undefined;
  const data: Buffer[] = [];
  while (at + 12 <= b.length) {
    const length = b.readUInt32BE(at);
    const type = b.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > b.length || zlib.crc32(b.subarray(at + 4, at + 8 + length)) !== b.readUInt32BE(at + 8 + length)) return 'broken';
    const body = b.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8], colour: body[9], interlaced: body[12] === 1 };
    if (type === 'IDAT') data.push(body);
    if (type === 'IEND') break;
    at += 12 + length;
  }
  if (!header || data.length === 0 || b.toString('latin1', at + 4, at + 8) !== 'IEND') return 'broken';
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[header.colour as 0 | 2 | 3 | 4 | 6];
  if (!channels || header.width === 0 || header.height === 0) return 'broken';
  try {
    const pixels = zlib.inflateSync(Buffer.concat(data));
    const rowBytes = Math.ceil((header.width * channels * header.depth) / 8) + 1;
    // An interlaced image stores its passes one after another: at least as many bytes as plain rows.
    if (header.interlaced ? pixels.length < header.height * (rowBytes - 1) : pixels.length !== header.height * rowBytes) return 'broken';
  } catch {
    return 'broken';
  }
  return { type: 'png', width: header.width, height: header.height };
}

/** Walks the markers to the frame's size; the scan must follow and the file end with its end marker. */
function jpegSize(b: Buffer): Read {
  let at = 2;
  let size: { width: number; height: number } | undefined;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return 'broken';
    const marker = b[at + 1];
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = b.readUInt16BE(at + 2);
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker) && at + 9 <= b.length) size = { height: b.readUInt16BE(at + 5), width: b.readUInt16BE(at + 7) };
    if (marker === 0xda) {
      const ended = b[b.length - 2] === 0xff && b[b.length - 1] === 0xd9;
      return size && ended && size.width > 0 && size.height > 0 ? { type: 'jpeg', ...size } : 'broken';
    }
    at += 2 + length;
  }
  return 'broken';
}
