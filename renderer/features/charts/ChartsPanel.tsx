// Charts of the pivot's selection: target vs outcome per indicator over periods (one figure per unit), and
// attainment bars across the selected indicators for one year. Selecting rows in the pivot redraws them.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AttainmentBar, ChartSeries, PivotResult, SeriesKey } from '../../../main/contract/pivots';
import type { Measure } from '../../../main/core/types';
import { call } from '../../bridge';
import { PlotlyChart } from '../../components/PlotlyChart';
import { defineStrings, fill, useLang } from '../../i18n';
import { reportError } from '../../shell/notices';
import { usePivot } from '../pivot/store';
import { exportChart, type ChartCaption } from '../../components/chart-export';
import { useWorkspace } from '../../shell/workspace';
import { formatDateTime } from '../../format/dates';
import { withoutBidiControls } from '../../format/text';
import { formatPeriod } from '../../format/periods';
import { pointsGap, type NotComparable } from './attainment';
import { attainmentChart, groupByUnit, targetVsActual, type ChartWords } from './traces';

const useStrings = defineStrings({
  'zh-CN': {
    title: '图表', target: '目标', outcome: '实际', partOfYear: '上半年/季度', attainment: '完成率', timeProgress: '时序进度',
    needIndicator: '把“指标”放到行上，并选择要绘制的行。', firstRows: '未选择行：显示前 {n} 行。', year: '年份',
    targetVsActual: '目标与实际', attainmentTitle: '{year} 年目标完成率', none: '所选指标没有目标或实际数据。',
    level: '总量', growth: '增速', share: '占比', rate: '比率', count: '数量', change: '变化',
    exportTitle: '导出图片(带标题、单位和资料来源)', quoted: '《{t}》', listJoin: '、', points: ',{actual} 对目标 {target},{gap} 个百分点', sourcesMore: '{named}等 {n} 份资料',
    noSource: '工作区中的数据', sourceLine: '资料来源:{from}。Planscope 工作区 {workspace},{date} 导出。',
    legendKey: '色带:目标 · ◇:上半年/季度 · 线:实际', hide: '收起图表',
    'nc_part-year-rate': '{items}:上半年或季度的增速、占比、比率不能与全年目标相除，不计算完成率。',
    'nc_part-year-alone': '{items}:下半年单独的数值不是全年至今的累计，不计算完成率。',
    'nc_no-base': '{items}:目标为零、负数或没有数值，完成率无意义。',
    'nc_rate-in-points': '{items}:增速、占比和比率按与目标相差的百分点比较（见“目标完成”），不计算完成率。',
  },
  en: {
    title: 'Charts', target: 'target', outcome: 'actual', partOfYear: 'half-year/quarter', attainment: 'Attainment', timeProgress: 'Time progress',
    needIndicator: 'Put “Indicator” on rows and select the rows to chart.', firstRows: 'No rows selected: showing the first {n}.', year: 'Year',
    targetVsActual: 'Target vs actual', attainmentTitle: 'Attainment {year}', none: 'The selected indicators have no targets or outcomes.',
    level: 'level', growth: 'growth', share: 'share', rate: 'rate', count: 'count', change: 'change',
    exportTitle: 'Export the image (with title, unit and source)', quoted: '“{t}”', listJoin: ', ', points: ', {actual} against {target}: {gap} pp', sourcesMore: '{named} and others ({n} sources)',
    noSource: 'facts in the workspace', sourceLine: 'Source: {from}. Planscope workspace {workspace}, exported {date}.',
    legendKey: 'band: target · ◇: half-year/quarter · line: actual', hide: 'Hide the charts',
    'nc_part-year-rate': '{items}: a half-year or quarter growth rate, share or rate cannot be divided by the year’s target; no attainment.',
    'nc_part-year-alone': '{items}: the second half alone is not the year so far; no attainment.',
    'nc_no-base': '{items}: the target is zero, negative or not a number; attainment means nothing.',
    'nc_rate-in-points': '{items}: a growth rate, share or rate is compared with its target in percentage points (see Scorecard), not divided by it.',
  },
});

