import type { Diagnostic } from '../../problems/diagnostics';
import type { SourceText } from '../../model/edition';
import type { GlyphCoverage } from './fonts';

/** At most this many places are listed per missing character; the rest are counted. */
const placesPerCharacter = 5;

/**
 * Every character the release will show must be in its fonts (or the configured fallback);
 * otherwise pdfkit would silently draw an empty box. Each missing character is reported where
 * it is written in the data or a template.
 */
export function missingGlyphs(texts: Iterable<string>, coverage: GlyphCoverage, sources: readonly SourceText[]): Diagnostic[] {
  const missing = new Set<string>();
  for (const text of texts) {
    for (const char of text) if (coverage.source(char.codePointAt(0)!) === 'missing') missing.add(char);
  }
  return [...missing].flatMap((char) => describe(char, sources));
}

function describe(char: string, sources: readonly SourceText[]): Diagnostic[] {
  const codePoint = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const shown = /\p{C}|\p{Z}/u.test(char) ? codePoint : `"${char}" (${codePoint})`;
  const message = `the character ${shown} is not in the release's fonts and would print as an empty box`;
  const hint = 'replace it, or build with --fallback-font FILE naming a font that has it';
  const places = sources.flatMap((source) => positionsOf(char, source).map((p) => ({ file: source.file, ...p })));
  const params: Record<string, string | number> = { character: shown };
  if (places.length === 0) return [{ file: '(generated text)', line: 0, column: 0, rule: 'missing-glyph', message, hint, params }];
  const listed = places.slice(0, placesPerCharacter).map((p) => ({ ...p, rule: 'missing-glyph', message, hint, params }));
  if (places.length > placesPerCharacter) {
    const last = listed[listed.length - 1];
    listed[listed.length - 1] = { ...last, message: `${message} (and ${places.length - placesPerCharacter} more places)`, params: { ...params, more: places.length - placesPerCharacter } };
  }
  return listed;
}

/** Line and column of each occurrence, counted in UTF-16 units like the JSON positions. */
function positionsOf(char: string, source: SourceText): { line: number; column: number }[] {
  const found: { line: number; column: number }[] = [];
  source.text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((text, i) => {
    for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + char.length)) found.push({ line: i + 1, column: at + 1 });
  });
  return found;
}
