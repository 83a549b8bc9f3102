// The views' code and Plotly, loaded one after another while the workbench is idle after it first opens: at 20,000
// facts a first opening of the charts otherwise spent 2–5 s downloading and parsing Plotly (ui-20k bench), and each
// other view its own chunk. (With the full 4.8 MB Plotly bundle, its evaluation in an idle frame held up a Review opened
// meanwhile to 2.4 s; the 1.2 MB scatter-and-bar bundle the charts use costs a quarter of that.) One at a time, each in an idle moment, so a person's clicks are never queued behind them.
// A load that fails is left alone here: opening that view loads it again and says why if it still fails.

type Load = () => Promise<unknown>;

/** Waits for an idle moment (or, where requestIdleCallback is missing, a short pause). */
export function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2_000 });
    else setTimeout(resolve, 200);
  });
}

/** Runs each load in turn, each after an idle moment; stop() ends the queue (a closed window, a test's teardown). */
export function preloadWhenIdle(loads: readonly Load[]): { stop(): void; done: Promise<void> } {
  let stopped = false;
  const done = (async () => {
    for (const load of loads) {
      await idle();
      if (stopped) return;
      await load().catch(() => undefined);
    }
  })();
  return { stop: () => { stopped = true; }, done };
}
