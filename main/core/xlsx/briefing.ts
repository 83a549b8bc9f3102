// The briefing workbook: a cover (workspace, filters, export time, contents), the pivot exactly as displayed,
// the scorecard, the plan tracker, the facts behind them with provenance, and the forecasts (forecast-sheet.ts).
// Sheet names are in the interface language and checked against Excel's rules so Excel and LibreOffice open
// the file without a repair prompt.
import * as XLSX from 'xlsx';
import type { WorkBook } from 'xlsx';
import type { DisplayGrid } from './grid';
import { columnLetter, gridSheet, tableSheet, type SheetWithPane } from './grid-sheet';
import { factsSheet, type FactForExport } from './facts-sheet';
import { forecastsSheet, type ForecastBatch, type ForecastForExport } from './forecast-sheet';
import { finishWorkbook, type Freeze } from './frozen-panes';
import { quotedSheet } from './print-setup';
import { safeSheetName, WORDS, type BriefingLanguage, type BriefingWords } from './labels';

export type { ForecastForExport } from './forecast-sheet';

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
  /** The saved forecasts. */
  forecasts: readonly ForecastForExport[];
  /** Every series forecast for the briefing's period, as `forecast --all` gives them; absent or null: none. */
  forecastBatch?: ForecastBatch | null;
}

interface NamedSheet extends SheetWithPane {
  name: string;
}

function topLeft(f: Freeze): string {
  return columnLetter(f.cols) + (f.rows + 1);
}

/** Margins in inches (A4 landscape): narrow enough that a wide pivot keeps a readable scale. */
const MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 };

/** Header rows and label columns repeated on every printed page, and the used range as the print area. */
function printNames(sheets: readonly NamedSheet[]): NonNullable<WorkBook['Workbook']>['Names'] {
  return sheets.flatMap((s, i) => {
    const q = quotedSheet(s.name);
    const titles = [
      ...(s.freeze.cols ? [`${q}!$A:$${columnLetter(s.freeze.cols - 1)}`] : []),
      ...(s.freeze.rows ? [`${q}!$1:$${s.freeze.rows}`] : []),
    ];
    const area = String(s.sheet['!ref'] ?? 'A1').replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    return [
      ...(titles.length ? [{ Name: '_xlnm.Print_Titles', Sheet: i, Ref: titles.join(',') }] : []),
      { Name: '_xlnm.Print_Area', Sheet: i, Ref: `${q}!${area}` },
    ];
  });
}

/** Writes the sheets, then finishes what SheetJS does not write: panes, page setup, fonts and bold styles. */
export function writeSheets(sheets: readonly NamedSheet[], title: string): Uint8Array {
  const wb: WorkBook = { SheetNames: [], Sheets: {}, Props: { Title: title, Author: 'Planscope' }, Workbook: { Names: printNames(sheets) } };
  for (const s of sheets) {
    wb.SheetNames.push(s.name);
    s.sheet['!margins'] = MARGINS;
    wb.Sheets[s.name] = s.sheet;
  }
  // Uncompressed, as SheetJS writes by default: the finishing patch rewrites sheet heads and tails in place.
  const bytes = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: false }) as ArrayBuffer;
  return finishWorkbook(new Uint8Array(bytes), sheets.map((s) => ({ freeze: s.freeze, footer: `${title} · ${s.name}` })), topLeft);
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
  const when = localDateTimeCell(input.exportedAt);
  if (when) s.sheet['B3'] = when;
  return { sheet: s.sheet, freeze: { rows: 0, cols: 0 } };
}

/**
 * The export time as a date-time cell in the reader's local time (Excel keeps no time zone): 2026-11-23 17:00,
 * sortable and printable, rather than a UTC text string. A time that is not a date stays as text.
 */
export function localDateTimeCell(iso: string): XLSX.CellObject | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const localMs = d.getTime() - d.getTimezoneOffset() * 60_000;
  // Excel's day 25569 is 1970-01-01.
  return { t: 'n', v: localMs / 86_400_000 + 25569, z: 'yyyy-mm-dd hh:mm' };
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
  if (input.forecasts.length || input.forecastBatch?.rows.length) body.push(named(w.sheets.forecasts, forecastsSheet(input.forecastBatch ?? null, input.forecasts, w, input.language)));
  const cover: NamedSheet = { name: coverName, ...coverSheet(input, w, body.map((s) => s.name)) };
  return writeSheets([cover, ...body], `${w.cover.title}: ${input.workspaceName}`);
}

/** Any displayed grid as a one-sheet workbook (the grid's own export button). */
export function writeGridWorkbook(grid: DisplayGrid): Uint8Array {
  return writeSheets([{ name: safeSheetName(grid.title || 'Sheet', new Set()), ...gridSheet(grid) }], grid.title);
}
