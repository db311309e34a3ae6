import fs from 'node:fs';
import type * as fontkit from 'fontkit';
import { installPatches } from '../../patches/patch';
import { sharedDecoding } from '../../patches/fontkit/shared-decoding';

/**
 * fontkit, loaded with the first font opened: a build imports this module with every writer before
 * it starts the release's thread, and loading fontkit then would hold that start back (~50 ms).
 */
const loadFontkit = (): typeof fontkit => require('fontkit') as typeof fontkit;

/**
 * The faces the release uses, from npm font packages (never committed): Mincho for text, bold
 * Gothic for headings and labels. Only these two, as each face is 7 MB held in memory; a style
 * asking for another (say, bold Mincho) fails loudly in pdfmake rather than loading it.
 */
export const fontFiles = {
  Mincho: { normal: require.resolve('@expo-google-fonts/noto-serif-jp/400Regular/NotoSerifJP_400Regular.ttf') },
  Gothic: { bold: require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf') },
} as const;

export type FontFamily = keyof typeof fontFiles | 'Fallback';

const opened = new Map<string, { bytes: Buffer; font: fontkit.Font }>();

/** Parsed once per process: fontkit reads tables lazily, so this is cheap after the first time. */
export function openFont(file: string): fontkit.Font {
  return openedFont(file).font;
}

/**
 * The font file's bytes, read once: the same buffer serves fontkit here and pdfmake (through its
 * virtual file system), so each 7 MB face is held once, not twice.
 */
export function fontBytes(file: string): Buffer {
  return openedFont(file).bytes;
}

const identities = new WeakMap<Buffer, string>();

function openedFont(file: string): { bytes: Buffer; font: fontkit.Font } {
  let found = opened.get(file);
  if (!found) {
    const { size, mtimeMs } = fs.statSync(file);
    const bytes = fs.readFileSync(file);
    const collection = loadFontkit().create(bytes);
    found = { bytes, font: 'fonts' in collection ? collection.fonts[0] : collection };
    installPatches([sharedDecoding], found.font); // pdfkit's fonts opened on the same bytes decode through it
    opened.set(file, found);
    identities.set(bytes, `${file}\u0000${size}\u0000${mtimeMs}`);
  }
  return found;
}

/** The font file these bytes (as openFont read them) came from, with its size and time: the font, named across processes. */
export function fontIdentity(bytes: object): string | undefined {
  return identities.get(bytes as Buffer);
}

/** Each font file that cannot be opened as a font, with the reason; checked before any text is measured. */
export function unreadableFonts(files: readonly string[]): { file: string; reason: string }[] {
  return files.flatMap((file) => {
    try {
      openFont(file);
      return [];
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return [{ file, reason: code === 'ENOENT' ? 'the font file does not exist' : code ? `the font file cannot be read (${code})` : 'the file is not a font fontkit can read' }];
    }
  });
}

export function allFontFiles(fallbackFile: string | undefined): string[] {
  return [...Object.values(fontFiles).flatMap((faces) => Object.values(faces)), ...(fallbackFile ? [fallbackFile] : [])];
}

/** Answers "can this character be drawn?" for the main faces and an optional fallback face. */
export class GlyphCoverage {
  private readonly main: readonly fontkit.Font[];
  readonly fallback: fontkit.Font | undefined;
  private readonly cache = new Map<number, 'main' | 'fallback' | 'missing'>();

  constructor(fallbackFile: string | undefined) {
    this.main = [fontFiles.Mincho.normal, fontFiles.Gothic.bold].map(openFont);
    this.fallback = fallbackFile ? openFont(fallbackFile) : undefined;
  }

  /** Where a code point is drawn from. Line breaks and spaces count as drawable. */
  source(codePoint: number): 'main' | 'fallback' | 'missing' {
    let found = this.cache.get(codePoint);
    if (found === undefined) {
      if (codePoint === 0x0a || codePoint === 0x20 || this.main.every((f) => f.hasGlyphForCodePoint(codePoint))) found = 'main';
      else if (this.fallback?.hasGlyphForCodePoint(codePoint)) found = 'fallback';
      else found = 'missing';
      this.cache.set(codePoint, found);
    }
    return found;
  }
}
