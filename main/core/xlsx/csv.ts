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

/** The one unit of the numbers in `cells` at `columns`, or null when there is none or more than one. */
function oneUnit(units: readonly (string | null | undefined)[], cells: readonly GridValue[], columns: readonly number[]): string | null | 'mixed' {
  let unit: string | null = null;
  for (const c of columns) {
    if (typeof cells[c] !== 'number') continue;
    const u = units[c] ?? null;
    if (u === null) continue;
    if (unit !== null && u !== unit) return 'mixed';
    unit = u;
  }
  return unit;
}

/**
 * A CSV carries no number formats, so the units travel as text: a column whose numbers share one unit names it
 * in its header ("2024 (亿元)"); otherwise a row whose numbers share one unit names it in a last 单位 column;
 * a number in a row of mixed units carries its unit in the cell ("283.19 亿元"). "2", "283.19" and "2.0" never sit
 * side by side without saying what they count.
 */
export function gridToCsv(grid: DisplayGrid, unitHeader = '单位'): string {
  const labels = grid.rowLabelHeaders.length;
  const width = labels + grid.columnHeaderRows.reduce((n, r) => Math.max(n, r.reduce((m, h) => m + h.span, 0)), 0);
  const valueCols = Array.from({ length: width - labels }, (_, i) => labels + i);
  const columnUnit = valueCols.map((c) => {
    let unit: string | null = null;
    for (const row of grid.rows) {
      const u = oneUnit(row.units ?? [], row.cells, [c]);
      if (u === 'mixed' || (u !== null && unit !== null && u !== unit)) return 'mixed';
      if (u !== null) unit = u;
    }
    return unit;
  });
  const open = valueCols.filter((_, i) => columnUnit[i] === 'mixed');
  const rowUnits = grid.rows.map((row) => (open.length ? oneUnit(row.units ?? [], row.cells, open) : null));
  const withUnitColumn = rowUnits.some((u) => u !== null && u !== 'mixed');
  const header = flatHeaderRows(grid);
  const last = header.length - 1;
  const lines: string[] = header.map((r, i) => {
    const cells = r.map((h, c) => {
      const u = i === last && c >= labels ? columnUnit[c - labels] : null;
      return u && u !== 'mixed' ? `${h} (${u})` : h;
    });
    if (withUnitColumn) cells.push(i === last ? unitHeader : '');
    return cells.map(csvCell).join(',');
  });
  grid.rows.forEach((row, r) => {
    const mixed = rowUnits[r] === 'mixed';
    const cells = row.cells.map((v, c) => {
      const u = row.units?.[c];
      return mixed && typeof v === 'number' && u && open.includes(c) ? csvCell(`${v} ${u}`) : csvCell(v);
    });
    if (withUnitColumn) cells.push(csvCell(mixed ? null : (rowUnits[r] ?? null)));
    lines.push(cells.join(','));
  });
  return BOM + lines.join('\r\n') + '\r\n';
}

export function csvBytes(grid: DisplayGrid): Uint8Array {
  return new TextEncoder().encode(gridToCsv(grid));
}
