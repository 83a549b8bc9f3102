// Scorecard columns: the verdict as a traffic light, the gap in the target's unit and in pp or %, and time
// progress (reached share of the year's target against the share of the year gone).
import type { ColDef } from 'ag-grid-community';
import type { Score } from '../../../main/contract/scores';
import { numberColumn } from '../../components/DataGrid';
import { formatFactValue, formatNumber, formatPercent, withUnit } from '../../format/numbers';
import { formatPeriod } from '../../format/periods';
import type { Lang } from '../../i18n';
import { localizeMessage } from '../forecast/messages';
import type { ScorecardStrings } from './strings';

export type ScoreRow = Score & { id: string };

/** Traffic light: green met, amber within tolerance or behind time progress, red missed, grey undecided. */
export function lightOf(r: Score): 'green' | 'amber' | 'red' | 'grey' {
  if (r.status === 'met') return 'green';
  if (r.status === 'missed') return 'red';
  if (r.status === 'within_tolerance') return 'amber';
  if (r.status === 'pending' && r.timeProgress) return r.timeProgress.verdict === 'behind' ? 'amber' : 'green';
  return 'grey';
}

const signed = (v: number, lang: Lang, digits?: number) => `${v > 0 ? '+' : ''}${formatNumber(v, lang, digits)}`;

export function formatGap(r: Score, lang: Lang, s: ScorecardStrings): string {
  const g = r.gap;
  if (!g) return '';
  if (g.relativeUnit === 'pp') return `${signed(g.value, lang)} ${s.pp}`;
  const rel = g.relative === null ? '' : ` (${signed(g.relative, lang, 1)}%)`;
  return `${withUnit(signed(g.value, lang), g.unit)}${rel}`;
}

export function formatProgress(r: Score, lang: Lang, s: ScorecardStrings): string {
  const tp = r.timeProgress;
  if (!tp) return '';
  const verdict = s[`verdict_${tp.verdict}`];
  return `${formatPercent(tp.achievedPct, lang)} / ${formatPercent(tp.expectedPct, lang, 0)} ${verdict}${tp.source === 'stated' ? ' ' + s.stated : ''}`;
}

/** "需 4.8%/年 · 历史 4.0%/年 ✗": what an open target asks for against what the series has delivered. */
export function formatPath(r: Score, lang: Lang, s: ScorecardStrings): string {
  const p = r.path;
  if (!p || p.requiredPct === null) return '';
  const unit = r.measure === 'level' || r.measure === 'count' || r.measure === 'growth' ? '%' : ` ${s.pp}`;
  // A level already past its target needs no growth at all: "需 -3.7%" reads as a demand to shrink.
  const level = r.measure === 'level' || r.measure === 'count';
  if (level && ((r.direction === 'higher' && p.requiredPct <= 0) || (r.direction === 'lower' && p.requiredPct >= 0))) return s.pathReached;
  const hist = p.historicalPct === null ? '' : ` · ${s.pathSeen} ${formatNumber(p.historicalPct, lang, 1)}${unit}`;
  const verdict = p.plausible === null ? '' : p.plausible ? ` ✓` : ` ✗`;
  return `${s.pathNeeds} ${formatNumber(p.requiredPct, lang, 1)}${unit}${hist}${verdict}`;
}

export function scoreColumns(s: ScorecardStrings, words: Record<string, string>, lang: Lang): ColDef<ScoreRow>[] {
  return [
    { field: 'indicator', headerName: s.colIndicator, flex: 1, minWidth: 130, tooltipField: 'indicator' },
    { field: 'measure', headerName: s.colMeasure, width: 64, valueFormatter: (p) => words[`measure_${String(p.value)}`] ?? String(p.value) },
    { field: 'period', headerName: s.colPeriod, width: 88, valueFormatter: (p) => formatPeriod(String(p.value ?? ''), lang) },
    { colId: 'target', headerName: s.colTarget, width: 115, ...numberColumn, valueGetter: (p) => (p.data ? formatFactValue(p.data.target, lang) : '') },
    {
      colId: 'actual', headerName: s.colActual, width: 115, ...numberColumn,
      valueGetter: (p) => (p.data?.actual ? `${formatFactValue({ ...p.data.actual, low: null, high: null }, lang)}${p.data.actual.kind === 'estimate' ? ` (${words.kind_estimate})` : ''}` : ''),
    },
    { colId: 'actualPeriod', headerName: s.colActualPeriod, width: 100, valueGetter: (p) => (p.data?.actual ? formatPeriod(p.data.actual.period, lang) : '') },
    {
      colId: 'status', headerName: s.colStatus, width: 96,
      valueGetter: (p) => (p.data ? s[`status_${p.data.status}`] : ''),
      cellRenderer: (p: { data?: ScoreRow; value?: string }) => p.data ? (
        <span className={`light light-${lightOf(p.data)}`} data-testid="score-status" data-status={p.data.status} title={localizeMessage(p.data.reason, lang)}>
          <span className="light-dot" aria-hidden="true" />{p.value}
        </span>
      ) : null,
    },
    {
      colId: 'progress', headerName: s.colProgress, width: 190,
      valueGetter: (p) => (p.data ? formatProgress(p.data, lang, s) : ''),
      cellRenderer: (p: { data?: ScoreRow; value?: string }) => p.data?.timeProgress ? (
        <span className={`progress progress-${p.data.timeProgress.verdict}`} data-testid="score-progress" data-verdict={p.data.timeProgress.verdict}
          title={localizeMessage(p.data.timeProgress.note, lang)}>{p.value}</span>
      ) : null,
    },
    { colId: 'gap', headerName: s.colGap, width: 150, ...numberColumn, valueGetter: (p) => (p.data ? formatGap(p.data, lang, s) : '') },
    {
      colId: 'path', headerName: s.colPath, width: 210, valueGetter: (p) => (p.data ? formatPath(p.data, lang, s) : ''),
      tooltipValueGetter: (p) => localizeMessage(p.data?.path?.note, lang),
    },
  ];
}
