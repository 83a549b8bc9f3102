// Extraction throughput over the sample corpus: decode + normalize + extract, repeated until at least
// 3 seconds have been measured (after ten warm-up passes), so the number is stable. Reports MB of input bytes per
// second of CPU time of this process (one core), and per wall-clock second.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readReport } from '../../main/core/extract';
import { decodeReport } from '../../main/core/normalize/decode';

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../assets/samples');

export async function run(): Promise<Record<string, unknown>> {
  const files = readdirSync(samples).filter((f) => /\.(txt|html?)$/i.test(f)).map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(path.join(samples, f))) }));
  const corpusBytes = files.reduce((a, f) => a + f.bytes.length, 0);
  let facts = 0;
  const pass = () => {
    for (const f of files) facts += readReport(decodeReport(f.bytes, f.name).text, f.name).facts.length;
  };
  // Warm-up: let the JIT optimise the hot paths before measuring.
  for (let i = 0; i < 10; i++) pass();
  facts = 0;
  let passes = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  while (performance.now() - t0 < 3000 || passes < 5) {
    pass();
    passes++;
  }
  const wall = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu0);
  // CPU seconds of this (single-threaded) process: throughput "on one core" even when the machine is shared.
  // Wall-clock throughput is reported beside it; the two agree on an idle machine.
  const cpu = (used.user + used.system) / 1e6;
  const mb = (corpusBytes * passes) / 1e6;
  const round = (x: number) => Math.round(x * 100) / 100;
  return { mb_per_s: round(mb / cpu), mb_per_s_wall: round(mb / wall), passes, corpus_bytes: corpusBytes, facts_per_pass: facts / passes };
}