const FIRST_ROWS = 5;
const MEASURES: readonly string[] = ['level', 'growth', 'share', 'rate', 'count', 'change'];
const isMeasure = (m: string | null | undefined): m is Measure => !!m && MEASURES.includes(m);

/** The indicators (with measure and region when they are row fields) of the selected rows, or the first rows. */
export function selectionKeys(result: PivotResult, selected: readonly string[]): SeriesKey[] {
  const at = (f: 'indicator' | 'measure' | 'region') => result.rowFields.indexOf(f);
  if (at('indicator') < 0) {
    return (result.spec.filters.indicator ?? []).slice(0, FIRST_ROWS).map((indicator) => ({ indicator }));
  }
  const data = result.rows.filter((r) => r.kind === 'data');
  const rows = selected.length ? data.filter((r) => selected.includes(r.key)) : data.slice(0, FIRST_ROWS);
  const keys = new Map<string, SeriesKey>();
  for (const r of rows) {
    const indicator = r.path[at('indicator')];
    if (!indicator) continue;
    const key: SeriesKey = { indicator };
    const m = at('measure') >= 0 ? r.path[at('measure')] : null;
    if (isMeasure(m)) key.measure = m;
    const region = at('region') >= 0 ? r.path[at('region')] : null;
    if (region) key.region = region;
    keys.set(JSON.stringify(key), key);
  }
  return [...keys.values()];
}

function ExportButtons({ target, caption }: { target: React.RefObject<HTMLDivElement | null>; caption: ChartCaption }) {
  const s = useStrings();
  return (
    <span className="chart-export">
      <button type="button" data-testid="export-png" title={s.exportTitle} onClick={() => exportChart(target.current, caption, 'png').catch(reportError)}>PNG</button>
      <button type="button" data-testid="export-svg" title={s.exportTitle} onClick={() => exportChart(target.current, caption, 'svg').catch(reportError)}>SVG</button>
    </span>
  );
}

/** "资料来源:《A》、《B》等 3 份报告。Planscope 工作区 x.db,2026年12月3日 14:05 导出。" */
function useSourceLine(sources: readonly string[]): string {
  const s = useStrings();
  const lang = useLang((st) => st.lang);
  const workspace = useWorkspace((w) => w.info?.name ?? '');
  const named = sources.slice(0, 3).map((t) => fill(s.quoted, { t: withoutBidiControls(t) })).join(s.listJoin);
  const from = sources.length === 0 ? s.noSource : sources.length > 3 ? fill(s.sourcesMore, { named, n: sources.length }) : named;
  return fill(s.sourceLine, { from, workspace, date: formatDateTime(new Date().toISOString(), lang) });
}

function Figure({ title, data, layout, label, sources }: { title: string; label: string; sources: readonly string[]; data: ReturnType<typeof targetVsActual>['data']; layout: ReturnType<typeof targetVsActual>['layout'] }) {
  const box = useRef<HTMLDivElement>(null);
  const source = useSourceLine(sources);
  return (
    <div className="chart-figure" ref={box} data-testid={`figure-${label}`}>
      <div className="chart-figure-head"><strong>{title}</strong><ExportButtons target={box} caption={{ title, source }} /></div>
      <PlotlyChart label={label} data={data} layout={layout} height={320} />
    </div>
  );
}

/** The pairs left out of the attainment chart, grouped by why: "地区生产总值 增速 (2024年上半年):…". */
function NotComparableNotes({ bars, words }: { bars: readonly AttainmentBar[]; words: ChartWords }) {
  const s = useStrings();
  const groups = new Map<NotComparable, string[]>();
  for (const b of bars) {
    const r = b.reading;
    if (r.kind !== 'not-comparable') continue;
    const label = withoutBidiControls(`${b.indicator} ${words.measure(b.measure)} (${words.period(b.outcome.period)}${r.why === 'rate-in-points' ? pointsGap(b, s.points) : ''})`);
    groups.set(r.why, [...(groups.get(r.why) ?? []), label]);
  }
  return (
    <>
      {[...groups].map(([why, items]) => (
        <p key={why} className="muted chart-note" data-testid="attainment-not-comparable" data-why={why}>{fill(s[`nc_${why}`], { items: items.join(s.listJoin) })}</p>
      ))}
    </>
  );
}

