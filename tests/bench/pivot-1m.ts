// The pivot "indicator × period, mean of value" over 1,000,000 facts, Planscope's path against the sqlite3
// shell on the SAME file, in the same run. Target: ratio ≤ 1.3.
//
// What each side measures (medians of interleaved repetitions, so machine load hits both alike):
// - planscope_ms: runPivot(ws, spec) end to end on the open workspace (spec validation, query, unit checks,
//   cells, headers). It answers from Planscope's maintained summary (TEMP pivot_summary, see
//   main/core/store/queries/pivot-summary.ts); building that summary is paid once per open/export and is reported as
//   planscope_first_run_ms.
// - sqlite3_ms: one `sqlite3 -readonly FILE` process running the same pivot as plain SQL over the facts
//   (exactly the SQL runPivot uses when it reads the facts: same filters, same unit checks, GROUP BY
//   indicator, period), using the file's partial covering index pivot_facts_cover (migration 2): process
//   start, open, query, printing the rows. sqlite3_query_ms is the shell's own `.timer` for the query alone.
// - planscope_facts_ms / ratio_same_sql: the engine-for-engine comparison: runPivot forced to read the
//   facts (useSummary: false), i.e. sql.js running the very SQL text the shell runs.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { runPivot, parsePivotSpec } from '../../main/core/pivot/index';
import { cellQuery } from '../../main/core/store/queries/pivot-sql';
import { Workspace } from '../../main/core/store/workspace';
import { loadSqlJs } from '../../main/sqljs';
import { FACT_COUNT, sqlite3Available, syntheticWorkspaceFile } from './pivot-1m-data';

const RUNS = 7;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const round = (x: number) => Math.round(x * 10) / 10;

export async function run(): Promise<Record<string, unknown>> {
  if (!sqlite3Available()) {
    return { skipped: 'the sqlite3 shell is not installed (Debian: apt-get install -y sqlite3; build/setup.sh installs it)' };
  }
  const t0 = performance.now();
  const path = await syntheticWorkspaceFile();
  const build_or_cache_ms = performance.now() - t0;
  const SQL = await loadSqlJs();
  const t1 = performance.now();
  const ws = Workspace.fromBytes(SQL, readFileSync(path));
  const load_ms = performance.now() - t1;

  const spec = parsePivotSpec({ rows: ['indicator'], columns: ['period'], value: { aggregation: 'mean' } });
  const q = cellQuery(spec); // the facts SQL, as runPivot runs it with useSummary: false
  if (q.params.length) throw new Error('the benchmark query must not need bound parameters (the shell gets the SQL text)');
  const plan = ws.all(`EXPLAIN QUERY PLAN ${q.sql}`).map((r) => String(r.detail)).join('; ');

  const planscope: number[] = [];
  const planscopeFacts: number[] = [];
  const shell: number[] = [];
  const shellQuery: number[] = [];
  let cells = 0;
  let facts = 0;
  let shellRows = 0;
  let firstRun = 0;
  for (let i = 0; i < RUNS; i++) {
    const a = performance.now();
    const result = runPivot(ws, spec);
    const ms = performance.now() - a;
    if (i === 0) firstRun = ms;
    planscope.push(ms);
    cells = result.rows.reduce((n, r) => n + Object.keys(r.cells).length, 0);
    facts = result.factCount;
    const c = performance.now();
    const direct = runPivot(ws, spec, { useSummary: false });
    planscopeFacts.push(performance.now() - c);
    if (JSON.stringify(direct.rows) !== JSON.stringify(result.rows)) throw new Error('the summary and the facts gave different pivots');

    const b = performance.now();
    const out = execFileSync('sqlite3', ['-readonly', path], { input: `.timer on\n${q.sql};\n`, maxBuffer: 256 * 1024 * 1024 }).toString();
    shell.push(performance.now() - b);
    const lines = out.split('\n');
    const timer = lines.find((l) => l.startsWith('Run Time:'));
    shellQuery.push(timer ? Number(/real ([\d.]+)/.exec(timer)?.[1]) * 1000 : NaN);
    shellRows = lines.filter((l) => l.includes('|')).length;
  }
  const summaryRows = Number(ws.one('SELECT count(*) AS n FROM temp.pivot_summary')?.n ?? 0);
  ws.close();
  // Same query, same data: both sides must see the same finest cells.
  if (shellRows !== cells) throw new Error(`sqlite3 returned ${shellRows} rows, Planscope ${cells} cells: the two sides did not run the same query`);

  const planscope_ms = median(planscope);
  const planscope_facts_ms = median(planscopeFacts);
  const sqlite3_ms = median(shell);
  const sqlite3_query_ms = median(shellQuery);
  return {
    planscope_ms: round(planscope_ms),
    sqlite3_ms: round(sqlite3_ms),
    ratio: Math.round((planscope_ms / sqlite3_ms) * 100) / 100,
    sqlite3_query_ms: round(sqlite3_query_ms),
    ratio_query_only: Math.round((planscope_ms / sqlite3_query_ms) * 100) / 100,
    planscope_first_run_ms: round(firstRun),
    planscope_facts_ms: round(planscope_facts_ms),
    ratio_same_sql: Math.round((planscope_facts_ms / sqlite3_ms) * 100) / 100,
    summary_rows: summaryRows,
    runs: RUNS,
    facts_in_file: FACT_COUNT,
    facts_counted: facts,
    cells,
    load_ms: round(load_ms),
    build_or_cache_ms: round(build_or_cache_ms),
    file_mb: round(statSync(path).size / 1024 / 1024),
    plan,
  };
}
