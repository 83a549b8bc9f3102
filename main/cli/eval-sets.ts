// The eval sets (main/cli/eval-sets.json) read from disk and scored: Planscope and the naive number-with-unit
// scan, per document and overall, with the matching rule of main/core/extract/scoring.ts. Shared by
// `npm run eval` and the tests that hold its figures, so both measure the same thing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readReport } from '../core/extract';
import { needsYear } from '../core/extract/document-year';
import { naiveScan } from '../core/extract/naive-scan';
import { combineScores, scoreReport, type GoldFact, type Labelling, type ReportScore } from '../core/extract/scoring';
import { decodeReport } from '../core/normalize/decode';
import type { ExtractedFact } from '../core/types';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface EvalSet {
  name: string;
  goldDir: string;
  reportDirs: string[];
  /** Document file name → why its gold holds headline facts only (the set README's words). */
  headlineOnly: Record<string, string>;
}

export interface EvalDocument {
  name: string;
  text: string;
  gold: GoldFact[];
  labelling: Labelling;
}

export interface ScoredDocument extends EvalDocument {
  facts: ExtractedFact[];
  planscope: ReportScore;
  naive: ReportScore;
}

export interface ScoredSet {
  set: EvalSet;
  documents: ScoredDocument[];
  planscope: ReportScore;
  naive: ReportScore;
}

interface Manifest {
  sets: { name: string; gold: string; reports: string[]; headlineOnly: Record<string, string> }[];
}

/** The sets scored when eval is given no folders, paths resolved against the repository root. */
export function evalSets(): EvalSet[] {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'main/cli/eval-sets.json'), 'utf8')) as Manifest;
  return manifest.sets.map((s) => ({
    name: s.name,
    goldDir: path.resolve(repoRoot, s.gold),
    reportDirs: s.reports.map((d) => path.resolve(repoRoot, d)),
    headlineOnly: s.headlineOnly,
  }));
}

/** A set named on the command line; a known set's gold folder keeps its manifest entry (headline-only documents). */
export function givenSet(goldDir: string, reportDirs: string[] | null): EvalSet {
  const known = evalSets().find((s) => s.goldDir === path.resolve(goldDir));
  const fallback = known?.reportDirs ?? evalSets()[0]!.reportDirs;
  return { name: known?.name ?? goldDir, goldDir: path.resolve(goldDir), reportDirs: reportDirs?.map((d) => path.resolve(d)) ?? fallback, headlineOnly: known?.headlineOnly ?? {} };
}

function readGold(file: string): GoldFact[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((line, i) => {
    try {
      return JSON.parse(line) as GoldFact;
    } catch {
      throw new Error(`${file}, line ${i + 1}: not a JSON object`);
    }
  });
}

/** Every gold file of the set with its report's decoded text; a missing folder or report is an error naming it. */
export function loadDocuments(set: EvalSet): EvalDocument[] {
  if (!existsSync(set.goldDir)) throw new Error(`no gold folder at ${set.goldDir}`);
  return readdirSync(set.goldDir).filter((f) => f.endsWith('.jsonl')).sort().map((gf) => {
    const gold = readGold(path.join(set.goldDir, gf));
    const name = gold[0]?.doc ?? gf.replace(/\.jsonl$/, '.txt');
    const reportPath = set.reportDirs.map((d) => path.join(d, name)).find((p) => existsSync(p));
    if (!reportPath) throw new Error(`report ${name} (gold ${gf}) not found in ${set.reportDirs.join(' or ')}`);
    const { text } = decodeReport(new Uint8Array(readFileSync(reportPath)), name);
    return { name, text, gold, labelling: name in set.headlineOnly ? 'headline-only' : 'all' };
  });
}

/** A report whose year cannot be read is refused by the reader; eval scores it as finding nothing. */
function factsOf(doc: EvalDocument): ReturnType<typeof readReport>['facts'] {
  try {
    return readReport(doc.text, doc.name).facts;
  } catch (err) {
    if (needsYear(err)) return [];
    throw err;
  }
}

export function scoreDocument(doc: EvalDocument): ScoredDocument {
  const facts = factsOf(doc);
  const options = { labelling: doc.labelling };
  return { ...doc, facts, planscope: scoreReport(doc.text, doc.gold, facts, options), naive: scoreReport(doc.text, doc.gold, naiveScan(doc.text), options) };
}

export function scoreSet(set: EvalSet): ScoredSet {
  const documents = loadDocuments(set).map(scoreDocument);
  return { set, documents, planscope: combineScores(documents.map((d) => d.planscope)), naive: combineScores(documents.map((d) => d.naive)) };
}
