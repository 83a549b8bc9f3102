// Explanations beside forecasts, scores and plan targets, in either language from one table of templates
// (main/core/wording/explanations.ts). The coverage test runs the engines over the bundled sample reports and the
// 17 real reports of ../shared/real-reports and fails on any explanation no template says: a new text the engines
// write must get its Chinese (or English) wording here, or it would reach the interface and the briefing untranslated.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { seedCatalog } from '../../main/core/catalog';
import { buildForecast } from '../../main/core/forecast/build';
import { forecastableSeries, forecastInputs } from '../../main/core/forecast/series';
import { briefingForecastPeriod, forecastSummaries } from '../../main/core/forecast/summary';
import { importReport } from '../../main/core/store/import-report';
import { Workspace } from '../../main/core/store/workspace';
import { buildScorecard } from '../../main/core/score/scorecard';
import { buildPlanCheck } from '../../main/core/score/plan-targets';
import { explain, isExplained } from '../../main/core/wording/explanations';
import { EXPLANATION_TEMPLATES } from '../../main/core/wording/explanation-templates';
import { loadSqlJs } from '../../main/sqljs';

const slots = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('explanation templates', () => {
  it('say the same slots in both languages, under ids of their own', () => {
    expect(new Set(EXPLANATION_TEMPLATES.map((t) => t.id)).size).toBe(EXPLANATION_TEMPLATES.length);
    for (const t of EXPLANATION_TEMPLATES) expect(slots(t.zh), t.id).toEqual(slots(t.en));
  });

  it('read a text in the other language, translating terms in slots and keeping numbers and periods', () => {
    expect(explain('outcome known: 2022 is 33 (estimate); the forecast is scored against it, not needed', 'zh-CN')).toBe('结果已知:2022 为 33(预计),预测只用于检验');
    expect(explain('not ranked: 0 common backtest point(s), 2 needed; the default method for a growth is shown', 'zh-CN')).toBe('未排名:共同回测点只有 0 个(需要 2 个),显示增速指标的默认方法');
    expect(explain('指标方向未知,不作判断', 'en')).toBe('not judged: whether higher or lower is better is unknown');
    expect(explain('units differ: target in 亿元, outcome in 万元', 'zh-CN')).toBe('单位不同:目标为 亿元,实际为 万元');
  });

  it('explain a composite interval basis piece by piece, and a note that quotes one', () => {
    expect(explain("t(2) on the random walk's residual scale plus the drift's standard error, on the log scale", 'zh-CN'))
      .toBe('t(2) 分布,基于随机游走的残差尺度加漂移项的标准误,在对数尺度上');
    expect(explain("t(1) on the random walk's residual scale; conditioned on 2024H1 = 4.1 (stated error 1.01: the one-year spread × the 50% of the year left; no earlier year has both figures), weight 0.89", 'zh-CN'))
      .toBe('t(1) 分布,基于随机游走的残差尺度;以 2024H1 = 4.1 为条件(设定误差 1.01:一年的离散度 × 全年剩余的 50%;此前没有哪一年同时有两项数据),权重 0.89');
    expect(explain("2026-2030 is an average over the span: P(meet) is about the span's average (naive has no model for the average of several years)", 'zh-CN'))
      .toBe('2026-2030 是整个期间的平均:达标概率针对期间平均值(朴素法没有多年平均值的模型)');
  });

  it('leaves a text no template knows as written, rather than hide it', () => {
    expect(explain('a sentence nobody wrote a template for', 'zh-CN')).toBe('a sentence nobody wrote a template for');
    expect(isExplained('a sentence nobody wrote a template for')).toBe(false);
    expect(explain(null, 'en')).toBe('');
  });
});

describe('every explanation the engines write has its wording', () => {
  let SQL: SqlJsStatic;
  beforeAll(async () => {
    SQL = await loadSqlJs();
  });

  const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(txt|html?)$/.test(e.name) ? [join(dir, e.name)] : []));

  /** Every explanation the scorecard, the plan check and the forecasts write for one folder of reports. */
  function explanationsOf(dir: string): Set<string> {
    const ws = Workspace.create(SQL, () => '2026-01-01T00:00:00Z');
    seedCatalog(ws);
    for (const f of files(dir).sort()) {
      try {
        importReport(ws, { fileName: f.split('/').pop()!, bytes: new Uint8Array(readFileSync(f)) });
      } catch {
        // A report the importer refuses (no year stated) writes no explanation.
      }
    }
    const texts = new Set<string>();
    const add = (t: string | null | undefined) => t && texts.add(t);
    for (const r of buildScorecard(ws).rows) [r.reason, r.timeProgress?.note].forEach(add);
    for (const p of buildPlanCheck(ws)) add(p.reason);
    for (const s of forecastableSeries(ws)) {
      for (const targetPeriod of s.targetPeriods) {
        const inputs = forecastInputs(ws, { region: s.region, indicator: s.indicator, measure: s.measure, targetPeriod });
        if (!inputs) continue;
        const r = buildForecast(inputs);
        [...r.notes, r.targetPath?.note].forEach(add);
        for (const m of r.methods) [m.reason, m.intervalNote, m.intervalBasis, m.metrics.mapeNote].forEach(add);
      }
    }
    const period = briefingForecastPeriod(ws);
    if (period) for (const s of forecastSummaries(ws, period)) add(s.basis);
    ws.close();
    return texts;
  }

  it.each([
    ['the bundled sample reports', resolve(__dirname, '../../assets/samples')],
    ['the real reports of nine other governments', resolve(__dirname, '../../../shared/real-reports')],
  ])('for %s', (_name, dir) => {
    const texts = explanationsOf(dir);
    expect(texts.size).toBeGreaterThan(10);
    const unexplained = [...texts].filter((t) => !isExplained(t));
    expect(unexplained).toEqual([]);
    // Read in Chinese, no English word is left but the method's technical names.
    const english = [...texts].map((t) => explain(t, 'zh-CN')).filter((zh) => /\b(?!AICc\b|ETS\b|MASE\b|Holt\b|Theta\b|thetaf\b|R\b)[A-Za-z]{2,}\b/.test(zh.replace(/ETS\([A-Z,d]+\)/g, '')));
    expect(english).toEqual([]);
  }, 120_000);
});
