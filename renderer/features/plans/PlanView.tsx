// Plan tracker view (story 5): every target of a multi-year plan with its base, latest outcome, the pace
// achieved and still required, and a status; the selected target's path drawn beside the grid.
import { useEffect, useMemo } from 'react';
import { DataGrid } from '../../components/DataGrid';
import { PlotlyChart } from '../../components/PlotlyChart';
import { formatNumber } from '../../format/numbers';
import { fill, useLang } from '../../i18n';
import { useReloadOn } from '../../bridge/useReloadOn';
import { planChart } from './plan-chart';
import { planColumns } from './columns';
import { usePlans } from './store';
import { usePlanStrings } from './strings';
import './plans.css';

export default function PlanView() {
  const s = usePlanStrings();
  const lang = useLang((st) => st.lang);
  const { rows, selectedId, load, select } = usePlans();

  useEffect(() => {
    void load();
  }, [load]);
  useReloadOn(['facts', 'documents', 'indicators'], () => void load());

  const columns = useMemo(() => planColumns(s, lang), [s, lang]);
  const selected = rows.find((r) => r.id === selectedId) ?? null;
  const chart = useMemo(() => (selected ? planChart(selected, s) : null), [selected, s]);

  return (
    <div className="plans-view" data-testid="plans-view">
      <div className="view-header">
        <h1>{s.title}</h1>
        <span className="muted">{fill(s.rows, { n: formatNumber(rows.length, lang) })}</span>
      </div>
      <div className="plans-body">
        <div className="plans-grid">
          <DataGrid label="plans" rows={rows} columns={columns} selectedId={selectedId} onSelect={(r) => select(r ? r.id : null)} noRowsText={s.noRows} />
        </div>
        <div className="plans-chart" data-testid="plans-chart">
          {chart ? <PlotlyChart label="plan-path" data={chart.data} layout={chart.layout} height={320} /> : <p className="muted">{s.chartHint}</p>}
        </div>
      </div>
    </div>
  );
}
