// `npm run --silent eval [-- --gold DIR --reports DIR --misses]`: scores the extractor against the hand-labelled
// gold facts. Prints one line per report and the overall scores; the LAST line is JSON.
// The matching rule is documented in main/core/extract/scoring.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readReport } from '../core/extract';
import { needsYear } from '../core/extract/document-year';
import { needsYearMessage } from './report-year';
import { decodeReport } from '../core/normalize/decode';
import { combineScores, scoreReport, type GoldFact, type ReportScore } from '../core/extract/scoring';
import { parseArgs, type CliCommand } from './args';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function readGold(file: string): GoldFact[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((line, i) => {
    try {
      return JSON.parse(line) as GoldFact;
    } catch {
      throw new Error(`${file}, line ${i + 1}: not a JSON object`);
    }
  });
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const summary = (s: ReportScore) => ({
  gold: s.gold, gold_tier1: s.goldTier1, extracted: s.extracted,
  recall_tier1_strict: round(s.recall_tier1_strict), recall_all_lenient: round(s.recall_all_lenient),
  recall_all_strict: round(s.recall_all_strict), precision: round(s.precision), precision_strict: round(s.precision_strict),
  indicator_accuracy: round(s.indicator_accuracy), unlocated_quotes: s.unlocatedQuotes,
});

export const evalCommand: CliCommand = async (argv, io) => {
  const args = parseArgs(argv, ['misses']);
  const goldDir = typeof args.flags.get('gold') === 'string' ? String(args.flags.get('gold')) : path.resolve(repoRoot, '../shared/gold');
  const reportDirs = typeof args.flags.get('reports') === 'string'
    ? [String(args.flags.get('reports'))]
    : [path.resolve(repoRoot, '../shared/seeds'), path.resolve(repoRoot, 'assets/samples')];
  if (!existsSync(goldDir)) {
    io.err(`eval: no gold folder at ${goldDir}`);
    return 1;
  }
  const goldFiles = readdirSync(goldDir).filter((f) => f.endsWith('.jsonl')).sort();
  const perReport: Record<string, ReturnType<typeof summary>> = {};
  const scores: ReportScore[] = [];
  for (const gf of goldFiles) {
    const gold = readGold(path.join(goldDir, gf));
    const docName = gold[0]?.doc ?? gf.replace(/\.jsonl$/, '.txt');
    const reportPath = reportDirs.map((d) => path.join(d, docName)).find((p) => existsSync(p));
    if (!reportPath) {
      io.err(`eval: report ${docName} (gold ${gf}) not found in ${reportDirs.join(' or ')}`);
      return 1;
    }
    const { text } = decodeReport(new Uint8Array(readFileSync(reportPath)), docName);
    // A report whose year it does not say is refused by the reader (never dated by guess): scored with no facts.
    let facts: ReturnType<typeof readReport>['facts'] = [];
    try {
      facts = readReport(text, docName).facts;
    } catch (err) {
      if (!needsYear(err)) throw err;
      io.err(`eval: ${docName}: ${needsYearMessage(err.details)} Scored with no facts.`);
    }
    const score = scoreReport(text, gold, facts);
    scores.push(score);
    perReport[docName] = summary(score);
    io.out(`${docName}: ${JSON.stringify(perReport[docName])}`);
    if (args.flags.has('misses')) printMisses(io.out, text, gold, facts);
  }
  const overall = summary(combineScores(scores));
  io.out(`overall: ${JSON.stringify(overall)}`);
  io.out(JSON.stringify({ reports: perReport, overall }));
  return 0;
};

/** For the engineer tuning rules: gold facts not matched strictly, and extracted facts matching no gold. */
function printMisses(out: (l: string) => void, text: string, gold: readonly GoldFact[], facts: ReturnType<typeof readReport>['facts']): void {
  for (const g of gold) {
    const one = scoreReport(text, [g], facts);
    if (one.counts.strictMatched === 0) {
      const why = one.counts.lenientMatched ? 'period/kind' : 'missing';
      out(`  MISS(${why}) t${g.tier} ${g.indicator} ${g.value} ${g.period} ${g.kind} | ${g.quote}`);
    } else if (one.counts.indicatorRight === 0) {
      const mine = facts.filter((f) => scoreReport(text, [g], [f]).counts.lenientMatched > 0).map((f) => f.indicator);
      out(`  NAME t${g.tier} gold=${g.indicator} mine=${mine.join('/')} | ${g.quote}`);
    }
  }
  for (const f of facts) {
    const one = scoreReport(text, gold, [f]);
    if (one.counts.lenientMatched === 0) out(`  EXTRA ${f.indicator} ${f.value} ${f.unit} ${f.period} ${f.kind} | ${text.slice(f.start, f.end).replace(/\n/g, ' ')}`);
  }
}

export default evalCommand;
