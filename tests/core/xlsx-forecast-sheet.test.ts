// The briefing's 预测 sheet shows what `forecast --all` prints: a workspace built from the bundled sample reports
// (real extractor, real sql.js) is written to a file, the CLI forecasts every series for the briefing's period,
// the workbook is exported and read back with SheetJS, and every row must carry the CLI summary's figures, rounded.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forecastCommand } from '../../main/cli/forecast';
import { seedCatalog } from '../../main/core/catalog';
import { buildForecast } from '../../main/core/forecast/build';
import { saveForecast } from '../../main/core/forecast/saved';
import { forecastInputs } from '../../main/core/forecast/series';
import { briefingForecastPeriod, targetWording, type ForecastSummary } from '../../main/core/forecast/summary';
import { importReport } from '../../main/core/store/import-report';
import { Workspace } from '../../main/core/store/workspace';
import { writeBriefing } from '../../main/core/xlsx/briefing';
import { collectBriefing } from '../../main/core/xlsx/briefing-data';
import { loadSqlJs } from '../../main/sqljs';
import { explain } from '../../main/core/wording/explanations';

const samplesDir = resolve(__dirname, '../../assets/samples');
let SQL: SqlJsStatic;
let ws: Workspace;
let dir: string;
let file: string;

beforeAll(async () => {
  SQL = await loadSqlJs();
  ws = Workspace.create(SQL, () => '2026-01-01T00:00:00Z');
  seedCatalog(ws);
  for (const f of readdirSync(samplesDir).filter((n) => n.endsWith('.txt')).sort()) {
    importReport(ws, { fileName: f, bytes: new Uint8Array(readFileSync(join(samplesDir, f))) });
  }
  dir = mkdtempSync(join(tmpdir(), 'planscope-forecast-sheet-'));
  file = join(dir, 'samples.db');
  writeFileSync(file, ws.export());
});
afterAll(() => {
  ws.close();
  rmSync(dir, { recursive: true, force: true });
});

interface CliSummary {
  indicator: string;
  region: string;
  measure: string;
  unit: string | null;
  target_period: string;
  target: (NonNullable<ForecastSummary['target']> & { wording: string | null }) | null;
  method: string | null;
  method_form: string | null;
  subject: string;
  point: number | null;
  interval_80: [number, number] | null;
  interval_95: [number, number] | null;
  p_meet: number | null;
  basis: string | null;
  backtest_points: number;
  outcome_known: { period: string; value: number } | null;
}

async function cliSummaries(period: string): Promise<CliSummary[]> {
  const lines: string[] = [];
  const code = await forecastCommand(['--db', file, '--all', '--target-period', period, '--jsonl'], { out: (l) => lines.push(l), err: () => undefined });
  expect(code).toBe(0);
  return lines.map((l) => (JSON.parse(l) as { summary: CliSummary }).summary);
}

const sheetRows = (bytes: Uint8Array) => {
  const wb = XLSX.read(bytes, { type: 'array' });
  return XLSX.utils.sheet_to_json<(string | number | null)[]>(wb.Sheets['预测']!, { header: 1, defval: null, blankrows: true });
};

const r2 = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 100) / 100);
const MEASURE_ZH: Record<string, string> = { level: '总量', growth: '增速', share: '占比', rate: '比率', count: '数量', change: '变化' };