export function ChartsPanel({ onCollapse }: { onCollapse?: () => void }) {
  const s = useStrings();
  const lang = useLang((st) => st.lang);
  const result = usePivot((st) => st.result);
  const selected = usePivot((st) => st.selectedRows);
  const [year, setYear] = useState<string | null>(null);
  const [data, setData] = useState<{ series: ChartSeries[]; attainment: AttainmentBar[]; year: string | null } | null>(null);
  const keys = useMemo(() => (result ? selectionKeys(result, selected) : []), [result, selected]);
  const keysText = JSON.stringify(keys);
  const periodsText = JSON.stringify(result?.spec.filters.period ?? []);

  const acceptedOnly = result?.spec.acceptedOnly ?? false;
  // Read back from their text: new arrays with the same keys or periods must not fetch again.
  useEffect(() => {
    const series = JSON.parse(keysText) as SeriesKey[];
    const periods = JSON.parse(periodsText) as string[];
    if (series.length === 0) return setData(null);
    let live = true;
    call('pivot.chartData', { series, ...(year ? { year } : {}), acceptedOnly, ...(periods.length ? { periods } : {}) })
      .then((d) => live && setData(d), reportError);
    return () => {
      live = false;
    };
  }, [keysText, year, acceptedOnly, periodsText]);

  const words: ChartWords = useMemo(() => ({
    target: s.target, outcome: s.outcome, partOfYear: s.partOfYear, attainment: s.attainment, timeProgress: s.timeProgress, legendKey: s.legendKey,
    measure: (m) => (m in s ? s[m as keyof typeof s] : m), period: (p) => formatPeriod(p, lang),
  }), [s, lang]);
  const figures = useMemo(() => [...groupByUnit(data?.series ?? [])].slice(0, 4)
    .map(([unit, series]) => ({ unit, sources: [...new Set(series.flatMap((x) => x.sources))], ...targetVsActual(series, unit, words) })), [data, words]);
  const allSources = useMemo(() => [...new Set((data?.series ?? []).flatMap((x) => x.sources))], [data]);
  const years = useMemo(() => [...new Set((data?.series ?? []).flatMap((x) => x.targets.map((t) => t.period)).filter((p) => /^\d{4}$/.test(p)))].sort(), [data]);
  const att = useMemo(() => (data && data.year ? attainmentChart(data.attainment, data.year, words) : null), [data, words]);
  const anyComparable = (data?.attainment ?? []).some((b) => b.reading.kind !== 'not-comparable');

  if (!result) return null;
  return (
    <section className="charts-panel" aria-label={s.title} data-testid="charts-panel">
      <div className="charts-head">
        <h2>{s.title}</h2>
        {onCollapse && <button type="button" data-testid="charts-collapse" aria-expanded title={s.hide} aria-label={s.hide} onClick={onCollapse}>▸</button>}
      </div>
      {keys.length === 0 && <p className="muted">{s.needIndicator}</p>}
      {keys.length > 0 && selected.length === 0 && <p className="muted">{s.firstRows.replace('{n}', String(FIRST_ROWS))}</p>}
      {data && data.series.length === 0 && <p className="muted">{s.none}</p>}
      {figures.map((f) => (
        <Figure key={f.unit} label={`target-actual-${f.unit || 'none'}`} title={`${s.targetVsActual} (${withoutBidiControls(f.unit) || '—'})`} data={f.data} layout={f.layout} sources={f.sources} />
      ))}
      {data && data.year && att && (
        <div>
          <label>{s.year}{' '}
            <select aria-label={s.year} data-testid="attainment-year" value={data.year} onChange={(e) => setYear(e.target.value)}>
              {years.map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          </label>
          {anyComparable && <Figure label="attainment" title={s.attainmentTitle.replace('{year}', data.year)} data={att.data} layout={att.layout} sources={allSources} />}
          <NotComparableNotes bars={data.attainment} words={words} />
        </div>
      )}
    </section>
  );
}
