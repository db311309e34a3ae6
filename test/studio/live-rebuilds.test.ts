import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/problems/diagnostics';
import { LiveRebuilds, type LiveState } from '../../src/studio/live-rebuilds';

/** A promise resolved from outside, to hold a pipeline stage open while the test acts. */
function gate<T>(): { promise: Promise<T>; open: (value: T) => void; fail: (error: unknown) => void } {
  let open!: (value: T) => void;
  let fail!: (error: unknown) => void;
  const promise = new Promise<T>((resolve, reject) => ((open = resolve), (fail = reject)));
  return { promise, open, fail };
}

/** A pipeline whose every check and render waits for the test to let it through. */
function heldPipeline() {
  const checks: { gate: ReturnType<typeof gate<string>>; signal: AbortSignal }[] = [];
  const renders: { gate: ReturnType<typeof gate<string>>; checked: string; signal: AbortSignal; shown: string | null; progress: (p: string) => void }[] = [];
  const published: LiveState<string>[] = [];
  const live = new LiveRebuilds<string, string>(
    {
      check: (signal) => {
        const g = gate<string>();
        checks.push({ gate: g, signal });
        return g.promise;
      },
      render: (checked, signal, shown, progress) => {
        const g = gate<string>();
        renders.push({ gate: g, checked, signal, shown, progress });
        return g.promise;
      },
    },
    (state) => published.push(state),
  );
  return { live, checks, renders, published };
}

/** Lets every step that is ready run, the live loop's own turn of the event loop included. */
const tick = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('live rebuilds', () => {
  it('publish the problems first, then the preview', async () => {
    const { live, checks, renders, published } = heldPipeline();
    const done = live.rebuild();
    expect(published.at(-1)).toMatchObject({ generation: 1, busy: 'checking' });
    checks[0].gate.open('edition 1');
    await tick();
    expect(published.at(-1)).toMatchObject({ busy: 'rendering', problems: [] });
    renders[0].gate.open('preview 1');
    await done;
    expect(live.state).toMatchObject({ generation: 1, busy: null, preview: 'preview 1', stale: false });
  });

  it('drop a superseded rebuild: its check result is never published or rendered', async () => {
    const { live, checks, renders, published } = heldPipeline();
    const first = live.rebuild();
    const second = live.rebuild();
    expect(checks[0].signal.aborted).toBe(true);
    checks[0].gate.open('old edition');
    await first;
    expect(renders).toHaveLength(0);
    checks[1].gate.open('new edition');
    await tick();
    renders[0].gate.open('new preview');
    await second;
    expect(renders.map((r) => r.checked)).toEqual(['new edition']);
    expect(published.map((s) => s.preview).filter(Boolean)).toEqual(['new preview']);
    expect(live.state.generation).toBe(2);
  });

  it('drop a superseded render, and start the next render only when it has stopped', async () => {
    const { live, checks, renders } = heldPipeline();
    const first = live.rebuild();
    checks[0].gate.open('edition 1');
    await tick();
    expect(renders).toHaveLength(1);
    const second = live.rebuild();
    expect(renders[0].signal.aborted).toBe(true);
    checks[1].gate.open('edition 2');
    await tick();
    expect(renders).toHaveLength(1); // waits for the first render to settle
    renders[0].gate.open('stale preview');
    await first;
    await tick();
    expect(renders).toHaveLength(2);
    renders[1].gate.open('preview 2');
    await second;
    expect(live.state.preview).toBe('preview 2');
  });

  it('keep the last good preview, marked stale, while the data has problems; a fix clears it', async () => {
    const { live, checks, renders } = heldPipeline();
    let run = live.rebuild();
    checks[0].gate.open('edition 1');
    await tick();
    renders[0].gate.open('good preview');
    await run;
    run = live.rebuild();
    const problem = { file: 'data/release.json', line: 3, column: 11, rule: 'format', message: 'not a date', hint: 'write YYYY-MM-DD' };
    checks[1].gate.fail(new InputError([problem]));
    await run;
    expect(live.state).toMatchObject({ busy: null, problems: [problem], preview: 'good preview', stale: true });
    run = live.rebuild();
    checks[2].gate.open('edition 3');
    await tick();
    renders[1].gate.open('fixed preview');
    await run;
    expect(live.state).toMatchObject({ problems: [], failure: null, preview: 'fixed preview', stale: false });
  });

  it('show each document as it is made, onto the preview shown; a superseded render shows nothing more', async () => {
    const { live, checks, renders, published } = heldPipeline();
    let run = live.rebuild();
    checks[0].gate.open('edition 1');
    await tick();
    renders[0].progress('release 1');
    expect(live.state).toMatchObject({ busy: 'rendering', preview: 'release 1' });
    renders[0].gate.open('release 1 + briefs 1');
    await run;
    run = live.rebuild();
    checks[1].gate.open('edition 2');
    await tick();
    expect(renders[1].shown).toBe('release 1 + briefs 1');
    renders[1].progress('release 2 + briefs 1');
    const superseding = live.rebuild();
    renders[1].progress('dropped');
    renders[1].gate.open('dropped');
    await run;
    expect(published.map((s) => s.preview)).not.toContain('dropped');
    expect(live.state.preview).toBe('release 2 + briefs 1');
    checks[2].gate.open('edition 3');
    await tick();
    expect(renders[2].shown).toBe('release 2 + briefs 1');
    renders[2].gate.open('release 3 + briefs 3');
    await superseding;
    expect(live.state).toMatchObject({ busy: null, preview: 'release 3 + briefs 3' });
  });

  it('report a render that throws as a failure, not as a data problem, and keep going', async () => {
    const { live, checks, renders } = heldPipeline();
    const run = live.rebuild();
    checks[0].gate.open('edition');
    await tick();
    renders[0].gate.fail(new Error('pdfmake fell over'));
    await run;
    expect(live.state).toMatchObject({ busy: null, problems: [], failure: 'pdfmake fell over', preview: null, stale: true });
  });
});
