// Opening a 100 MB workspace, including the integrity quick check, versus the sqlite3 shell's own quick check of
// the same file in the same run. Target: ratio ≤ 1.5. The file is synthetic (long report texts and many facts,
// like a workspace after years of reports) and cached under the OS temp folder so repeated runs skip building it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSqlJs } from '../../main/sqljs';
import { Workspace, type NewFact } from '../../main/core/store/workspace';
import { SCHEMA_VERSION } from '../../main/core/store/migrations';
import { openWorkspaceFile } from '../../main/workspace-file/open';
import { saveWorkspaceFile } from '../../main/workspace-file/save';

const TARGET_BYTES = 100 * 1024 * 1024;
const RUNS = 5;

const INDICATORS = ['地区生产总值', '一般公共预算收入', '固定资产投资', '社会消费品零售总额', '规模以上工业增加值', '城镇调查失业率', '居民人均可支配收入', '进出口总额'];

async function buildWorkspace(path: string): Promise<void> {
  const SQL = await loadSqlJs();
  const ws = Workspace.create(SQL, () => '2026-01-01T00:00:00.000Z');
  const paragraph = (d: number, i: number) => `${2000 + (d % 25)}年，全区${INDICATORS[i % INDICATORS.length]}完成${(1000 + d * 7 + i).toFixed(1)}亿元，同比增长${(i % 90) / 10}%。`;
  let d = 0;
  ws.transaction(() => {
    // Each report ~150 KB of text with 400 facts: 290 reports with ~116k facts (with quotes) and their indexes ≈ 105 MB.
    for (; d < 290; d++) {
      const text = Array.from({ length: 2600 }, (_, i) => paragraph(d, i)).join('');
      const { id } = ws.addDocument({ fileName: `report-${d}.txt`, title: `第${d}号执行情况报告`, region: `区${d % 12}`, period: `${2000 + (d % 25)}`, published: null, encoding: 'utf-8', originalText: text });
      const facts: NewFact[] = Array.from({ length: 400 }, (_, i) => ({
        indicator: INDICATORS[i % INDICATORS.length]!, measure: i % 2 ? 'growth' : 'level', value: 1000 + d + i, low: null, high: null, unit: i % 2 ? '%' : '亿元',
        qualifier: 'exact', period: `${2000 + (d % 25)}`, kind: i % 3 ? 'actual' : 'target', region: `区${d % 12}`, start: i * 40, end: i * 40 + 20, tier: 1,
        quote: paragraph(d, i),
      }));
      ws.addFacts(id, facts);
    }
  });
  await saveWorkspaceFile(path, ws.export());
  ws.close();
}

/** CPU time (user + system) of one `sqlite3 FILE 'PRAGMA quick_check'`, read from its parent shell's cutime/cstime. */
function childCpuMs(path: string): number {
  const stat = execFileSync('sh', ['-c', 'sqlite3 "$1" "PRAGMA quick_check" >/dev/null; cat /proc/$$/stat', 'sh', path], { encoding: 'utf8' });
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[13]) + Number(fields[14]); // cutime, cstime (fields 16 and 17 of /proc/PID/stat)
  return (ticks * 1000) / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function run(): Promise<Record<string, unknown>> {
  const folder = join(tmpdir(), 'planscope-bench');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `open-100mb-schema${SCHEMA_VERSION}.db`);
  if (!existsSync(path) || statSync(path).size < TARGET_BYTES * 0.9) await buildWorkspace(path);
  const SQL = await loadSqlJs();

  // Warm the OS page cache for both contenders.
  execFileSync('sqlite3', [path, 'PRAGMA quick_check'], { encoding: 'utf8' });
  const planscope: number[] = [];
  const shell: number[] = [];
  const planscopeCpu: number[] = [];
  const shellCpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    const cpu = process.cpuUsage();
    const ws = await openWorkspaceFile(SQL, path); // read, header, quick_check, version, objects, migrate
    planscope.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    planscopeCpu.push((used.user + used.system) / 1000);
    ws.close();

    t = performance.now();
    const out = execFileSync('sqlite3', [path, 'PRAGMA quick_check'], { encoding: 'utf8' }).trim();
    shell.push(performance.now() - t);
    if (out !== 'ok') throw new Error(`sqlite3 quick_check said: ${out}`);
    shellCpu.push(childCpuMs(path));
  }
  const planscope_ms = Math.round(median(planscope));
  const sqlite3_ms = Math.round(median(shell));
  // The machine is shared: wall time swings with other people's load, CPU time much less. `ratio` (wall) is the
  // target; `cpu_ratio` says whether a bad wall ratio was the code or the neighbours.
  const cpu_ratio = Number((median(planscopeCpu) / median(shellCpu)).toFixed(2));
  return { file_mb: Math.round(statSync(path).size / 1048576), planscope_ms, sqlite3_ms, ratio: Number((planscope_ms / sqlite3_ms).toFixed(2)), cpu_ratio };
}
