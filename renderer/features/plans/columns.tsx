// Plan tracker columns: the target as the plan says it, the base and latest outcome with their years, the pace
// achieved and still required (growth in % for levels, points for shares and rates, the amount a year for
// totals), progress against time gone, and the status as a light.
import type { ColDef } from 'ag-grid-community';
import type { PlanRow } from '../../../main/contract/scores';
import { numberColumn } from '../../components/DataGrid';
import { formatFactValue, formatNumber, formatPercent, withUnit } from '../../format/numbers';
import { formatPeriod } from '../../format/periods';
import { fill, type Lang } from '../../i18n';
import type { PlanGridRow } from './store';
import type { PlanStrings } from './strings';

const points = (r: PlanRow) => r.measure === 'share' || r.measure === 'rate';

/** A pace a year as the briefing prints it: "7.7%/年", "1.07 个百分点/年", "2 家/年". */
export function formatPace(r: PlanRow, which: 'achieved' | 'required', lang: Lang, s: PlanStrings): string {
  if (r.totalSoFar !== null) {
    return which === 'achieved' ? `${s.total} ${withUnit(formatNumber(r.totalSoFar, lang), r.unit)}` : r.requiredPerYear === null ? '' : withUnit(formatNumber(r.requiredPerYear, lang), r.unit) + s.perYear;
  }
  if (points(r)) {
    const v = which === 'achieved' ? r.achievedAnnualChangePp : r.requiredAnnualChangePp;
    return v === null ? '' : `${formatNumber(v, lang, 2)} ${s.pp}${s.perYear}`;
  }
  const v = which === 'achieved' ? r.achievedAnnualGrowthPct ?? r.averageSoFarPct : r.requiredAnnualGrowthPct;
  return v === null ? '' : formatPercent(v, lang) + s.perYear;
}

const point = (p: { value: number; period: string } | null, unit: string | null, lang: Lang) =>
  p ? `${withUnit(formatNumber(p.value, lang), unit)} (${formatPeriod(p.period, lang)})` : '';

export function lightOfPlan(r: PlanRow): 'green' | 'amber' | 'red' | 'grey' {
  if (r.status === 'met' || r.status === 'on_track') return 'green';
  if (r.status === 'off_track') return 'red';
  return 'grey';
}

export function planColumns(s: PlanStrings, lang: Lang): ColDef<PlanGridRow>[] {
  return [
    { field: 'indicator', headerName: s.colIndicator, flex: 2, minWidth: 140 },
    { colId: 'target', headerName: s.colTarget, width: 110, ...numberColumn, valueGetter: (p) => (p.data ? formatFactValue({ ...p.data.target }, lang) : '') },
    { colId: 'period', headerName: s.colTargetPeriod, width: 80, valueGetter: (p) => (p.data ? formatPeriod(p.data.target.period, lang) : '') },
    { colId: 'base', headerName: s.colBase, width: 120, ...numberColumn, valueGetter: (p) => (p.data ? point(p.data.base, p.data.unit, lang) : '') },
    { colId: 'latest', headerName: s.colLatest, width: 120, ...numberColumn, valueGetter: (p) => (p.data ? point(p.data.latest, p.data.unit, lang) : '') },
    { colId: 'achieved', headerName: s.colAchieved, width: 110, ...numberColumn, valueGetter: (p) => (p.data ? formatPace(p.data, 'achieved', lang, s) : '') },
    { colId: 'required', headerName: s.colRequired, width: 110, ...numberColumn, valueGetter: (p) => (p.data ? formatPace(p.data, 'required', lang, s) : '') },
    {
      colId: 'progress', headerName: s.colProgress, width: 120, ...numberColumn,
      valueGetter: (p) => (p.data?.progressPct == null ? '' : fill(s.progressOf, { p: formatPercent(p.data.progressPct, lang, 0), t: formatPercent(p.data.timeElapsedPct, lang, 0) })),
    },
    {
      colId: 'status', headerName: s.colStatus, width: 100,
      valueGetter: (p) => (p.data ? s[`status_${p.data.status}`] : ''),
      cellRenderer: (p: { data?: PlanGridRow; value?: string }) => (p.data ? (
        <span className={`light light-${lightOfPlan(p.data)}`} title={p.data.reason ?? undefined}><span className="light-dot" />{p.value}</span>
      ) : null),
    },
  ];
}
