import type { BuildProgress, Stage } from '../pipeline/build-packet';

/** Where the line is drawn: the command's stderr, when it is a terminal. */
export interface ProgressTerminal {
  write(text: string): unknown;
  readonly columns?: number;
}

export interface ProgressLineOptions {
  /** A build that ends sooner shows nothing. */
  readonly delayMs: number;
  readonly now: () => number;
  /** How often the line is redrawn once shown. */
  readonly everyMs?: number;
}

const stageWords: Record<Stage, string> = {
  load: 'reading the data',
  wording: 'filling in the wording',
  docx: 'briefs',
  xlsx: 'making the workbook',
  pdf: 'drawing the release',
  emit: 'writing the output folder',
};

const clearLine = '\r\x1b[2K';

/**
 * The command's progress line for a long build: after `delayMs`, the stages running, the briefs made
 * out of the total with the time left at their pace, redrawn in place; erased when the build ends,
 * so what is left on the terminal is the usual list of files (or the problems).
 */
export function progressLine(terminal: ProgressTerminal, options: ProgressLineOptions): { readonly progress: BuildProgress; end(): void } {
  const started = options.now();
  const running = new Map<Stage, number>();
  const counts = new Map<Stage, { done: number; total: number }>();
  let shown = false;

  const describe = (stage: Stage): string => {
    const count = counts.get(stage);
    const words = stageWords[stage] ?? stage;
    if (!count) return words;
    const elapsed = options.now() - running.get(stage)!;
    const left = count.done > 0 ? ((count.total - count.done) * elapsed) / count.done / 1000 : undefined;
    const pace = left === undefined || count.done === count.total ? '' : `, ${Math.max(1, Math.round(left))} s left`;
    return `${words} ${count.done.toLocaleString('en')}/${count.total.toLocaleString('en')}${pace}`;
  };
  const draw = (): void => {
    shown = true;
    const seconds = ((options.now() - started) / 1000).toFixed(1);
    const text = `${seconds} s  ${[...running.keys()].map(describe).join(' · ')}`;
    // A pseudo-terminal whose size was never set says 0 columns.
    const width = (terminal.columns || 80) - 1;
    terminal.write(`${clearLine}${text.length > width ? `${text.slice(0, width - 1)}…` : text}`);
  };

  let redraw: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    draw();
    redraw = setInterval(draw, options.everyMs ?? 200);
    redraw.unref();
  }, options.delayMs);
  first.unref();

  return {
    progress: {
      stage(stage, isRunning) {
        if (isRunning) running.set(stage, options.now());
        else {
          running.delete(stage);
          counts.delete(stage);
        }
      },
      count(stage, done, total) {
        const first = !counts.has(stage);
        counts.set(stage, { done, total });
        // The total, as soon as it is known; the redraws follow the count.
        if (first && shown) draw();
      },
    },
    end() {
      clearTimeout(first);
      clearInterval(redraw);
      if (shown) terminal.write(clearLine);
    },
  };
}