describe('预测 sheet = forecast --all', () => {
  it('forecasts the year under way: the sample workspace\'s newest figures are for 2024H1', () => {
    expect(briefingForecastPeriod(ws)).toBe('2024');
  });

  it('shows one row per series the CLI forecasts, with the CLI summary\'s figures rounded for reading', async () => {
    const cli = await cliSummaries('2024');
    const rows = sheetRows(writeBriefing(collectBriefing(ws, { language: 'zh', workspaceName: 'samples.db', exportedAt: '2026-11-23T09:00:00Z' })));
    expect(rows[0]).toEqual(['指标', '地区', '口径', '单位', '预测期', '目标', '方法', '点预测', '80%区间下限', '80%区间上限', '95%区间下限', '95%区间上限', '达标概率', '区间依据', '回测点数', '结果已知']);
    const body = rows.slice(1);
    expect(cli.length).toBeGreaterThan(20);
    expect(body).toHaveLength(cli.length);
    cli.forEach((c, i) => {
      const row = body[i]!;
      const label = `${c.indicator} ${c.measure} ${c.region}`;
      expect(row.slice(0, 6), label).toEqual([c.indicator, c.region, MEASURE_ZH[c.measure], c.unit, '2024', targetWording(c.target, c.unit, 'zh')]);
      expect(row.slice(7, 12), label).toEqual([r2(c.point), r2(c.interval_80?.[0]), r2(c.interval_80?.[1]), r2(c.interval_95?.[0]), r2(c.interval_95?.[1])]);
      expect(row[12], label).toBe(c.p_meet === null ? null : Math.round(c.p_meet * 1000) / 10);
      // The CLI prints the engine's English; the Chinese briefing says the same basis in Chinese, with no English left.
      expect(row[13], label).toBe(c.basis === null ? null : explain(c.basis, 'zh-CN'));
      if (c.basis) expect(String(row[13]), label).not.toMatch(/\b(on|the|of|and|scale|errors?)\b/);
      expect(row[14], label).toBe(c.backtest_points);
      expect(row[15] === null, label).toBe(c.outcome_known === null);
      if (c.method) expect(String(row[6]), label).toContain(c.method_form ?? '');
    });
    // Something worth reading: series with a target get a probability, and the growth rates of GDP are among them.
    expect(cli.filter((c) => c.p_meet !== null).length).toBeGreaterThan(3);
    expect(cli.some((c) => c.indicator === '地区生产总值' && c.measure === 'growth' && c.target !== null && c.p_meet !== null)).toBe(true);
  });

  it('words a target as the report does and shows P(meet) as a percentage with a % format', () => {
    expect(targetWording({ value: 6, low: null, high: null, qualifier: 'approx' }, '%', 'zh')).toBe('6%左右');
    expect(targetWording({ value: 300, low: null, high: null, qualifier: 'at_least' }, '亿元', 'zh')).toBe('300亿元以上');
    expect(targetWording({ value: null, low: 5, high: 6, qualifier: 'range' }, '%', 'en')).toBe('5–6%');
    expect(targetWording({ value: 3.5, low: null, high: null, qualifier: 'at_most' }, '%', 'en')).toBe('at most 3.5%');
    const wb = XLSX.read(writeBriefing(collectBriefing(ws, { language: 'zh', workspaceName: 'w', exportedAt: 't' })), { type: 'array', cellNF: true });
    const sheet = wb.Sheets['预测']!;
    const pCells = Object.keys(sheet).filter((k) => /^M\d+$/.test(k) && k !== 'M1').map((k) => sheet[k] as XLSX.CellObject);
    expect(pCells.length).toBeGreaterThan(0);
    for (const c of pCells) {
      expect(c.z).toBe('#,##0.0"%"');
      expect(Number(c.v)).toBeGreaterThanOrEqual(1);
      expect(Number(c.v)).toBeLessThanOrEqual(99);
    }
  });

  it('keeps the saved forecasts as a second block under their own title', () => {
    const inputs = forecastInputs(ws, { region: '罗湖区', indicator: '地区生产总值', measure: 'growth', targetPeriod: '2024' })!;
    const saved = Workspace.fromBytes(SQL, ws.export());
    saveForecast(saved, buildForecast(inputs), '2026-01-02T00:00:00Z');
    const rows = sheetRows(writeBriefing(collectBriefing(saved, { language: 'zh', workspaceName: 'w', exportedAt: 't' })));
    const title = rows.findIndex((r) => r[0] === '已保存的预测');
    expect(title).toBeGreaterThan(1);
    expect(rows[title - 1]!.every((v) => v === null)).toBe(true);
    expect(rows[title + 1]!.slice(0, 5)).toEqual(['指标', '地区', '口径', '预测期', '方法']);
    expect(rows[title + 2]!.slice(0, 4)).toEqual(['地区生产总值', '罗湖区', '增速', '2024']);
    saved.close();
  });
});
