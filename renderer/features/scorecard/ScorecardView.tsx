// Scorecard view: one report's (or one period's) targets against outcomes in the grid, with the track record
// beneath and the sources of the selected row beside it.
import { useEffect, useMemo, useState } from 'react';
import type { ColDef } from 'ag-grid-community';
import type { HitRate } from '../../../main/contract/scores';
import { DataGrid, numberColumn } from '../../components/DataGrid';
import { formatNumber, formatPercent } from '../../format/numbers';
import { formatPeriod } from '../../format/periods';
import { fill, useLang } from '../../i18n';
import { useCommonStrings } from '../../i18n/common';
import { useReloadOn } from '../../bridge/useReloadOn';
import { scoreColumns, type ScoreRow } from './columns';
import { useScorecardStrings } from './strings';
import { useScorecard } from './store';
import { TracePanel } from './TracePanel';
import './scorecard.css';

type HitRow = HitRate & { id: string };

export default function ScorecardView() {
  const s = useScorecardStrings();
  const lang = useLang((st) => st.lang);
  const words: Record<string, string> = useCommonStrings();
  const { choices, documentId, period, tolerance, card, selectedKey, sources, loadChoices, load, show, setTolerance, select } = useScorecard();

  useEffect(() => {
    void loadChoices().then(load);
  }, [loadChoices, load]);
  useReloadOn(['facts', 'documents', 'indicators'], () => void loadChoices().then(load));

  const rows = useMemo<ScoreRow[]>(() => (card?.rows ?? []).map((r) => ({ ...r, id: r.key })), [card]);
  const columns = useMemo(() => scoreColumns(s, words, lang), [s, words, lang]);
  const selected = rows.find((r) => r.id === selectedKey) ?? null;
  const hitColumns = useMemo<ColDef<HitRow>[]>(() => [
    { field: 'group', headerName: s.colIndicator, flex: 2, minWidth: 140 },
    { field: 'measure', headerName: s.colMeasure, width: 80, valueFormatter: (p) => (p.value ? words[`measure_${String(p.value)}`] ?? String(p.value) : '') },
    { field: 'scored', headerName: s.scored, width: 80, ...numberColumn },
    { field: 'hitRate', headerName: s.hitRate, width: 90, ...numberColumn, valueFormatter: (p) => (p.value == null ? '' : formatPercent(Number(p.value) * 100, lang, 0)) },
    {
      colId: 'shortfall', headerName: s.shortfall, width: 130, ...numberColumn,
      valueGetter: (p) => p.data ? [p.data.meanShortfallPp === null ? '' : `${formatNumber(p.data.meanShortfallPp, lang, 2)} ${s.pp}`,
        p.data.meanShortfallPct === null ? '' : formatPercent(p.data.meanShortfallPct, lang)].filter(Boolean).join(' / ') : '',
    },
  ], [s, words, lang]);
  const [historyBy, setHistoryBy] = useState<'indicator' | 'region'>('indicator');
  const hitRows = useMemo<HitRow[]>(() => ((historyBy === 'indicator' ? card?.byIndicator : card?.byRegion) ?? [])
    .map((h) => ({ ...h, id: `${h.group}|${h.measure ?? ''}` })), [card, historyBy]);

  return (
    <div className="scorecard-view" data-testid="scorecard-view">
      <div className="view-header">
        <h1>{s.title}</h1>
        <label>
          {s.report}{' '}
          <select aria-label={s.report} data-testid="scorecard-report" value={documentId ?? ''}
            onChange={(e) => show({ documentId: e.target.value ? Number(e.target.value) : null })}>
            <option value="">{s.allReports}</option>
            {choices?.documents.map((d) => <option key={d.id} value={d.id}>{d.title} ({formatPeriod(d.period, lang)})</option>)}
          </select>
        </label>
        <label>
          {s.period}{' '}
          <select aria-label={s.period} data-testid="scorecard-period" value={period ?? ''} onChange={(e) => show({ period: e.target.value || null })}>
            <option value="">{s.allPeriods}</option>
            {choices?.periods.map((p) => <option key={p} value={p}>{formatPeriod(p, lang)}</option>)}
          </select>
        </label>
        <label>
          {s.tolerancePp}{' '}
          <input type="number" min={0} step={0.1} style={{ width: 60 }} aria-label={s.tolerancePp} value={tolerance.pp}
            onChange={(e) => Number.isFinite(e.target.valueAsNumber) && e.target.valueAsNumber >= 0 && setTolerance({ pp: e.target.valueAsNumber })} />
        </label>
        <label>
          {s.tolerancePct}{' '}
          <input type="number" min={0} step={0.5} style={{ width: 60 }} aria-label={s.tolerancePct} value={tolerance.pct}
            onChange={(e) => Number.isFinite(e.target.valueAsNumber) && e.target.valueAsNumber >= 0 && setTolerance({ pct: e.target.valueAsNumber })} />
        </label>
        <span className="muted">{fill(s.rows, { n: formatNumber(rows.length, lang) })}</span>
      </div>
      <div className="scorecard-body">
        <div className="scorecard-main">
          <div className="scorecard-grid">
            <DataGrid<ScoreRow> label="scorecard" rows={rows} columns={columns} selectedId={selectedKey}
              onSelect={(r) => void select(r)} noRowsText={s.noRows}
              rowClassRules={{ 'score-behind': (p) => p.data?.timeProgress?.verdict === 'behind' }} />
          </div>
          <h2 className="scorecard-history-title">
            {s.history}{' '}
            <select aria-label={s.history} data-testid="scorecard-history-by" value={historyBy} onChange={(e) => setHistoryBy(e.target.value === 'region' ? 'region' : 'indicator')}>
              <option value="indicator">{s.byIndicator}</option>
              <option value="region">{s.byRegion}</option>
            </select>
          </h2>
          <div className="scorecard-history">
            <DataGrid<HitRow> label="score-history" rows={hitRows} columns={hitColumns} noRowsText={s.noRows} />
          </div>
        </div>
        <TracePanel row={selected} sources={sources} s={s} />
      </div>
    </div>
  );
}
