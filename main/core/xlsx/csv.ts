// CSV of any displayed grid. UTF-8 with a byte-order mark, because Excel on Chinese Windows otherwise reads a
// UTF-8 CSV as GBK and shows 地区生产总值 as mojibake. CRLF line ends, as RFC 4180 and Excel expect.
import { flatHeaderRows, type DisplayGrid, type GridValue } from './grid';

const BOM = '\uFEFF';

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @ at the start) gets a leading apostrophe: a CSV
 * travels to colleagues, and a cell like "=HYPERLINK(...)" from a report must stay text there.
 */
function csvText(s: string): string {
  const risky = /^[=@\t\r]/.test(s) || (/^[+-]/.test(s) && !Number.isFinite(Number(s)));
  const t = risky ? `'${s}` : s;
  return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

export function csvCell(v: GridValue): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return csvText(v);
}

export function gridToCsv(grid: DisplayGrid): string {
  const lines: string[] = flatHeaderRows(grid).map((r) => r.map(csvCell).join(','));
  for (const row of grid.rows) lines.push(row.cells.map(csvCell).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

export function csvBytes(grid: DisplayGrid): Uint8Array {
  return new TextEncoder().encode(gridToCsv(grid));
}
