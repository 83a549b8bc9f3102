// A pre-aggregated summary of the facts that count (a value, not rejected) at the grain
// (indicator, period, kind, measure, unit, status): most pivots group by these fields only, and reading a few
// thousand summary rows instead of a million statements is what makes a pivot instant on a big workspace.
//
// It lives in the connection's TEMP schema, never in the file: Planscope files contain no triggers (the file
// checks refuse them), and a derived table must not travel or be trusted from disk. TEMP triggers on
// main.facts keep it exact on every write (each write recomputes the affected groups from facts through the
// covering index). sql.js re-opens the database on export(), which drops TEMP objects; the summary is then
// rebuilt on the next pivot, so it is either maintained or absent, never stale.
import type { Workspace } from '../workspace';
import type { PivotField, PivotSpec } from '../../pivot/spec';

/** Fields the summary keeps; a pivot touching any other field (region, report) reads the facts. */
export const SUMMARY_FIELDS: readonly PivotField[] = ['indicator', 'period', 'kind', 'measure', 'unit', 'status'];

const KEY = ['indicator', 'period', 'kind', 'measure', 'unit', 'status'] as const;
const TRIGGER_PREFIX = 'pivot_summary_on_';

/** The column of the changed row (NEW or OLD) that matches a summary key column. */
const side = (which: 'NEW' | 'OLD') => (k: (typeof KEY)[number]) => (k === 'unit' ? `COALESCE(${which}.unit, '')` : `${which}.${k}`);

/**
 * Trigger body: recompute the one summary group the changed row belongs to, from facts (an index range scan
 * of pivot_facts_cover), so sums never drift and min/max stay right after deletes.
 */
function recomputeFor(which: 'NEW' | 'OLD'): string {
  const ref = side(which);
  const factCol = (k: (typeof KEY)[number]) => (k === 'unit' ? `COALESCE(f.unit, '')` : `f.${k}`);
  return `
    DELETE FROM temp.pivot_summary WHERE ${KEY.map((k) => `${k} = ${ref(k)}`).join(' AND ')};
    INSERT INTO temp.pivot_summary (${KEY.join(', ')}, n, s, lo, hi)
      SELECT f.indicator, f.period, f.kind, f.measure, COALESCE(f.unit, ''), f.status, count(*), sum(f.value), min(f.value), max(f.value)
      FROM main.facts f
      WHERE f.value IS NOT NULL AND f.status <> 'rejected' AND ${KEY.map((k) => `${factCol(k)} = ${ref(k)}`).join(' AND ')}
      GROUP BY 1, 2, 3, 4, 5, 6;`;
}

const SETUP = `
CREATE TEMP TABLE pivot_summary (
  indicator TEXT NOT NULL, period TEXT NOT NULL, kind TEXT NOT NULL, measure TEXT NOT NULL, unit TEXT NOT NULL, status TEXT NOT NULL,
  n INTEGER NOT NULL, s REAL, lo REAL, hi REAL,
  PRIMARY KEY (indicator, period, kind, measure, unit, status)
) WITHOUT ROWID;
INSERT INTO temp.pivot_summary
  SELECT indicator, period, kind, measure, COALESCE(unit, ''), status, count(*), sum(value), min(value), max(value)
  FROM main.facts WHERE value IS NOT NULL AND status <> 'rejected'
  GROUP BY indicator, period, kind, measure, COALESCE(unit, ''), status;
CREATE TEMP TRIGGER ${TRIGGER_PREFIX}insert AFTER INSERT ON main.facts BEGIN ${recomputeFor('NEW')} END;
CREATE TEMP TRIGGER ${TRIGGER_PREFIX}delete AFTER DELETE ON main.facts BEGIN ${recomputeFor('OLD')} END;
CREATE TEMP TRIGGER ${TRIGGER_PREFIX}update AFTER UPDATE OF indicator, period, kind, measure, unit, status, value ON main.facts BEGIN ${recomputeFor('OLD')} ${recomputeFor('NEW')} END;
`;

/** Makes sure the summary exists and is maintained on this connection; builds it when it is not. */
export function ensureSummary(ws: Workspace): void {
  const present = ws.one(`SELECT count(*) AS n FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE '${TRIGGER_PREFIX}%'`);
  if (Number(present?.n ?? 0) === 3) return;
  ws.transaction(() => {
    ws.db.exec(`DROP TABLE IF EXISTS temp.pivot_summary;
      DROP TRIGGER IF EXISTS temp.${TRIGGER_PREFIX}insert; DROP TRIGGER IF EXISTS temp.${TRIGGER_PREFIX}delete; DROP TRIGGER IF EXISTS temp.${TRIGGER_PREFIX}update;`);
    ws.db.exec(SETUP);
  });
}

/** Whether a spec can be answered from the summary (fields, aggregation, and the rejected rule all fit). */
export function summaryServes(spec: PivotSpec): boolean {
  const fields = [...spec.rows, ...spec.columns, ...(Object.keys(spec.filters) as PivotField[])];
  if (!fields.every((f) => SUMMARY_FIELDS.includes(f))) return false;
  if (spec.filters.status?.includes('rejected')) return false;
  return ['sum', 'mean', 'min', 'max', 'count'].includes(spec.value.aggregation);
}
