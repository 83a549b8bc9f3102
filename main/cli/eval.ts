// `npm run --silent eval [-- --gold DIR --reports DIR --misses --floors]`: scores the extractor against the
// hand-labelled gold facts. With no folders it scores every set of main/cli/eval-sets.json (../shared/gold and
// ../shared/real-reports). Per set: one line per report, the overall scores, the naive number-with-unit scan's
// overall scores, and a table of the five figures side by side. The LAST line is JSON with every set.
// `--floors` prints instead the counts tests/core/eval-floors.json holds (paste them there after a reviewed gain).
// The matching rule and the figures are documented in main/core/extract/scoring.ts.
import { FIGURES, scoreReport, type GoldFact, type ReportScore, type ScoredFact } from '../core/extract/scoring';
import { parseArgs, type CliCommand } from './args';
import { evalSets, givenSet, scoreSet, type EvalSet, type ScoredDocument, type ScoredSet } from './eval-sets';

const round = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);
const summary = (s: ReportScore) => ({
  gold: s.gold, gold_tier1: s.goldTier1, extracted: s.extracted,
  recall_tier1_lenient: round(s.recall_tier1_lenient), recall_tier1_strict: round(s.recall_tier1_strict),
  recall_all_lenient: round(s.recall_all_lenient), recall_all_strict: round(s.recall_all_strict),
  precision: round(s.precision), precision_strict: round(s.precision_strict), precision_over: s.counts.precisionPool,
  // Over every extracted fact, the headline-only rule not applied: for comparison with figures before it.
  precision_plain: round(s.extracted === 0 ? 1 : s.counts.lenientMatched / s.extracted),
  indicator_accuracy: round(s.indicator_accuracy), unlocated_quotes: s.unlocatedQuotes,
});

export const evalCommand: CliCommand = async (argv, io) => {
  const args = parseArgs(argv, ['misses', 'floors']);
  const gold = args.flags.get('gold');
  const reports = args.flags.get('reports');
  // --reports alone reads the first set's gold (../shared/gold) against other copies of its reports.
  const goldDir = typeof gold === 'string' ? gold : typeof reports === 'string' ? evalSets()[0]!.goldDir : null;
  const sets: EvalSet[] = goldDir ? [givenSet(goldDir, typeof reports === 'string' ? [reports] : null)] : evalSets();
  let scored: ScoredSet[];
  try {
    scored = sets.map(scoreSet);
  } catch (err) {
    io.err(`eval: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  if (args.flags.has('floors')) {
    io.out(floorsOf(scored));
    return 0;
  }
  const json: Record<string, unknown> = {};
  for (const s of scored) json[s.set.name] = printSet(io.out, s, args.flags.has('misses'));
  io.out(JSON.stringify({ sets: json }));
  return 0;
};

function printSet(out: (l: string) => void, s: ScoredSet, misses: boolean) {
  out(`# ${s.set.name}: ${s.documents.length} reports`);
  const reports: Record<string, unknown> = {};
  for (const d of s.documents) {
    reports[d.name] = { ...summary(d.planscope), labelling: d.labelling, naive: summary(d.naive) };
    out(`${d.name}: ${JSON.stringify(summary(d.planscope))}`);
    if (misses) printMisses(out, d);
  }
  out(`overall: ${JSON.stringify(summary(s.planscope))}`);
  out(`naive scan overall: ${JSON.stringify(summary(s.naive))}`);
  for (const line of figureTable(s)) out(line);
  return { reports, overall: summary(s.planscope), naive: summary(s.naive) };
}

/** The five figures of the issue (and all-facts strict), Planscope beside the naive scan, with their counts. */
function figureTable(s: ScoredSet): string[] {
  const cell = (score: ReportScore, f: (typeof FIGURES)[number]) => {
    const [matched, of] = f.counts(score);
    if (f.key === 'indicator_named_right' && of === 0) return '—';
    return `${(of === 0 ? 1 : matched / of).toFixed(3)} (${matched}/${of})`;
  };
  const widths = FIGURES.map((f) => Math.max(f.label.length, cell(s.planscope, f).length, cell(s.naive, f).length));
  const row = (head: string, cells: string[]) => `  ${head.padEnd(31)}${cells.map((c, i) => c.padEnd(widths[i]! + 2)).join('')}`.trimEnd();
  return [
    row('', FIGURES.map((f) => f.label)),
    row('Planscope', FIGURES.map((f) => cell(s.planscope, f))),
    row('a naive number-with-unit scan', FIGURES.map((f) => cell(s.naive, f))),
  ];
}

/** Today's counts behind each figure, per set: the text of tests/core/eval-floors.json (one line per figure). */
function floorsOf(scored: readonly ScoredSet[]): string {
  const comment = 'Counts [matched, out of] measured by `npm run --silent eval -- --floors`. The tests hold each figure at '
    + '(matched - 1) / (out of): one fact below these. Raise them after a reviewed gain; never lower them to let a change through.';
  const set = (s: ScoredSet) => `    ${JSON.stringify(s.set.name)}: {\n${FIGURES.map((f) => `      ${JSON.stringify(f.key)}: ${JSON.stringify(f.counts(s.planscope))}`).join(',\n')}\n    }`;
  return `{\n  "$comment": ${JSON.stringify(comment)},\n  "sets": {\n${scored.map(set).join(',\n')}\n  }\n}`;
}

/** For the engineer tuning rules: gold facts not matched strictly, and extracted facts matching no gold. */
function printMisses(out: (l: string) => void, d: ScoredDocument): void {
  const { text, gold, facts } = d;
  const one = (g: readonly GoldFact[], f: readonly ScoredFact[]) => scoreReport(text, g, f);
  for (const g of gold) {
    const s = one([g], facts);
    if (s.counts.strictMatched === 0) {
      const why = s.counts.lenientMatched ? 'period/kind' : 'missing';
      out(`  MISS(${why}) t${g.tier} ${g.indicator} ${g.value} ${g.period} ${g.kind} | ${g.quote}`);
    } else if (s.counts.indicatorRight === 0) {
      const mine = facts.filter((f) => one([g], [f]).counts.lenientMatched > 0).map((f) => f.indicator);
      out(`  NAME t${g.tier} gold=${g.indicator} mine=${mine.join('/')} | ${g.quote}`);
    }
  }
  // On a headline-only document an unmatched tier-2 fact may be true but unlabelled: only tier-1 claims are EXTRA.
  const judged = d.labelling === 'headline-only' ? facts.filter((f) => f.tier === 1) : facts;
  for (const f of judged) {
    if (one(gold, [f]).counts.lenientMatched === 0) out(`  EXTRA ${f.indicator} ${f.value} ${f.unit} ${f.period} ${f.kind} | ${text.slice(f.start, f.end).replace(/\n/g, ' ')}`);
  }
}

export default evalCommand;
