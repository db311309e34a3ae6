import path from 'node:path';
import type { Parser } from 'budoux';
import type { Content, ContentStack } from 'pdfmake/interfaces';
import { fontFiles, openFont, type FontFamily, type GlyphCoverage } from './fonts';
import { ParagraphBreaker, type Span } from './paragraph-breaker';

/** A piece of a paragraph as pdfmake takes it: `noWrap` keeps it on one line. */
export interface Fragment {
  readonly text: string;
  readonly noWrap?: true;
  readonly font?: FontFamily;
}

/**
 * BudouX's entry point also loads an HTML toolkit (linkedom) this toolkit does not use, which took
 * most of a quarter second at every start; its parser and Japanese model are loaded on their own.
 */
const budouxDist = path.dirname(require.resolve('budoux'));
const { Parser: PhraseParser } = require(path.join(budouxDist, 'parser.js')) as { Parser: new (model: unknown) => Parser };
const { model: japaneseModel } = require(path.join(budouxDist, 'data', 'models', 'ja.js')) as { model: unknown };
const phraseParser = new PhraseParser(japaneseModel);

/**
 * Spans a line must never split: dates (with their era, weekday and a following range mark),
 * times and time ranges, phone numbers, numbers with their counter (66,000人, 31年目, ８名), URLs.
 * Kinsoku is kept by the paragraph breaker and, in table cells, by pdfmake's UAX #14 breaker.
 */
const protectedPattern = new RegExp(
  [
    String.raw`(?:(?:令和|平成|昭和|大正|明治)(?:元|[0-9０-９]+)年)?(?:[0-9０-９]+月)?[0-9０-９]+日（[日月火水木金土]）[～－]?`,
    String.raw`(?:令和|平成|昭和|大正|明治)(?:元|[0-9０-９]+)年(?:[0-9０-９]+月)?`,
    String.raw`[HRS][0-9]+年度`,
    String.raw`[0-9]{1,2}:[0-9]{2}(?:[～－][0-9]{1,2}:[0-9]{2})?`,
    String.raw`(?:TEL|FAX|電話)?[ ：:]?0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}`,
    String.raw`https?://[!-~]+`,
    String.raw`[0-9０-９][0-9０-９,，.]*(?:万[0-9０-９]*千?|千)?(?:人|名|年目|年度|年|カ国|か国|ヵ国|都市|月|日|件|回|時間|分|円)?`,
  ].join('|'),
  'g',
);

export interface ParagraphOptions {
  readonly fontSize: number;
  /** The width lines may take, in points. */
  readonly width: number;
  /** First-line indent (字下げ), in points. */
  readonly indent?: number;
  readonly margin?: [number, number, number, number];
}

export class LineBreaking {
  private readonly names: RegExp | undefined;
  private readonly breaker: ParagraphBreaker;

  /** `names` never split either: the edition's municipality and prefecture names. */
  constructor(
    names: readonly string[],
    private readonly coverage: GlyphCoverage,
  ) {
    const sorted = [...new Set(names)].filter(Boolean).sort((a, b) => b.length - a.length);
    this.names = sorted.length > 0 ? new RegExp(sorted.map(escapeRegExp).join('|'), 'g') : undefined;
    const main = openFont(fontFiles.Mincho.normal);
    const fallback = coverage.fallback;
    this.breaker = new ParagraphBreaker((char) => (fallback && coverage.source(char.codePointAt(0)!) === 'fallback' ? fallback : main), ['palt']);
  }

  /**
   * A body paragraph in the Mincho face at a known width, broken into lines here (see
   * ParagraphBreaker): one pdfmake text per line. Lines are set flush left: pdfkit misplaces
   * palt-adjusted glyphs when character spacing (Tc) justifies a line, so spacing stays natural.
   */
  paragraph(text: string, options: ParagraphOptions): ContentStack {
    const indent = options.indent ?? 0;
    const lines = this.breaker.breakLines(text, options.fontSize, options.width - indent, options.width, this.spans(text));
    return {
      ...(options.margin ? { margin: options.margin } : {}),
      stack: lines.map((line, i): Content => ({
        text: this.fragments(line.text),
        noWrap: true,
        ...(i === 0 && indent > 0 ? { margin: [indent, 0, 0, 0] as [number, number, number, number] } : {}),
      })),
    };
  }

  /** Body text left to pdfmake's breaking (table cells): breaks where UAX #14 allows, except inside a protected span. */
  body(text: string): Fragment[] {
    const spans = this.spans(text);
    const fragments: Fragment[] = [];
    let at = 0;
    for (const span of spans) {
      if (span.start > at) this.push(fragments, text.slice(at, span.start), false);
      this.push(fragments, text.slice(span.start, span.end), true);
      at = span.end;
    }
    if (at < text.length) this.push(fragments, text.slice(at), false);
    return fragments;
  }

  /** A line already broken: its runs by font, kept whole. */
  private fragments(text: string): Fragment[] {
    const fragments: Fragment[] = [];
    this.push(fragments, text, true);
    return fragments;
  }

  /** Where a line must not break: names, dates, times, phone numbers, counted numbers, URLs. */
  private spans(text: string): Span[] {
    const spans: { start: number; end: number }[] = [];
    for (const pattern of this.names ? [this.names, protectedPattern] : [protectedPattern]) {
      for (const match of text.matchAll(pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        if (match[0].length > 1 && !spans.some((s) => start < s.end && end > s.start)) spans.push({ start, end });
      }
    }
    return spans.sort((a, b) => a.start - b.start);
  }

  /** Titles and headings: break only between phrases (BudouX), never inside a word. */
  phrases(text: string): Fragment[] {
    const fragments: Fragment[] = [];
    for (const phrase of phraseParser.parse(text)) this.push(fragments, phrase, true);
    return fragments;
  }

  /** Splits off characters only the fallback face has, so they are drawn with it. */
  private push(into: Fragment[], text: string, noWrap: boolean): void {
    let run = '';
    let runIsFallback = false;
    const flush = (): void => {
      if (run === '') return;
      into.push({ text: run, ...(noWrap ? { noWrap: true } : {}), ...(runIsFallback ? { font: 'Fallback' as const } : {}) });
      run = '';
    };
    for (const char of text) {
      const isFallback = this.coverage.source(char.codePointAt(0)!) === 'fallback';
      if (isFallback !== runIsFallback) flush();
      runIsFallback = isFallback;
      run += char;
    }
    flush();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
