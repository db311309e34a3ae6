/**
 * Fonts a Japanese Word user has. The brief names them; Word substitutes nothing and
 * LibreOffice maps them to what the machine has. `yu` is Word 2016 and later, `ms` older offices.
 */
export const wordFontSets = {
  yu: { body: { latin: '游明朝', eastAsia: '游明朝' }, heading: { latin: '游ゴシック', eastAsia: '游ゴシック' } },
  ms: { body: { latin: 'Century', eastAsia: 'ＭＳ 明朝' }, heading: { latin: 'Arial', eastAsia: 'ＭＳ ゴシック' } },
} as const;

export type WordFontSet = keyof typeof wordFontSets;

export function runFont(face: { readonly latin: string; readonly eastAsia: string }): { ascii: string; hAnsi: string; eastAsia: string; cs: string } {
  return { ascii: face.latin, hAnsi: face.latin, eastAsia: face.eastAsia, cs: face.latin };
}
