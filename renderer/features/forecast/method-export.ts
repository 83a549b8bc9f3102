// The method table as a grid for export (CSV with a byte-order mark, or one Excel sheet — main writes both from the
// same shape as the pivot's and the scorecard's exports). One header row in the interface language, so the CSV opens
// with a filterable header in Excel or WPS; numbers stay numbers, with their unit named in the column header
// ("点预测 (%)"), so they can be summed and charted; an interval is two columns, its low and its high.
import type { ForecastResult, MethodForecast } from '../../../main/contract/forecasts';
import type { DisplayGrid, GridValue } from '../../../main/contract/workbooks';
import { formatPeriod } from '../../format/periods';
import type { Lang } from '../../i18n';
import { byRank, methodNote } from './tables';
import type { ForecastStrings } from './strings';

const round = (v: number | null | undefined, digits: number): number | null =>
  v == null || !Number.isFinite(v) ? null : Math.round(v * 10 ** digits) / 10 ** digits;

/** A forecast error of a percentage is a difference of percentages: percentage points, not percent. */
function errorUnit(unit: string | null, lang: Lang): string | null {
  if (unit === '%') return lang === 'en' ? 'pp' : '个百分点';
  return unit;
}

/** "地区生产总值 增速 罗湖区 2024年 预测方法": names the file and the sheet. */
export function methodTableTitle(r: ForecastResult, s: ForecastStrings, measureWord: string, lang: Lang): string {
  const i = r.inputs;
  // The export refuses a title over 200 characters; an indicator's name is rarely long, but it is data.
  return [i.indicator, measureWord, i.region, formatPeriod(i.targetPeriod, lang), s.methodsTitle].filter(Boolean).join(' ').slice(0, 200);
}

/** The methods in rank order (ranked first, then as main listed them), as the view shows them. */
export function methodTableGrid(r: ForecastResult, title: string, s: ForecastStrings, lang: Lang): DisplayGrid {
  const unit = r.inputs.unit;
  const err = errorUnit(unit, lang);
  // [header, unit, value of a method]
  const columns: [string, string | null, (m: MethodForecast) => GridValue][] = [
    [s.point, unit, (m) => round(m.point, 2)],
    ...([80, 95] as const).flatMap((level): [string, string | null, (m: MethodForecast) => GridValue][] => [
      [`${level === 80 ? s.i80 : s.i95} ${s.low}`, unit, (m) => round(m.intervals.find((x) => x.level === level)?.low, 2)],
      [`${level === 80 ? s.i80 : s.i95} ${s.high}`, unit, (m) => round(m.intervals.find((x) => x.level === level)?.high, 2)],
    ]),
    [s.pMeetColumn, '%', (m) => round(m.pMeet === null ? null : m.pMeet * 100, 1)],
    [s.n, null, (m) => m.metrics.n],
    [s.me, err, (m) => round(m.metrics.me, 2)],
    [s.mae, err, (m) => round(m.metrics.mae, 2)],
    [s.rmse, err, (m) => round(m.metrics.rmse, 2)],
    [s.mase, null, (m) => round(m.metrics.mase, 2)],
    [s.mape, '%', (m) => round(m.metrics.mape, 1)],
    [s.u2, null, (m) => round(m.metrics.theilU2, 2)],
    [s.da, '%', (m) => round(m.metrics.directionalAccuracy === null ? null : m.metrics.directionalAccuracy * 100, 0)],
    [s.note, null, (m) => methodNote(m, s.unavailable, lang) || null],
  ];
  const ranked = [...r.methods].sort(byRank);
  return {
    title,
    rowLabelHeaders: [s.rank, s.method],
    columnHeaderRows: [columns.map(([label]) => ({ label, span: 1 }))],
    rows: ranked.map((m) => ({
      kind: 'data' as const,
      cells: [m.rank, `${s[`m_${m.method}`]}${m.method === r.best ? ` ${s.best}` : ''}`, ...columns.map(([, , value]) => value(m))],
      units: [null, null, ...columns.map(([, u]) => u)],
    })),
  };
}
