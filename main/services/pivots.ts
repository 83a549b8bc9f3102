// Pivot services: thin handlers over main/core/pivot. Saving and deleting views are writes (dirty + event).
import type { pivotsMethods } from '../contract/pivots';
import { runPivot } from '../core/pivot/index';
import { deletePivot, getPivot, listPivots, savePivot } from '../core/pivot/saved';
import { drillPivot } from '../core/pivot/drill';
import { withEdits } from '../core/store/edited';
import { attainmentBars, chartSeries } from '../core/pivot/series';
import { fieldValues } from '../core/pivot/values';
import { type HandlersFor, type ServiceContext, workspaceChanged } from './context';

function changed(ctx: ServiceContext): void {
  workspaceChanged(ctx, ['pivots']);
}

/** The year the attainment bars default to: the latest year that has both a target and an outcome. */
function defaultYear(series: ReturnType<typeof chartSeries>): string | null {
  const years = new Set<string>();
  for (const s of series) {
    const targetYears = new Set(s.targets.map((t) => t.period).filter((p) => /^\d{4}$/.test(p)));
    for (const o of s.outcomes) {
      const y = o.period.slice(0, 4);
      if (targetYears.has(y) && !o.period.includes('-')) years.add(y);
    }
  }
  return [...years].sort().pop() ?? null;
}

export const pivotsHandlers: HandlersFor<typeof pivotsMethods> = {
  'pivot.run': ({ spec }, ctx) => runPivot(ctx.session.current(), spec),
  'pivot.values': ({ field }, ctx) => fieldValues(ctx.session.current(), field),
  'pivot.list': (_args, ctx) => listPivots(ctx.session.current()),
  'pivot.get': ({ name }, ctx) => getPivot(ctx.session.current(), name),
  'pivot.save': ({ name, spec }, ctx) => {
    const saved = savePivot(ctx.session.current(), name, spec, ctx.clock());
    changed(ctx);
    return saved;
  },
  'pivot.delete': ({ name }, ctx) => {
    deletePivot(ctx.session.current(), name);
    changed(ctx);
    return { deleted: name };
  },
  'pivot.drill': ({ spec, coordinates, limit }, ctx) => {
    const ws = ctx.session.current();
    const drill = drillPivot(ws, spec, coordinates, limit ?? 500);
    return { ...drill, facts: withEdits(ws, drill.facts) };
  },
  'pivot.chartData': ({ series: keys, year, acceptedOnly, periods }, ctx) => {
    const series = chartSeries(ctx.session.current(), keys, acceptedOnly ?? false, periods);
    const y = year ?? defaultYear(series);
    return { series, attainment: y ? attainmentBars(series, y) : [], year: y };
  },
};
