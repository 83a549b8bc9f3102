// Timing inside the browser: the clock starts when the page receives the person's input (a click, a typed query,
// a choice in a list) and stops after the first frame in which the awaited content is on screen. Playwright only
// performs the input; its round trips and polling intervals are not in the number.
import type { Page } from '@playwright/test';

/** What must be on screen: elements matching `selector` (visible ones unless `visible` is false), at least `min`. */
export interface OnScreen {
  selector: string;
  min?: number;
  visible?: boolean;
  /** Every matching element's text contains this (case-insensitive): a list showing only what was searched for. */
  everyContains?: string;
  /** At least one matching element's text contains this. */
  someContains?: string;
  /** At least one matching element's text does not contain this: a list no longer narrowed to it. */
  someLacks?: string;
  /**
   * Count grid rows ag-grid is fading out (class ag-opacity-zero; removed from the page 400 ms later, its row
   * animation) as still on screen. By default they are not: the person already sees them go.
   */
  withLeavingRows?: boolean;
}

export type InputEvent = 'click' | 'input' | 'change';

/** Several things awaited after one input, each timed on its own (the pivot's grid and its charts). */
export type Awaited = Record<string, OnScreen>;

// Runs in the page. Kept as page-side source so the DOM's types stay out of the main project's typecheck.
const PAGE_TIMER = `(() => {
  if (window.__ui20k) return;
  const shown = (c) => [...document.querySelectorAll(c.selector)]
    .filter((el) => (c.visible === false || el.checkVisibility()) && (c.withLeavingRows || !el.closest('.ag-opacity-zero')));
  const met = (c) => {
    const els = shown(c);
    if (els.length < (c.min ?? 1)) return false;
    const text = (el) => (el.textContent || '').toLowerCase();
    // Each word of it, as the pick list's quick filter matches a query of several words (indicator and region).
    const words = c.everyContains ? c.everyContains.toLowerCase().split(/\\s+/).filter(Boolean) : [];
    if (words.length && !els.every((el) => words.every((w) => text(el).includes(w)))) return false;
    if (c.someContains && !els.some((el) => text(el).includes(c.someContains.toLowerCase()))) return false;
    if (c.someLacks && !els.some((el) => !text(el).includes(c.someLacks.toLowerCase()))) return false;
    return true;
  };
  window.__ui20k = {
    settle(until, timeoutMs) {
      const t0 = performance.now();
      return new Promise((resolve, reject) => {
        const check = () => {
          if (met(until)) return resolve(true);
          if (performance.now() - t0 > timeoutMs) return reject(new Error('not on screen after ' + timeoutMs + ' ms: ' + JSON.stringify(until)));
          requestAnimationFrame(check);
        };
        check();
      });
    },
    arm(event, awaited, timeoutMs) {
      const early = Object.keys(awaited).filter((k) => met(awaited[k]));
      if (early.length) throw new Error('already on screen before the input: ' + early.map((k) => JSON.stringify(awaited[k])).join(', '));
      window.__ui20kDone = new Promise((resolve, reject) => {
        const gaveUp = setTimeout(() => reject(new Error('no ' + event + ' arrived')), timeoutMs);
        const onInput = () => {
          document.removeEventListener(event, onInput, true);
          clearTimeout(gaveUp);
          const t0 = performance.now();
          const times = {};
          const seen = new Set();
          const all = Object.keys(awaited);
          const check = () => {
            // Met in this frame's callback: the frame is painted next; the task after it reads the clock.
            const now = all.filter((k) => !seen.has(k) && met(awaited[k]));
            for (const k of now) seen.add(k);
            if (now.length) setTimeout(() => { for (const k of now) times[k] = performance.now() - t0; if (Object.keys(times).length === all.length) resolve(times); }, 0);
            const left = all.filter((k) => !seen.has(k));
            if (left.length === 0) return;
            const ms = performance.now() - t0;
            if (ms > timeoutMs) return reject(new Error('not on screen after ' + Math.round(ms) + ' ms: ' + left.map((k) => k + ' ' + JSON.stringify(awaited[k])).join(', ')));
            requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        };
        document.addEventListener(event, onInput, true);
      });
    },
  };
})()`;

/** Milliseconds, per awaited thing, from the page receiving `event` (sent by `act`) until it is on screen. */
export async function timeEach(page: Page, event: InputEvent, awaited: Awaited, act: () => Promise<void>, timeoutMs = 20_000): Promise<Record<string, number>> {
  await page.evaluate(PAGE_TIMER);
  await page.evaluate(`window.__ui20k.arm(${JSON.stringify(event)}, ${JSON.stringify(awaited)}, ${timeoutMs})`);
  await act();
  return page.evaluate('window.__ui20kDone') as Promise<Record<string, number>>;
}

/** Milliseconds from the page receiving `event` (sent by `act`) until `until` is on screen. */
export async function timeInPage(page: Page, event: InputEvent, until: OnScreen, act: () => Promise<void>, timeoutMs = 20_000): Promise<number> {
  return (await timeEach(page, event, { until }, act, timeoutMs)).until!;
}

/** Waits (untimed) until `until` is on screen: the settled state a timed step starts from. */
export async function settle(page: Page, until: OnScreen, timeoutMs = 20_000): Promise<void> {
  await page.evaluate(PAGE_TIMER);
  // Not page.waitForFunction: a string predicate is eval'd in the page, which the renderer's CSP refuses.
  await page.evaluate(`window.__ui20k.settle(${JSON.stringify(until)}, ${timeoutMs})`);
}

export interface Timing {
  /** The first run: the view's code and data loaded for the first time. */
  first_ms: number;
  median_ms: number;
  max_ms: number;
  runs: number;
  under1s: boolean;
}

/** Median and worst of a few runs; `under1s` is judged on the worst, the run a person could have had. */
export function summarize(samples: readonly number[]): Timing {
  if (samples.length === 0) throw new Error('no samples to summarize');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const max = sorted[sorted.length - 1]!;
  return { first_ms: Math.round(samples[0]!), median_ms: Math.round(median), max_ms: Math.round(max), runs: samples.length, under1s: max < 1000 };
}
