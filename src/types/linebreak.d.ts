declare module 'linebreak' {
  /** The Unicode line breaking algorithm (UAX #14), as pdfkit and pdfmake use it. */
  export default class LineBreaker {
    constructor(text: string);
    /** The next place a line may end: `position` is the UTF-16 index the next line starts at. */
    nextBreak(): { position: number; required: boolean } | null;
  }
}
