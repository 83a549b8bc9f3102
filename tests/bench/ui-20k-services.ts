// The answers each view waits for when it opens, timed from Node over the same bridge the page uses (HTTP, JSON
// both ways): how much of a view's opening time is main's, and how much is the page's.
import type { MethodArgs, MethodName, MethodResult, CallOutcome } from '../../main/contract/index';
import type { Preview } from '../../main/preview';
import { summarize, type Timing } from './ui-20k-timing';

const RUNS = 3;

/** One call over the bridge, as the renderer makes it (the launch token in its header). */
export async function call<K extends MethodName>(preview: Preview, name: K, args: MethodArgs<K>): Promise<MethodResult<K>> {
  const res = await fetch(new URL('call', preview.url), {
    method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Planscope-Token': preview.token }, body: JSON.stringify({ method: name, args }),
  });
  const outcome = (await res.json()) as CallOutcome<MethodResult<K>>;
  if (!outcome.ok) throw new Error(`${name}: ${outcome.error.code}: ${outcome.error.message}`);
  return outcome.result;
}

async function timed<K extends MethodName>(preview: Preview, name: K, args: MethodArgs<K>): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await call(preview, name, args);
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}

/** The calls the views make on opening, with the arguments they open with (the scorecard: the latest report). */
export async function timeServices(preview: Preview): Promise<Record<string, Timing>> {
  const defaultPivot = (await call(preview, 'pivot.list', {})).find((p) => p.builtIn);
  const latestReport = (await call(preview, 'scores.choices', {})).documents.at(-1);
  const out: Record<string, Timing> = {
    'reports.list': await timed(preview, 'reports.list', {}),
    'facts.list': await timed(preview, 'facts.list', {}),
    'facts.filterOptions': await timed(preview, 'facts.filterOptions', {}),
    'scores.choices': await timed(preview, 'scores.choices', {}),
    'scores.scorecard': await timed(preview, 'scores.scorecard', latestReport ? { documentId: latestReport.id } : {}),
    'scores.planCheck': await timed(preview, 'scores.planCheck', {}),
    'forecasts.series': await timed(preview, 'forecasts.series', {}),
  };
  if (defaultPivot) out['pivot.run'] = await timed(preview, 'pivot.run', { spec: defaultPivot.spec });
  return out;
}
