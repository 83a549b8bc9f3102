// Scorecard and forecast speed on a large synthetic workspace: 50 regions × 40 indicators × 2 measures × 20
// years, a target and an actual (plus an estimate revised by it) every year: 240,000 facts, 80,000 scores.
// Values are deterministic (no Math.random) so runs are comparable.
import { buildForecast } from '../../main/core/forecast/build';
import { forecastInputs } from '../../main/core/forecast/series';
import { buildScorecard } from '../../main/core/score/scorecard';
import { Workspace, type NewFact } from '../../main/core/store/workspace';
import { loadSqlJs } from '../../main/sqljs';

export async function run(): Promise<Record<string, unknown>> {
  const ws = Workspace.create(await loadSqlJs(), () => '2026-01-01T00:00:00Z');
  const facts: NewFact[] = [];
  for (let r = 0; r < 50; r++) {
    for (let i = 0; i < 40; i++) {
      for (const measure of ['level', 'growth'] as const) {
        for (let y = 2005; y < 2025; y++) {
          const base = measure === 'level' ? 100 + i * 10 + (y - 2005) * 5 : 5 + ((r + i + y) % 7) / 2;
          const common = { indicator: `指标${i}`, measure, unit: measure === 'level' ? '亿元' : '%', low: null, high: null, period: `${y}` as const, region: `区${r}`, start: null, end: null, tier: 1, quote: null };
          facts.push({ ...common, value: base, qualifier: 'approx', kind: 'target' });
          facts.push({ ...common, value: base * 1.01, qualifier: 'exact', kind: 'estimate' });
          facts.push({ ...common, value: base * (0.97 + ((r * 7 + i * 3 + y) % 6) / 100), qualifier: 'exact', kind: 'actual' });
        }
      }
    }
  }
  const t0 = performance.now();
  ws.transaction(() => ws.addFacts(null, facts));
  const t1 = performance.now();
  const card = buildScorecard(ws);
  const t2 = performance.now();
  const inputs = forecastInputs(ws, { region: '区7', indicator: '指标3', measure: 'level', targetPeriod: '2025' })!;
  const forecast = buildForecast(inputs);
  const t3 = performance.now();
  ws.close();
  return {
    facts: facts.length, scores: card.rows.length, insertMs: Math.round(t1 - t0), scorecardMs: Math.round(t2 - t1),
    forecastMs: Math.round(t3 - t2), bestMethod: forecast.best,
  };
}
