// A workspace built from the sample reports and their hand-labelled facts (shared/gold), so pivot tests run
// over real statements: real indicators, units, periods, revisions across reports. Review statuses are
// spread deterministically so acceptedOnly and the rejected rule have something to act on.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadSqlJs } from '../../main/sqljs';
import { Workspace, type NewFact } from '../../main/core/store/workspace';
import type { ReviewStatus } from '../../main/core/types';

const repo = join(import.meta.dirname, '..', '..');
const samplesDir = join(repo, 'assets', 'samples');
const goldDir = join(repo, '..', 'shared', 'gold');

interface GoldFact extends Omit<NewFact, 'start' | 'end' | 'tier' | 'region' | 'quote'> {
  doc: string;
  tier: number;
  quote: string;
}

/** Publication dates for the fixture documents, in file order, so `latest` has an order to follow. */
const PUBLISHED = ['2020-02-01', '2020-08-01', '2021-02-01', '2022-02-01', '2023-02-01'];

export async function sampleWorkspace(): Promise<Workspace> {
  const SQL = await loadSqlJs();
  let tick = 0;
  const ws = Workspace.create(SQL, () => `2026-01-01T00:00:${String(tick++ % 60).padStart(2, '0')}Z`);
  const docs = readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort();
  let labelled = 0;
  docs.forEach((file, i) => {
    const text = readFileSync(join(samplesDir, file), 'utf8');
    const { id } = ws.addDocument({ fileName: file, title: `样本报告 ${file.slice(0, 3)}`, region: '罗湖区', period: String(2019 + i), published: PUBLISHED[i] ?? null, encoding: 'utf-8', originalText: text });
    const goldFile = join(goldDir, file.replace(/\.txt$/, '.jsonl'));
    if (!existsSync(goldFile)) return; // two of the five reports have no gold labels
    const goldText = readFileSync(goldFile, 'utf8');
    labelled++;
    const facts: NewFact[] = goldText.split('\n').filter(Boolean).map((line, n) => {
      const g = JSON.parse(line) as GoldFact;
      const start = text.indexOf(g.quote);
      const status: ReviewStatus = n % 13 === 7 ? 'rejected' : n % 5 === 0 ? 'accepted' : 'unreviewed';
      return {
        indicator: g.indicator, measure: g.measure, value: g.value, low: g.low, high: g.high, unit: g.unit, qualifier: g.qualifier,
        period: g.period, kind: g.kind, region: '罗湖区', start: start < 0 ? null : start, end: start < 0 ? null : start + g.quote.length,
        quote: g.quote, tier: g.tier, status,
      };
    });
    ws.addFacts(id, facts);
  });
  // A moved gold folder must not leave the pivot tests comparing an empty workspace with itself.
  if (labelled !== 3) throw new Error(`expected gold labels for 3 sample reports in ${goldDir}, found ${labelled}`);
  return ws;
}

/**
 * The same five sample reports read by Planscope's own extractor (main/core/extract), as a user's workspace
 * would be after importing them; review statuses spread as above.
 */
export async function extractedWorkspace(): Promise<Workspace> {
  const { importReport } = await import('../../main/core/store/import-report');
  const SQL = await loadSqlJs();
  const ws = Workspace.create(SQL, () => '2026-01-01T00:00:00.000Z');
  for (const file of readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort()) {
    importReport(ws, { fileName: file, bytes: new Uint8Array(readFileSync(join(samplesDir, file))) });
  }
  ws.run(`UPDATE facts SET status = CASE WHEN id % 13 = 7 THEN 'rejected' WHEN id % 5 = 0 THEN 'accepted' ELSE 'unreviewed' END`);
  return ws;
}
