// Normalization throughput over the sample corpus (decoded text → normalized text with its offset map),
// repeated for at least 3 seconds after a warm-up pass. MB of the reports' UTF-8 bytes per second; the
// traditional-script sample is also timed alone because it exercises the conversion and pinyin steps.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeReport } from '../../main/core/normalize/index';

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../assets/samples');

const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const rate = (bytes: number, seconds: number) => Math.round(bytes / seconds / 1e6 * 100) / 100;

/** Wall-clock and CPU-time throughput: on a shared machine the CPU figure is the one that is stable. */
function measure(texts: string[]): { wall: number; cpu: number } {
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
  for (const t of texts) normalizeReport(t);
  let passes = 0;
  const t0 = performance.now();
  const c0 = cpuSeconds();
  while (performance.now() - t0 < 3000 || passes < 5) {
    for (const t of texts) normalizeReport(t);
    passes++;
  }
  return { wall: rate(bytes * passes, (performance.now() - t0) / 1000), cpu: rate(bytes * passes, cpuSeconds() - c0) };
}

export async function run(): Promise<Record<string, unknown>> {
  const files = readdirSync(samples).filter((f) => /\.(txt|html?)$/i.test(f));
  const texts = files.map((f) => readFileSync(path.join(samples, f), 'utf8'));
  const traditional = texts.filter((t) => /[這個們來為國說時會對經]/.test(t));
  const all = measure(texts);
  const trad = traditional.length ? measure(traditional) : null;
  return { mb_per_s: all.wall, cpu_mb_per_s: all.cpu, traditional_mb_per_s: trad?.wall ?? null, traditional_cpu_mb_per_s: trad?.cpu ?? null, files: files.length };
}
