// The ui-20k benchmark's own pieces: the synthetic 20,000-fact workspace it opens (the shape it claims, in the real
// store), the query it types into a pick list, and how it sums up its runs.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { loadSqlJs } from '../../main/sqljs';
import { forecastableSeries } from '../../main/core/forecast/series';
import type { Workspace } from '../../main/core/store/workspace';
import { buildSyntheticWorkspace, FACT_COUNT, INDICATOR_COUNT, REGION_COUNT, syntheticReports } from '../bench/ui-20k-data';
import { queryFor } from '../bench/ui-20k-flows';
import { summarize } from '../bench/ui-20k-timing';

describe('the ui-20k test workspace', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = buildSyntheticWorkspace(await loadSqlJs());
  });
  afterAll(() => ws.close());

  it('holds exactly 20,000 facts over 46 regions and 282 indicators, in 368 reports', () => {
    expect(FACT_COUNT).toBe(20_000);
    const n = ws.one('SELECT count(*) AS facts, count(DISTINCT region) AS regions, count(DISTINCT indicator) AS indicators, count(DISTINCT document_id) AS reports FROM facts');
    expect(n).toEqual({ facts: FACT_COUNT, regions: REGION_COUNT, indicators: INDICATOR_COUNT, reports: REGION_COUNT * 8 });
    expect(ws.one('SELECT count(*) AS n FROM documents')?.n).toBe(REGION_COUNT * 8);
  });

  it('quotes every fact from its own report, at its span', () => {
    const off = ws.one(`SELECT count(*) AS n FROM facts f JOIN documents d ON d.id = f.document_id
      WHERE f.quote IS NULL OR substr(d.original_text, f.span_start + 1, f.span_end - f.span_start) <> f.quote`);
    expect(off?.n).toBe(0);
  });

  it('says it is test data in every report title and region', () => {
    const reports = syntheticReports();
    expect(reports.every((r) => r.document.title.includes('合成测试数据'))).toBe(true);
    expect(ws.one(`SELECT count(*) AS n FROM facts WHERE region NOT LIKE '测试区%'`)?.n).toBe(0);
  });

  it('spreads review states: 12,000 unreviewed, 7,000 accepted, 1,000 rejected', () => {
    const rows = ws.all('SELECT status, count(*) AS n FROM facts GROUP BY status ORDER BY status');
    expect(rows).toEqual([{ status: 'accepted', n: 7000 }, { status: 'rejected', n: 1000 }, { status: 'unreviewed', n: 12000 }]);
  });

  it('gives every region twelve headline indicators a forecast can use (level and growth, 2019–2025H1)', () => {
    // Seven periods stated; a rejected statement (one in twenty) takes its point away.
    const long = forecastableSeries(ws).filter((s) => s.points >= 5);
    expect(long.length).toBeGreaterThanOrEqual(REGION_COUNT * 12 * 2);
    // The long tail too: thousands of series, as the workspace issue 16 was walked with had.
    expect(forecastableSeries(ws).length).toBeGreaterThan(5000);
  });

  it('pairs each annual growth target with the next bulletin\'s outcome (the scorecard has rows to score)', () => {
    const pairs = ws.one(`SELECT count(*) AS n FROM facts t JOIN facts a ON a.region = t.region AND a.indicator = t.indicator
      AND a.measure = t.measure AND a.period = t.period AND a.kind = 'actual' WHERE t.kind = 'target' AND t.measure = 'growth' AND t.period GLOB '[0-9][0-9][0-9][0-9]'`);
    expect(Number(pairs?.n)).toBeGreaterThanOrEqual(REGION_COUNT * 12 * 5); // targets for 2020–2024 met by the 2020–2024 bulletins
  });
});

describe('queryFor', () => {
  it('types the shortest start of a label two thirds down that rules most of the list out', () => {
    const regions = Array.from({ length: 46 }, (_, i) => `测试区${String(i + 1).padStart(2, '0')}`);
    expect(queryFor(regions)).toBe('测试区3');
    expect(queryFor(['实际', '预计', '目标'])).toBe('目标');
  });

  it('never types what the first row already matches, so the list visibly narrows', () => {
    expect(queryFor(['增速', '增加值'])).toBe('增加');
  });

  it('refuses an empty list', () => {
    expect(() => queryFor([])).toThrow(/empty list/);
  });
});

describe('summarize', () => {
  it('gives the first run, the median and the worst, and judges under a second on the worst', () => {
    expect(summarize([300, 100, 1200])).toEqual({ first_ms: 300, median_ms: 300, max_ms: 1200, runs: 3, under1s: false });
    expect(summarize([20, 10])).toEqual({ first_ms: 20, median_ms: 15, max_ms: 20, runs: 2, under1s: true });
  });

  it('refuses no runs at all', () => {
    expect(() => summarize([])).toThrow(/no samples/);
  });
});
