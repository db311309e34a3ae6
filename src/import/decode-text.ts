import iconv from 'iconv-lite';
import { analyse } from 'chardet';
import type { Diagnostic } from '../problems/diagnostics';

/** The encodings a sign-up list comes in: Forms and Excel's CSV UTF-8, Excel's Unicode text, Japanese Excel's CSV. */
export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Shift_JIS (CP932)';

export type DecodedText = { readonly ok: true; readonly text: string; readonly encoding: TextEncoding } | { readonly ok: false; readonly diagnostic: Diagnostic };

const byteOrderMarks: readonly { readonly bytes: readonly number[]; readonly encoding: TextEncoding; readonly label: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'UTF-8', label: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'UTF-16LE', label: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'UTF-16BE', label: 'utf-16be' },
];

/** The text, or undefined where the bytes are not valid in the encoding (a lone surrogate, a broken sequence, an odd byte). */
function strictly(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Other East Asian multi-byte encodings whose bytes can also pass as CP932 (EUC-JP kanji read as
 * CP932 become half-width katakana without a single replacement character): when the detector
 * rates one of them above Shift_JIS, the file is refused rather than read as garbage.
 */
const rivalsOfShiftJis: ReadonlySet<string> = new Set(['EUC-JP', 'ISO-2022-JP', 'GB18030', 'Big5', 'EUC-KR']);

const howToFix = 'open it in Excel and save it as "CSV UTF-8 (コンマ区切り)", or download it from the form again';

/**
 * The text of a CSV or TSV file, in the encoding it was written in: a byte-order mark decides;
 * otherwise valid UTF-8 is UTF-8; otherwise it is read as CP932 only when that gives no
 * replacement character and the detector (chardet) does not take it for another East Asian
 * encoding. Anything else is refused, naming the file: never a silent guess.
 */
export function decodeText(file: string, bytes: Uint8Array): DecodedText {
  const refuse = (message: string, params: Readonly<Record<string, string>>): DecodedText => ({ ok: false, diagnostic: { file, line: 0, column: 0, rule: 'encoding', message, hint: howToFix, params } });
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = byteOrderMarks.find((mark) => mark.bytes.every((b, i) => buffer[i] === b));
  if (bom) {
    const text = strictly(bom.label, buffer.subarray(bom.bytes.length));
    return text === undefined ? refuse(`begins with the byte-order mark of ${bom.encoding} but is not valid ${bom.encoding} (it decodes only with replacement characters, shown as �)`, { variant: 'bom', encoding: bom.encoding }) : { ok: true, text, encoding: bom.encoding };
  }
  const utf8 = strictly('utf-8', buffer);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'UTF-8' };
  if (buffer.includes(0)) return refuse('holds NUL bytes: it is UTF-16 without a byte-order mark, or not a text file at all', { variant: 'nul' });
  const shiftJis = iconv.decode(buffer, 'cp932');
  const ranking = analyse(buffer);
  const shiftJisConfidence = ranking.find((m) => m.name === 'Shift_JIS')?.confidence ?? 0;
  const rival = ranking.find((m) => rivalsOfShiftJis.has(m.name) && m.confidence > shiftJisConfidence);
  if (!shiftJis.includes('\uFFFD') && !rival) return { ok: true, text: shiftJis, encoding: 'Shift_JIS (CP932)' };
  const looksLike = rival ?? ranking.find((m) => m.name !== 'Shift_JIS' && !m.name.startsWith('UTF'));
  return refuse(
    `is in an encoding this command does not read: it is not UTF-8 or UTF-16, and read as Shift_JIS (CP932) it ${rival ? 'would be garbled' : 'decodes with replacement characters (shown as �)'}${looksLike ? ` (it looks like ${looksLike.name})` : ''}`,
    { variant: rival ? 'garbled' : 'replaced', ...(looksLike ? { looksLike: looksLike.name } : {}) },
  );
}
