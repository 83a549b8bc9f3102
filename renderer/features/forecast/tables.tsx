// The method ranking (backtest errors per method) and the saved forecasts with their scores.
import type { ColDef } from 'ag-grid-community';
import type { MethodForecast, SavedForecast } from '../../../main/contract/forecasts';
import { numberColumn } from '../../components/DataGrid';
import { formatNumber, formatPercent } from '../../format/numbers';
import { formatPeriod } from '../../format/periods';
import type { Lang } from '../../i18n';
import { localizeMessage } from './messages';
import type { ForecastStrings } from './strings';

export type MethodRow = MethodForecast & { id: string };
export type SavedRow = SavedForecast;

const num = (v: number | null | undefined, lang: Lang, digits = 2) => (v == null ? '' : formatNumber(v, lang, digits));
const interval = (m: { intervals: { level: number; low: number; high: number }[] }, level: number, lang: Lang) => {
  const iv = m.intervals.find((x) => x.level === level);
  return iv ? `${num(iv.low, lang)} – ${num(iv.high, lang)}` : '';
};
const prob = (p: number | null, lang: Lang) => (p === null ? '' : formatPercent(p * 100, lang, 0));

/** Ranked methods first, best first; unranked ones after them in the order main lists them. */
export function byRank(a: Pick<MethodForecast, 'rank'>, b: Pick<MethodForecast, 'rank'>): number {
  if (a.rank === null || b.rank === null) return (a.rank === null ? 1 : 0) - (b.rank === null ? 1 : 0);
  return a.rank - b.rank;
}

/** The note column: the form a method chose (ETS: "ETS(A,Ad,N), AICc 12.3"), then what limits its interval; or why it is unavailable. */
export function methodNote(m: MethodForecast, unavailable: string, lang: Lang): string {
  if (!m.available) return `${unavailable}: ${localizeMessage(m.reason, lang)}`;
  return [localizeMessage(m.form, lang), localizeMessage(m.intervalNote ?? m.metrics.mapeNote, lang)].filter(Boolean).join(' · ');
}

export function methodColumns(s: ForecastStrings, lang: Lang): ColDef<MethodRow>[] {
  return [
    { field: 'rank', headerName: s.rank, width: 70, ...numberColumn },
    { field: 'method', headerName: s.method, width: 130, valueFormatter: (p) => s[`m_${String(p.value)}` as 'm_naive'] ?? String(p.value) },
    { field: 'point', headerName: s.point, width: 90, ...numberColumn, valueFormatter: (p) => num(p.value as number | null, lang) },
    { colId: 'i80', headerName: s.i80, width: 130, valueGetter: (p) => (p.data ? interval(p.data, 80, lang) : '') },
    { colId: 'i95', headerName: s.i95, width: 130, valueGetter: (p) => (p.data ? interval(p.data, 95, lang) : '') },
    { field: 'pMeet', headerName: 'P', width: 70, ...numberColumn, valueFormatter: (p) => prob(p.value as number | null, lang) },
    { colId: 'n', headerName: s.n, width: 80, ...numberColumn, valueGetter: (p) => p.data?.metrics.n ?? null },
    { colId: 'me', headerName: s.me, width: 75, ...numberColumn, valueGetter: (p) => num(p.data?.metrics.me, lang) },
    { colId: 'mae', headerName: s.mae, width: 75, ...numberColumn, valueGetter: (p) => num(p.data?.metrics.mae, lang) },
    { colId: 'rmse', headerName: s.rmse, width: 75, ...numberColumn, valueGetter: (p) => num(p.data?.metrics.rmse, lang) },
    { colId: 'mase', headerName: s.mase, width: 80, ...numberColumn, valueGetter: (p) => (p.data?.metrics.mase == null ? '' : formatNumber(p.data.metrics.mase, lang, 2)) },
    { colId: 'mape', headerName: s.mape, width: 80, ...numberColumn, valueGetter: (p) => (p.data?.metrics.mape == null ? '' : formatPercent(p.data.metrics.mape, lang)) },
    { colId: 'u2', headerName: s.u2, width: 85, ...numberColumn, valueGetter: (p) => num(p.data?.metrics.theilU2, lang) },
    { colId: 'da', headerName: s.da, width: 90, ...numberColumn, valueGetter: (p) => (p.data?.metrics.directionalAccuracy == null ? '' : formatPercent(p.data.metrics.directionalAccuracy * 100, lang, 0)) },
    {
      colId: 'note', headerName: s.note, flex: 1, minWidth: 200,
      valueGetter: (p) => (p.data ? methodNote(p.data, s.unavailable, lang) : ''),
      tooltipValueGetter: (p) => String(p.value ?? ''),
    },
  ];
}

export function savedColumns(s: ForecastStrings, lang: Lang): ColDef<SavedRow>[] {
  return [
    { field: 'createdAt', headerName: s.created, width: 150, valueFormatter: (p) => String(p.value ?? '').slice(0, 16).replace('T', ' ') },
    { field: 'indicator', headerName: s.series, flex: 1, minWidth: 140 },
    { field: 'targetPeriod', headerName: s.targetPeriod, width: 100, valueFormatter: (p) => formatPeriod(String(p.value ?? ''), lang) },
    { field: 'method', headerName: s.method, width: 110, valueFormatter: (p) => s[`m_${String(p.value)}` as 'm_naive'] ?? String(p.value) },
    { field: 'point', headerName: s.point, width: 85, ...numberColumn, valueFormatter: (p) => num(p.value as number | null, lang) },
    { field: 'pMeet', headerName: 'P', width: 70, ...numberColumn, valueFormatter: (p) => prob(p.value as number | null, lang) },
    { colId: 'actual', headerName: s.actual, width: 85, ...numberColumn, valueGetter: (p) => num(p.data?.outcome?.actual, lang) },
    { colId: 'error', headerName: s.error, width: 80, ...numberColumn, valueGetter: (p) => num(p.data?.outcome?.error, lang) },
    { colId: 'inside95', headerName: s.inside95, width: 100, valueGetter: (p) => (p.data?.outcome?.inside95 == null ? '' : p.data.outcome.inside95 ? s.yes : s.no) },
    { colId: 'status', headerName: s.status, width: 110, valueGetter: (p) => p.data?.outcome?.targetStatus ?? '' },
  ];
}
