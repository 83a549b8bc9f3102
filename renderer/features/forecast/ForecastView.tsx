// Forecast builder: pick an indicator series and the target period; see the fan chart, the probability of
// meeting the target, and the methods ranked by backtest error; save the forecast to score it later.
import { useCallback, useEffect, useMemo } from 'react';
import { DataGrid } from '../../components/DataGrid';
import { formatFactValue, formatPercent } from '../../format/numbers';
import { formatPeriod } from '../../format/periods';
import { fill, useLang } from '../../i18n';
import { useCommonStrings } from '../../i18n/common';
import { useReloadOn } from '../../bridge/useReloadOn';
import type { FactKind } from '../../../main/core/types';
import { GridExportButtons } from '../workbooks/ExportButtons';
import { fanChart } from './fan-chart';
import { FanChartFigure } from './FanChartFigure';
import { localizeMessage } from './messages';
import { methodTableGrid, methodTableTitle } from './method-export';
import { SeriesPicker, seriesKeyOf } from './SeriesPicker';
import { useForecast } from './store';
import { useForecastStrings } from './strings';
import { byRank, methodColumns, savedColumns, type MethodRow } from './tables';
import './forecast.css';

export default function ForecastView() {
  const s = useForecastStrings();
  const lang = useLang((st) => st.lang);
  const words: Record<string, string> = useCommonStrings();
  const { series, choice, result, saved, building, choose, save, refresh } = useForecast();

  // The choice and its forecast live in the store, so coming back to the view shows them at once; they are
  // worked out again because facts may have changed meanwhile (this view does not listen while it is away).
  useEffect(() => {
    void refresh();
  }, [refresh]);
  useReloadOn(['facts', 'documents'], () => void refresh());

  const seriesKey = choice ? seriesKeyOf(choice) : '';
  const current = series.find((x) => seriesKeyOf(x) === seriesKey);
  const best = result?.methods.find((m) => m.method === result.best) ?? null;
  const chart = useMemo(() => (result ? fanChart(result, best, { s, lang, kind: (k: FactKind) => words[`kind_${k}`] ?? k }) : null), [result, best, s, lang, words]);
  const methodRows = useMemo<MethodRow[]>(() => (result?.methods ?? []).map((m) => ({ ...m, id: m.method })).sort(byRank), [result]);
  const target = result?.inputs.target;
  const measureWord = result ? (words[`measure_${result.inputs.measure}`] ?? result.inputs.measure) : '';
  const methodGrid = () => (result ? methodTableGrid(result, methodTableTitle(result, s, measureWord, lang), s, lang) : null);

  const pickSeries = useCallback((key: string) => {
    const x = useForecast.getState().series.find((c) => seriesKeyOf(c) === key);
    if (!x) return;
    const targetPeriod = x.targetPeriods[x.targetPeriods.length - 1] ?? String(new Date().getFullYear());
    void choose({ region: x.region, indicator: x.indicator, measure: x.measure, targetPeriod });
  }, [choose]);

  return (
    <div className="forecast-view" data-testid="forecast-view">
      <div className="view-header">
        <h1>{s.title}</h1>
        <SeriesPicker series={series} chosenKey={seriesKey} onPick={pickSeries} />
        <label>
          {s.targetPeriod}{' '}
          <select aria-label={s.targetPeriod} data-testid="forecast-target-period" value={choice?.targetPeriod ?? ''} disabled={!choice}
            onChange={(e) => choice && void choose({ ...choice, targetPeriod: e.target.value })}>
            {(current?.targetPeriods ?? []).map((p) => <option key={p} value={p}>{formatPeriod(p, lang)}</option>)}
          </select>
        </label>
        <button type="button" className="primary" disabled={!result || !best} data-testid="forecast-save" onClick={() => void save(best?.method)}>{s.save}</button>
        {building && <span className="muted">{words.loading}</span>}
      </div>
      {result && (
        <div className="forecast-summary" data-testid="forecast-summary">
          <div className="forecast-pmeet" data-testid="forecast-pmeet" data-p={best?.pMeet ?? ''}>
            {target
              ? fill(s.pMeet, { period: formatPeriod(result.inputs.targetPeriod, lang), target: formatFactValue(target, lang) })
              : s.noTarget}
            {': '}
            {best?.pMeet != null
              ? <strong>{formatPercent(best.pMeet * 100, lang, 0)}</strong>
              : <strong>{s.noP}</strong>}
            {best?.pMeetOrWithin != null && <span className="muted"> ({s.pMeetTol} {formatPercent(best.pMeetOrWithin * 100, lang, 0)})</span>}
            {best && <span className="muted"> · {s[`m_${best.method}`]}{best.intervalNote ? ` · ${localizeMessage(best.intervalNote, lang)}` : ''}</span>}
          </div>
          {result.outcome && (
            <div data-testid="forecast-outcome-known">
              <strong>{fill(s.outcomeKnown, { period: formatPeriod(result.outcome.period, lang), value: String(result.outcome.value), error: result.outcome.error === null ? '—' : String(Math.round(result.outcome.error * 100) / 100) })}</strong>
              {result.outcome.inside95 !== null && <span className="muted"> · {result.outcome.inside95 ? s.inside : s.outside}</span>}
            </div>
          )}
          <div className="muted" data-testid="forecast-basis" data-backtest-points={result.backtestPoints}>
            {best?.form && <span data-testid="forecast-method-form">{s[`m_${best.method}`]}: {localizeMessage(best.form, lang)} · </span>}
            {s.basis}: {best?.intervalBasis ? localizeMessage(best.intervalBasis, lang) : s.noP} · {fill(s.backtestPoints, { n: String(result.backtestPoints) })}
          </div>
          {result.targetPath && (
            <div className="muted" data-testid="forecast-path">
              {s.path}: {localizeMessage(result.targetPath.note, lang)}
              {result.targetPath.plausible !== null && ` · ${result.targetPath.plausible ? s.plausible : s.implausible}`}
            </div>
          )}
          {result.notes.map((n) => <div key={n} className="muted">{localizeMessage(n, lang)}</div>)}
        </div>
      )}
      <div className="forecast-body">
        {result && chart && <FanChartFigure result={result} best={best} chart={chart} measureWord={measureWord} s={s} />}
        {result && <div className="forecast-methods-bar"><GridExportButtons grid={methodGrid} /></div>}
        <div className="forecast-methods">
          <DataGrid<MethodRow> label="forecast-methods" rows={methodRows} columns={methodColumns(s, lang)} />
        </div>
        <h2 className="forecast-saved-title">{s.saved}</h2>
        <div className="forecast-saved">
          <DataGrid label="forecast-saved" rows={saved} columns={savedColumns(s, lang)} />
        </div>
      </div>
    </div>
  );
}
