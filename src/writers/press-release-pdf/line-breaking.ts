import { fontFiles, openFont, type FontFamily, type GlyphCoverage } from './fonts';
import { ParagraphBreaker, type Span } from './paragraph-breaker';
import { canJustify } from './justification';
import { NameFinder } from './name-finder';
import type { Tag } from './structure';
import { phrases } from '../phrases';

/** A run of a line as pdfmake takes it: in the fallback face where the main faces lack its characters. */
export interface Fragment {
  readonly text: string;
  readonly font?: 'Fallback';
  /** Set on a line to justify: pdfmake then measures it at its measure, and line-drawing spreads it there. */
  characterSpacing?: number;
  /** Where the run belongs in the structure tree (set by structure.ts; pdfmake copies it onto its inline). */
  tag?: Tag;
}

/** One line as the toolkit laid it out: a pdfmake text node kept on one line. */
export interface LineNode {
  readonly text: Fragment[];
  readonly noWrap: true;
  readonly fontSize: number;
  readonly margin?: [number, number, number, number];
  /** A justified line's measure, which pdfmake ignores: it says what the line was set to fill. */
  readonly measure?: number;
  /** The line was broken at a space: the text read from the structure keeps it. */
  readonly spaceAfter?: true;
}

export type Face = Exclude<FontFamily, 'Fallback'>;

/** The face and size a block of text is set in. */
export interface TextStyle {
  readonly face: Face;
  readonly fontSize: number;
}

export interface BlockOptions {
  /** The measure: the width every line but the last fills when justified. */
  readonly width: number;
  /** Indent of the first line (字下げ). */
  readonly indent?: number;
  /** Body text: every line but the last is spread to the measure. */
  readonly justify?: boolean;
  /** Titles and headings: break only between phrases (BudouX), never inside a word. */
  readonly phrases?: boolean;
}

/**
 * Spans a line must never split: dates (with their era, weekday and a following range mark),
 * times and time ranges, phone numbers, numbers with their counter (66,000人, 31年目, ８名), URLs.
 * Kinsoku is kept by the paragraph breaker.
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

export class LineBreaking {
  private readonly names: NameFinder;
  private readonly breakers = new Map<Face, ParagraphBreaker>();

  /** `names` never split either: the edition's municipality and prefecture names. */
  constructor(
    names: readonly string[],
    private readonly coverage: GlyphCoverage,
  ) {
    this.names = new NameFinder(names);
  }

  /**
   * A block of text broken into lines here (see ParagraphBreaker): one pdfmake text per line, one
   * fragment per line unless the fallback face is needed. Lines of justified text but the last get
   * the characterSpacing that makes pdfmake measure them at the measure; line-drawing spends it.
   */
  lines(text: string, style: TextStyle, options: BlockOptions): LineNode[] {
    const breaker = this.breaker(style.face);
    const indent = options.indent ?? 0;
    const spans = options.phrases ? [...phraseSpans(text), ...this.spans(text)] : this.spans(text);
    return breaker.breakLines(text, style.fontSize, options.width - indent, options.width, spans, options.justify === true).map((line, i): LineNode => {
      const runs = this.runs(line.text);
      const measure = options.width - (i === 0 ? indent : 0);
      const justified = options.justify && !line.last && canJustify(breaker.setGlyphs(line.text));
      // Every line is set to a width: its measure when justified, else its width with the rules' aki.
      setTo(runs, breaker, style.fontSize, justified ? measure : breaker.naturalWidth(line.text, style.fontSize));
      return {
        text: runs,
        noWrap: true,
        fontSize: style.fontSize,
        ...(i === 0 && indent > 0 ? { margin: [indent, 0, 0, 0] } : {}),
        ...(justified ? { measure } : {}),
        ...(line.spaceAfter ? { spaceAfter: true } : {}),
      };
    });
  }

  /** The width of a text set on one line, with the rules' aki. */
  widthOf(text: string, style: TextStyle): number {
    return this.breaker(style.face).naturalWidth(text, style.fontSize);
  }

  private breaker(face: Face): ParagraphBreaker {
    let breaker = this.breakers.get(face);
    if (!breaker) {
      const main = openFont(face === 'Mincho' ? fontFiles.Mincho.normal : fontFiles.Gothic.bold);
      const fallback = this.coverage.fallback;
      breaker = new ParagraphBreaker((char) => (fallback && this.coverage.source(char.codePointAt(0)!) === 'fallback' ? fallback : main), ['palt']);
      this.breakers.set(face, breaker);
    }
    return breaker;
  }

  /** Where a line must not break: names, dates, times, phone numbers, counted numbers, URLs. */
  private spans(text: string): Span[] {
    const spans: { start: number; end: number }[] = [];
    // The characters inside a span so far: the list of all the edition's names is one paragraph.
    const inSpan = new Uint8Array(text.length);
    const protectedSpans = Array.from(text.matchAll(protectedPattern), (match) => ({ start: match.index, end: match.index + match[0].length }));
    for (const { start, end } of [...this.names.find(text), ...protectedSpans]) {
      if (end - start > 1 && !inSpan.subarray(start, end).includes(1)) {
        spans.push({ start, end });
        inSpan.fill(1, start, end);
      }
    }
    return spans.sort((a, b) => a.start - b.start);
  }

  /** A line's runs by face: characters only the fallback face has are drawn with it. */
  private runs(text: string): Fragment[] {
    const runs: Fragment[] = [];
    let run = '';
    let runIsFallback = false;
    const flush = (): void => {
      if (run !== '') runs.push({ text: run, ...(runIsFallback ? { font: 'Fallback' as const } : {}) });
      run = '';
    };
    for (const char of text) {
      const isFallback = this.coverage.source(char.codePointAt(0)!) === 'fallback';
      if (isFallback !== runIsFallback) flush();
      runIsFallback = isFallback;
      run += char;
    }
    flush();
    return runs;
  }
}

/** Each phrase (see phrases.ts) is a span no line breaks inside. */
function phraseSpans(text: string): Span[] {
  let at = 0;
  return phrases(text).map((phrase) => ({ start: at, end: (at += phrase.length) }));
}

/**
 * Gives a line's runs the characterSpacing that makes pdfmake measure the line at `width` (pdfmake
 * adds it between every two UTF-16 units of a run); line-drawing then spends that space as
 * justification.ts says. A run in the fallback face keeps its natural width. A line whose glyphs
 * alone are its width gets none.
 */
function setTo(runs: Fragment[], breaker: ParagraphBreaker, fontSize: number, width: number): void {
  const slack = width - runs.reduce((sum, run) => sum + breaker.shapedWidth(run.text, fontSize), 0);
  if (Math.abs(slack) < 0.001) return;
  const weights = runs.map((run) => (run.font ? 0 : Math.max(0, run.text.length - 1)));
  const total = weights.reduce((sum, w) => sum + w, 0);
  runs.forEach((run, i) => {
    if (weights[i] > 0) run.characterSpacing = (slack * weights[i]) / total / (run.text.length - 1);
  });
}
