import path from 'node:path';
import type { Parser } from 'budoux';

/**
 * BudouX's entry point also loads an HTML toolkit (linkedom) this toolkit does not use, which took
 * most of a quarter second at every start; its parser and Japanese model are loaded on their own,
 * when first asked for.
 */
let parser: Parser | undefined;
function phraseParser(): Parser {
  if (!parser) {
    const dist = path.dirname(require.resolve('budoux'));
    const { Parser: PhraseParser } = require(path.join(dist, 'parser.js')) as { Parser: new (model: unknown) => Parser };
    const { model } = require(path.join(dist, 'data', 'models', 'ja.js')) as { model: unknown };
    parser = new PhraseParser(model);
  }
  return parser;
}

/** A phrase of kana alone that a line may not start with: a particle or the tail of one (について, での). */
const kanaOnly = /^[\p{Script=Hiragana}ー]+$/u;

/**
 * The phrases of a title or heading, where a reader would break it: BudouX's phrases, a phrase of
 * hiragana alone joined to the one before (BudouX cuts 実施に|ついて), and no phrase boundary inside
 * a span of `unbroken` (a municipality's name), given as UTF-16 offsets.
 */
export function phrases(text: string, unbroken: readonly { readonly start: number; readonly end: number }[] = []): string[] {
  const found: string[] = [];
  let at = 0;
  for (const phrase of phraseParser().parse(text)) {
    const start = at;
    at += phrase.length;
    const inside = unbroken.some((span) => start > span.start && start < span.end);
    if (found.length > 0 && (kanaOnly.test(phrase) || inside)) found[found.length - 1] += phrase;
    else found.push(phrase);
  }
  return found;
}
