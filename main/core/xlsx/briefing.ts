// The briefing workbook: a cover (workspace, filters, export time, contents), the pivot exactly as displayed,
// the scorecard, the plan tracker, the facts behind them with provenance, and the saved forecasts with method and intervals.
// Sheet names are in the interface language and checked against Excel's rules so Excel and LibreOffice open
// the file without a repair prompt.
import * as XLSX from 'xlsx';
import type { WorkBook } from 'xlsx';
import type { DisplayGrid } from './grid';
import { columnLetter, gridSheet, tableSheet, type SheetWithPane } from './grid-sheet';
import { factsSheet, type FactForExport } from './facts-sheet';
import { addFrozenPanes, type Freeze } from './frozen-panes';
import { safeSheetName, WORDS, type BriefingLanguage, type BriefingWords } from './labels';

/** A saved forecast as the briefing shows it. */
export interface ForecastForExport {
  indicator: string;
  region: string;
  measure: string;
  targetPeriod: string;
  method: string;
  point: number | null;
  low: number | null;
  high: number | null;
  /** Interval coverage, e.g. 0.8; null when the series was too short for an interval. */
  level: number | null;
  pMeet: number | null;
  unit: string | null;
  createdAt: string;
}

export interface BriefingInput {
  language: BriefingLanguage;
  workspaceName: string;
  exportedAt: string;
  /** What the view was filtered by, already in words ("期间: 2019–2024"). */
  filters: { label: string; value: string }[];
  pivot: { name: string; grid: DisplayGrid } | null;
  scorecard: DisplayGrid | null;
  /** The plan tracker (multi-year targets); null when the workspace holds none. */
  planTracker: DisplayGrid | null;
  facts: readonly FactForExport[];
  forecasts: readonly ForecastForExport[];
}

interface NamedSheet extends SheetWithPane {
  name: string;
}

function topLeft(f: Freeze): string {
  return columnLetter(f.cols) + (f.rows + 1);
}

/** Writes the sheets, then adds frozen panes (which SheetJS does not write). */
export function writeSheets(sheets: readonly NamedSheet[], title: string): Uint8Array {
  const wb: WorkBook = { SheetNames: [], Sheets: {}, Props: { Title: title, Author: 'Planscope' } };
  for (const s of sheets) {
    wb.SheetNames.push(s.name);
    wb.Sheets[s.name] = s.sheet;
  }
  // Uncompressed, as SheetJS writes by default: the pane patch rewrites sheet heads in place.
  const bytes = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: false }) as ArrayBuffer;
  return addFrozenPanes(new Uint8Array(bytes), sheets.map((s) => s.freeze), topLeft);
}

function coverSheet(input: BriefingInput, w: BriefingWords, contents: string[]): SheetWithPane {
  const rows: (string | number | null)[][] = [
    [w.cover.title, null],
    [w.cover.workspace, input.workspaceName],
    [w.cover.exportedAt, input.exportedAt],
    [w.cover.factCount, input.facts.length],
    [w.cover.filters, input.filters.length ? null : w.cover.none],
    ...input.filters.map((f) => [`  ${f.label}`, f.value]),
    [w.cover.contents, contents.join(' · ')],
  ];
  const s = tableSheet(rows[0]!.map((v) => String(v ?? '')), rows.slice(1));
  return { sheet: s.sheet, freeze: { rows: 0, cols: 0 } };
}

function forecastsSheet(forecasts: readonly ForecastForExport[], w: BriefingWords): SheetWithPane {
  const c = w.forecastColumns;
  const header = [c.indicator, c.region, c.measure, c.targetPeriod, c.method, c.point, c.low, c.high, c.level, c.pMeet, c.createdAt];
  const rows = forecasts.map((f) => [f.indicator, f.region, f.measure, f.targetPeriod, f.method, f.point, f.low, f.high, f.level, f.pMeet, f.createdAt]);
  const s = tableSheet(header, rows, (r, col) => (col >= 5 && col <= 7 ? (forecasts[r]?.unit ?? null) : col === 8 || col === 9 ? '' : null));
  return s;
}

export function writeBriefing(input: BriefingInput): Uint8Array {
  const w = WORDS[input.language];
  const taken = new Set<string>();
  const named = (wanted: string, s: SheetWithPane): NamedSheet => {
    const name = safeSheetName(wanted, taken);
    taken.add(name);
    return { name, ...s };
  };
  const body: NamedSheet[] = [];
  // The cover is named first so it keeps its plain name; it is built last, once the contents are known.
  const coverName = safeSheetName(w.sheets.cover, taken);
  taken.add(coverName);
  if (input.pivot) body.push(named(`${w.sheets.pivot} ${input.pivot.name}`, gridSheet(input.pivot.grid)));
  if (input.scorecard) body.push(named(w.sheets.scorecard, gridSheet(input.scorecard)));
  if (input.planTracker) body.push(named(w.sheets.planTracker, gridSheet(input.planTracker)));
  body.push(named(w.sheets.facts, factsSheet(input.facts, w)));
  if (input.forecasts.length) body.push(named(w.sheets.forecasts, forecastsSheet(input.forecasts, w)));
  const cover: NamedSheet = { name: coverName, ...coverSheet(input, w, body.map((s) => s.name)) };
  return writeSheets([cover, ...body], `${w.cover.title}: ${input.workspaceName}`);
}

/** Any displayed grid as a one-sheet workbook (the grid's own export button). */
export function writeGridWorkbook(grid: DisplayGrid): Uint8Array {
  return writeSheets([{ name: safeSheetName(grid.title || 'Sheet', new Set()), ...gridSheet(grid) }], grid.title);
}
