// Is extraction linear in the report's size? Reads a 10 MB report made of the sample reports' own sentences,
// repeated in order (real text, so every extractor does its ordinary work), once, and the 234 KB sample corpus
// as the `extract` bench does; reports MB per CPU second for both. Linear extraction gives about the same
// rate; a rate on the large report far below the corpus rate is superlinear work (issue 18: a crafted 10.9 MB
// report took 61 s). The extraction worker's time limit (main/extract-worker) bounds the damage either way.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readReport } from '../../main/core/extract';
import { decodeReport } from '../../main/core/normalize/decode';

const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../assets/samples');
const TARGET_BYTES = 10 * 1024 * 1024;

function cpuSeconds(work: () => void): number {
  const cpu0 = process.cpuUsage();
  work();
  const used = process.cpuUsage(cpu0);
  return (used.user + used.system) / 1e6;
}

export async function run(): Promise<Record<string, unknown>> {
  const files = readdirSync(samples).filter((f) => /\.(txt|html?)$/i.test(f)).map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(path.join(samples, f))) }));
  const corpusBytes = files.reduce((a, f) => a + f.bytes.length, 0);
  const pass = () => {
    for (const f of files) readReport(decodeReport(f.bytes, f.name).text, f.name);
  };
  for (let i = 0; i < 5; i++) pass(); // warm-up, as the extract bench does
  let passes = 0;
  const corpusCpu = cpuSeconds(() => {
    for (; passes < 10; passes++) pass();
  });

  // The sample reports' lines, in order, after a title that says the year (so the report is read, not refused).
  const lines = files.flatMap((f) => decodeReport(f.bytes, f.name).text.split('\n').filter((l) => l.trim()));
  const enc = new TextEncoder();
  const parts = ['2023年国民经济和社会发展计划执行情况与2024年计划草案的报告'];
  let size = enc.encode(parts[0]!).length;
  for (let i = 0; size < TARGET_BYTES; i++) {
    const line = lines[i % lines.length]!;
    parts.push(line);
    size += enc.encode(line).length + 1;
  }
  const large = enc.encode(parts.join('\n'));
  let facts = 0;
  const largeCpu = cpuSeconds(() => {
    facts = readReport(decodeReport(large, 'large.txt').text, 'large.txt').facts.length;
  });
  const round = (x: number) => Math.round(x * 100) / 100;
  const corpusRate = (corpusBytes * passes) / 1e6 / corpusCpu;
  const largeRate = large.length / 1e6 / largeCpu;
  return {
    corpus_mb_per_s: round(corpusRate), corpus_bytes: corpusBytes,
    large_mb_per_s: round(largeRate), large_bytes: large.length, large_cpu_s: round(largeCpu), large_facts: facts,
    large_vs_corpus: round(largeRate / corpusRate),
  };
}
