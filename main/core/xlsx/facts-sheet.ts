// The facts behind a briefing, one row per statement with its provenance (report title and period, the quote,
// or the file/sheet/cell it was imported from). This sheet is also the import format: reading it back with
// the long-form mapping gives the same facts (see import-facts.ts and the round-trip test).
// It can hold 100,000 rows, so cells are written straight into the sheet object (no intermediate arrays,
// no per-cell address encoding): the benchmark holds it to SheetJS's own json_to_sheet speed.
import type { CellObject, WorkSheet } from 'xlsx';
import type { Fact } from '../types';
import { columnLetter, textWidth, type SheetWithPane } from './grid-sheet';
import { FACT_COLUMNS, valueWord, type BriefingWords, type FactColumn } from './labels';
import { numberFormatFor } from './number-formats';
import { BOLD_TEXT_FORMAT } from './print-setup';

/** A fact as exported: the stored statement plus its report's title and period. */
export interface FactForExport extends Pick<Fact, 'id' | 'indicator' | 'region' | 'measure' | 'period' | 'kind' | 'value' | 'low' | 'high' | 'unit' | 'qualifier' | 'status' | 'quote' | 'origin'> {
  reportTitle: string | null;
  reportPeriod: string | null;
}

const NUMERIC: ReadonlySet<FactColumn> = new Set(['value', 'low', 'high', 'id']);

function textOf(f: FactForExport, col: FactColumn, words: BriefingWords): string | null {
  switch (col) {
    case 'kind': case 'measure': case 'qualifier': case 'status':
      return valueWord(words, col, f[col]);
    case 'reportTitle': return f.reportTitle;
    case 'reportPeriod': return f.reportPeriod;
    case 'originFile': return f.origin?.file ?? f.origin?.workspace ?? null;
    case 'originSheet': return f.origin?.sheet ?? null;
    case 'originCell': return f.origin?.cell ?? null;
    case 'quote': return f.quote;
    case 'unit': return f.unit;
    case 'indicator': case 'region': case 'period':
      return f[col];
    default: return null;
  }
}

export function factsSheet(facts: readonly FactForExport[], words: BriefingWords): SheetWithPane {
  const ws: WorkSheet = {};
  const letters = FACT_COLUMNS.map((_, c) => columnLetter(c));
  const widths = FACT_COLUMNS.map((col) => textWidth(words.factColumns[col]) + 2);
  FACT_COLUMNS.forEach((col, c) => {
    ws[letters[c]! + '1'] = { t: 's', v: words.factColumns[col], z: BOLD_TEXT_FORMAT } satisfies CellObject;
  });
  const textCols = FACT_COLUMNS.map((col, c) => ({ col, c })).filter((x) => !NUMERIC.has(x.col));
  const valueCols = (['value', 'low', 'high'] as const).map((col) => ({ col, letter: letters[FACT_COLUMNS.indexOf(col)]! }));
  const idLetter = letters[FACT_COLUMNS.indexOf('id')]!;
  // Widths from a sample: measuring 100,000 quotes would cost more than writing them, and Excel caps width anyway.
  const sampleEvery = Math.max(1, Math.floor(facts.length / 500));

  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    const row = String(i + 2);
    const z = numberFormatFor(f.unit);
    for (const { col, letter } of valueCols) {
      const v = f[col];
      if (v !== null && Number.isFinite(v)) ws[letter + row] = { t: 'n', v, z };
    }
    ws[idLetter + row] = { t: 'n', v: f.id };
    const measure = i % sampleEvery === 0;
    for (const { col, c } of textCols) {
      const v = textOf(f, col, words);
      if (v === null || v === '') continue;
      ws[letters[c]! + row] = { t: 's', v };
      if (measure) widths[c] = Math.max(widths[c]!, Math.min(60, textWidth(v) + 2));
    }
  }
  for (const { col } of valueCols) widths[FACT_COLUMNS.indexOf(col)] = 14;
  const last = letters[letters.length - 1]!;
  ws['!ref'] = `A1:${last}${facts.length + 1}`;
  ws['!cols'] = widths.map((wch) => ({ wch }));
  ws['!autofilter'] = { ref: `A1:${last}${facts.length + 1}` };
  return { sheet: ws, freeze: { rows: 1, cols: 1 } };
}
