// Extraction throughput over the sample corpus: decode + normalize + extract, repeated until at least
// 3 seconds have been measured (after one warm-up pass), so the number is stable. Reports MB of input bytes/s.
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
  pass();
  let passes = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 3000 || passes < 5) {
    pass();
    passes++;
  }
  const seconds = (performance.now() - t0) / 1000;
  return { mb_per_s: Math.round((corpusBytes * passes) / seconds / 1e6 * 100) / 100, passes, corpus_bytes: corpusBytes, facts_per_pass: facts / (passes + 1) };
}
