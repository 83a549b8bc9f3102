// Briefing export of 100,000 facts against raw SheetJS (json_to_sheet + write) of the same fact rows, in the
// same run and process. Planscope's time covers everything the export does from the open workspace: the
// facts query, the pivot, the scorecard, the forecasts, every sheet, and the frozen-pane patch.
import * as XLSX from 'xlsx';
import { loadSqlJs } from '../../main/sqljs';
import { Workspace, type NewFact } from '../../main/core/store/workspace';
import { writeBriefing } from '../../main/core/xlsx/briefing';
import { collectBriefing, factsForExport } from '../../main/core/xlsx/briefing-data';
import { FACT_COLUMNS, WORDS } from '../../main/core/xlsx/labels';
import { getPivot } from '../../main/core/pivot/saved';
import { DEFAULT_PIVOT_NAME } from '../../main/core/pivot/spec';

const N = 100_000;
const UNITS = ['亿元', '%', '万元', '家'];

/** 250 indicators × 4 regions × 25 periods × {actual, target, estimate…}: a large but plausible workspace. */
async function syntheticWorkspace(): Promise<Workspace> {
  const ws = Workspace.create(await loadSqlJs(), () => '2026-01-01T00:00:00Z');
  const docs = Array.from({ length: 20 }, (_, i) => ws.addDocument({
    fileName: `r${i}.txt`, title: `罗湖区${2005 + i}年国民经济和社会发展计划执行情况报告`, region: '罗湖区', period: String(2005 + i),
    published: `${2005 + i}-02-01`, encoding: 'utf-8', originalText: `报告 ${i}`,
  }).id);
  const facts: NewFact[] = [];
  for (let i = 0; i < N; i++) {
    const ind = i % 250;
    const unit = UNITS[ind % UNITS.length]!;
    const year = 2000 + (Math.floor(i / 250) % 25);
    const kind = i % 7 === 0 ? 'target' : i % 11 === 0 ? 'estimate' : 'actual';
    facts.push({
      indicator: `指标${String(ind).padStart(3, '0')}`, measure: unit === '%' ? 'growth' : 'level', value: Math.round(((i * 7919) % 100000) / 7) / 100,
      low: null, high: null, unit, qualifier: i % 13 === 0 ? 'approx' : 'exact', period: String(year) as NewFact['period'], kind,
      region: ['罗湖区', '福田区', '南山区', '盐田区'][Math.floor(i / 6250) % 4]!, start: null, end: null, tier: 2,
      quote: `${year}年指标${ind}实现${i}`, status: 'unreviewed',
    });
  }
  ws.transaction(() => {
    for (let d = 0; d < docs.length; d++) ws.addFacts(docs[d]!, facts.slice((d * N) / docs.length, ((d + 1) * N) / docs.length));
  });
  return ws;
}

/** Wall-clock and CPU time (user + system) of one synchronous run; CPU time is what contention does not stretch. */
function time<T>(fn: () => T): { ms: number; cpu: number; value: T } {
  const t = performance.now();
  const c = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(c);
  return { ms: performance.now() - t, cpu: (used.user + used.system) / 1000, value };
}

export async function run(): Promise<Record<string, unknown>> {
  const ws = await syntheticWorkspace();
  // The same rows SheetJS writes raw: the facts sheet's columns, as json_to_sheet objects.
  const spec = getPivot(ws, DEFAULT_PIVOT_NAME).spec;
  const words = WORDS.zh;
  const rows = factsForExport(ws, spec).map((f) => {
    const o: Record<string, string | number | null> = {};
    for (const col of FACT_COLUMNS) {
      const v = col === 'reportTitle' ? f.reportTitle : col === 'reportPeriod' ? f.reportPeriod : col === 'originFile' || col === 'originSheet' || col === 'originCell' ? null : f[col];
      o[words.factColumns[col]] = v as string | number | null;
    }
    return o;
  });
  const sheetjsOnce = () => time(() => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.json_to_sheet(rows), 'facts');
    return (XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer).byteLength;
  });
  const planscopeOnce = () => time(() => writeBriefing(collectBriefing(ws, { language: 'zh', workspaceName: 'bench.db', exportedAt: '2026-11-23T00:00:00Z' })).length);
  // Alternate so both see the same machine load (the machine is shared); the faster of two runs each is
  // reported, the least disturbed measurement of the same work.
  const p: { ms: number; cpu: number }[] = [];
  const s: { ms: number; cpu: number }[] = [];
  let bytes = { planscope: 0, sheetjs: 0 };
  for (let i = 0; i < 2; i++) {
    const a = planscopeOnce();
    const b = sheetjsOnce();
    p.push(a);
    s.push(b);
    bytes = { planscope: a.value, sheetjs: b.value };
  }
  const best = (xs: { ms: number; cpu: number }[], k: 'ms' | 'cpu') => Math.round(Math.min(...xs.map((x) => x[k])));
  const planscope_ms = best(p, 'ms');
  const sheetjs_ms = best(s, 'ms');
  ws.close();
  return {
    facts: rows.length, planscope_ms, sheetjs_ms, ratio: Math.round((planscope_ms / sheetjs_ms) * 100) / 100,
    // CPU time of the same runs: on a shared machine wall-clock swings with other people's work, CPU time much less.
    planscope_cpu_ms: best(p, 'cpu'), sheetjs_cpu_ms: best(s, 'cpu'), cpu_ratio: Math.round((best(p, 'cpu') / best(s, 'cpu')) * 100) / 100,
    planscope_bytes: bytes.planscope, sheetjs_bytes: bytes.sheetjs,
  };
}
